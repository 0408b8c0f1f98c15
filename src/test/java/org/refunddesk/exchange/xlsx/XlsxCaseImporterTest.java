package org.refunddesk.exchange.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.refunddesk.rules.caseload.CaseloadFixtures.refundCase;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.ExportProgress;
import org.refunddesk.rules.i18n.Messages;

class XlsxCaseImporterTest {
    private static final Messages ZH = Messages.forTag("zh");
    private static final Messages EN = Messages.forTag("en");

    @TempDir
    Path dir;

    private final List<RefundCase> originals = List.of(
            refundCase("星辰卡盟", "128.50", "张三", "13812341234", "SO-1").withAssignee("张志愿")
                    .withTags(List.of("联名投诉", "急")).withStatus(CaseStatus.WAITING),
            refundCase("https://www.kameng88.com", "30.00", "李四", null, "SO-2"),
            refundCase("月光卡盟", "0.10", null, "13900001111", null).withAssessment(null));

    @Test
    void exportThenImportIntoAnEmptyStoreGivesTheSameCases() throws IOException {
        for (Messages language : List.of(ZH, EN)) {
            Path file = dir.resolve("round-" + language.locale() + ".xlsx");
            new XlsxCaseExporter(language, true).export(overviews(originals), originals.size(), file, ExportProgress.NONE);

            XlsxCaseImporter importer = new XlsxCaseImporter(language);
            ImportTable table = importer.read(file);
            ImportPreview preview = importer.preview(table, ColumnMapping.detect(table.headers()), List.of());

            assertThat(preview.errors()).isEmpty();
            assertThat(preview.duplicates()).isEmpty();
            List<RefundCase> imported = preview.casesToImport();
            assertThat(imported).hasSize(3);
            for (int i = 0; i < originals.size(); i++) {
                SheetFields.assertSame(imported.get(i), originals.get(i));
            }
        }
    }

    @Test
    void maskedPhonesAreNotImportedAsPhoneNumbers() throws IOException {
        Path file = dir.resolve("masked.xlsx");
        new XlsxCaseExporter(ZH, false).export(overviews(originals), 3, file, ExportProgress.NONE);

        ImportPreview preview = preview(file, List.of());

        assertThat(preview.casesToImport().get(0).consumer().phone()).isNull();
        assertThat(preview.casesToImport().get(0).consumer().name()).isEqualTo("张三");
    }

    @Test
    void aBadAmountInRow12IsReportedByRowAndColumnAndNothingIsHandedOut() throws IOException {
        Path file = workbookWithRows(14, 12, "12,5");

        ImportPreview zh = new XlsxCaseImporter(ZH).preview(XlsxTableReader.read(file),
                ColumnMapping.detect(XlsxTableReader.read(file).headers()), List.of());
        ImportPreview en = new XlsxCaseImporter(EN).preview(XlsxTableReader.read(file),
                ColumnMapping.detect(XlsxTableReader.read(file).headers()), List.of());

        assertThat(zh.errors()).extracting(e -> e.message(ZH)).containsExactly("第 12 行 金额: “12,5” 不是金额");
        assertThat(en.errors()).extracting(e -> e.message(EN)).containsExactly("row 12 amount: \"12,5\" is not an amount");
        assertThat(zh.hasErrors()).isTrue();
        assertThatThrownBy(zh::casesToImport).isInstanceOf(IllegalStateException.class);
        assertThat(zh.rows()).hasSize(14);
    }

    @Test
    void everyBadCellIsReportedNotJustTheFirst() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "平台,商品,金额,付款时间,状态\n"
                + "星辰卡盟,话费充值,12.345,2024-13-01 10:00,新建\n"
                + ",火箭,-3,2024-05-01 10:00,DONE\n");

        List<String> messages = preview(csv, List.of()).errors().stream().map(e -> e.message(ZH)).toList();

        assertThat(messages).containsExactly(
                "第 2 行 金额: “12.345” 不是金额",
                "第 2 行 付款时间: “2024-13-01 10:00” 不是日期时间（例如 2024-05-01 14:30）",
                "第 3 行 商品: “火箭” 不是可选值之一（话费充值 / 永久/长期话费 / 流量包 / 游戏点卡 / 卡密 / 虚拟号码 / 其他）",
                "第 3 行 金额: “-3” 金额不能带正负号，只写数字（例如 100.00）",
                "第 3 行 状态: “DONE” 不是可选值之一（新建 / 处理中 / 等待答复 / 已升级投诉 / 已解决 / 已结案）",
                "第 3 行 平台: “” 必填");
    }

    @Test
    void duplicatesInTheFileAndInTheStoreAreReportedAndNotDoubled() throws IOException {
        Path csv = dir.resolve("dups.csv");
        Files.writeString(csv, "平台,订单号,商品,金额,付款时间\n"
                + "星辰卡盟,SO-1,话费充值,10,2024-05-01 10:00\n"
                + "ＷＷＷ.星辰卡盟.com,so-1,话费充值,10,2024-05-01 10:00\n"
                + "月光卡盟,M-7,话费充值,10,2024-05-01 10:00\n"
                + "月光卡盟,M-8,话费充值,10,2024-05-01 10:00\n"
                + "月光卡盟,,话费充值,10,2024-05-01 10:00\n"
                + "月光卡盟,,话费充值,10,2024-05-01 10:00\n");
        RefundCase stored = refundCase("https://月光卡盟.cn", "10.00", "x", "1", "M-8");

        ImportPreview preview = preview(csv, List.of(stored));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.duplicates()).extracting(d -> d.message(ZH)).containsExactly(
                "第 3 行与第 2 行重复（平台 ＷＷＷ.星辰卡盟.com，订单号 so-1），只导入一次",
                "第 5 行已在案件库中（平台 月光卡盟，订单号 M-8），不再导入");
        assertThat(preview.casesToImport()).extracting(c -> c.purchase().orderNo())
                .containsExactly("SO-1", "M-7", null, null);
    }

    @Test
    void aCaseIdAlreadyStoredIsADuplicate() throws IOException {
        Path file = dir.resolve("again.xlsx");
        new XlsxCaseExporter(ZH, true).export(overviews(originals), 3, file, ExportProgress.NONE);

        ImportPreview preview = preview(file, List.of(originals.get(2)));

        assertThat(preview.duplicates()).singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(ImportDuplicate.Kind.SAME_ID));
        assertThat(preview.casesToImport()).hasSize(2);
    }

    @Test
    void aForeignCsvIsImportedWithTheUsersColumnMapping() throws IOException {
        Path csv = dir.resolve("foreign.csv");
        // saved by Excel on a Chinese Windows: GB18030, not UTF-8
        Files.write(csv, ("店铺,单价,下单时间,类型,手机\n"
                + "\"星辰卡盟, 分店\",99.9,2024/5/1 9:30,流量包,13800138000\n").getBytes(Charset.forName("GB18030")));
        XlsxCaseImporter importer = new XlsxCaseImporter(ZH);
        ImportTable table = importer.read(csv);

        ColumnMapping detected = ColumnMapping.detect(table.headers());
        assertThat(detected.missingRequired()).containsExactly(CaseColumn.PLATFORM, CaseColumn.PRODUCT,
                CaseColumn.AMOUNT, CaseColumn.PAID_AT);
        assertThat(importer.preview(table, detected, List.of()).errors()).extracting(e -> e.message(ZH))
                .contains("缺少必需的列“金额”");

        ColumnMapping mapped = detected.with(CaseColumn.PLATFORM, 0).with(CaseColumn.AMOUNT, 1)
                .with(CaseColumn.PAID_AT, 2).with(CaseColumn.PRODUCT, 3).with(CaseColumn.PHONE, 4);
        RefundCase c = importer.preview(table, mapped, List.of()).casesToImport().get(0);

        assertThat(c.platform().name()).isEqualTo("星辰卡盟, 分店");
        assertThat(c.purchase().amount()).isEqualTo(new BigDecimal("99.90"));
        assertThat(c.purchase().paidAt()).isEqualTo(java.time.Instant.parse("2024-05-01T01:30:00Z"));
        assertThat(c.purchase().product()).isEqualTo(ProductType.DATA_PACKAGE);
        assertThat(c.purchase().delivery()).isEqualTo(DeliveryMode.DIRECT_TOPUP);
        assertThat(c.consumer().phone()).isEqualTo("13800138000");
        assertThat(c.status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void tagsSplitOnChineseAndAsciiSeparators() throws IOException {
        Path csv = dir.resolve("tags.csv");
        Files.writeString(csv, "平台,商品,金额,付款时间,标签\n星辰卡盟,话费充值,1,2024-05-01 10:00,\"联名，急、大额; 联名\"\n");

        assertThat(preview(csv, List.of()).casesToImport().get(0).tags()).containsExactly("联名", "急", "大额");
    }

    @Test
    void mappingAColumnTwiceMovesIt() {
        ColumnMapping m = ColumnMapping.detect(List.of()).with(CaseColumn.PLATFORM, 0).with(CaseColumn.TITLE, 0);

        assertThat(m.indexOf(CaseColumn.PLATFORM)).isEmpty();
        assertThat(m.indexOf(CaseColumn.TITLE)).contains(0);
    }

    @Test
    void aFileWithoutHeaderIsRefused() throws IOException {
        Path csv = dir.resolve("empty.csv");
        Files.writeString(csv, "");

        assertThat(preview(csv, List.of()).errors()).extracting(e -> e.message(EN))
                .containsExactly("the file has no header row");
    }

    private ImportPreview preview(Path file, List<RefundCase> existing) throws IOException {
        XlsxCaseImporter importer = new XlsxCaseImporter(ZH);
        ImportTable table = importer.read(file);
        return importer.preview(table, ColumnMapping.detect(table.headers()), existing);
    }

    /** An export-shaped workbook with {@code dataRows} good rows, except the amount text in sheet row {@code badRow}. */
    private Path workbookWithRows(int dataRows, int badRow, String badAmount) throws IOException {
        Path file = dir.resolve("rows.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("案件");
            Row header = sheet.createRow(0);
            List<String> names = List.of("平台", "商品", "金额", "付款时间", "问题");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            for (int r = 1; r <= dataRows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("星辰卡盟");
                row.createCell(1).setCellValue("话费充值");
                if (r + 1 == badRow) {
                    row.createCell(2).setCellValue(badAmount);
                } else {
                    row.createCell(2).setCellValue(10 + r);
                }
                row.createCell(3).setCellValue("2024-05-01 10:00");
                row.createCell(4).setCellValue("充值没到账");
            }
            wb.write(out);
        }
        return file;
    }

    private static List<CaseOverview> overviews(List<RefundCase> cases) {
        List<CaseOverview> list = new ArrayList<>();
        cases.forEach(c -> list.add(CaseOverview.of(c, List.of())));
        return list;
    }
}
