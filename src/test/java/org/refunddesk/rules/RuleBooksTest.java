package org.refunddesk.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBooksTest {

    private static String builtInText() throws IOException {
        try (InputStream in = RuleBooks.class.getResourceAsStream(RuleBooks.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void builtInRuleBookHasEveryContractRule() {
        RuleBook book = RuleBooks.builtIn();
        assertThat(book.version()).isEqualTo("2026.11.2");
        assertThat(book.deadlineRules()).extracting(DeadlineRule::id).containsExactlyElementsOf(RuleBookParser.DEADLINE_IDS);
        assertThat(book.deadline("REFUND_ARRIVAL").lengthFor("BANK_CARD")).isEqualTo(5);
        assertThat(book.deadline("LIMITATION_PERIOD").unit()).isEqualTo(PeriodUnit.YEARS);
        assertThat(book.claims().punitiveMinimum()).isEqualByComparingTo("500");
        assertThat(book.claims().fraudLow()).isEqualByComparingTo("3000");
        assertThat(book.ladder().isArray()).isTrue();
        assertThat(book.origin()).isEqualTo("built-in rulebook.json");
    }

    @Test
    void noDataFolderFileMeansTheBuiltInBook(@TempDir Path dataDir) {
        RuleBooks.Loaded loaded = RuleBooks.load(dataDir);
        assertThat(loaded.version()).isEqualTo("2026.11.2");
        assertThat(loaded.notes()).isEmpty();
    }

    @Test
    void aNewerBookInTheDataFolderWinsAndSaysWhereItCameFrom(@TempDir Path dataDir) throws IOException {
        String newer = builtInText().replace("\"version\": \"2026.11.2\"", "\"version\": \"2027.1\"")
                .replace("\"BANK_CARD\": 5", "\"BANK_CARD\": 4");
        Path file = Files.writeString(dataDir.resolve("rulebook.json"), newer);
        RuleBooks.Loaded loaded = RuleBooks.load(dataDir);
        assertThat(loaded.version()).isEqualTo("2027.1");
        assertThat(loaded.origin()).isEqualTo(file.toString());
        assertThat(loaded.ruleBook().deadline("REFUND_ARRIVAL").lengthFor("BANK_CARD")).isEqualTo(4);
    }

    @Test
    void anOlderBookInTheDataFolderIsPassedOverWithANote(@TempDir Path dataDir) throws IOException {
        Files.writeString(dataDir.resolve("rulebook.json"), builtInText().replace("\"version\": \"2026.11.2\"", "\"version\": \"2026.9\""));
        RuleBooks.Loaded loaded = RuleBooks.load(dataDir);
        assertThat(loaded.version()).isEqualTo("2026.11.2");
        assertThat(loaded.notes()).singleElement().asString().contains("2026.9", "not newer");
    }

    @Test
    void anInvalidNewerBookIsPassedOverNamingTheJsonPath(@TempDir Path dataDir) throws IOException {
        Files.writeString(dataDir.resolve("rulebook.json"), builtInText().replace("\"version\": \"2026.11.2\"", "\"version\": \"2030.1\"")
                .replace("\"length\": 3, \"unit\": \"WORKING_DAYS\"", "\"length\": 3, \"unit\": \"WEEKS\""));
        RuleBooks.Loaded loaded = RuleBooks.load(dataDir);
        assertThat(loaded.version()).isEqualTo("2026.11.2");
        assertThat(loaded.notes()).singleElement().asString()
                .contains("rulebook.json", "rulebook.rules[3].unit", "\"WEEKS\" is not one of MINUTES, HOURS");
    }

    @Test
    void strictParsingNamesThePath() throws IOException {
        String text = builtInText();
        assertThatThrownBy(() -> RuleBooks.parse("r.json", text.replace("\"lateMeets\": true,\n        \"sources\": [\"PLATFORM_RULES\", \"ECOMMERCE\"]",
                "\"lateMeets\": true, \"colour\": 1,\n        \"sources\": [\"PLATFORM_RULES\", \"ECOMMERCE\"]")))
                .hasMessage("r.json: rulebook.rules[0].colour: unknown field");
        assertThatThrownBy(() -> RuleBooks.parse("r.json", text.replace("{start}{count}；{due}。\", \"en\": \"A direct", "{start}{cuont}；{due}。\", \"en\": \"A direct")))
                .hasMessage("r.json: rulebook.rules[0].explanation.zh: unknown placeholder {cuont}");
        assertThatThrownBy(() -> RuleBooks.parse("r.json", text.replace("\"id\": \"SUPPLEMENT_REPLY\"", "\"id\": \"SUPPLEMENT_ANSWER\"")))
                .hasMessage("r.json: rulebook.rules: the deadline rule SUPPLEMENT_REPLY is missing");
        assertThatThrownBy(() -> RuleBooks.parse("r.json", text.replace("\"punitiveMinimum\": \"500.00\"", "\"punitiveMinimum\": \"five hundred\"")))
                .hasMessageContaining("rulebook.claims.punitiveMinimum");
    }

    @Test
    void versionsCompareNumerically() {
        assertThat(RuleBooks.compareVersions("2026.11.10", "2026.11.9")).isPositive();
        assertThat(RuleBooks.compareVersions("2026.11.1", "2026.11")).isPositive();
        assertThat(RuleBooks.compareVersions("2026.11.1", "2026.11.1")).isZero();
        assertThat(RuleBooks.compareVersions("2025.12", "2026.1")).isNegative();
    }
}
