package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.refunddesk.exchange.DemoCases;
import org.refunddesk.store.Database;

class DemoFolderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);
    private Path created;

    @AfterEach
    void removeFolder() throws Exception {
        if (created != null) {
            try (var files = java.nio.file.Files.walk(created)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aDemoFolderIsFreshAndHoldsTheDemoCases() throws Exception {
        created = DemoFolder.create(CLOCK);

        try (Database db = Database.open(created, CLOCK)) {
            assertThat(db.cases().list()).containsExactlyInAnyOrderElementsOf(DemoCases.create(CLOCK));
        }
    }
}
