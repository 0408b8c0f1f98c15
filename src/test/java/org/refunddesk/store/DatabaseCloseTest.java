package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.bench.PlanBenchmark;
import org.refunddesk.domain.RefundCase;

/**
 * Closing the store: a command's session does no background rewriting and compacts on close only after a write
 * (issue 14); whatever it did, every save is there when the store opens again.
 */
class DatabaseCloseTest {
    @TempDir
    Path dir;

    private static List<RefundCase> everyCase(Database db) {
        List<RefundCase> all = new ArrayList<>(db.cases().list());
        all.sort(Comparator.comparing(RefundCase::id));
        return all;
    }

    @Test
    void aCommandThatWritesKeepsEverySaveAfterClose() {
        List<RefundCase> saved;
        try (Database db = Database.open(dir, Clock.systemUTC(), null, Database.Use.COMMAND)) {
            db.cases().createAll(PlanBenchmark.generate(300, new Random(7)));
            // rewrites make sparse chunks, which the close after a write compacts
            for (RefundCase rc : db.cases().list().subList(0, 150)) {
                db.cases().update(rc.withAssignee("王协调"));
            }
            saved = everyCase(db);
        }
        try (Database again = Database.open(dir)) {
            assertThat(everyCase(again)).isEqualTo(saved);
            assertThat(again.cases().list()).filteredOn(rc -> "王协调".equals(rc.assignee())).hasSize(150);
        }
    }

    @Test
    void aCommandThatOnlyReadsLeavesTheStoreAsItWasAndItOpensAgain() throws Exception {
        List<RefundCase> saved;
        try (Database db = Database.open(dir)) {
            db.cases().createAll(PlanBenchmark.generate(200, new Random(8)));
            for (RefundCase rc : db.cases().list().subList(0, 100)) {
                db.cases().update(rc.withAssignee("张志愿"));
            }
            saved = everyCase(db);
        }
        long before = Files.size(dir.resolve("refunddesk.mv.db"));
        for (int run = 0; run < 3; run++) {
            try (Database db = Database.open(dir, Clock.systemUTC(), null, Database.Use.COMMAND)) {
                assertThat(everyCase(db)).isEqualTo(saved);
                db.summaries().forEach(s -> { });
            }
        }
        // H2 stamps a small chunk at each close; no pages were moved (a rewrite would copy the cases' pages)
        assertThat(Files.size(dir.resolve("refunddesk.mv.db"))).isLessThanOrEqualTo(before + 64 * 1024);
        try (Database again = Database.open(dir)) {
            assertThat(everyCase(again)).isEqualTo(saved);
            again.cases().create(org.refunddesk.testing.SampleCases.minimal("读过之后仍可写"));
            assertThat(again.cases().count()).isEqualTo(201);
        }
    }
}
