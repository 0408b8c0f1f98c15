package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.flywaydb.core.api.FlywayException;
import org.h2.mvstore.DataUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.StoreFailures;
import org.refunddesk.store.StoreUnusableException;
import org.refunddesk.testing.SampleCases;

/** Start-up problems are named in words with what to do, never H2's or Flyway's text (issue 15, problem 6). */
class StoreProblemsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    /** The chain H2 2.4 reports for ENOSPC while Flyway checks the schema at start, as observed on a full tmpfs. */
    private static RuntimeException diskFullAsH2ReportsIt(Path folder) {
        IOException enospc = new IOException("No space left on device");
        RuntimeException mv = DataUtils.newMVStoreException(DataUtils.ERROR_WRITING_FAILED,
                "Writing to {0} failed; length {1} at {2}", folder.resolve("refunddesk.mv.db"), 4096, 8192, enospc);
        SQLException sql = new SQLException("General error: \"" + mv + "\"", "HY000", 50000, mv);
        return new FlywayException("Unable to obtain connection from database: General error", sql);
    }

    @Test
    void aFullDiskReportedThroughFlywayAndMvStoreIsSaidAsDiskFullWithWhatToDo() {
        Path folder = tmp.resolve("data");
        StartupFailure zh = StartupFailure.describe(diskFullAsH2ReportsIt(folder), folder, Messages.forTag("zh"));
        assertThat(zh.title()).isEqualTo("磁盘已满");
        assertThat(zh.message()).contains(folder.toString()).contains("磁盘已满").contains("腾出空间")
                .doesNotContain("MVStoreException").doesNotContain("Flyway").doesNotContain("General error");
        StartupFailure en = StartupFailure.describe(diskFullAsH2ReportsIt(folder), folder, Messages.forTag("en"));
        assertThat(en.message()).contains("is full").contains("Delete files");
    }

    @Test
    void noPermissionAndADamagedFileAreNamedToo() {
        Path folder = tmp.resolve("data");
        StartupFailure denied = StartupFailure.describe(new RuntimeException(
                new java.nio.file.AccessDeniedException(folder.resolve("refunddesk.lock").toString())), folder, Messages.forTag("en"));
        assertThat(denied.title()).isEqualTo("No permission to write");
        RuntimeException corrupt = DataUtils.newMVStoreException(DataUtils.ERROR_FILE_CORRUPT,
                "File corrupted in chunk {0}", 7);
        StartupFailure damaged = StartupFailure.describe(new RuntimeException(new SQLException("x", "HY000", 50000, corrupt)),
                folder, Messages.forTag("en"));
        assertThat(damaged.title()).isEqualTo("Data file damaged");
        assertThat(damaged.message()).contains("recover --out");
    }

    @Test
    void aStoreWhoseFileIsOverwrittenAtTheStartSaysDamagedFileOnTheCommandLine() throws Exception {
        Path folder = tmp.resolve("damaged");
        try (Database db = Database.open(folder, CLOCK)) {
            db.cases().create(SampleCases.full("案件"));
        }
        try (RandomAccessFile file = new RandomAccessFile(folder.resolve("refunddesk.mv.db").toFile(), "rw")) {
            file.write(new byte[8192]); // both file headers gone
        }
        assertThatThrownBy(() -> Database.open(folder, CLOCK)).isInstanceOf(StoreUnusableException.class)
                .extracting(e -> ((StoreUnusableException) e).kind()).isEqualTo(StoreUnusableException.Kind.DAMAGED_FILE);
        CliRun list = CliRun.of("--data-dir", folder.toString(), "--lang", "en", "cases", "list");
        assertThat(list.exitCode()).isEqualTo(5);
        assertThat(list.errLines()).hasSize(1);
        assertThat(list.err()).contains("is damaged").contains("recover --out").doesNotContain("Exception");
    }

    @Test
    void openingAndClosingTheStoreLeavesNoTraceFile() {
        Path folder = tmp.resolve("clean");
        try (Database db = Database.open(folder, CLOCK)) {
            db.cases().create(SampleCases.full("案件"));
        }
        assertThat(folder.resolve("refunddesk.trace.db")).doesNotExist();
    }

    @Test
    void theClassifierReadsTheInnermostCauses() {
        assertThat(StoreFailures.classify(diskFullAsH2ReportsIt(tmp))).contains(StoreUnusableException.Kind.DISK_FULL);
        assertThat(StoreFailures.classify(new IllegalStateException("something else"))).isEmpty();
    }

    @Test
    void aStoreThatCannotBeWrittenOpensReadOnlyForReadingButRefusesWritesInWords() throws Exception {
        Path folder = tmp.resolve("full");
        try (Database db = Database.open(folder, CLOCK)) {
            db.cases().create(SampleCases.full("磁盘满时仍能看到"));
        }
        // root writes to any folder whatever its mode, so the read-only store is reached through the real disk-full
        // test (DiskFullTest, a tiny tmpfs) there; here: the open falls back to read-only when told it cannot write
        try (Database db = Database.openReadOnly(folder, CLOCK, null, StoreUnusableException.Kind.DISK_FULL)) {
            assertThat(db.cases().list()).extracting(r -> r.title()).containsExactly("磁盘满时仍能看到");
            assertThat(db.readOnlyBecause()).isPresent();
            assertThatThrownBy(() -> db.cases().create(SampleCases.full("新"))).isInstanceOf(StoreUnusableException.class)
                    .hasMessageContaining("is full");
        }
        assertThat(Files.exists(folder.resolve("refunddesk.trace.db"))).isFalse();
    }
}
