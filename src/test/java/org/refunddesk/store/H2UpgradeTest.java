package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.RefundCase;

class H2UpgradeTest {
    @TempDir
    Path dir;

    private byte[] storeWrittenByH2_2_3() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("h2-2.3.232/refunddesk.mv.db")) {
            byte[] bytes = in.readAllBytes();
            Files.write(dir.resolve("refunddesk.mv.db"), bytes);
            return bytes;
        }
    }

    @Test
    void aStoreWrittenByH2_2_3OpensWithItsCaseAndIsFirstCopiedAsItWas() throws IOException {
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
    void theCopyIsMadeOnceNotAtEveryStart() throws IOException {
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
