package org.refunddesk.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.testing.InMemoryPreferences;

class SettingsViewModelTest {
    private final UiPreferences preferences = UiPreferences.load(new InMemoryPreferences());
    private final SettingsViewModel model = new SettingsViewModel(preferences, Messages.forTag("zh"));

    @Test
    void theFormStartsFromTheStoredPreferences() {
        assertThat(model.languageProperty().get()).isEqualTo("zh");
        assertThat(model.leadTimesProperty().get()).isEqualTo("72, 24, 2");
        assertThat(model.invalidProperty().get()).isFalse();
    }

    @Test
    void editingTheFormChangesNothingUntilSaved() {
        model.languageProperty().set("en");
        model.helperNameProperty().set("  李老师 ");

        assertThat(preferences.language()).isEqualTo("zh");

        assertThat(model.save()).isTrue();
        assertThat(preferences.language()).isEqualTo("en");
        assertThat(preferences.helperNameProperty().get()).isEqualTo("李老师");
    }

    @Test
    void badLeadTimesShowAMessageAndAreNotSaved() {
        model.leadTimesProperty().set("明天");

        assertThat(model.leadTimesErrorProperty().get()).contains("72, 24, 2");
        assertThat(model.invalidProperty().get()).isTrue();
        assertThat(model.save()).isFalse();
        assertThat(preferences.leadTimesHoursProperty().get()).containsExactly(72, 24, 2);
    }

    @Test
    void languageChoicesAreNamedInTheirOwnLanguage() {
        assertThat(model.languageLabel("zh")).isEqualTo("中文");
        assertThat(model.languageLabel("en")).isEqualTo("English");
    }
}
