package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.exchange.CaseFiles;
import org.refunddesk.store.Database;
import org.refunddesk.testing.SampleCases;

/**
 * Issue 15, problem 3, on the command line: a time at the edge of what Java can hold was "internal error" (exit 1,
 * far past) or was stored and then broke {@code due}, {@code export-xlsx} and {@code ics} for the whole store (far
 * future). Now the import is refused in one line naming the field (exit 2), nothing is stored, and the commands
 * that read every case still work.
 */
class EdgeOfRangeCommandsTest {
    private static final String PAID = "\"paidAt\": \"2026-03-02T10:00:00+08:00\"";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01T00:00:00+18:00", "+999999999-12-31T23:59:59+08:00"})
    void aTimeAtTheEdgeOfTheRangeIsRefusedNamingTheFieldAndTheStoreStaysUsable(String edge) throws Exception {
        Path data = tmp.resolve("data");
        try (Database db = Database.open(data)) {
            db.cases().create(SampleCases.full("已有的案件"));
        }
        String json = CaseFiles.writeCase(SampleCases.full("边界时间"));
        assertThat(json).contains(PAID);
        Path file = Files.writeString(tmp.resolve("edge.json"), json.replace(PAID, "\"paidAt\": \"" + edge + "\""),
                StandardCharsets.UTF_8);

        CliRun imported = CliRun.of("--data-dir", data.toString(), "--lang", "en", "import", file.toString());

        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(2);
        assertThat(imported.errLines()).singleElement().asString().contains("purchase.paidAt")
                .doesNotContain("internal error").doesNotContain("Exception");
        assertThat(imported.out()).isEmpty();
        try (Database db = Database.open(data)) {
            assertThat(db.cases().count()).isOne();
        }
        for (String[] command : new String[][] {{"due", "--json"},
                {"export-xlsx", "--out", tmp.resolve("all.xlsx").toString()},
                {"ics", "--out", tmp.resolve("all.ics").toString()}}) {
            String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--data-dir", data.toString()),
                    java.util.Arrays.stream(command)).toArray(String[]::new);
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", command) + ": " + run.err()).isZero();
        }
    }
}
