package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.CaseFiles;
import org.refunddesk.exchange.DemoCases;
import org.refunddesk.store.Database;
import org.refunddesk.testing.SampleCases;

class CaseCommandsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private Path folderWithDemoCases(String name) {
        Path dir = tmp.resolve(name);
        try (Database db = Database.open(dir, CLOCK)) {
            db.cases().createAll(DemoCases.create(CLOCK));
        }
        return dir;
    }

    private static List<RefundCase> casesIn(Path dir) {
        try (Database db = Database.open(dir)) {
            return db.cases().list();
        }
    }

    @Test
    void everyDemoCaseExportedToACaseFileAndImportedAgainIsEqual() {
        Path source = folderWithDemoCases("source");
        Path target = tmp.resolve("target");
        List<RefundCase> demo = casesIn(source);
        assertThat(demo).hasSizeGreaterThanOrEqualTo(10);

        for (RefundCase rc : demo) {
            Path file = tmp.resolve(rc.id() + ".json");
            CliRun export = CliRun.of("--data-dir", source.toString(), "export", rc.id().toString(),
                    "--out", file.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            CliRun imported = CliRun.of("--data-dir", target.toString(), "import", file.toString());
            assertThat(imported.exitCode()).as(imported.err()).isZero();
            assertThat(imported.out().trim()).isEqualTo(rc.id().toString());
        }

        assertThat(casesIn(target)).containsExactlyInAnyOrderElementsOf(demo);
    }

    @Test
    void aBackupOfAllCasesRestoredIntoAnEmptyFolderGivesTheSameCases() {
        Path source = folderWithDemoCases("source");
        Path backup = tmp.resolve("backup.json");
        Path empty = tmp.resolve("empty");

        CliRun saved = CliRun.of("--data-dir", source.toString(), "backup", "--out", backup.toString());
        CliRun restored = CliRun.of("--data-dir", empty.toString(), "restore", backup.toString());

        assertThat(saved.exitCode()).as(saved.err()).isZero();
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("11");
        assertThat(casesIn(empty)).isEqualTo(casesIn(source));
    }

    @Test
    void restoreReplacesWhatWasThere() {
        Path dir = folderWithDemoCases("data");
        RefundCase only = SampleCases.full("唯一");
        Path backup = tmp.resolve("one.json");
        write(backup, CaseFiles.writeBackup(List.of(only), Instant.now()));

        CliRun run = CliRun.of("--lang", "en", "--data-dir", dir.toString(), "restore", backup.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Restored 1 cases (replacing 11)");
        assertThat(casesIn(dir)).containsExactly(only);
    }

    @Test
    void casesListJsonPrintsParseableJsonWithTheIds() throws Exception {
        Path dir = folderWithDemoCases("data");

        CliRun run = CliRun.of("--data-dir", dir.toString(), "cases", "list", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        List<String> ids = casesIn(dir).stream().map(c -> c.id().toString()).toList();
        assertThat(array.findValuesAsText("format")).containsOnly(CaseFiles.CASE_FORMAT);
        List<String> printed = new java.util.ArrayList<>();
        array.forEach(c -> printed.add(c.get("id").asText()));
        assertThat(printed).containsExactlyElementsOf(ids);
    }

    @Test
    void casesListPrintsATableWithEveryTitle() {
        Path dir = folderWithDemoCases("data");

        CliRun run = CliRun.of("--data-dir", dir.toString(), "cases", "list");

        assertThat(run.exitCode()).isZero();
        casesIn(dir).forEach(c -> assertThat(run.out()).contains(c.title()).contains(c.id().toString()));
        assertThat(run.out()).contains("共 11 个案件");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            wrong enum       | "product": "PHONE_CREDIT"     | "product": "PHONE_CREDITS"      | purchase.product: "PHONE_CREDITS" is not one of
            bad amount       | "amount": "100.00"            | "amount": "12,5"                | purchase.amount: "12,5" is not an amount
            bad time         | "paidAt": "2026-03-02T10:00:00+08:00" | "paidAt": "yesterday"   | purchase.paidAt: "yesterday" is not a time
            unknown field    | "orderNo": "KM20260302001"    | "colour": "red", "orderNo": "x" | purchase.colour: unknown field
            broken JSON      | "tags" : [                    | "tags" : [[                     | broken JSON
            missing required | "title": "坏文件",             | ''                              | title: missing required field
            """)
    void aBadCaseFileIsRefusedWithExitCode2AndOneLineAndTheStoreIsUnchanged(String name, String find, String replace,
                                                                          String expected) {
        Path dir = folderWithDemoCases("data");
        List<RefundCase> before = casesIn(dir);
        String good = CaseFiles.writeCase(SampleCases.full("坏文件")).replace("\"tags\": [", "\"tags\" : [");
        String bad = good.replace(find, replace);
        assertThat(bad).as("the test must break the file").isNotEqualTo(good);
        Path file = tmp.resolve("bad.json");
        write(file, bad);

        CliRun run = CliRun.of("--data-dir", dir.toString(), "import", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith(file + ": ").contains(expected);
        assertThat(run.out()).isEmpty();
        assertThat(casesIn(dir)).isEqualTo(before);
    }

    @Test
    void aBadBackupIsRefusedWithExitCode2AndTheStoreIsUnchanged() {
        Path dir = folderWithDemoCases("data");
        List<RefundCase> before = casesIn(dir);
        Path file = tmp.resolve("bad-backup.json");
        write(file, CaseFiles.writeBackup(List.of(SampleCases.full("一"), SampleCases.full("二")), Instant.now())
                .replaceFirst("\"status\": \"OPERATING\"", "\"status\": \"RUNNING\"")
                .replaceFirst("\"status\": \"UNRESPONSIVE\"", "\"status\": \"RUNNING\""));

        CliRun run = CliRun.of("--data-dir", dir.toString(), "restore", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("cases[0].platform.status: \"RUNNING\" is not one of");
        assertThat(casesIn(dir)).isEqualTo(before);
    }

    @Test
    void importingACaseWhoseIdExistsIsBadInputAndChangesNothing() {
        Path dir = folderWithDemoCases("data");
        List<RefundCase> before = casesIn(dir);
        Path file = tmp.resolve("again.json");
        write(file, CaseFiles.writeCase(before.get(0).withAssignee("别人")));

        CliRun run = CliRun.of("--data-dir", dir.toString(), "import", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(file + "：id：").contains(before.get(0).id().toString(), "已经存在", "删掉 \"id\"");
        assertThat(casesIn(dir)).isEqualTo(before);
    }

    @Test
    void importWithoutAnIdGivesTheCaseANewOne() {
        Path dir = tmp.resolve("data");
        Path file = tmp.resolve("no-id.json");
        write(file, CaseFiles.writeCase(SampleCases.minimal("无编号")).replaceFirst("\"id\": \"[^\"]+\",", ""));

        CliRun run = CliRun.of("--data-dir", dir.toString(), "import", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        UUID id = UUID.fromString(run.out().trim());
        assertThat(casesIn(dir)).extracting(RefundCase::id).containsExactly(id);
    }

    @Test
    void unknownOrMalformedIdsAndMissingFilesAreBadInput() {
        Path dir = folderWithDemoCases("data");
        String out = tmp.resolve("x.json").toString();

        CliRun unknown = CliRun.of("--data-dir", dir.toString(), "export", UUID.randomUUID().toString(), "--out", out);
        CliRun malformed = CliRun.of("--data-dir", dir.toString(), "export", "12345", "--out", out);
        CliRun missingFile = CliRun.of("--data-dir", dir.toString(), "import", tmp.resolve("nope.json").toString());
        CliRun noFolder = CliRun.of("--data-dir", dir.toString(), "backup", "--out",
                tmp.resolve("no/such/dir/b.json").toString());

        for (CliRun run : List.of(unknown, malformed, missingFile, noFolder)) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.errLines()).hasSize(1);
        }
        assertThat(unknown.err()).startsWith("没有编号为 ").contains("的案件", "cases list");
        assertThat(malformed.err()).contains("“12345”不是案件编号");
        assertThat(missingFile.err()).contains("no such file");
        assertThat(noFolder.err()).contains(tmp.resolve("no/such/dir/b.json").toString(), "所在的文件夹不存在");
        assertThat(Files.exists(Path.of(out))).isFalse();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
