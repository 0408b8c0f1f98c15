package org.refunddesk.store;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Safety copies taken before an operation that rewrites the store (H2 upgrade, encrypt, change passphrase,
 * decrypt): {@code backups/<UTC time>-<why>/} with the database, the key file and the evidence folders.
 */
public final class StoreBackups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    /** What a safety copy holds: the database, the key file and the evidence (trash too). */
    static final List<String> STORE_FILES = List.of(Database.DB_NAME + ".mv.db", "refunddesk.keys",
            EvidenceFiles.FOLDER, EvidenceFiles.TRASH);

    private StoreBackups() {
    }

    static Path newFolder(Path dir, String why, Clock clock) throws IOException {
        Path base = dir.resolve(H2Upgrade.BACKUPS);
        String name = STAMP.format(clock.instant()) + "-" + why;
        Path folder = base.resolve(name);
        for (int i = 2; Files.exists(folder); i++) {
            folder = base.resolve(name + "-" + i);
        }
        return Files.createDirectories(folder);
    }

    /** Copies the store's files into a new backup folder and returns it. */
    public static Path copyStore(Path dir, String why, Clock clock) throws IOException {
        Path folder = newFolder(dir, why, clock);
        for (String name : STORE_FILES) {
            Path from = dir.resolve(name);
            if (Files.exists(from)) {
                copyTree(from, folder.resolve(name));
            }
        }
        return folder;
    }

    /** Puts a backup's files back in place of the store's (after a failed rewrite). */
    static void restore(Path backup, Path dir) throws IOException {
        for (String name : STORE_FILES) {
            Path target = dir.resolve(name);
            deleteTree(target);
            Path from = backup.resolve(name);
            if (Files.exists(from)) {
                copyTree(from, target);
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                Path target = from.equals(f) ? to : to.resolve(from.relativize(f).toString());
                Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes a file or folder tree; read-only evidence files included. */
    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
                f.toFile().setWritable(true);
                Files.delete(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
