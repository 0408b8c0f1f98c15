package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.Database;
import org.refunddesk.testing.SampleCases;

/** recover --out DIR: what can be read, plus the newest automatic backup, and what was lost (issue 15, problem 5). */
class RecoverTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    /** recover reads the backup folder from the settings: another test may have left one chosen in them. */
    @org.junit.jupiter.api.BeforeEach
    void defaultBackupFolder() throws Exception {
        java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot().node("org/refunddesk/ui");
        node.remove(org.refunddesk.cli.AutoBackups.FOLDER_SETTING);
        node.flush();
    }

    private static void corrupt(Path dir, String sql, UUID id) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("refunddesk"), "refunddesk", "");
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            assertThat(ps.executeUpdate()).isPositive();
        }
    }

    @Test
    void damagedRowsComeBackFromTheAutomaticBackupAndWhatWasNotBackedUpIsNamedAsLost() throws Exception {
        Path data = tmp.resolve("data");
        UUID intact;
        UUID backedUp;
        try (Database db = Database.open(data, CLOCK)) {
            intact = db.cases().create(SampleCases.full("完好")).id();
            backedUp = db.cases().create(SampleCases.full("有备份")).id();
        }
        CliRun auto = CliRun.of("--data-dir", data.toString(), "backup", "--auto");
        assertThat(auto.exitCode()).as(auto.err()).isZero();
        UUID notBackedUp;
        try (Database db = Database.open(data, CLOCK)) {
            notBackedUp = db.cases().create(SampleCases.full("备份之后新建")).id();
        }
        corrupt(data, "UPDATE cases SET platform_model = '蓝海卡盟' WHERE id = ?", backedUp);
        corrupt(data, "UPDATE cases SET amount = -1 WHERE id = ?", notBackedUp);
        Path out = tmp.resolve("recovered");

        CliRun recover = CliRun.of("--data-dir", data.toString(), "--lang", "en", "recover", "--out", out.toString());

        assertThat(recover.exitCode()).as(recover.out() + recover.err()).isEqualTo(3);
        assertThat(recover.out()).contains("Brought back from the backup: " + backedUp + " \"有备份\"")
                .contains("LOST: " + notBackedUp + " \"备份之后新建\"").contains("amount holds '-1.00'")
                .contains("1 cases read from the store, 1 brought back from the backup, 1 lost");
        try (Database db = Database.open(out, CLOCK)) {
            assertThat(db.cases().list()).extracting(RefundCase::id).containsExactlyInAnyOrder(intact, backedUp);
        }
        CliRun checkNew = CliRun.of("--data-dir", out.toString(), "check");
        assertThat(checkNew.exitCode()).as(checkNew.out()).isZero();
        CliRun checkOld = CliRun.of("--data-dir", data.toString(), "check");
        assertThat(checkOld.exitCode()).as("the damaged store is left as it was").isEqualTo(3);
    }

    @Test
    void aFileThatNoLongerOpensIsSalvagedWithH2sRecoveryToolAndTheBackup() throws Exception {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data, CLOCK)) {
            for (int i = 0; i < 5; i++) {
                db.cases().create(SampleCases.full("案件 " + i));
            }
        }
        assertThat(CliRun.of("--data-dir", data.toString(), "backup", "--auto").exitCode()).isZero();
        try (RandomAccessFile file = new RandomAccessFile(data.resolve("refunddesk.mv.db").toFile(), "rw")) {
            file.write(new byte[8192]); // both file headers gone: H2 refuses to open it
        }
        assertThat(CliRun.of("--data-dir", data.toString(), "cases", "list").exitCode()).isEqualTo(5);
        Path out = tmp.resolve("recovered");

        CliRun recover = CliRun.of("--data-dir", data.toString(), "--lang", "en", "recover", "--out", out.toString());

        assertThat(recover.exitCode()).as(recover.out() + recover.err()).isIn(0, 3);
        assertThat(recover.out()).contains("Recovered store built in " + out);
        try (Database db = Database.open(out, CLOCK)) {
            assertThat(db.cases().list()).extracting(RefundCase::title)
                    .containsExactlyInAnyOrder("案件 0", "案件 1", "案件 2", "案件 3", "案件 4");
        }
    }

    @Test
    void recoverRefusesAFolderThatIsNotEmpty() throws Exception {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data, CLOCK)) {
            db.cases().create(SampleCases.full("x"));
        }
        Path out = Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(out.resolve("something"), "x");
        CliRun recover = CliRun.of("--data-dir", data.toString(), "recover", "--out", out.toString());
        assertThat(recover.exitCode()).isEqualTo(2);
        assertThat(recover.errLines()).hasSize(1);
    }
}
