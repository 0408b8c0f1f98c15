package org.refunddesk.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.refunddesk.rules.backup.BackupRotation;
import org.refunddesk.store.Database;
import org.refunddesk.store.StoreIdentity;

/**
 * Automatic backups: a full {@code .rdbackup} (sealed when the store is encrypted) named
 * {@code auto-<Beijing time>.rdbackup} in the chosen folder, then the rotation (7 daily, 4 weekly) applied to the
 * automatic backups there; no other file in the folder is ever touched.
 */
public final class AutoBackups {
    /** The preference (settings node) naming the folder; absent: {@code <data folder>/backups}. */
    public static final String FOLDER_SETTING = "autoBackupFolder";
    static final String PREFIX = "auto";
    // auto-<time>[-<store tag>][-<n>].rdbackup; backups made before stores had an id carry no tag
    private static final Pattern NAME = Pattern.compile("auto-(\\d{8}-\\d{6})(?:-([0-9a-f]{12}))?(-\\d+)?\\.rdbackup");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** One automatic backup found in the folder; {@code storeTag} is null for one made before stores had an id. */
    public record Found(Path file, LocalDateTime takenAt, String storeTag) {
        public Found(Path file, LocalDateTime takenAt) {
            this(file, takenAt, null);
        }
    }

    /**
     * Which automatic backups are one store's: those whose name carries its tag (the manifest, read when a backup is
     * used, is the final word), and those without a tag (made before stores had an id) only in the data folder's own
     * {@code backups} folder, which no other store writes to by default.
     */
    public record Owner(String storeTag, boolean ownFolder) {
        public static Owner of(Database db, Path folder) {
            return of(db.identity().id(), db.dataDir(), folder);
        }

        public static Owner of(Optional<UUID> storeId, Path dataDir, Path folder) {
            return new Owner(storeId.map(StoreIdentity::tag).orElse(null),
                    folder.toAbsolutePath().normalize().equals(dataDir.toAbsolutePath().normalize().resolve(Backups.FOLDER)));
        }

        /**
         * In the data folder's own backups folder every backup is taken as this store's when its identity cannot be
         * read (a file H2 no longer opens): no other store writes there unless a user chose it.
         */
        public boolean owns(Found backup) {
            if (backup.storeTag() == null || storeTag == null) {
                return ownFolder;
            }
            return backup.storeTag().equals(storeTag);
        }
    }

    /** What a run did: the new backup (null when the store was empty) and the old ones the rotation removed. */
    public record Result(Path written, List<Path> removed) {
    }

    private AutoBackups() {
    }

    /** The folder the settings name, or {@code <data folder>/backups}. */
    public static Path folder(Path dataDir, Map<String, String> settings) {
        String chosen = settings.get(FOLDER_SETTING);
        return chosen == null || chosen.isBlank() ? dataDir.resolve(Backups.FOLDER) : Path.of(chosen);
    }

    /** Writes one automatic backup of the open store into {@code folder} and rotates the folder's automatic backups. */
    public static Result run(Database db, Clock clock, Supplier<Map<String, String>> settings, Path folder)
            throws IOException {
        Owner owner = Owner.of(db, folder);
        Path written = new Backups(db, clock, settings).safetyBackup(folder, PREFIX, owner.storeTag());
        return new Result(written, rotate(folder, BackupRotation.DEFAULT, owner));
    }

    /**
     * Deletes this store's automatic backups in {@code folder} that the rotation does not keep; returns them. Other
     * stores' backups in a shared folder are theirs to rotate.
     */
    static List<Path> rotate(Path folder, BackupRotation rotation, Owner owner) throws IOException {
        List<Found> all = list(folder).stream().filter(owner::owns).toList();
        Set<Found> kept = new HashSet<>(rotation.keep(all, Found::takenAt));
        List<Path> removed = new ArrayList<>();
        for (Found f : all) {
            if (!kept.contains(f)) {
                Files.deleteIfExists(f.file());
                removed.add(f.file());
            }
        }
        return removed;
    }

    /** The automatic backups in the folder, newest first (none when there is no folder). */
    public static List<Found> list(Path folder) throws IOException {
        List<Found> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "auto-*.rdbackup")) {
            for (Path file : files) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches() && Files.isRegularFile(file)) {
                    try {
                        found.add(new Found(file, LocalDateTime.parse(m.group(1), STAMP), m.group(2)));
                    } catch (DateTimeParseException e) {
                        // not one of ours: left alone
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Found::takenAt).thenComparing(f -> f.file().getFileName().toString()).reversed());
        return found;
    }

    /** The newest automatic backup in the folder, of any store. */
    public static Optional<Found> latest(Path folder) {
        try {
            return list(folder).stream().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The newest automatic backup of the owner's store in the folder, for Help → About and the daily check. */
    public static Optional<Found> latest(Path folder, Owner owner) {
        try {
            return list(folder).stream().filter(owner::owns).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
