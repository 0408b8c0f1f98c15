package org.refunddesk.rules.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SearchKeyTest {
    @Test
    void keysAreLowerCasedAndFullWidthFolded() {
        assertThat(SearchKey.of(Arrays.asList("ＫＭ１２３", null, "Ｖip群"))).isEqualTo("km123\u0001vip群\u0001");
    }

    @Test
    void queryWordsAreNormalisedTheSameWayAndSplitOnIdeographicSpaces() {
        assertThat(SearchKey.words("  ＡＢ　Cd ")).containsExactly("ab", "cd");
        assertThat(SearchKey.words("   ")).isEmpty();
    }

    @Test
    void everyWordMustOccurAndNoWordSpansTwoFields() {
        String key = SearchKey.of(List.of("ab", "cd"));
        assertThat(SearchKey.matches(key, SearchKey.words("ＡＢ cd"))).isTrue();
        assertThat(SearchKey.matches(key, SearchKey.words("bc"))).isFalse();
        assertThat(SearchKey.matches(key, SearchKey.words("ab x"))).isFalse();
    }
}
