package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.Database;
import org.refunddesk.store.SecondJvm;
import org.refunddesk.testing.SampleCases;

/**
 * Backup and restore stream: 20,000 cases go through both in a child JVM limited to 64 MB of heap (a list of
 * all cases in memory would not fit). Not a timing test: it only has to finish.
 */
class LowMemoryBackupTest {
    private static final int CASES = 20_000;

    @TempDir
    Path tmp;

    @Test
    void twentyThousandCasesBackUpAndRestoreAtSixtyFourMegabytes() throws Exception {
        Path source = tmp.resolve("source");
        try (Database db = Database.open(source)) {
            List<RefundCase> batch = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                batch.add(SampleCases.full("生成的案件 " + i));
                if (batch.size() == 2_000) {
                    db.cases().createAll(batch);
                    batch.clear();
                }
            }
        }
        Path backup = tmp.resolve("all.rdbackup");
        Path fresh = tmp.resolve("fresh");

        run("--data-dir", source.toString(), "backup", "--out", backup.toString());
        run("--data-dir", fresh.toString(), "restore", backup.toString());

        try (Database db = Database.open(fresh)) {
            assertThat(db.cases().count()).isEqualTo(CASES);
        }
    }

    private void run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(args));
        ProcessBuilder pb = SecondJvm.java(Launcher.class.getName(), command.toArray(String[]::new));
        pb.command().add(1, "-Xmx64m");
        Path log = Files.createTempFile(tmp, "child", ".log");
        Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
    }
}
