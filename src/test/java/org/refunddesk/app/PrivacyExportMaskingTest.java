package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceAttachment;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.testing.SampleCases;

/** Every export meant for others masks phones and order/transaction numbers unless full details are asked for. */
class PrivacyExportMaskingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);
    private static final List<String> SECRETS = List.of("13800138000", "KM20260302001", "2026030222001");

    @TempDir
    Path tmp;

    private Path folder(RefundCase c) {
        Path dir = tmp.resolve("data");
        try (Database db = Database.open(dir, CLOCK)) {
            db.cases().create(c);
        }
        return dir;
    }

    private RefundCase sample() {
        RefundCase c = SampleCases.full("13800138000 的话费 KM20260302001 未到账");
        return c;
    }

    @Test
    void xlsxExportIsMaskedByDefaultAndFullOnlyWhenAsked() throws IOException {
        Path dir = folder(sample());
        Path masked = tmp.resolve("masked.xlsx");
        Path full = tmp.resolve("full.xlsx");

        CliRun byDefault = CliRun.of("--data-dir", dir.toString(), "export-xlsx", "--out", masked.toString());
        CliRun asked = CliRun.of("--data-dir", dir.toString(), "export-xlsx", "--out", full.toString(), "--show-in-full");

        assertThat(byDefault.exitCode()).as(byDefault.err()).isZero();
        assertThat(asked.exitCode()).as(asked.err()).isZero();
        assertThat(cells(masked)).doesNotContain(SECRETS.toArray(String[]::new)).contains("138****8000", "****2001");
        assertThat(cells(full)).contains("13800138000", "KM20260302001");
    }

    @Test
    void evidenceBundleIndexAndManifestAreMaskedByDefault() throws IOException {
        RefundCase c = sample();
        Path dir = folder(c);
        try (Database db = Database.open(dir, CLOCK)) {
            Path shot = Files.write(tmp.resolve("截图 13800138000.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
            new EvidenceVault(db, CLOCK).attach(new EvidenceAttachment(c.id(), shot,
                    org.refunddesk.domain.EvidenceCategory.PAYMENT_STATEMENT, null, null, "手机 13800138000",
                    java.util.Set.of(), null, false));
        }
        Path masked = tmp.resolve("masked.zip");
        Path full = tmp.resolve("full.zip");

        CliRun byDefault = CliRun.of("--data-dir", dir.toString(), "evidence", "bundle", c.id().toString(),
                "--out", masked.toString());
        CliRun asked = CliRun.of("--data-dir", dir.toString(), "evidence", "bundle", c.id().toString(),
                "--out", full.toString(), "--show-in-full");

        assertThat(byDefault.exitCode()).as(byDefault.err() + byDefault.out()).isZero();
        assertThat(asked.exitCode()).as(asked.err()).isZero();
        String index = entry(masked, "index.html") + entry(masked, "manifest.json");
        assertThat(index).doesNotContain(SECRETS.toArray(String[]::new)).contains("****2001", "138xxxx8000.png");
        assertThat(entry(full, "index.html")).contains("KM20260302001", "13800138000");
    }

    private static String cells(Path xlsx) throws IOException {
        StringBuilder all = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        all.append(cell.toString()).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    private static String entry(Path zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    in.transferTo(out);
                    return out.toString(StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in " + zip);
    }
}
