package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.testing.SampleCases;

class DatabaseLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondOpenInTheSameProcessIsRefusedAndTheFirstKeepsWorking() {
        try (Database first = Database.open(dir)) {
            assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining("in use").hasMessageContaining(dir.getFileName().toString());

            first.cases().create(SampleCases.minimal("仍可用"));
            assertThat(first.cases().count()).isEqualTo(1);
        }
    }

    @Test
    void closingReleasesTheLock() {
        Database.open(dir).close();
        try (Database again = Database.open(dir)) {
            assertThat(again.dataDir()).isEqualTo(dir.toAbsolutePath().normalize());
        }
    }

    @Test
    void aFolderHeldByAnotherProcessIsRefusedUntilThatProcessLetsGo() throws Exception {
        Process holder = SecondJvm.holding("database", dir);
        try {
            assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(StoreLockedException.class);
        } finally {
            SecondJvm.release(holder);
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.cases().count()).isZero();
        }
    }

    @Test
    void anH2FileOpenedByAnotherProgramIsReportedAsLockedNotAsAStackTrace() throws Exception {
        Database.open(dir).close(); // create the schema first
        Process holder = SecondJvm.holding("h2", dir);
        try {
            assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(StoreLockedException.class);
        } finally {
            SecondJvm.release(holder);
        }
        // our own lock file must have been let go after the failed open
        Database.open(dir).close();
    }
}
