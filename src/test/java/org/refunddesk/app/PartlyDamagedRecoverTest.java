package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.Database;
import org.refunddesk.testing.SampleCases;

/**
 * recover on a real store with a few damaged pages (bytes overwritten in the middle of the file, seeded): whatever
 * the damage hits (case rows, other tables, the file's layout), every case either comes back exactly as it was
 * saved (read from the store, or from the automatic backup) or is named as lost, or recover says that nothing of the
 * file could be read; the damaged store is left byte for byte as it was (issue 15, problem 5).
 */
class PartlyDamagedRecoverTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    /** recover reads the backup folder from the settings: another test may have left one chosen in them. */
    @BeforeEach
    void defaultBackupFolder() throws Exception {
        java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot().node("org/refunddesk/ui");
        node.remove(org.refunddesk.cli.AutoBackups.FOLDER_SETTING);
        node.flush();
    }

    @Test
    void everyCaseComesBackAsSavedOrIsNamedAsLost() throws Exception {
        Path data = tmp.resolve("data");
        List<RefundCase> backedUp = new ArrayList<>();
        List<RefundCase> afterBackup = new ArrayList<>();
        try (Database db = Database.open(data, CLOCK)) {
            for (int i = 0; i < 200; i++) {
                backedUp.add(db.cases().create(SampleCases.full("备份前的案件 " + i)));
            }
        }
        assertThat(CliRun.of("--data-dir", data.toString(), "backup", "--auto").exitCode()).isZero();
        try (Database db = Database.open(data, CLOCK)) {
            for (int i = 0; i < 30; i++) {
                afterBackup.add(db.cases().create(SampleCases.full("备份后的案件 " + i)));
            }
        }
        Path file = data.resolve("refunddesk.mv.db");
        damagePages(file, new Random(15), 4);
        String damagedHash = sha256(file);
        Path out = tmp.resolve("recovered");

        CliRun recover = CliRun.of("--data-dir", data.toString(), "--lang", "en", "recover", "--out", out.toString());

        String said = recover.out() + recover.err();
        assertThat(recover.exitCode()).as(said).isIn(0, 3);
        assertThat(sha256(file)).as("the damaged store is only read").isEqualTo(damagedHash);
        Map<UUID, RefundCase> recovered;
        try (Database db = Database.open(out, CLOCK)) {
            recovered = db.cases().list().stream().collect(Collectors.toMap(RefundCase::id, Function.identity()));
        }
        // salvaged page by page, a case with every trace on unreadable pages cannot be named: then recover says so
        boolean nothingRead = said.contains("could not read any case out of the damaged file")
                || said.contains("a case whose every trace was on pages that could not be read cannot be named");
        for (RefundCase c : backedUp) {
            assertThat(recovered.get(c.id())).as("a backed-up case: from the store or the backup\n" + said).isEqualTo(c);
        }
        int lost = 0;
        for (RefundCase c : afterBackup) {
            if (recovered.containsKey(c.id())) {
                assertThat(recovered.get(c.id())).isEqualTo(c);
            } else {
                lost++;
                assertThat(nothingRead || said.contains("LOST: " + c.id())).as("a case saved after the backup is back or"
                        + " named as lost: " + c.id() + "\n" + said).isTrue();
            }
        }
        assertThat(recovered).hasSize(backedUp.size() + afterBackup.size() - lost);
        if (lost > 0 || nothingRead) {
            assertThat(recover.exitCode()).as("exit 3 when something was or may have been lost").isEqualTo(3);
        }
        CliRun check = CliRun.of("--data-dir", out.toString(), "check");
        assertThat(check.exitCode()).as(check.out()).isZero();
    }

    /** Overwrites a few 64-byte runs past the file headers: each lands in some page of some chunk. */
    private static void damagePages(Path file, Random random, int pages) throws Exception {
        long length = Files.size(file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            for (int i = 0; i < pages; i++) {
                raf.seek(8192 + (long) (random.nextDouble() * (length - 16384)));
                byte[] junk = new byte[64];
                random.nextBytes(junk);
                raf.write(junk);
            }
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
