package org.refunddesk.rules.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;

import org.junit.jupiter.api.Test;

class LetterTemplateTest {
    private static final String TEXT = """
            # Letter to {platformName!}
            ## [a] First
            Order {orderNo}.
            [if activated] It was activated.
            [if !activated] It was not activated.
            Address: {platformAddress!}
            ## [b] Empty without facts
            Paid {amount} yuan.
            """;
    private static final Function<Fact, String> BLANK = f -> "[fill in: " + f.key() + "]";

    @Test
    void aSentenceWhoseFactIsMissingIsLeftOutAndARequiredOneShowsABlank() {
        FactSheet sheet = new FactSheet();
        sheet.put(Fact.PLATFORM_NAME, "P");
        LetterTemplate.Filled filled = LetterTemplate.parse("t", TEXT).fill(sheet, BLANK);

        assertThat(filled.title().text()).isEqualTo("Letter to P");
        assertThat(filled.sections()).extracting(LetterTemplate.Filled.Section::id).containsExactly("a");
        assertThat(filled.sections().get(0).toLetterSection().body()).isEqualTo("Address: [fill in: platformAddress]");
        assertThat(filled.sections().get(0).sentences().get(0).blanks()).containsExactly(Fact.PLATFORM_ADDRESS);
    }

    @Test
    void aNegatedFlagMustBeKnownFalse() {
        FactSheet sheet = new FactSheet();
        sheet.put(Fact.ORDER_NO, "X-1");
        sheet.put(Fact.PLATFORM_NAME, "P");
        sheet.put(Fact.PLATFORM_ADDRESS, "Addr");
        assertThat(body(sheet)).isEqualTo("Order X-1.\nAddress: Addr"); // unknown: neither sentence

        sheet.flag(Fact.ACTIVATED, false);
        assertThat(body(sheet)).contains("It was not activated.").doesNotContain("It was activated.");

        sheet.flag(Fact.ACTIVATED, true);
        assertThat(body(sheet)).contains("It was activated.").doesNotContain("not activated");
    }

    @Test
    void sentencesRecordTheFactsAndConditionsBehindThem() {
        FactSheet sheet = new FactSheet();
        sheet.put(Fact.ORDER_NO, "X-1");
        sheet.flag(Fact.ACTIVATED, true);
        var sentences = LetterTemplate.parse("t", TEXT).fill(sheet, BLANK).sections().get(0).sentences();
        assertThat(sentences.get(0).facts()).containsExactly(Fact.ORDER_NO);
        assertThat(sentences.get(1).conditions()).containsEntry(Fact.ACTIVATED, true);
    }

    @Test
    void anUnknownPlaceholderOrAMissingTitleIsAnError() {
        assertThatThrownBy(() -> LetterTemplate.parse("bad", "# t\n## [a] A\n{nosuch}\n"))
                .hasMessageContaining("bad").hasMessageContaining("nosuch");
        assertThatThrownBy(() -> LetterTemplate.parse("bad", "# title only\n")).hasMessageContaining("bad");
        assertThatThrownBy(() -> LetterTemplate.parse("bad", "# t\n## [a] A\n[if nosuch] x\n")).hasMessageContaining("nosuch");
    }

    private static String body(FactSheet sheet) {
        return LetterTemplate.parse("t", TEXT).fill(sheet, BLANK).sections().get(0).toLetterSection().body();
    }
}
