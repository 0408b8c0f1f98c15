package org.refunddesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

import org.refunddesk.exchange.DemoCases;
import org.refunddesk.store.Database;

/** A fresh temporary data folder seeded with the demo cases, for first looks and screenshots. */
final class DemoFolder {
    private DemoFolder() {
    }

    static Path create(Clock clock) throws IOException {
        Path dir = Files.createTempDirectory("refunddesk-demo-");
        // A demo is throw-away: don't leave a folder per start in the temp directory.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir), "demo-cleanup"));
        try (Database db = Database.open(dir, clock)) {
            db.cases().createAll(DemoCases.create(clock));
        }
        return dir;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // best effort: the OS cleans its temp folder eventually
        }
    }
}
