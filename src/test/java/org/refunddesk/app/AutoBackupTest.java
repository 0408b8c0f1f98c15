package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.cli.AutoBackups;
import org.refunddesk.cli.BackupCommand;
import org.refunddesk.cli.Cli;
import org.refunddesk.cli.CliContext;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.StoreFiles;
import org.refunddesk.testing.SampleCases;

/** Automatic backups: full, sealed for an encrypted store, rotated to 7 daily and 4 weekly (issue 15). */
class AutoBackupTest {
    private static final Instant START = Instant.parse("2026-11-02T02:00:00Z"); // a Monday, 10:00 in Beijing

    @TempDir
    Path tmp;

    private int backupAuto(Path data, Path folder, Instant at, Path passphrase) {
        CliContext context = new CliContext(data, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.fixed(at, ZoneOffset.UTC),
                Messages.forTag("en"), passphrase);
        return new Cli(List.of(new BackupCommand(() -> Map.of(AutoBackups.FOLDER_SETTING, folder.toString()))))
                .run(new String[] {"backup", "--auto"}, context);
    }

    @Test
    void fortyDaysOfDailyBackupsLeaveTheLastSevenDaysAndTheLastFourWeeks() throws IOException {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data, Clock.fixed(START, ZoneOffset.UTC))) {
            db.cases().create(SampleCases.full("话费没到账"));
        }
        Path folder = tmp.resolve("chosen folder");
        Path unrelated = Files.createDirectories(folder).resolve("my-notes.txt");
        Files.writeString(unrelated, "not a backup");
        for (int day = 0; day < 40; day++) {
            assertThat(backupAuto(data, folder, START.plusSeconds(86_400L * day), null)).isZero();
        }

        List<LocalDateTime> kept = AutoBackups.list(folder).stream().map(AutoBackups.Found::takenAt).toList();
        // day 39 is Friday 2026-12-11: 12-05..12-11 daily (12-06 is also its week's newest), then Sundays 11-29, 11-22
        assertThat(kept).containsExactly(at(12, 11), at(12, 10), at(12, 9), at(12, 8), at(12, 7), at(12, 6), at(12, 5),
                at(11, 29), at(11, 22));
        assertThat(unrelated).exists();
        assertThat(AutoBackups.latest(folder)).map(AutoBackups.Found::file).map(f -> f.getFileName().toString())
                .hasValueSatisfying(name -> assertThat(name).matches("auto-20261211-100000-[0-9a-f]{12}\\.rdbackup"));
    }

    private static LocalDateTime at(int month, int day) {
        return LocalDateTime.of(2026, month, day, 10, 0);
    }

    @Test
    void theDefaultFolderIsBackupsInTheDataFolderAndAnEncryptedStoreGetsASealedBackup() throws IOException {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data, Clock.fixed(START, ZoneOffset.UTC))) {
            db.cases().create(SampleCases.full("话费没到账"));
        }
        Path passphrase = Files.writeString(tmp.resolve("pass.txt"), "柳絮 飞过 三月 的 窗\n", StandardCharsets.UTF_8);
        CliRun encrypted = CliRun.of("--data-dir", data.toString(), "encrypt", "--passphrase-file", passphrase.toString());
        assertThat(encrypted.exitCode()).as(encrypted.err()).isZero();
        Path folder = AutoBackups.folder(data, Map.of());
        assertThat(folder).isEqualTo(data.resolve("backups"));

        assertThat(backupAuto(data, folder, START, passphrase)).isZero();

        Path written = AutoBackups.latest(folder).orElseThrow().file();
        assertThat(written).isNotEmptyFile();
        Path alone = Files.createDirectories(tmp.resolve("alone"));
        Files.copy(written, alone.resolve(written.getFileName()));
        for (String secret : StoreFiles.SAMPLE_SECRETS) {
            assertThat(StoreFiles.filesContaining(alone, secret)).as(secret).isEmpty();
        }
        Path wrong = Files.writeString(tmp.resolve("wrong.txt"), "not the passphrase\n", StandardCharsets.UTF_8);
        CliRun refused = CliRun.of("--data-dir", tmp.resolve("other").toString(), "--passphrase-file", wrong.toString(),
                "restore", written.toString());
        assertThat(refused.exitCode()).as("sealed: the wrong passphrase cannot open it").isEqualTo(2);
        CliRun restored = CliRun.of("--data-dir", tmp.resolve("elsewhere").toString(), "--passphrase-file",
                passphrase.toString(), "restore", written.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
    }
}
