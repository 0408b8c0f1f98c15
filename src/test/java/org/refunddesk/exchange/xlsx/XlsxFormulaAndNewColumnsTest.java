package org.refunddesk.exchange.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refunddesk.rules.caseload.CaseloadFixtures.refundCase;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.ExportProgress;
import org.refunddesk.rules.i18n.Messages;

/** Formula cells (cached result or refused naming the cell) and the fee / platform-identity columns. */
class XlsxFormulaAndNewColumnsTest {
    private static final Messages ZH = Messages.forTag("zh");
    private static final Messages EN = Messages.forTag("en");
    private static final String VALID_CODE = "91350100M000100Y43";

    @TempDir
    Path dir;

    @Test
    void formulaCellsWithASavedResultImportThatResultNumberTextAndDate() throws IOException {
        Path file = workbook(true);

        ImportPreview preview = preview(file, ZH);

        assertThat(preview.errors()).isEmpty();
        RefundCase c = preview.casesToImport().get(0);
        assertThat(c.purchase().amount()).isEqualByComparingTo(new BigDecimal("12.50"));
        assertThat(c.platform().name()).isEqualTo("星辰卡盟");
        assertThat(c.purchase().paidAt()).isEqualTo(Instant.parse("2024-05-01T02:30:00Z"));
    }

    @Test
    void formulaCellsWithoutASavedResultAreRefusedNamingTheCellNeverZeroOrTheFormula() throws IOException {
        Path file = workbook(false);

        ImportPreview zh = preview(file, ZH);
        ImportPreview en = preview(file, EN);

        assertThat(zh.hasErrors()).isTrue();
        assertThat(zh.errors()).extracting(e -> e.message(ZH)).containsExactly(
                "第 2 行 平台：公式没有保存计算结果（单元格 A2）：请在 Excel 中打开文件并保存后再导入，或把公式换成数值",
                "第 2 行 金额：公式没有保存计算结果（单元格 C2）：请在 Excel 中打开文件并保存后再导入，或把公式换成数值",
                "第 2 行 付款时间：公式没有保存计算结果（单元格 D2）：请在 Excel 中打开文件并保存后再导入，或把公式换成数值");
        assertThat(en.errors()).extracting(e -> e.message(EN)).first().isEqualTo(
                "row 2 platform: the formula has no saved result (cell A2): open the file in Excel and save it, or"
                        + " replace the formula by its value");
        assertThat(zh.rows().get(0).parsed()).isNull();
    }

    @Test
    void theFeeAndPlatformIdentityColumnsGoOutAndComeBack() throws IOException {
        List<RefundCase> originals = List.of(
                identified(refundCase("星辰卡盟", "10.00", "张三", "13812341234", "SO-1"), true, "星辰网络科技有限公司",
                        VALID_CODE, "王五"),
                identified(refundCase("月光卡盟", "20.00", "李四", null, "SO-2"), false, null, null, null),
                identified(refundCase("蓝海卡盟", "30.00", "赵六", null, "SO-3"), null, "蓝海公司", null, "钱七"));
        for (Messages language : List.of(ZH, EN)) {
            Path file = dir.resolve("identity-" + language.locale() + ".xlsx");
            List<CaseOverview> overviews = new ArrayList<>();
            originals.forEach(c -> overviews.add(CaseOverview.of(c, List.of())));
            new XlsxCaseExporter(language, true).export(overviews, overviews.size(), file, ExportProgress.NONE);

            ImportPreview preview = preview(file, language);

            assertThat(preview.errors()).isEmpty();
            List<RefundCase> back = preview.casesToImport();
            for (int i = 0; i < originals.size(); i++) {
                SheetFields.assertSame(back.get(i), originals.get(i));
                assertThat(back.get(i).problem().feeDisclosed()).isEqualTo(originals.get(i).problem().feeDisclosed());
                assertThat(back.get(i).platform().operator()).isEqualTo(originals.get(i).platform().operator());
                assertThat(back.get(i).platform().creditCode()).isEqualTo(originals.get(i).platform().creditCode());
                assertThat(back.get(i).platform().legalRepresentative())
                        .isEqualTo(originals.get(i).platform().legalRepresentative());
            }
        }
    }

    @Test
    void feeAnswersInEitherLanguageAndAnInvalidCreditCodeIsARowIssue() throws IOException {
        Path csv = dir.resolve("fee.csv");
        Files.writeString(csv, "平台,商品,金额,付款时间,问题,费用是否事先告知,统一社会信用代码\n"
                + "星辰卡盟,话费充值,10,2024-05-01 10:00,退款被扣手续费,是,\n"
                + "星辰卡盟,话费充值,11,2024-05-01 10:00,退款被扣手续费,no,\n"
                + "星辰卡盟,话费充值,12,2024-05-01 10:00,退款被扣手续费,不清楚," + VALID_CODE.toLowerCase() + "\n"
                + "星辰卡盟,话费充值,13,2024-05-01 10:00,退款被扣手续费,也许,91350100M000100Y44\n");

        ImportPreview preview = preview(csv, ZH);

        assertThat(preview.errors()).extracting(e -> e.message(ZH)).containsExactly(
                "第 5 行 费用是否事先告知: “也许” 不是“是”“否”或“不清楚”",
                "第 5 行 统一社会信用代码: “91350100M000100Y44” 不是有效的统一社会信用代码（18 位，最后一位校验码须符合 GB 32100-2015）");
        List<ImportPreview.PreviewRow> rows = preview.rows();
        assertThat(rows.get(0).parsed().problem().feeDisclosed()).isTrue();
        assertThat(rows.get(1).parsed().problem().feeDisclosed()).isFalse();
        assertThat(rows.get(2).parsed().problem().feeDisclosed()).isNull();
        assertThat(rows.get(2).parsed().platform().creditCode()).isEqualTo(VALID_CODE);
    }

    @Test
    void theNewFieldsCanBeMappedByTheirCaseFileNames() {
        assertThat(CaseColumn.ofFieldName("problem.feeDisclosed")).contains(CaseColumn.FEE_DISCLOSED);
        assertThat(CaseColumn.ofFieldName("platform.operator")).contains(CaseColumn.OPERATOR);
        assertThat(CaseColumn.ofFieldName("platform.creditCode")).contains(CaseColumn.CREDIT_CODE);
        assertThat(CaseColumn.ofFieldName("platform.legalRepresentative")).contains(CaseColumn.LEGAL_REPRESENTATIVE);
    }

    private static RefundCase identified(RefundCase c, Boolean fee, String operator, String code, String legal) {
        Platform p = c.platform();
        Problem problem = new Problem(ProblemKind.FEE_DEDUCTED, null, false, false, false, false, null, fee);
        return new RefundCase(c.id(), c.title(), c.consumer(), c.assignee(), c.tags(),
                new Platform(p.name(), p.url(), p.model(), p.status(), p.registeredAddress(), operator, code, legal),
                c.purchase(), problem, c.events(), c.status(), c.redFlags(), c.assessment(), c.createdAt(), c.updatedAt());
    }

    /** Platform (text), product, amount (number) and paid-at (date) as formulas, with or without saved results. */
    private Path workbook(boolean cached) throws IOException {
        Path file = dir.resolve(cached ? "cached.xlsx" : "uncached.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("案件");
            Row header = sheet.createRow(0);
            List<String> names = List.of("平台", "商品", "金额", "付款时间");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row row = sheet.createRow(1);
            Cell platform = row.createCell(0);
            platform.setCellFormula("\"星辰\"&\"卡盟\"");
            row.createCell(1).setCellValue("话费充值");
            Cell amount = row.createCell(2);
            amount.setCellFormula("10+2.5");
            Cell paid = row.createCell(3);
            paid.setCellFormula("DATE(2024,5,1)+TIME(10,30,0)");
            paid.setCellStyle(date);
            if (cached) {
                platform.setCellValue("星辰卡盟");
                amount.setCellValue(12.5);
                paid.setCellValue(LocalDateTime.of(2024, 5, 1, 10, 30));
            }
            wb.write(out);
        }
        return file;
    }

    private static ImportPreview preview(Path file, Messages language) throws IOException {
        XlsxCaseImporter importer = new XlsxCaseImporter(language);
        ImportTable table = importer.read(file);
        return importer.preview(table, ColumnMapping.detect(table.headers()), List.of());
    }
}
