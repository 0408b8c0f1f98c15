package org.refunddesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.refunddesk.exchange.DemoCases;
import org.refunddesk.store.Database;

/** A fresh temporary data folder seeded with the demo cases, for first looks and screenshots. */
final class DemoFolder {
    private DemoFolder() {
    }

    static Path create(Clock clock) throws IOException {
        Path dir = Files.createTempDirectory("refunddesk-demo-");
        try (Database db = Database.open(dir, clock)) {
            db.cases().createAll(DemoCases.create(clock));
        }
        return dir;
    }
}
