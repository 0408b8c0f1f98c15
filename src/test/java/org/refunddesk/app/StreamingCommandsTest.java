package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.bench.PlanBenchmark;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.Database;
import org.refunddesk.store.SecondJvm;

/**
 * Issue 14: {@code cases list --json} streams. 20,000 generated cases printed by a JVM held to 64 MB of heap,
 * less than the cases take as objects, so the command only passes when it never holds them all.
 */
class StreamingCommandsTest {
    private static final int CASES = 20_000;

    @TempDir
    Path dir;

    @Test
    void casesListJsonOf20000CasesRunsIn64MegabytesOfHeap() throws Exception {
        Set<String> stored = new HashSet<>();
        try (Database db = Database.open(dir)) {
            List<RefundCase> generated = PlanBenchmark.generate(CASES, new Random(14));
            for (int from = 0; from < CASES; from += 2_000) {
                db.cases().createAll(generated.subList(from, from + 2_000));
            }
            generated.forEach(c -> stored.add(c.id().toString()));
        }
        Path out = dir.resolve("cases.json");
        Path err = dir.resolve("err.txt");
        List<String> command = new ArrayList<>(SecondJvm.java(Launcher.class.getName(),
                "--data-dir", dir.toString(), "cases", "list", "--json").command());
        command.add(1, "-Xmx64m");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();

        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        assertThat(idsIn(out.toFile())).isEqualTo(stored);
    }

    /** The id of each case object in the printed array, read with a streaming parser. */
    private static Set<String> idsIn(File json) throws Exception {
        Set<String> ids = new HashSet<>();
        int count = 0;
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                count++;
                while (parser.nextToken() != JsonToken.END_OBJECT) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("id".equals(field)) {
                        ids.add(parser.getText());
                    } else if (value.isStructStart()) {
                        parser.skipChildren();
                    }
                }
            }
        }
        assertThat(count).isEqualTo(ids.size());
        return ids;
    }
}
