package org.refunddesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** A fresh temporary data folder seeded with the demo cases, for first looks and screenshots. */
final class DemoFolder {
    private DemoFolder() {
    }

    static Path create(Clock clock) throws IOException {
        Path dir = Files.createTempDirectory("refunddesk-demo-");
        // TODO(store): seed with DemoCases once the store lands
        return dir;
    }
}
