package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.Database;
import org.refunddesk.store.SecondJvm;
import org.refunddesk.testing.SampleCases;

/**
 * Backup, restore and {@code cases list --json} stream: 20,000 cases go through each in a child JVM limited to
 * 64 MB of heap (a list of all cases in memory would not fit). Not a timing test: it only has to finish.
 */
class LowMemoryBackupTest {
    private static final int CASES = 20_000;

    @TempDir
    Path tmp;

    @Test
    void twentyThousandCasesBackUpAndRestoreAtSixtyFourMegabytes() throws Exception {
        Path source = tmp.resolve("source");
        try (Database db = Database.open(source)) {
            List<RefundCase> batch = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                batch.add(SampleCases.full("生成的案件 " + i));
                if (batch.size() == 2_000) {
                    db.cases().createAll(batch);
                    batch.clear();
                }
            }
        }
        Path backup = tmp.resolve("all.rdbackup");
        Path fresh = tmp.resolve("fresh");

        run("--data-dir", source.toString(), "backup", "--out", backup.toString());
        run("--data-dir", fresh.toString(), "restore", backup.toString());
        Path listed = tmp.resolve("list.json");
        run(listed, "--data-dir", fresh.toString(), "cases", "list", "--json");

        assertThat(countCaseObjects(listed)).isEqualTo(CASES);

        try (Database db = Database.open(fresh)) {
            assertThat(db.cases().count()).isEqualTo(CASES);
        }
    }

    private void run(String... args) throws Exception {
        run(null, args);
    }

    /** @param stdout where the child's standard output goes (null: into the log with its errors) */
    private void run(Path stdout, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(args));
        ProcessBuilder pb = SecondJvm.java(Launcher.class.getName(), command.toArray(String[]::new));
        pb.command().add(1, "-Xmx64m");
        Path log = Files.createTempFile(tmp, "child", ".log");
        if (stdout == null) {
            pb.redirectErrorStream(true).redirectOutput(log.toFile());
        } else {
            pb.redirectOutput(stdout.toFile()).redirectError(log.toFile());
        }
        Process p = pb.start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
    }

    /** The objects of the top-level JSON array, read with the streaming parser (the file is never held whole). */
    private static int countCaseObjects(Path json) throws Exception {
        int count = 0;
        try (JsonParser parser = new JsonFactory().createParser(json.toFile())) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                parser.skipChildren();
                count++;
            }
            assertThat(parser.currentToken()).isEqualTo(JsonToken.END_ARRAY);
        }
        return count;
    }
}
