package org.refunddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.refunddesk.app.LaunchOptions;
import org.refunddesk.app.Launcher;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.rules.evidence.EvidenceFixtures;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;

class EvidenceCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-05T04:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;
    @TempDir
    Path userFiles;

    private String caseId;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void storeACase() {
        try (Database db = Database.open(dataDir, CLOCK)) {
            caseId = db.cases().create(EvidenceFixtures.refundCase(ProblemKind.NOT_DELIVERED, DeliveryMode.DIRECT_TOPUP))
                    .id().toString();
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        CliContext context = new CliContext(dataDir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK, Messages.forTag("en"));
        return new Cli(List.of(new EvidenceCommand())).run(args, context);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path userFile(String name, String content) throws IOException {
        Path folder = Files.createDirectories(userFiles.resolve(UUID.randomUUID().toString()));
        return Files.writeString(folder.resolve(name), content);
    }

    private JsonNode listJson() throws IOException {
        assertThat(run("evidence", "list", caseId, "--json")).isZero();
        return new ObjectMapper().readTree(out());
    }

    @Test
    void namesWithChineseSpacesAndTheSameNameTwiceSurviveAddBundleAndUnzip() throws Exception {
        Path first = userFile("订单 截图.png", "order one");
        Path second = userFile("订单 截图.png", "order two");
        Path chat = userFile("微信 聊天记录.jpg", "chat");
        assertThat(run("evidence", "add", caseId, first.toString(), "--category", "PURCHASE_PROOF",
                "--shows", "ORDER_NUMBER,AMOUNT", "--source", "淘宝订单", "--captured-at", "2025-03-01T10:00")).isZero();
        assertThat(run("evidence", "add", caseId, second.toString(), "--category", "PURCHASE_PROOF")).isZero();
        assertThat(run("evidence", "add", caseId, chat.toString(), "--category", "COMMUNICATION",
                "--item", "service-chat")).isZero();
        Path zip = userFiles.resolve("证据 包").resolve("case bundle.zip");

        assertThat(run("evidence", "bundle", caseId, "--out", zip.toString())).isZero();

        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries.keySet()).containsExactly("01-Purchase proof-订单 截图.png", "02-Purchase proof-订单 截图.png",
                "03-Communications-Customer-service chat.jpg", "manifest.json", "index.html");
        assertThat(entries.values().stream().limit(3).map(b -> new String(b, StandardCharsets.UTF_8)))
                .containsExactly("order one", "order two", "chat");
        JsonNode manifest = new ObjectMapper().readTree(entries.get("manifest.json"));
        Map<String, String> vaultHashes = new LinkedHashMap<>();
        listJson().forEach(i -> vaultHashes.put(i.path("id").asText(), i.path("sha256").asText()));
        assertThat(manifest.path("files")).allSatisfy(f -> {
            assertThat(f.path("sha256").asText()).isEqualTo(vaultHashes.get(f.path("evidenceId").asText()))
                    .isEqualTo(sha256(entries.get(f.path("file").asText())));
        });
        assertThat(manifest.path("files")).extracting(f -> f.path("originalName").asText())
                .containsExactly("订单 截图.png", "订单 截图.png", "微信 聊天记录.jpg");
        assertThat(manifest.path("files").get(0).path("capturedAt").asText()).isEqualTo("2025-03-01T10:00+08:00");
        assertThat(Files.readString(first)).isEqualTo("order one");
    }

    @Test
    void listShowsEachFileWithItsHashAndTheCompletenessScore() throws Exception {
        Path file = userFile("a.png", "a");
        run("evidence", "add", caseId, file.toString(), "--category", "PURCHASE_PROOF", "--shows", "ORDER_NUMBER");

        assertThat(run("evidence", "list", caseId)).isZero();

        String sha = listJson().get(0).path("sha256").asText();
        run("evidence", "list", caseId);
        assertThat(out()).contains("a.png", sha, "[Purchase proof]", "shows: Order number", "Evidence completeness");
        assertThat(listJson().get(0).path("shows").get(0).asText()).isEqualTo("ORDER_NUMBER");
    }

    @Test
    void verifyExitsZeroWhenEveryFileMatchesAndThreeWithOneLinePerChangedOrMissingFile() throws Exception {
        run("evidence", "add", caseId, userFile("good.png", "good").toString(), "--category", "PURCHASE_PROOF");
        run("evidence", "add", caseId, userFile("changed.png", "changed").toString(), "--category", "PURCHASE_PROOF");
        run("evidence", "add", caseId, userFile("gone.png", "gone").toString(), "--category", "PURCHASE_PROOF");
        assertThat(run("evidence", "verify", caseId)).isZero();
        assertThat(run("evidence", "verify")).isZero();
        assertThat(out()).contains("All 3 files match");

        JsonNode items = listJson();
        Path folder = dataDir.resolve("evidence").resolve(caseId);
        Path changed = folder.resolve(items.get(1).path("storedName").asText());
        changed.toFile().setWritable(true);
        Files.writeString(changed, "chAnged");
        Path gone = folder.resolve(items.get(2).path("storedName").asText());
        gone.toFile().setWritable(true);
        Files.delete(gone);

        assertThat(run("evidence", "verify", caseId)).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(out().lines().toList()).containsExactly("CHANGED: changed.png (case " + caseId + ")",
                "MISSING: gone.png (case " + caseId + ")");
        assertThat(run("evidence", "verify")).isEqualTo(ExitCodes.CHECK_FAILED);
    }

    @Test
    void bundleIsRefusedWithExitThreeWhileAFileFailsVerification() throws Exception {
        run("evidence", "add", caseId, userFile("a.png", "a").toString(), "--category", "PURCHASE_PROOF");
        Path stored = dataDir.resolve("evidence").resolve(caseId).resolve(listJson().get(0).path("storedName").asText());
        stored.toFile().setWritable(true);
        Files.writeString(stored, "b");
        Path zip = userFiles.resolve("bundle.zip");

        assertThat(run("evidence", "bundle", caseId, "--out", zip.toString())).isEqualTo(ExitCodes.CHECK_FAILED);

        assertThat(out()).contains("CHANGED: a.png", "no bundle was written");
        assertThat(zip).doesNotExist();
    }

    @Test
    void removeRestoreAndEmptyTrashGoThroughTheTrash() throws Exception {
        run("evidence", "add", caseId, userFile("a.png", "a").toString(), "--category", "PURCHASE_PROOF");
        String evidenceId = listJson().get(0).path("id").asText();

        assertThat(run("evidence", "remove", caseId, evidenceId)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("evidence", "remove", caseId, evidenceId, "--reason", "wrong screenshot")).isZero();
        assertThat(listJson()).isEmpty();
        assertThat(run("evidence", "restore", caseId, evidenceId)).isZero();
        assertThat(listJson()).hasSize(1);

        run("evidence", "remove", caseId, evidenceId, "--reason", "duplicate");
        assertThat(run("evidence", "empty-trash", caseId)).isZero();
        assertThat(out()).contains("Deleted 1 file(s)");
        assertThat(run("evidence", "restore", caseId, evidenceId)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(dataDir.resolve("evidence-trash").resolve(caseId)).isEmptyDirectory();
    }

    @Test
    void theEvidenceCommandIsRegisteredWithTheLauncher() {
        int exit = Launcher.runCommand(LaunchOptions.parse(new String[] {"--data-dir", dataDir.toString(), "--lang", "en",
                "evidence", "verify", caseId}), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isZero();
        assertThat(out()).contains("All 0 files match");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "add|CASE|FILE|--category|RECEIPT|--category: \"RECEIPT\" is not one of PURCHASE_PROOF",
        "add|CASE|FILE|--category|PURCHASE_PROOF|--shows|PHONE|--shows: \"PHONE\" is not one of",
        "add|CASE|FILE|--category|PURCHASE_PROOF|--captured-at|yesterday|--captured-at: \"yesterday\" is not an ISO-8601 time",
        "add|CASE|FILE|--category|PURCHASE_PROOF|--item|product-page|--item: \"product-page\" is not a checklist item of PURCHASE_PROOF",
        "add|CASE|FILE|--colour|red|unknown option --colour",
        "add|CASE|/no/such/file.png|--category|PURCHASE_PROOF|FILE: /no/such/file.png is not a readable file",
        "add|not-a-uuid|FILE|--category|PURCHASE_PROOF|\"not-a-uuid\" is not a case id",
        "add|00000000-0000-0000-0000-000000000001|FILE|--category|PURCHASE_PROOF|no case with id 00000000-0000-0000-0000-000000000001",
        "list|00000000-0000-0000-0000-000000000001|no case with id",
        "bundle|CASE|missing --out",
        "shred|CASE|evidence: unknown action shred (add, list",
    })
    void badInputExitsTwoWithOneClearLineAndChangesNothing(String line) throws Exception {
        Path file = userFile("a.png", "a");
        List<String> parts = new ArrayList<>(List.of(line.split("\\|")));
        String expected = parts.remove(parts.size() - 1);
        List<String> args = new ArrayList<>(List.of("evidence"));
        parts.forEach(p -> args.add(p.equals("CASE") ? caseId : p.equals("FILE") ? file.toString() : p));

        assertThat(run(args.toArray(String[]::new))).isEqualTo(ExitCodes.BAD_INPUT);

        assertThat(err()).startsWith(expected).hasLineCount(1);
        assertThat(dataDir.resolve("evidence")).doesNotExist();
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
