package org.refunddesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.refunddesk.exchange.BackupCipher;
import org.refunddesk.exchange.FullBackupReader;
import org.refunddesk.exchange.FullBackupWriter;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.BackupSource;
import org.refunddesk.store.DamagedCase;
import org.refunddesk.store.Database;
import org.refunddesk.store.StoreException;
import org.refunddesk.store.StoreRestore;
import org.refunddesk.store.StoreSalvage;

/**
 * {@code recover --out DIR [--backup FILE]}: builds a new store in DIR (which must be new or empty) from what can be
 * read of this one (read-only; H2's recovery tool when its file no longer opens) plus the newest automatic backup
 * for the cases that cannot be read, and says what was recovered and what was lost. This store is not changed.
 */
public final class RecoverCommand implements CliCommand {
    private final Supplier<Map<String, String>> settings;

    public RecoverCommand(Supplier<Map<String, String>> settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "recover";
    }

    @Override
    public String summary() {
        return "--out DIR [--backup FILE]   rebuild a damaged store in a new folder from what can be read and the newest automatic backup";
    }

    @Override
    public int run(List<String> args, CliContext context) throws IOException {
        StoreAccess.requireLocal(context, "recover");
        Args parsed = Args.parse(args, Set.of("--out", "--backup"), Set.of());
        parsed.expectPositionals(0);
        Path out = Path.of(parsed.required("--out")).toAbsolutePath().normalize();
        if (Files.exists(out) && (!Files.isDirectory(out) || Files.list(out).findAny().isPresent())) {
            throw BadInputException.of("cli.recover.outNotEmpty", "--out", String.valueOf(out));
        }
        if (out.startsWith(context.dataDir().toAbsolutePath().normalize())) {
            throw BadInputException.of("cli.recover.outInside", "--out", String.valueOf(out));
        }
        Messages m = context.messages();
        Path work = Files.createTempDirectory("refunddesk-recover");
        List<DamagedCase> damaged = new ArrayList<>();
        Set<UUID> salvaged = new HashSet<>();
        Path salvage = work.resolve("salvaged.rdbackup");
        final Path backup;
        org.refunddesk.store.crypto.StoreKey key = StoreAccess.key(context);
        Supplier<char[]> passphrase = () -> context.passphraseFile() == null ? null
                : PassphraseFile.read(context.passphraseFile(), StoreAccess.OPTION);
        StoreSalvage.Opened opened = StoreSalvage.open(context.dataDir(), context.clock(), key, work);
        try {
            salvage(opened, salvage, damaged, salvaged, context);
        } catch (StoreException e) {
            if (opened.rebuilt() || key != null) {
                throw e;
            }
            // it opened, but a page it needs does not read: H2's recovery tool takes what each page still holds
            damaged.clear();
            salvaged.clear();
            opened = StoreSalvage.rebuild(context.dataDir(), context.clock(), work, e);
            salvage(opened, salvage, damaged, salvaged, context);
        }
        StoreSalvage.Opened source = opened;
        try (Database db = source.database()) {
            Optional<Path> named = parsed.option("--backup").map(Path::of);
            backup = named.isPresent() ? named.get()
                    : newestOwnBackup(context, source.storeId(), SealedBackups.forStore(db, passphrase));
        }
        List<StoreRestore.CaseLine> fromBackup = List.of();
        try (Database target = Database.open(out, context.clock())) {
            if (backup != null) {
                Backups fromFile = new Backups(target, context.clock(), settings, passphrase);
                StoreRestore.Plan plan = CaseCommands.readFile(() -> {
                    fromFile.check(backup);
                    return fromFile.restore(backup, StoreRestore.Mode.REPLACE);
                });
                fromBackup = plan.added().stream().filter(c -> !salvaged.contains(c.id())).toList();
                context.out().println(m.get("recovery.recover.backupUsed", backup));
            } else {
                context.out().println(m.get("recovery.recover.noBackup"));
            }
            new Backups(target, context.clock(), settings).restore(salvage, StoreRestore.Mode.MERGE);
        } finally {
            deleteQuietly(work);
        }
        if (key != null) {
            context.out().println(m.get("recovery.recover.notEncrypted", out));
        }
        if (source.nothingRead() || source.rebuilt() && salvaged.isEmpty()) {
            // no case of the file could be named: whatever was saved after the backup is lost, and said so
            context.out().println(m.get("recovery.recover.nothingRead", backup == null ? "-" : backup));
        } else if (source.rebuilt()) {
            // a case whose every trace was on pages H2's tool could not read cannot be named: say so, never claim "none"
            context.out().println(m.get("recovery.recover.rebuiltCaveat", backup == null ? "-" : backup));
        }
        int code = report(context, out, salvaged.size(), damaged, fromBackup);
        return source.rebuilt() ? ExitCodes.CHECK_FAILED : code;
    }

    /**
     * Writes what reads of the source into a plain full backup: every case that reads into a valid case, and the
     * evidence, log and views of those cases only. The cases the rebuild found named elsewhere but without a row of
     * their own count as damaged (they are what was lost unless the backup holds them).
     */
    private void salvage(StoreSalvage.Opened source, Path salvage, List<DamagedCase> damaged, Set<UUID> salvaged,
                         CliContext context) throws IOException {
        Database db = source.database();
        try {
            if (source.rebuilt()) {
                context.out().println(context.messages().get("recovery.recover.rebuilt", source.note()));
            }
            BackupSource rows = new BackupSource(db);
            Set<UUID> readable = new HashSet<>();
            Set<UUID> bad = new HashSet<>();
            rows.forEachReadableCase(rc -> readable.add(rc.id()), d -> bad.add(d.id()));
            source.missing().forEach(d -> bad.add(d.id()));
            FullBackupWriter.write(salvage, context.clock().instant(), new FullBackupWriter.Parts(
                    each -> rows.forEachReadableCase(rc -> {
                        salvaged.add(rc.id());
                        each.accept(rc);
                    }, damaged::add),
                    rows.evidence().stream().filter(e -> !bad.contains(e.item().caseId())).toList(), rows::file,
                    rows.log().stream().filter(l -> !bad.contains(l.caseId())).toList(), rows.views(),
                    settings.get(), rows::open, BackupCipher.NONE), source.storeId().orElse(null));
            source.missing().stream().filter(d -> !readable.contains(d.id())).forEach(damaged::add);
        } catch (IOException | RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * The newest automatic backup of this store: the backup folder may be shared by several data folders, so a backup
     * is used only when its manifest names this store (one made before stores had an id: only in the data folder's own
     * backups folder). Says when backups were passed over.
     */
    private Path newestOwnBackup(CliContext context, Optional<UUID> storeId, BackupCipher cipher) throws IOException {
        Messages m = context.messages();
        Path dataDir = context.dataDir().toAbsolutePath().normalize();
        Path folder = AutoBackups.folder(dataDir, settings.get());
        List<AutoBackups.Found> all = AutoBackups.list(folder);
        AutoBackups.Owner owner = AutoBackups.Owner.of(storeId, dataDir, folder);
        Path chosen = null;
        for (AutoBackups.Found f : all) {
            if (!owner.owns(f)) {
                continue;
            }
            Optional<UUID> inManifest;
            try {
                inManifest = FullBackupReader.storeId(f.file(), cipher);
            } catch (RuntimeException unreadable) {
                continue; // a damaged or foreign sealed backup: the next older one may do
            }
            if (storeId.isEmpty() || (inManifest.isEmpty() ? f.storeTag() == null : inManifest.equals(storeId))) {
                chosen = f.file();
                break;
            }
            context.out().println(m.get("recovery.recover.manifestMismatch", f.file()));
        }
        long others = all.stream().filter(f -> !owner.owns(f)).count();
        if (storeId.isEmpty() && (chosen != null || others > 0)) {
            context.out().println(m.get("recovery.recover.unknownStore", folder));
        } else if (chosen == null && others > 0) {
            context.out().println(m.get("recovery.recover.otherStores", folder, others));
        }
        return chosen;
    }

    private static int report(CliContext context, Path out, int salvaged, List<DamagedCase> damaged,
                              List<StoreRestore.CaseLine> fromBackup) {
        Messages m = context.messages();
        Set<UUID> backedUp = new HashSet<>();
        fromBackup.forEach(c -> backedUp.add(c.id()));
        int lost = 0;
        for (DamagedCase d : damaged) {
            boolean saved = backedUp.contains(d.id());
            lost += saved ? 0 : 1;
            context.out().println(m.get(saved ? "recovery.recover.fromBackup" : "recovery.recover.lost", d.id().toString(),
                    d.title() == null ? m.get("recovery.check.noTitle") : d.title(), d.problem()));
        }
        for (StoreRestore.CaseLine c : fromBackup) {
            if (damaged.stream().noneMatch(d -> d.id().equals(c.id()))) {
                context.out().println(m.get("recovery.recover.onlyInBackup", c.id().toString(), c.title()));
            }
        }
        context.out().println(m.get("recovery.recover.done", out, salvaged, fromBackup.size(), lost));
        return lost == 0 ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system cleans it eventually
        }
    }
}
