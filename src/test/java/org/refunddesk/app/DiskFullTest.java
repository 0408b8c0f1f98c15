package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.exchange.CaseFiles;
import org.refunddesk.store.Database;
import org.refunddesk.testing.SampleCases;

/**
 * A real full disk: a 3 MB tmpfs, filled up after the store was written. Mounting needs root and a kernel that
 * lets this process mount; elsewhere the test is skipped (StoreProblemsTest covers the same paths with the
 * exception chain H2 reports for ENOSPC and a store opened read-only directly).
 */
class DiskFullTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;
    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", mount.toString());
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    @Test
    void onAFullDiskReadingCommandsWorkAndWritesSayDiskFull() throws Exception {
        Path point = Files.createDirectories(tmp.resolve("tiny"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", point.toString()) == 0,
                "cannot mount a tmpfs here (needs root)");
        mount = point;
        Path folder = point.resolve("data");
        try (Database db = Database.open(folder, CLOCK)) {
            db.cases().create(SampleCases.full("满盘前存下的案件"));
        }
        Path caseFile = tmp.resolve("new.json");
        Files.writeString(caseFile, CaseFiles.writeCase(SampleCases.full("满盘后导入")), StandardCharsets.UTF_8);
        fill(point.resolve("filler"));

        CliRun list = CliRun.of("--data-dir", folder.toString(), "--lang", "en", "cases", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("满盘前存下的案件");
        assertThat(list.err()).contains("disk holding the data folder").contains("is full").contains("read-only");
        CliRun backup = CliRun.of("--data-dir", folder.toString(), "backup", "--out", tmp.resolve("elsewhere.rdbackup").toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(tmp.resolve("elsewhere.rdbackup")).isNotEmptyFile();
        CliRun export = CliRun.of("--data-dir", folder.toString(), "export-xlsx", "--out", tmp.resolve("all.xlsx").toString());
        assertThat(export.exitCode()).as(export.err()).isZero();

        CliRun write = CliRun.of("--data-dir", folder.toString(), "--lang", "en", "import", caseFile.toString());
        assertThat(write.exitCode()).as("free bytes " + Files.getFileStore(point).getUsableSpace() + "; out: "
                + write.out() + "; err: " + write.err()).isEqualTo(5);
        assertThat(write.err()).contains("is full").doesNotContain("MVStoreException").doesNotContain("Flyway")
                .doesNotContain("internal error");
        assertThat(folder.resolve("refunddesk.trace.db")).doesNotExist();
    }

    /** Fills the disk to the last page: big blocks first, then ever smaller ones in files of their own. */
    private static void fill(Path filler) {
        int n = 0;
        for (int size = 64 * 1024; size >= 512; size /= 2) {
            byte[] block = new byte[size];
            try (OutputStream out = Files.newOutputStream(filler.resolveSibling(filler.getFileName() + "-" + n++))) {
                while (true) {
                    out.write(block);
                    out.flush();
                }
            } catch (IOException full) {
                // no room for another block of this size
            }
        }
    }
}
