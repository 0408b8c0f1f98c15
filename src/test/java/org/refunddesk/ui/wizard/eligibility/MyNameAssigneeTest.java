package org.refunddesk.ui.wizard.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryCaseRepository;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.ui.testing.UiCases;

/** The name set in Settings ("my name") becomes the assignee of a case the wizard creates. */
class MyNameAssigneeTest {
    private final UiPreferences preferences = UiPreferences.load(new InMemoryPreferences());
    private final AppServices services = new AppServices(new InMemoryCaseRepository(Clock.systemUTC()), Path.of("/d"),
            new CurrentThreadTaskExecutor(), new ScriptedDialogService(), Messages.forTag("zh"), Clock.systemUTC(),
            preferences, CaseInsights.NONE);
    private final EligibilityFeature feature = new EligibilityFeature(services, null);

    @Test
    void aWizardCaseWithoutAssigneeGoesToMyName() {
        preferences.helperNameProperty().set(" 李老师 ");

        RefundCase created = feature.withMyName(UiCases.of("话费没到账"));

        assertThat(created.assignee()).isEqualTo("李老师");
    }

    @Test
    void anAssigneeTheWizardAlreadyHasStays() {
        preferences.helperNameProperty().set("李老师");

        RefundCase created = feature.withMyName(UiCases.of("话费没到账").withAssignee("王志愿者"));

        assertThat(created.assignee()).isEqualTo("王志愿者");
    }

    @Test
    void withoutMyNameTheCaseStaysUnassigned() {
        assertThat(feature.withMyName(UiCases.of("话费没到账")).assignee()).isNull();
    }
}
