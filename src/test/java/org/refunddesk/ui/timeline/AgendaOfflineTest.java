package org.refunddesk.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EventType;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.ServerAddress;
import org.refunddesk.store.ServerUnreachableException;
import org.refunddesk.testsupport.MutableClock;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryCaseRepository;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;

/** Issue 16 offline: a reload of the agenda that meets an unreachable team server keeps the rows last read, silently. */
class AgendaOfflineTest {
    private final Messages messages = Messages.forTag("zh");
    private final MutableClock clock = new MutableClock(CaseTimelineViewTest.NOW);
    private final InMemoryCaseRepository repository = new InMemoryCaseRepository(clock);
    private final ScriptedDialogService dialogs = new ScriptedDialogService();

    @Test
    void anUnreachableServerKeepsTheLastRowsAndShowsNoError() {
        repository.create(CaseTimelineViewTest.topUpCase().withEvent(CaseEvent.of(EventType.SUPPLEMENT_REQUESTED,
                CaseTimelineViewTest.NOW.minus(Duration.ofHours(20)))));
        AppServices services = new AppServices(repository, Path.of("/data"), new CurrentThreadTaskExecutor(), dialogs,
                messages, clock, UiPreferences.load(new InMemoryPreferences()), null);
        AgendaViewModel model = new AgendaViewModel(services, CaseTimelineViewTest.realPlanner(messages));
        model.reload();
        assertThat(model.rows()).isNotEmpty();
        var shown = java.util.List.copyOf(model.rows());

        repository.failWithException(new ServerUnreachableException(new ServerAddress("team.example", 5432, "refunddesk",
                "zhang", "require"), new java.net.ConnectException("Connection refused")));
        model.reload();

        assertThat(model.rows()).containsExactlyElementsOf(shown);
        assertThat(dialogs.shown("error")).isEmpty();

        repository.failWithException(new org.refunddesk.store.StoreException("disk full"));
        model.reload();
        assertThat(dialogs.shown("error")).as("other failures are still said").hasSize(1);
    }
}
