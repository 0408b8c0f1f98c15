package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.RefundCase;

/**
 * Issue 15, problem 2: a save that reported success is on disk. A child JVM saves and prints ids; it is
 * killed (SIGKILL, no shutdown hooks) right after it printed one; every id it printed must still be there.
 */
class DurableSaveTest {
    private static final int TRIALS = 20;

    @TempDir
    Path tmp;

    @Test
    void everySaveReportedBeforeAKillIsStillStored() throws Exception {
        assertThat(lostAfterKills(TRIALS, "repository")).as("cases printed as saved but gone after a kill").isEmpty();
    }

    /** The same window applies to the app: the editor's save (the case list's view model) says saved only once on disk. */
    @Test
    void everyEditorSaveReportedBeforeAKillIsStillStored() throws Exception {
        assertThat(lostAfterKills(5, "editor")).as("cases the editor reported as saved but gone after a kill").isEmpty();
    }

    private List<String> lostAfterKills(int trials, String how) throws Exception {
        Random random = new Random(15);
        List<String> lost = new ArrayList<>();
        Path template = migratedEmptyStore();
        for (int trial = 0; trial < trials; trial++) {
            Path dir = Files.createDirectories(tmp.resolve(how + "-trial-" + trial));
            // each child starts from an already migrated store: the kill is what is tested, not Flyway's first run
            Files.copy(template, dir.resolve(template.getFileName()));
            List<UUID> printed = new ArrayList<>();
            int killAfter = 1 + random.nextInt(3);
            Process child = SecondJvm.java(SaveAndPrint.class.getName(), dir.toString(), how)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                while (printed.size() < killAfter) {
                    String line = out.readLine();
                    assertThat(line).as("the child stopped before saving").isNotNull();
                    printed.add(UUID.fromString(line.trim()));
                }
                child.destroyForcibly(); // SIGKILL: the moment after the success was printed
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            try (Database db = Database.open(dir)) {
                List<UUID> stored = db.cases().list().stream().map(RefundCase::id).toList();
                printed.stream().filter(id -> !stored.contains(id)).forEach(id -> lost.add("trial " + id));
            }
        }
        return lost;
    }

    private Path migratedEmptyStore() throws Exception {
        Path dir = tmp.resolve("template");
        Database.open(dir).close();
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".mv.db")).findFirst().orElseThrow();
        }
    }
}
