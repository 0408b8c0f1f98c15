package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.testing.SampleCases;

/**
 * After a save was refused on a full disk, the next one is refused again at once instead of hanging inside H2, reading
 * goes on, and once space is freed 再试一次 ({@link Database#retryWrites}) makes saving work again (issue 15, problem 6).
 * The real disk needs root (a tmpfs; CI runs as root); the same path without a full disk runs everywhere.
 */
class WritesAfterDiskFullTest {
    /** Only a guard against a hang (the failure this test is about), never a measure of speed. */
    private static final Duration HANG = Duration.ofMinutes(3);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;
    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", "-l", mount.toString());
        }
    }

    @Test
    void afterARefusedSaveTheNextIsRefusedReadsWorkAndAfterFreeingSpaceRetryingSavesAgain() throws Exception {
        Path point = Files.createDirectories(tmp.resolve("tiny"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", point.toString()) == 0,
                "cannot mount a tmpfs here (needs root)");
        mount = point;
        try (Database db = Database.open(point.resolve("data"), CLOCK)) {
            RefundCase before = db.cases().create(SampleCases.full("满盘前"));
            fill(point);
            List<UUID> refused = new ArrayList<>();
            assertTimeoutPreemptively(HANG, () -> {
                for (int i = 0; i < 40 && refused.isEmpty(); i++) {
                    RefundCase big = SampleCases.full("填满 " + i + "长".repeat(3000));
                    try {
                        db.cases().create(big);
                    } catch (StoreUnusableException e) {
                        assertThat(e.kind()).isEqualTo(StoreUnusableException.Kind.DISK_FULL);
                        refused.add(big.id());
                    }
                }
            });
            assertThat(refused).as("the disk filled up (else this proves nothing)").hasSize(1);

            RefundCase next = SampleCases.full("满盘后再存");
            assertTimeoutPreemptively(HANG, () -> {
                for (int i = 0; i < 3; i++) { // a second and third save: refused again, not hanging
                    assertThatThrownBy(() -> db.cases().create(next)).isInstanceOfSatisfying(StoreUnusableException.class,
                            e -> assertThat(e).hasMessageContaining("is full")
                                    .extracting(StoreUnusableException::kind).isEqualTo(StoreUnusableException.Kind.DISK_FULL));
                }
                assertThat(db.cases().find(before.id())).contains(before);
                assertThat(db.readOnlyBecause()).isPresent();
                assertThatThrownBy(db::retryWrites).isInstanceOf(StoreUnusableException.class); // still full
            });

            emptyFillers(point);
            assertTimeoutPreemptively(HANG, () -> {
                db.retryWrites();
                assertThat(db.readOnlyBecause()).isEmpty();
                db.cases().create(next);
                assertThat(db.cases().list()).extracting(RefundCase::id)
                        .contains(before.id(), next.id()).doesNotContain(refused.get(0));
            });
        }
        try (Database db = Database.open(point.resolve("data"), CLOCK)) {
            assertThat(db.cases().find(next(db)).isPresent()).isTrue();
        }
    }

    /** The same refusal and retry on a store that cannot be written, without a full disk (no root needed). */
    @Test
    void aStoreThatCannotBeWrittenRefusesWritesBeforeTheDatabaseAndRetryReopensIt() {
        Path dir = tmp.resolve("data");
        RefundCase kept;
        try (Database db = Database.open(dir, CLOCK)) {
            kept = db.cases().create(SampleCases.full("已存"));
        }
        try (Database db = Database.openReadOnly(dir, CLOCK, null, StoreUnusableException.Kind.DISK_FULL)) {
            RefundCase other = SampleCases.full("新的");
            assertThatThrownBy(() -> db.cases().create(other)).isInstanceOfSatisfying(StoreUnusableException.class,
                    e -> assertThat(e.kind()).isEqualTo(StoreUnusableException.Kind.DISK_FULL));
            assertThatThrownBy(() -> db.cases().update(kept.withTags(List.of("改")))).isInstanceOf(StoreUnusableException.class);
            assertThat(db.cases().find(kept.id())).contains(kept);

            db.retryWrites(); // the folder can be written: the store is reopened for writing
            assertThat(db.readOnlyBecause()).isEmpty();
            db.cases().create(other);
            assertThat(db.cases().list()).extracting(RefundCase::id).containsExactlyInAnyOrder(kept.id(), other.id());
        }
    }

    @Test
    void theGuardTellsWritingStatementsFromReadingOnes() {
        assertThat(List.of("INSERT INTO cases VALUES (1)", "  update cases SET x = 1", "-- why\nDELETE FROM t",
                "MERGE INTO t KEY (id) VALUES (1)", "CHECKPOINT SYNC", "SELECT version FROM cases WHERE id = ? FOR UPDATE",
                "/* c */ CREATE TABLE t (id INT)")).allMatch(WriteGuard::writes);
        assertThat(List.of("SELECT * FROM cases", "select count(*) from case_events", "WITH x AS (SELECT 1) SELECT * FROM x",
                "SELECT updated_at FROM cases")).noneMatch(WriteGuard::writes);
    }

    private static UUID next(Database db) {
        return db.cases().list().stream().filter(rc -> rc.title().equals("满盘后再存")).findFirst().orElseThrow().id();
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    /** Fills the disk to the last page: big blocks first, then ever smaller ones. */
    private static void fill(Path point) {
        int n = 0;
        for (int size = 64 * 1024; size >= 512; size /= 2) {
            byte[] block = new byte[size];
            try (OutputStream out = Files.newOutputStream(point.resolve("filler-" + n++))) {
                while (true) {
                    out.write(block);
                    out.flush();
                }
            } catch (IOException full) {
                // no room for another block of this size
            }
        }
    }

    private static void emptyFillers(Path point) throws IOException {
        try (var files = Files.list(point)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("filler")).toList()) {
                Files.delete(f);
            }
        }
    }
}
