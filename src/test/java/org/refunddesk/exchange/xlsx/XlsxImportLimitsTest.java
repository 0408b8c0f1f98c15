package org.refunddesk.exchange.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.rules.i18n.Messages;

/** The case file's input limits (docs/case-file.md) hold for the spreadsheet import too, cell by cell. */
class XlsxImportLimitsTest {
    private static final Messages ZH = Messages.forTag("zh");
    private static final Messages EN = Messages.forTag("en");
    private static final String HEADER = "标题,消费者,平台,商品,金额,付款时间\n";

    @TempDir
    Path dir;

    @Test
    void amountsWithASignANulOrOutOfRangeAreRowIssuesNamingRowAndColumn() throws IOException {
        List<String> errors = errors(csv(HEADER
                + "a,张三,星辰卡盟,话费充值,-0,2024-05-01 10:00\n"
                + "b,张三,星辰卡盟,话费充值,+5,2024-05-01 10:00\n"
                + "c,张三,星辰卡盟,话费充值,12\u00005,2024-05-01 10:00\n"
                + "d,张三,星辰卡盟,话费充值,10000000.01,2024-05-01 10:00\n"
                + "e,张三,星辰卡盟,话费充值,0,2024-05-01 10:00\n"
                + "f,张三,星辰卡盟,话费充值,10000000.00,2024-05-01 10:00\n"), EN);

        assertThat(errors).containsExactly(
                "row 2 amount: \"-0\" an amount takes no sign, only digits (like 100.00)",
                "row 3 amount: \"+5\" an amount takes no sign, only digits (like 100.00)",
                "row 4 amount: \"12<U+0000>5\" contains a control character (U+0000 at character 3); remove line"
                        + " breaks, tabs and other invisible characters",
                "row 5 amount: \"10000000.01\" is out of range: an amount must be more than 0 and at most 10,000,000.00 yuan",
                "row 6 amount: \"0\" is out of range: an amount must be more than 0 and at most 10,000,000.00 yuan");
    }

    @Test
    void timesOutsideTwoThousandToTwentyOneHundredAreRefused() throws IOException {
        List<String> errors = errors(csv(HEADER
                + "a,张三,星辰卡盟,话费充值,10,1999-12-31 23:59\n"
                + "b,张三,星辰卡盟,话费充值,10,2101-01-01 00:00\n"
                + "c,张三,星辰卡盟,话费充值,10,2000-01-01 00:00\n"
                + "d,张三,星辰卡盟,话费充值,10,2100-12-31 23:59\n"), ZH);

        assertThat(errors).containsExactly(
                "第 2 行 付款时间: “1999-12-31 23:59” 不在 2000-01-01 至 2100-12-31 之间",
                "第 3 行 付款时间: “2101-01-01 00:00” 不在 2000-01-01 至 2100-12-31 之间");
    }

    @Test
    void textsOverTheirFieldsLengthOrWithControlCharactersAreRefused() throws IOException {
        String longTitle = "题".repeat(201);
        String longName = "名".repeat(1001);
        List<String> errors = errors(csv(HEADER
                + longTitle + ",张三,星辰卡盟,话费充值,10,2024-05-01 10:00\n"
                + "ok," + longName + ",星辰卡盟,话费充值,10,2024-05-01 10:00\n"
                + "ok,张三,星辰\u0007卡盟,话费充值,10,2024-05-01 10:00\n"
                + "题".repeat(200) + ",张三,星辰卡盟,话费充值,10,2024-05-01 10:00\n"), EN);

        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).startsWith("row 2 title: \"题题").endsWith("…\" is longer than 200 characters");
        assertThat(errors.get(1)).startsWith("row 3 consumer: \"名名").endsWith("…\" is longer than 1000 characters");
        assertThat(errors.get(2)).isEqualTo("row 4 platform: \"星辰<U+0007>卡盟\" contains a control character (U+0007 at"
                + " character 3); remove line breaks, tabs and other invisible characters");
    }

    @Test
    void aNegativeOrTooLargeNumericAmountCellIsRefusedInAWorkbookToo() throws IOException {
        Path file = dir.resolve("numbers.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("案件");
            Row header = sheet.createRow(0);
            List<String> names = List.of("平台", "商品", "金额", "付款时间");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            double[] amounts = {-0.0, -5, 20_000_000, 99.5};
            for (int r = 0; r < amounts.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue("星辰卡盟");
                row.createCell(1).setCellValue("话费充值");
                row.createCell(2).setCellValue(amounts[r]);
                row.createCell(3).setCellValue("2024-05-01 10:00");
            }
            wb.write(out);
        }

        List<String> errors = errors(file, EN);

        assertThat(errors).containsExactly(
                "row 2 amount: \"0\" an amount takes no sign, only digits (like 100.00)",
                "row 3 amount: \"-5\" an amount takes no sign, only digits (like 100.00)",
                "row 4 amount: \"20000000\" is out of range: an amount must be more than 0 and at most 10,000,000.00 yuan");
    }

    @Test
    void theLimitsAreTheCaseReadersOwn() {
        // one validator: the import and the case file agree on the edges
        assertThat(org.refunddesk.exchange.InputLimits.maxLength("title")).isEqualTo(200);
        assertThat(org.refunddesk.exchange.InputLimits.maxLength("name")).isEqualTo(1_000);
        assertThat(org.refunddesk.exchange.InputLimits.amountInRange(new java.math.BigDecimal("10000000.00"))).isTrue();
        assertThat(org.refunddesk.exchange.InputLimits.amountInRange(new java.math.BigDecimal("10000000.01"))).isFalse();
    }

    @Test
    void aCsvInAnUnknownEncodingIsRefusedNotImportedAsMojibake() throws IOException {
        Path utf16 = dir.resolve("utf16.csv");
        Files.write(utf16, HEADER.getBytes(StandardCharsets.UTF_16LE));
        Path junk = dir.resolve("junk.csv");
        Files.write(junk, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0x80, 0x41, 0x0A, (byte) 0x81, 0x20});
        Path utf16WithBom = dir.resolve("bom.csv");
        Files.write(utf16WithBom, (HEADER + "a,张三,星辰卡盟,话费充值,10,2024-05-01 10:00\n").getBytes(StandardCharsets.UTF_16));

        for (Path bad : List.of(utf16, junk)) {
            IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                    () -> new XlsxCaseImporter(EN).read(bad));
            assertThat(e.getMessage()).isEqualTo(bad.getFileName() + ": the CSV file's encoding is not recognised;"
                    + " save it as UTF-8 or GB18030 (GBK) and import again");
        }
        assertThat(errors(utf16WithBom, EN)).isEmpty();
    }

    private Path csv(String text) throws IOException {
        Path file = dir.resolve("limits.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> errors(Path file, Messages language) throws IOException {
        XlsxCaseImporter importer = new XlsxCaseImporter(language);
        ImportTable table = importer.read(file);
        ImportPreview preview = importer.preview(table, ColumnMapping.detect(table.headers()), List.of());
        return preview.errors().stream().map(e -> e.message(language)).toList();
    }
}
