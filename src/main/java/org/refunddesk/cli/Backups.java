package org.refunddesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Supplier;

import org.refunddesk.exchange.BackupCasesJson;
import org.refunddesk.exchange.BackupCipher;
import org.refunddesk.exchange.CaseFileException;
import org.refunddesk.exchange.FullBackupReader;
import org.refunddesk.exchange.FullBackupWriter;
import org.refunddesk.store.BackupSource;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceStaging;
import org.refunddesk.store.StoreRestore;

/**
 * Backups and restores of one open store, for the command line and the app alike: full backups
 * ({@code .rdbackup}), cases-only JSON backups, safety backups before a restore, dry runs and restores.
 */
public final class Backups {
    /** Where safety and automatic backups go unless the user chose another folder. */
    public static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Database db;
    private final Clock clock;
    private final Supplier<Map<String, String>> settings;

    private final BackupCipher cipher;
    private Map<String, String> restoredSettings = Map.of();

    public Backups(Database db, Clock clock, Supplier<Map<String, String>> settings) {
        this(db, clock, settings, () -> null);
    }

    /**
     * {@code passphrase}: for reading an encrypted backup made by another store (the open store's own backups
     * need none); full backups of an encrypted store are written sealed.
     */
    public Backups(Database db, Clock clock, Supplier<Map<String, String>> settings, Supplier<char[]> passphrase) {
        this.db = db;
        this.clock = clock;
        this.settings = settings;
        this.cipher = SealedBackups.forStore(db, passphrase);
    }

    /** True when the name asks for today's cases-only JSON ({@code .json}), false for a full backup. */
    public static boolean isCasesOnly(Path out) {
        return out.getFileName().toString().toLowerCase().endsWith(".json");
    }

    public FullBackupWriter.Written writeFull(Path out) throws IOException {
        BackupSource source = new BackupSource(db);
        return FullBackupWriter.write(out, clock.instant(), new FullBackupWriter.Parts(source::forEachCase,
                source.evidence(), source::file, source.log(), source.views(), settings.get(), source::open, cipher),
                db.identity().id().orElse(null));
    }

    /** Today's {@code refunddesk.backup/1} JSON, streamed from the store; returns how many cases. */
    public int writeCasesOnly(Path out) throws IOException {
        BackupSource source = new BackupSource(db);
        int[] count = {0};
        org.refunddesk.exchange.AtomicFiles.write(out,
                stream -> count[0] = BackupCasesJson.write(stream, clock.instant(), source::forEachCase));
        return count[0];
    }

    /** A full backup of the store as it is now, in {@code folder}, named after now; null when the store is empty. */
    public Path safetyBackup(Path folder, String prefix) throws IOException {
        return safetyBackup(folder, prefix, null);
    }

    /** As {@link #safetyBackup(Path, String)}, with {@code tag} (when not null) after the time in the name. */
    Path safetyBackup(Path folder, String prefix, String tag) throws IOException {
        if (isEmpty()) {
            return null;
        }
        Files.createDirectories(folder);
        String name = prefix + "-" + LocalDateTime.ofInstant(clock.instant(), SHANGHAI).format(STAMP)
                + (tag == null ? "" : "-" + tag);
        Path out = folder.resolve(name + ".rdbackup");
        for (int n = 2; Files.exists(out); n++) {
            out = folder.resolve(name + "-" + n + ".rdbackup");
        }
        writeFull(out);
        return out;
    }

    /** Checks the file (a full backup against its manifest) and says what restoring it would change. */
    public StoreRestore.Plan plan(Path file, StoreRestore.Mode mode) {
        StoreRestore restore = new StoreRestore(db, clock);
        if (FullBackupReader.isFullBackup(file)) {
            FullBackupReader.verify(file, cipher);
            StoreRestore.Plan[] plan = new StoreRestore.Plan[1];
            FullBackupReader.Meta[] meta = new FullBackupReader.Meta[1];
            FullBackupReader.read(file, new FullBackupReader.Handler() {
                @Override
                public void meta(FullBackupReader.Meta m) {
                    meta[0] = m;
                }

                @Override
                public void evidenceFile(org.refunddesk.domain.backup.StoredEvidence evidence, InputStream content) {
                    // a dry run copies nothing
                }

                @Override
                public void cases(BackupCasesJson.Source cases) {
                    plan[0] = restore.plan(mode, cases::forEach, extras(meta[0]));
                }
            }, cipher);
            return plan[0];
        }
        return restore.plan(mode, each -> readJson(file, each), StoreRestore.Extras.NONE);
    }

    /** Checks the whole file without touching the store: a full backup against its manifest, JSON case by case. */
    public void check(Path file) {
        if (FullBackupReader.isFullBackup(file)) {
            FullBackupReader.verify(file, cipher);
        } else {
            readJson(file, rc -> { });
        }
    }

    /**
     * True when {@link #restore} of this file needs no {@link #check} before it (issue 14: a 100,000-case file is then
     * read once, not twice): a cases-only JSON restored into an empty store is read just as strictly inside the
     * restore's one transaction, a bad file rolls all of it back with the same message, and an empty store has no
     * safety backup to make first. A full backup is still checked whole against its manifest before anything.
     */
    public boolean checkedWhileRestoring(Path file) {
        return !FullBackupReader.isFullBackup(file) && isEmpty();
    }

    private boolean isEmpty() {
        return db.cases().count() == 0 && new BackupSource(db).evidence().isEmpty();
    }

    /**
     * Restores a file that {@link #check} passed into the store, all or nothing; returns what was done. A store that
     * was empty takes the identity of the store the full backup was made of: it is that store, moved or rebuilt.
     */
    public StoreRestore.Plan restore(Path file, StoreRestore.Mode mode) {
        boolean fresh = isEmpty();
        StoreRestore.Plan done = restoreContent(file, mode);
        if (fresh && FullBackupReader.isFullBackup(file)) {
            FullBackupReader.storeId(file, cipher).ifPresent(id -> db.identity().adopt(id));
        }
        return done;
    }

    private StoreRestore.Plan restoreContent(Path file, StoreRestore.Mode mode) {
        StoreRestore restore = new StoreRestore(db, clock);
        if (!FullBackupReader.isFullBackup(file)) {
            try (EvidenceStaging none = restore.staging()) {
                return restore.restore(mode, each -> readJson(file, each), StoreRestore.Extras.NONE, none);
            }
        }
        StoreRestore.Plan[] done = new StoreRestore.Plan[1];
        try (EvidenceStaging staging = restore.staging()) {
            FullBackupReader.Meta[] meta = new FullBackupReader.Meta[1];
            FullBackupReader.read(file, new FullBackupReader.Handler() {
                @Override
                public void meta(FullBackupReader.Meta m) {
                    meta[0] = m;
                    restoredSettings = m.settings() == null ? Map.of() : Map.copyOf(m.settings());
                }

                @Override
                public void evidenceFile(org.refunddesk.domain.backup.StoredEvidence evidence, InputStream content)
                        throws IOException {
                    staging.add(evidence, content);
                }

                @Override
                public void cases(BackupCasesJson.Source cases) {
                    done[0] = restore.restore(mode, cases::forEach, extras(meta[0]), staging);
                }
            }, cipher);
        }
        return done[0];
    }

    /** The settings the last {@link #restore} of a full backup carried (empty for a cases-only JSON backup). */
    public Map<String, String> restoredSettings() {
        return restoredSettings;
    }

    private static StoreRestore.Extras extras(FullBackupReader.Meta meta) {
        return new StoreRestore.Extras(meta.evidence(), meta.log(), meta.views());
    }

    private static void readJson(Path file, java.util.function.Consumer<org.refunddesk.domain.RefundCase> each) {
        try (InputStream in = Files.newInputStream(file)) {
            BackupCasesJson.read(in, each);
        } catch (NoSuchFileException e) {
            throw new CaseFileException(file + ": no such file", e);
        } catch (CaseFileException e) {
            throw new CaseFileException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
