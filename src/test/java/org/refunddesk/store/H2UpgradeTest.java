package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.RefundCase;

class H2UpgradeTest {
    @TempDir
    Path dir;

    /** A store as H2 2.3.232 wrote it (made by that release in the test, not kept as a binary file). */
    private byte[] storeWrittenByH2_2_3() throws Exception {
        Instant at = Instant.parse("2026-11-20T08:00:00Z");
        PreviousH2Store.write(dir, new RefundCase(null, "写于 H2 2.3.232 的案件",
                new Consumer(null, "13800138000", null), null, null, null, null, null, null, null, null, null, at, at));
        return Files.readAllBytes(dir.resolve("refunddesk.mv.db"));
    }

    @Test
    void aStoreWrittenByH2_2_3OpensWithItsCaseAndIsFirstCopiedAsItWas() throws Exception {
        byte[] original = storeWrittenByH2_2_3();

        try (Database db = Database.open(dir)) {
            List<RefundCase> cases = db.cases().list();
            assertThat(cases).singleElement().satisfies(c -> {
                assertThat(c.title()).isEqualTo("写于 H2 2.3.232 的案件");
                assertThat(c.consumer().phone()).isEqualTo("13800138000");
            });
        }

        Path copy;
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            copy = backups.filter(p -> p.getFileName().toString().contains("before-h2-")).findFirst().orElseThrow();
        }
        assertThat(Files.readAllBytes(copy.resolve("refunddesk.mv.db"))).isEqualTo(original);
        assertThat(Files.readString(dir.resolve("refunddesk.h2"), StandardCharsets.UTF_8).strip())
                .isEqualTo(String.valueOf(org.h2.engine.Constants.BUILD_ID));
    }

    @Test
    void theCopyIsMadeOnceNotAtEveryStart() throws Exception {
        storeWrittenByH2_2_3();
        try (Database db = Database.open(dir)) {
            db.cases().count();
        }
        try (Database db = Database.open(dir)) {
            db.cases().count();
        }
        try (Stream<Path> backups = Files.list(dir.resolve("backups"))) {
            assertThat(backups).hasSize(1);
        }
    }

    @Test
    void aNewStoreNeedsNoCopy() {
        try (Database db = Database.open(dir)) {
            assertThat(db.cases().count()).isZero();
        }
        assertThat(dir.resolve("backups")).doesNotExist();
    }
}
