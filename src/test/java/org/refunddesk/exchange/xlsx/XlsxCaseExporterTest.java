package org.refunddesk.exchange.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.refunddesk.rules.caseload.CaseloadFixtures.NOW;
import static org.refunddesk.rules.caseload.CaseloadFixtures.open;
import static org.refunddesk.rules.caseload.CaseloadFixtures.refundCase;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.i18n.Messages;

class XlsxCaseExporterTest {
    private static final Messages ZH = Messages.forTag("zh");
    private static final Messages EN = Messages.forTag("en");

    @TempDir
    Path dir;

    private final RefundCase refundCase = refundCase("星辰卡盟", "128.50", "张三", "13812341234", "SO-1")
            .withAssignee("张志愿")
            .withEvent(CaseEvent.of(EventType.REFUND_APPLIED, NOW.minus(Duration.ofHours(5)), Channel.PLATFORM)
                    .withRef("RF-9"));
    private final CaseOverview overview = new CaseOverview(refundCase, Verdict.LIKELY,
            List.of(open("REVIEW_FOLLOW_UP", NOW.plus(Duration.ofDays(2)))), 75,
            List.of(new CaseOverview.EvidenceFile("order.png", "transaction", "ab".repeat(32))));

    @Test
    void workbookHasTheFourSheetsWithChineseHeadersByDefault() throws IOException {
        Path file = export(ZH, false, overview);

        try (XSSFWorkbook wb = read(file)) {
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
                    .containsExactly("案件", "期限", "事件", "证据");
            assertThat(headers(wb.getSheetAt(0))).containsExactly("案件编号", "标题", "消费者", "手机号", "平台", "商品",
                    "金额", "付款时间", "问题", "结论", "状态", "负责人", "下一期限", "证据完整度", "订单号", "交付方式", "标签",
                    "费用是否事先告知", "平台经营者", "统一社会信用代码", "法定代表人", "消费者是我本人", "同意方式", "同意日期");
            assertThat(headers(wb.getSheetAt(1))).containsExactly("案件编号", "规则", "截止时间", "状态", "依据");
            assertThat(headers(wb.getSheetAt(2))).containsExactly("案件编号", "事件", "时间", "渠道", "编号/单号", "金额", "备注");
            assertThat(headers(wb.getSheetAt(3))).containsExactly("案件编号", "文件", "类别", "SHA-256");
        }
    }

    @Test
    void englishHeadersWhenEnglishIsChosen() throws IOException {
        try (XSSFWorkbook wb = read(export(EN, false, overview))) {
            assertThat(wb.getSheetName(0)).isEqualTo("cases");
            assertThat(headers(wb.getSheetAt(0))).startsWith("id", "title", "consumer", "phone", "platform", "product",
                    "amount", "paid at", "problem", "verdict", "status", "assignee", "next deadline", "evidence score");
            assertThat(headers(wb.getSheetAt(1))).containsExactly("case", "rule", "due", "state", "basis");
        }
    }

    @Test
    void amountsAreNumberCellsAndMomentsAreDateCellsInShanghaiTime() throws IOException {
        try (XSSFWorkbook wb = read(export(ZH, false, overview))) {
            Row row = wb.getSheetAt(0).getRow(1);
            Cell amount = row.getCell(CaseColumn.AMOUNT.ordinal());
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(128.5);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(new DataFormatter().formatCellValue(amount)).isEqualTo("128.50");

            Cell paidAt = row.getCell(CaseColumn.PAID_AT.ordinal());
            assertThat(paidAt.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(paidAt)).isTrue();
            // paid 2024-05-17T02:00Z = 10:00 in Shanghai
            assertThat(paidAt.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 5, 17, 10, 0));

            Cell next = row.getCell(CaseColumn.NEXT_DEADLINE.ordinal());
            assertThat(DateUtil.isCellDateFormatted(next)).isTrue();
            assertThat(next.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 5, 22, 10, 0));
            assertThat(row.getCell(CaseColumn.EVIDENCE_SCORE.ordinal()).getNumericCellValue()).isEqualTo(75);
            assertThat(row.getCell(CaseColumn.VERDICT.ordinal()).getStringCellValue()).isEqualTo("很可能退款");
            assertThat(row.getCell(CaseColumn.STATUS.ordinal()).getStringCellValue()).isEqualTo("新建");

            Row deadline = wb.getSheetAt(1).getRow(1);
            assertThat(deadline.getCell(0).getStringCellValue()).isEqualTo(refundCase.id().toString());
            assertThat(deadline.getCell(1).getStringCellValue()).isEqualTo("平台审核催办（3 个工作日）"); // the name, not the rule id (issue 11)
            assertThat(DateUtil.isCellDateFormatted(deadline.getCell(2))).isTrue();
            assertThat(deadline.getCell(3).getStringCellValue()).isEqualTo("进行中");

            Row event = wb.getSheetAt(2).getRow(1);
            assertThat(event.getCell(1).getStringCellValue()).isEqualTo("申请退款");
            assertThat(DateUtil.isCellDateFormatted(event.getCell(2))).isTrue();
            assertThat(event.getCell(4).getStringCellValue()).isEqualTo("RF-9");

            Row evidence = wb.getSheetAt(3).getRow(1);
            assertThat(evidence.getCell(1).getStringCellValue()).isEqualTo("order.png");
            assertThat(evidence.getCell(3).getStringCellValue()).hasSize(64);
        }
    }

    @Test
    void phonesAreMaskedUnlessTheUserOptsIn() throws IOException {
        try (XSSFWorkbook masked = read(export(ZH, false, overview))) {
            assertThat(masked.getSheetAt(0).getRow(1).getCell(CaseColumn.PHONE.ordinal()).getStringCellValue())
                    .isEqualTo("138****1234");
        }
        try (XSSFWorkbook shown = read(export(ZH, true, overview))) {
            assertThat(shown.getSheetAt(0).getRow(1).getCell(CaseColumn.PHONE.ordinal()).getStringCellValue())
                    .isEqualTo("13812341234");
        }
    }

    @Test
    void headerRowIsFrozenFilteredAndColumnsHaveWidths() throws IOException {
        try (XSSFWorkbook wb = read(export(ZH, false, overview, overview(refundCase("b", "1.00", "x", "1"))))) {
            for (int i = 0; i < 4; i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(sheet.getCTWorksheet().getAutoFilter()).isNotNull();
            }
            assertThat(wb.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:X3");
            assertThat(wb.getSheetAt(0).getColumnWidth(CaseColumn.ID.ordinal())).isEqualTo(38 * 256);
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
        }
    }

    @Test
    void progressIsReportedUpToTheTotal() throws IOException {
        List<long[]> updates = new ArrayList<>();
        List<CaseOverview> many = IntStream.range(0, 1200)
                .mapToObj(i -> overview(refundCase("p" + i, "1.00", "x", "1"))).toList();

        long written = new XlsxCaseExporter(ZH, false).export(many, many.size(), dir.resolve("many.xlsx"),
                (done, total) -> updates.add(new long[] {done, total}));

        assertThat(written).isEqualTo(1200);
        assertThat(updates.get(0)).containsExactly(0, 1200);
        assertThat(updates.get(updates.size() - 1)).containsExactly(1200, 1200);
        assertThat(updates).hasSizeGreaterThan(2);
    }

    @Test
    void aStoppedExportLeavesTheTargetAsItWasAndNoTempFile() throws IOException {
        Path target = dir.resolve("cases.xlsx");
        Files.writeString(target, "previous");
        List<CaseOverview> many = IntStream.range(0, 1200)
                .mapToObj(i -> overview(refundCase("p" + i, "1.00", "x", "1"))).toList();

        assertThatThrownBy(() -> new XlsxCaseExporter(ZH, false).export(many, many.size(), target, (done, total) -> {
            if (done >= 500) {
                throw new CancellationException();
            }
        })).isInstanceOf(CancellationException.class);

        assertThat(Files.readString(target)).isEqualTo("previous");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void amountsKeepTheirFen() throws IOException {
        try (XSSFWorkbook wb = read(export(ZH, false, overview(refundCase("p", "0.10", "x", "1"))))) {
            assertThat(BigDecimal.valueOf(wb.getSheetAt(0).getRow(1).getCell(CaseColumn.AMOUNT.ordinal())
                    .getNumericCellValue())).isEqualByComparingTo("0.10");
        }
    }

    private static CaseOverview overview(RefundCase c) {
        return CaseOverview.of(c, List.of());
    }

    private Path export(Messages messages, boolean showPhones, CaseOverview... cases) throws IOException {
        Path file = dir.resolve("export-" + System.nanoTime() + ".xlsx");
        new XlsxCaseExporter(messages, showPhones).export(List.of(cases), cases.length, file,
                org.refunddesk.exchange.ExportProgress.NONE);
        return file;
    }

    private static XSSFWorkbook read(Path file) throws IOException {
        return new XSSFWorkbook(Files.newInputStream(file));
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }
}
