package org.refunddesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.refunddesk.ui.testing.InMemoryPreferences;

class UiPreferencesTest {
    private final InMemoryPreferences node = new InMemoryPreferences();

    @Test
    void aFreshNodeGivesChineseNoNameAndTheDefaultLeadTimes() {
        UiPreferences preferences = UiPreferences.load(node);

        assertThat(preferences.language()).isEqualTo("zh");
        assertThat(preferences.helperNameProperty().get()).isEmpty();
        assertThat(preferences.leadTimesHoursProperty().get()).containsExactly(72, 24, 2);
    }

    @Test
    void changesAreWrittenAtOnceAndReadBackByTheNextStart() {
        UiPreferences first = UiPreferences.load(node);
        first.languageProperty().set("en");
        first.helperNameProperty().set("张志愿");
        first.leadTimesHoursProperty().set(List.of(48, 6));

        assertThat(node.flushes()).isEqualTo(3);
        UiPreferences next = UiPreferences.load(node);
        assertThat(next.language()).isEqualTo("en");
        assertThat(next.helperNameProperty().get()).isEqualTo("张志愿");
        assertThat(next.leadTimesHoursProperty().get()).containsExactly(48, 6);
    }

    @Test
    void anUnknownStoredLanguageFallsBackToChinese() {
        node.put("language", "fr");

        assertThat(UiPreferences.load(node).language()).isEqualTo("zh");
    }

    @Test
    void brokenStoredLeadTimesFallBackToTheDefaults() {
        node.put("leadTimesHours", "soon");

        assertThat(UiPreferences.load(node).leadTimesHoursProperty().get()).isEqualTo(UiPreferences.DEFAULT_LEAD_TIMES_HOURS);
    }

    @Test
    void leadTimesAcceptCommasFullWidthCommasAndSpaces() {
        assertThat(UiPreferences.parseLeadTimes("72, 24，2")).contains(List.of(72, 24, 2));
        assertThat(UiPreferences.parseLeadTimes("12 3")).contains(List.of(12, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "0", "-1", "24, x", "1.5", "99999999999"})
    void leadTimesThatAreNotPositiveWholeHoursAreRejected(String text) {
        assertThat(UiPreferences.parseLeadTimes(text)).isEmpty();
    }
}
