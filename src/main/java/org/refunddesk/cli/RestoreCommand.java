package org.refunddesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.refunddesk.exchange.CaseFileException;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.StoreRestore;

/**
 * {@code restore FILE [--dry-run] [--merge]}: takes the data folder first, checks the whole file, saves the
 * current store as a safety backup (path printed), then replaces all cases (default) or merges by id; all or
 * nothing. Kept and replaced cases keep their evidence; evidence of removed cases goes to the evidence trash.
 */
public final class RestoreCommand implements CliCommand {
    /** Settings a restore leaves as they are: the language stays the one this user chose. */
    static final Set<String> KEPT_ON_RESTORE = Set.of("language");

    private final Supplier<Map<String, String>> settings;
    private final Consumer<Map<String, String>> restoreSettings;

    public RestoreCommand() {
        this(Map::of);
    }

    public RestoreCommand(Supplier<Map<String, String>> settings) {
        this(settings, restored -> { });
    }

    /** {@code restoreSettings}: writes the settings a full backup carried (replace mode only). */
    public RestoreCommand(Supplier<Map<String, String>> settings, Consumer<Map<String, String>> restoreSettings) {
        this.settings = settings;
        this.restoreSettings = restoreSettings;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summary() {
        return "FILE [--dry-run] [--merge]   replace all cases (or merge by id) from a backup; --dry-run lists what would change";
    }

    @Override
    public int run(List<String> args, CliContext context) throws IOException {
        Args parsed = Args.parse(args, Set.of(), Set.of("--dry-run", "--merge"));
        Path file = Path.of(parsed.positional(0, "FILE (a backup file)"));
        parsed.expectPositionals(1);
        StoreRestore.Mode mode = parsed.flag("--merge") ? StoreRestore.Mode.MERGE : StoreRestore.Mode.REPLACE;
        Messages m = context.messages();
        // the folder is taken before the file is read, so no other command can slip in between
        try (Database db = CaseCommands.open(context)) {
            Backups backups = new Backups(db, context.clock(), settings, () -> context.passphraseFile() == null ? null
                    : PassphraseFile.read(context.passphraseFile(), StoreAccess.OPTION));
            if (parsed.flag("--dry-run")) {
                StoreRestore.Plan plan = CaseCommands.readFile(() -> backups.plan(file, mode));
                context.out().println(m.get("backup.plan.header", file));
                print(context, plan, true);
                return ExitCodes.OK;
            }
            if (!backups.checkedWhileRestoring(file)) {
                CaseCommands.readFile(() -> {
                    backups.check(file); // the whole file checked before anything is written
                    return null;
                });
            }
            Path safety = backups.safetyBackup(db.dataDir().resolve(Backups.FOLDER), "before-restore");
            if (safety != null) {
                context.out().println(m.get("backup.safety.done", safety));
            }
            int before = db.cases().count();
            StoreRestore.Plan done;
            try {
                done = backups.restore(file, mode);
            } catch (CaseFileException e) {
                throw new BadInputException(e.getMessage());
            }
            context.out().println(m.get("casefiles.restore.done", done.added().size() + done.replaced().size(), before));
            print(context, done, false);
            restoreSettings(context, backups.restoredSettings(), mode);
            return ExitCodes.OK;
        }
    }

    private void restoreSettings(CliContext context, Map<String, String> carried, StoreRestore.Mode mode) {
        if (carried.isEmpty()) {
            return;
        }
        if (mode == StoreRestore.Mode.MERGE) {
            context.out().println(context.messages().get("recovery.settings.keptOnMerge"));
            return;
        }
        Map<String, String> restored = new java.util.TreeMap<>(carried);
        restored.keySet().removeAll(KEPT_ON_RESTORE);
        restoreSettings.accept(restored);
        context.out().println(context.messages().get("recovery.settings.restored", restored.size()));
    }

    private static void print(CliContext context, StoreRestore.Plan plan, boolean itemised) {
        Messages m = context.messages();
        if (itemised) {
            plan.added().forEach(c -> context.out().println(m.get("backup.plan.added", c.id(), c.title())));
            plan.replaced().forEach(c -> context.out().println(m.get("backup.plan.replaced", c.id(), c.title())));
            plan.removed().forEach(c -> context.out().println(m.get("backup.plan.removed", c.id(), c.title())));
            plan.evidenceRestored().forEach(e -> context.out().println(
                    m.get("backup.plan.evidenceRestored", e.caseId(), e.originalName())));
            plan.evidenceTrashed().forEach(e -> context.out().println(
                    m.get("backup.plan.evidenceTrashed", e.caseId(), e.originalName())));
            context.out().println(m.get("backup.plan.summary", plan.added().size(), plan.replaced().size(),
                    plan.removed().size(), plan.evidenceRestored().size(), plan.evidenceTrashed().size()));
            return;
        }
        context.out().println(m.get("backup.restore.done", plan.added().size(), plan.replaced().size(),
                plan.removed().size(), plan.evidenceRestored().size(), plan.evidenceTrashed().size()));
    }
}
