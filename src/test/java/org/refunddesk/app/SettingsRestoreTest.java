package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.cli.BackupCommand;
import org.refunddesk.cli.Cli;
import org.refunddesk.cli.CliContext;
import org.refunddesk.cli.RestoreCommand;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.testing.SampleCases;

/** A full backup carries the settings and a replacing restore writes them back, the language excepted (issue 15). */
class SettingsRestoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private String run(Path data, Cli cli, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CliContext context = new CliContext(data, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), CLOCK, Messages.forTag("en"));
        assertThat(cli.run(args, context)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aReplacingRestoreWritesBackTheBackupsSettingsButNotTheLanguage() {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data, CLOCK)) {
            db.cases().create(SampleCases.full("案件"));
        }
        Map<String, String> saved = Map.of("helperName", "张律师", "leadTimesHours", "48,2", "language", "en",
                "autoBackupFolder", "/media/usb/backups");
        Path file = tmp.resolve("all.rdbackup");
        run(data, new Cli(List.of(new BackupCommand(() -> saved))), "backup", "--out", file.toString());
        Map<String, String> written = new HashMap<>();
        Cli restore = new Cli(List.of(new RestoreCommand(Map::of, written::putAll)));

        String merged = run(tmp.resolve("other"), restore, "restore", file.toString(), "--merge");
        assertThat(written).isEmpty();
        assertThat(merged).contains("A merge keeps the settings");

        String replaced = run(tmp.resolve("other"), restore, "restore", file.toString());
        assertThat(written).containsOnly(Map.entry("helperName", "张律师"), Map.entry("leadTimesHours", "48,2"),
                Map.entry("autoBackupFolder", "/media/usb/backups"));
        assertThat(replaced).contains("Restored 3 settings");
    }
}
