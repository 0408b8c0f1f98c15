package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.store.SecondJvm;

/** Issue 15, problem 8: a busy folder is exit 4 (not 1, the internal-failure code), naming what holds it. */
class FolderInUseTest {
    @TempDir
    Path dir;

    @Test
    void aCommandOnAFolderHeldByAnotherCommandExitsFourNamingThatCommand() throws Exception {
        Process holder = SecondJvm.holding("database", dir, "the command \"restore\"");
        try {
            CliRun run = CliRun.of("--data-dir", dir.toString(), "--lang", "en", "cases", "list");

            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(run.errLines()).hasSize(1);
            assertThat(run.err()).contains("the command \"restore\"").contains("process ").contains(dir.toString());
        } finally {
            SecondJvm.release(holder);
        }
    }
}
