package org.refunddesk.rules.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LetterTemplateTest {
    private static final String TEXT = """
            # Letter to {name}
            ## [demand] Demand
            Refund {refund} yuan.{?punitive} Plus {punitive} yuan.{/punitive}
            ## [end] End
            Yours, {name}
            """;

    @Test
    void placeholdersAreFilledAndOptionalBlocksKeptOnlyWithAValue() {
        LetterTemplate t = LetterTemplate.parse("t", TEXT);
        Map<String, String> values = new HashMap<>(Map.of("name", "Li", "refund", "10.00", "punitive", "500.00"));

        LetterTemplate.Filled with = t.fill(values, "[?]");
        values.put("punitive", null);
        LetterTemplate.Filled without = t.fill(values, "[?]");

        assertThat(with.title()).isEqualTo("Letter to Li");
        assertThat(with.sections().get(0).body()).isEqualTo("Refund 10.00 yuan. Plus 500.00 yuan.");
        assertThat(without.sections().get(0).body()).isEqualTo("Refund 10.00 yuan.");
        assertThat(without.sections()).extracting(LetterSection::id).containsExactly("demand", "end");
    }

    @Test
    void anAbsentValueShowsTheMissingMarker() {
        Map<String, String> values = new HashMap<>();
        values.put("name", "");
        values.put("refund", "1.00");
        values.put("punitive", null);

        assertThat(LetterTemplate.parse("t", TEXT).fill(values, "[?]").sections().get(1).body()).isEqualTo("Yours, [?]");
    }

    @Test
    void anUnknownPlaceholderIsAnErrorNamingIt() {
        LetterTemplate t = LetterTemplate.parse("t", TEXT);

        assertThatThrownBy(() -> t.fill(Map.of("name", "Li"), "[?]"))
                .hasMessageContaining("{refund}").hasMessageContaining("t");
    }

    @Test
    void aTemplateWithoutSectionsIsRejected() {
        assertThatThrownBy(() -> LetterTemplate.parse("bad", "# title only\n")).hasMessageContaining("bad");
    }
}
