package org.refunddesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.refunddesk.exchange.FullBackupWriter;
import org.refunddesk.store.Database;

/**
 * {@code backup --out FILE}: a full backup ({@code .rdbackup}: cases, evidence files and log, saved views,
 * settings, manifest) or, for a name ending in {@code .json}, today's cases-only {@code refunddesk.backup/1}.
 */
public final class BackupCommand implements CliCommand {
    private final Supplier<Map<String, String>> settings;

    public BackupCommand() {
        this(Map::of);
    }

    /** {@code settings}: the app's settings, to be carried in full backups. */
    public BackupCommand(Supplier<Map<String, String>> settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String summary() {
        return "--out FILE | --auto   full backup (FILE.rdbackup: cases, evidence, views, settings); FILE.json: cases only; "
                + "--auto: an automatic backup into the folder chosen in settings, keeping 7 daily and 4 weekly";
    }

    @Override
    public int run(List<String> args, CliContext context) throws IOException {
        Args parsed = Args.parse(args, Set.of("--out"), Set.of("--auto"));
        parsed.expectPositionals(0);
        if (parsed.flag("--auto")) {
            return auto(context);
        }
        Path out = Path.of(parsed.required("--out"));
        try (Database db = CaseCommands.open(context)) {
            Backups backups = new Backups(db, context.clock(), settings);
            if (Backups.isCasesOnly(out)) {
                int[] count = {0};
                CaseCommands.writeFile(out, () -> count[0] = backups.writeCasesOnly(out));
                context.out().println(context.messages().get("casefiles.backup.done", count[0], out));
                return ExitCodes.OK;
            }
            FullBackupWriter.Written[] written = new FullBackupWriter.Written[1];
            CaseCommands.writeFile(out, () -> written[0] = backups.writeFull(out));
            context.out().println(context.messages().get("backup.full.done", written[0].cases(), written[0].files(), out));
            for (String problem : written[0].notCopied()) {
                context.err().println(context.messages().get("backup.full.notCopied", problem));
            }
            return written[0].notCopied().isEmpty() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
    }

    private int auto(CliContext context) throws IOException {
        try (Database db = CaseCommands.open(context)) {
            Path folder = AutoBackups.folder(db.dataDir(), settings.get());
            AutoBackups.Result result = AutoBackups.run(db, context.clock(), settings, folder);
            if (result.written() == null) {
                context.out().println(context.messages().get("recovery.auto.empty"));
            } else {
                context.out().println(context.messages().get("recovery.auto.done", result.written()));
            }
            for (Path removed : result.removed()) {
                context.out().println(context.messages().get("recovery.auto.rotated", removed.getFileName()));
            }
            return ExitCodes.OK;
        }
    }
}
