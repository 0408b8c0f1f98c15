package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assess} and {@code plan} on the command line: the JSON document of issue 3, and bad input → exit 2. */
class AssessCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASE = """
            {"format": "refunddesk.case/1", "title": "永久话费只能用一年",
             "platform": {"name": "某卡盟", "status": "OPERATING"},
             "purchase": {"orderNo": "KM-1", "product": "PERMANENT_PHONE_CREDIT", "delivery": "DIRECT_TOPUP",
                          "amount": "100.00", "paidAt": "2026-11-20T10:00:00+08:00", "payment": "ALIPAY"},
             "problem": {"kind": "FALSE_ADVERTISING", "discoveredAt": "2026-11-20T10:00:00+08:00"},
             "events": [{"type": "REFUND_APPLIED", "at": "2026-02-12T09:00:00+08:00"}]}
            """;

    @TempDir
    Path tmp;
    Path caseFile;

    @BeforeEach
    void writeCase() throws IOException {
        caseFile = Files.writeString(tmp.resolve("case.json"), CASE);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void assessPrintsTheIssuesJsonDocument() throws IOException {
        CliRun run = CliRun.of("--data-dir", tmp.resolve("data").toString(), "assess", caseFile.toString(),
                "--now", "2026-11-20T12:00:00+08:00", "--lang", "zh");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        // the issue-3 contract's fields in their order, then issue 11's additive ones
        assertThat(fieldNames(doc)).containsExactly("rulebookVersion", "verdict", "responsible", "reasons", "redFlags",
                "routes", "claims", "deadlines", "limitation", "knewOfHarmAt");
        assertThat(fieldNames(doc.get("claims"))).startsWith("refund", "punitive", "courtFee")
                .contains("outstanding", "punitiveCondition", "interest");
        assertThat(doc.get("claims").get("punitiveCondition").get("mustProve").asText()).contains("明知");
        assertThat(doc.get("claims").get("interest").get("basis").asText()).contains("第53条");
        assertThat(doc.get("limitation").get("expired").asBoolean()).isFalse();
        assertThat(doc.get("rulebookVersion").asText()).isEqualTo("2026.11.2");
        assertThat(doc.get("verdict").asText()).isEqualTo("LIKELY");
        assertThat(doc.get("responsible").asText()).isEqualTo("PLATFORM");
        assertThat(fieldNames(doc.get("reasons").get(0))).containsExactly("rule", "basis", "text");
        assertThat(doc.get("reasons").get(0).get("rule").asText()).isEqualTo("FALSE_ADVERTISING");
        assertThat(doc.get("redFlags").isArray()).isTrue();
        assertThat(doc.get("routes").get(0).get("channel").asText()).isEqualTo("PLATFORM");
        assertThat(doc.get("claims").get("refund").asText()).isEqualTo("100.00");
        assertThat(doc.get("claims").get("punitive").asText()).isEqualTo("500.00");
        assertThat(doc.get("claims").get("courtFee").asText()).isEqualTo("25.00");
        JsonNode window = null;
        for (JsonNode d : doc.get("deadlines")) {
            assertThat(fieldNames(d)).contains("rule", "dueAt", "state", "basis", "estimate", "explanation");
            if (d.get("rule").asText().equals("PLATFORM_REFUND_WINDOW")) {
                window = d;
            }
        }
        assertThat(window).isNotNull();
        assertThat(window.get("dueAt").asText()).isEqualTo("2026-11-21T10:00:00+08:00");
        assertThat(window.get("state").asText()).isEqualTo("OPEN");
        assertThat(window.get("estimate").asBoolean()).isFalse();
        assertThat(window.get("explanation").asText()).contains("付款 2026-11-20 (周五) 10:00 起算");
    }

    @Test
    void punitiveIsNullWhenItDoesNotApplyAndEnglishIsAvailable() throws IOException {
        Files.writeString(caseFile, CASE.replace("FALSE_ADVERTISING", "NOT_DELIVERED"));
        CliRun run = CliRun.of("--data-dir", tmp.resolve("data").toString(), "assess", caseFile.toString(),
                "--now", "2026-11-20T12:00", "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(doc.get("claims").get("punitive").isNull()).isTrue();
        assertThat(doc.get("reasons").get(0).get("text").asText()).startsWith("Paid but not delivered");
    }

    @Test
    void redFlagsCarryTheirAdviceAndFeeDisclosedIsRead() throws IOException {
        Files.writeString(caseFile, CASE.replace("\"events\"", "\"redFlags\": [\"PRIVATE_TRANSFER\"], \"events\"")
                .replace("\"kind\": \"FALSE_ADVERTISING\",", "\"kind\": \"FEE_DEDUCTED\", \"feeDisclosed\": true,"));
        CliRun run = CliRun.of("--data-dir", tmp.resolve("data").toString(), "assess", caseFile.toString(),
                "--now", "2026-11-20T12:00", "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        JsonNode flag = doc.get("redFlags").get(0);
        assertThat(fieldNames(flag)).containsExactly("flag", "text", "advice");
        assertThat(flag.get("advice").asText()).contains("Stop transferring", "Keep the chat", "110", "96110");
        assertThat(doc.get("verdict").asText()).isEqualTo("UNLIKELY");
        assertThat(doc.get("reasons").get(0).get("rule").asText()).isEqualTo("FEE_DISCLOSED");
        assertThat(doc.get("routes").findValuesAsText("channel")).contains("POLICE");
    }

    @Test
    void planPrintsTheDeadlinesOnly() throws IOException {
        CliRun run = CliRun.of("--data-dir", tmp.resolve("data").toString(), "plan", caseFile.toString(),
                "--now", "2026-02-20T10:00:00+08:00");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = JSON.readTree(run.out());
        assertThat(fieldNames(doc)).containsExactly("rulebookVersion", "deadlines");
        JsonNode review = null;
        for (JsonNode d : doc.get("deadlines")) {
            if (d.get("rule").asText().equals("REVIEW_FOLLOW_UP")) {
                review = d;
            }
        }
        assertThat(review).isNotNull();
        assertThat(review.get("dueAt").asText()).isEqualTo("2026-02-25T00:00:00+08:00");
        assertThat(review.get("explanation").asText()).contains("春节假期 02-15 至 02-23 跳过");
    }

    @Test
    void aBadNowIsExit2NamingTheOption() {
        CliRun run = CliRun.of("--data-dir", tmp.resolve("data").toString(), "assess", caseFile.toString(), "--now", "tomorrow");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("--now：“tomorrow”不是 ISO-8601 时间").contains("2026-11-21T10:00:00+08:00");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBadCaseFileIsExit2NamingTheJsonPath() throws IOException {
        Files.writeString(caseFile, CASE.replace("\"amount\": \"100.00\"", "\"amount\": \"12,5\""));
        CliRun run = CliRun.of("--data-dir", tmp.resolve("data").toString(), "assess", caseFile.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().contains("purchase.amount");
    }

    @Test
    void aNewerRuleBookInTheDataFolderIsUsedAndNamed() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        String builtIn = new String(getClass().getResourceAsStream("/org/refunddesk/rules/rulebook.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(data.resolve("rulebook.json"), builtIn.replace("\"version\": \"2026.11.2\"", "\"version\": \"2027.2\""));
        CliRun run = CliRun.of("--data-dir", data.toString(), "assess", caseFile.toString(), "--now", "2026-11-20T12:00");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("rulebookVersion").asText()).isEqualTo("2027.2");
    }

    @Test
    void aBrokenRuleBookInTheDataFolderIsANoteNotAFailure() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("rulebook.json"), "{\"rulebook\": {\"version\": \"2099.1\"}}");
        CliRun run = CliRun.of("--data-dir", data.toString(), "plan", caseFile.toString(), "--now", "2026-11-20T12:00");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).startsWith("提示：").contains("rulebook.json", "rulebook.effectiveFrom: missing");
        assertThat(JSON.readTree(run.out()).get("rulebookVersion").asText()).isEqualTo("2026.11.2");
    }
}
