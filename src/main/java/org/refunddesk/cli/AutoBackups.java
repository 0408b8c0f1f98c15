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
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.refunddesk.rules.backup.BackupRotation;
import org.refunddesk.store.Database;

/**
 * Automatic backups: a full {@code .rdbackup} (sealed when the store is encrypted) named
 * {@code auto-<Beijing time>.rdbackup} in the chosen folder, then the rotation (7 daily, 4 weekly) applied to the
 * automatic backups there; no other file in the folder is ever touched.
 */
public final class AutoBackups {
    /** The preference (settings node) naming the folder; absent: {@code <data folder>/backups}. */
    public static final String FOLDER_SETTING = "autoBackupFolder";
    static final String PREFIX = "auto";
    private static final Pattern NAME = Pattern.compile("auto-(\\d{8}-\\d{6})(-\\d+)?\\.rdbackup");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** One automatic backup found in the folder. */
    public record Found(Path file, LocalDateTime takenAt) {
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
        Path written = new Backups(db, clock, settings).safetyBackup(folder, PREFIX);
        return new Result(written, rotate(folder, BackupRotation.DEFAULT));
    }

    /** Deletes the automatic backups in {@code folder} the rotation does not keep; returns them. */
    static List<Path> rotate(Path folder, BackupRotation rotation) throws IOException {
        List<Found> all = list(folder);
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
                        found.add(new Found(file, LocalDateTime.parse(m.group(1), STAMP)));
                    } catch (DateTimeParseException e) {
                        // not one of ours: left alone
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Found::takenAt).thenComparing(f -> f.file().getFileName().toString()).reversed());
        return found;
    }

    /** The newest automatic backup in the folder, for Help → About and for {@code recover}. */
    public static Optional<Found> latest(Path folder) {
        try {
            return list(folder).stream().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
