package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken files, generated here with java.util.zip: every import-xlsx / import / restore failure
 * is one line on stderr naming the file and the problem, exit 2, nothing stored, never a library stack trace.
 */
class HostileImportFilesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"traversal", "doctypeContentTypes", "doctypeSheet", "zipBomb", "notZip", "encrypted",
            "truncated", "oldExcel", "emptyFile"})
    void aHostileWorkbookIsOneLineNamingFileAndProblem(String kind) throws Exception {
        Path file = hostileWorkbook(kind);

        CliRun run = CliRun.of("--data-dir", tmp.resolve("data").toString(), "--lang", "en", "import-xlsx",
                file.toString());

        assertOneLine(run, file);
        assertThat(run.err()).contains(expectedWords(kind));
        assertThat(CliRun.of("--data-dir", tmp.resolve("data").toString(), "cases", "list").out()).doesNotContain("星辰");
    }

    @Test
    void aCsvInAWrongEncodingIsOneLine() throws Exception {
        Path file = tmp.resolve("utf16.csv");
        Files.write(file, "平台,商品,金额,付款时间\n星辰卡盟,话费充值,10,2024-05-01 10:00\n".getBytes(StandardCharsets.UTF_16LE));

        CliRun run = CliRun.of("--data-dir", tmp.resolve("data").toString(), "import-xlsx", file.toString());

        assertOneLine(run, file);
        assertThat(run.err()).contains("编码");
    }

    @ParameterizedTest
    @ValueSource(strings = {"traversal", "zipBomb", "notZip", "truncated"})
    void aHostileBackupOrCaseFileIsOneLine(String kind) throws Exception {
        Path backup = hostileWorkbook(kind);
        Path asBackup = Files.move(backup, tmp.resolve(kind + ".rdbackup"));
        Path asCase = Files.copy(asBackup, tmp.resolve(kind + ".refundcase.json"));

        assertOneLine(CliRun.of("--data-dir", tmp.resolve("r").toString(), "restore", asBackup.toString()), asBackup);
        assertOneLine(CliRun.of("--data-dir", tmp.resolve("i").toString(), "import", asCase.toString()), asCase);
    }

    private static void assertOneLine(CliRun run, Path file) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains(file.getFileName().toString())
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.apache");
    }

    private static String expectedWords(String kind) {
        return switch (kind) {
            case "traversal" -> "unsafe file path \"../../x\"";
            case "doctypeContentTypes", "doctypeSheet" -> "DOCTYPE";
            case "zipBomb" -> "zip bomb";
            case "encrypted" -> "password-protected";
            case "oldExcel" -> "old Excel (.xls)";
            case "truncated" -> "incomplete or damaged";
            default -> "neither an Excel workbook";
        };
    }

    private Path hostileWorkbook(String kind) throws IOException {
        byte[] good = goodWorkbook();
        Path file = tmp.resolve(kind + ".xlsx");
        switch (kind) {
            case "traversal" -> Files.write(file, rezip(good, entries -> {
                entries.put("../../x", "owned".getBytes(StandardCharsets.UTF_8));
                return entries;
            }));
            case "doctypeContentTypes" -> Files.write(file, rezip(good, entries -> withDoctype(entries,
                    "[Content_Types].xml")));
            case "doctypeSheet" -> Files.write(file, rezip(good, entries -> withDoctype(entries,
                    "xl/worksheets/sheet1.xml")));
            case "zipBomb" -> Files.write(file, rezip(good, entries -> {
                byte[] sheet = entries.get("xl/worksheets/sheet1.xml");
                byte[] padded = Arrays.copyOf(sheet, sheet.length + 30_000_000);
                Arrays.fill(padded, sheet.length, padded.length, (byte) ' ');
                entries.put("xl/worksheets/sheet1.xml", padded);
                return entries;
            }));
            case "notZip" -> Files.writeString(file, "平台,商品\n这不是工作簿\n");
            case "truncated" -> Files.write(file, Arrays.copyOf(good, good.length * 6 / 10));
            case "encrypted" -> Files.write(file, encrypted(good));
            case "oldExcel" -> {
                try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
                    fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "Workbook");
                    fs.writeFilesystem(out);
                }
            }
            default -> Files.write(file, new byte[0]);
        }
        return file;
    }

    private static Map<String, byte[]> withDoctype(Map<String, byte[]> entries, String name) {
        String xml = new String(entries.get(name), StandardCharsets.UTF_8);
        int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        String hostile = xml.substring(0, afterDeclaration)
                + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + xml.substring(afterDeclaration);
        entries.put(name, hostile.getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private static byte[] goodWorkbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("案件");
            Row header = sheet.createRow(0);
            String[] names = {"平台", "商品", "金额", "付款时间"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("星辰卡盟");
            row.createCell(1).setCellValue("话费充值");
            row.createCell(2).setCellValue(10);
            row.createCell(3).setCellValue("2024-05-01 10:00");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] rezip(byte[] zip, UnaryOperator<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : change.apply(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] encrypted(byte[] workbook) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(workbook);
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }
}
