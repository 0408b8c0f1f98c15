package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.store.Database;
import org.refunddesk.store.SecondJvm;
import org.refunddesk.testing.SampleCases;

/**
 * Issue 15, problem 8: {@code restore} used to read its file before it took the data folder, so another command
 * could take the folder in between and the restore failed. Here the backup is a named pipe that gives nothing until
 * the test writes into it: while the restore waits for its file, the folder must already be held by it (another
 * command gets exit 4 naming the restore).
 */
class RestoreTakesFolderFirstTest {
    @TempDir
    Path tmp;

    @Test
    void whileRestoreWaitsForItsFileTheFolderIsAlreadyHeldByIt() throws Exception {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data)) {
            db.cases().create(SampleCases.full("恢复前的案件"));
        }
        Path other = tmp.resolve("other");
        try (Database db = Database.open(other)) {
            db.cases().create(SampleCases.full("备份里的案件一"));
            db.cases().create(SampleCases.full("备份里的案件二"));
        }
        Path json = tmp.resolve("cases.json");
        assertThat(CliRun.of("--data-dir", other.toString(), "backup", "--out", json.toString()).exitCode()).isZero();
        Path pipe = tmp.resolve("pipe.json");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is not available");

        Process restore = SecondJvm.java(Launcher.class.getName(), "--data-dir", data.toString(), "--lang", "en",
                "restore", pipe.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertThat(heldBy(data, restore)).as("the restore holds the folder while it waits for its file").isTrue();
            CliRun meanwhile = CliRun.of("--data-dir", data.toString(), "--lang", "en", "cases", "list");
            assertThat(meanwhile.exitCode()).as("another command meanwhile: " + meanwhile.err()).isEqualTo(4);
            assertThat(meanwhile.err()).contains("restore").contains("process " + restore.pid());
        } finally {
            restore.destroyForcibly(); // it never got its file: nothing was written
            restore.waitFor(30, TimeUnit.SECONDS);
        }

        // the folder is free again and the same backup, as a plain file, restores
        CliRun restored = CliRun.of("--data-dir", data.toString(), "--lang", "en", "restore", json.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        try (Database db = Database.open(data)) {
            assertThat(db.cases().list()).extracting(org.refunddesk.domain.RefundCase::title)
                    .containsExactlyInAnyOrder("备份里的案件一", "备份里的案件二");
        }
    }

    /**
     * Waits (at most 60 s, while the restore runs) until the folder's lock file names the restore's process: read
     * only, so that waiting never takes the folder itself.
     */
    private static boolean heldBy(Path data, Process restore) throws Exception {
        Path lock = data.resolve("refunddesk.lock");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until && restore.isAlive()) {
            if (Files.isRegularFile(lock) && Files.readString(lock).contains("(process " + restore.pid() + ")")) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
