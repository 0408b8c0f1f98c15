package org.refunddesk.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.testsupport.MutableClock;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryCaseRepository;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;

/** The timeline's minute tick: countdowns follow the (fake) clock without reopening the tab or adding events. */
class CaseTimelineTickTest {
    private final MutableClock clock = new MutableClock(CaseTimelineViewTest.PAID.plus(Duration.ofMinutes(5)));
    private final Messages messages = Messages.forTag("zh");
    private CaseTimelineViewModel vm;
    private int planned;

    @BeforeEach
    void open() {
        InMemoryCaseRepository repository = new InMemoryCaseRepository(clock);
        RefundCase stored = repository.create(CaseTimelineViewTest.topUpCase());
        AppServices services = new AppServices(repository, Path.of("/data"), new CurrentThreadTaskExecutor(),
                new ScriptedDialogService(), messages, clock, UiPreferences.load(new InMemoryPreferences()), null);
        CasePlanner real = CaseTimelineViewTest.realPlanner(messages);
        vm = new CaseTimelineViewModel(services, stored, (c, now) -> {
            planned++;
            return real.plan(c, now);
        }, () -> { });
        vm.refresh();
    }

    private TimelineEntry arrivalCheck() {
        return vm.entries().stream().filter(e -> e.deadline() != null && e.deadline().rule().equals("ARRIVAL_CHECK"))
                .findFirst().orElseThrow();
    }

    @Test
    void aTickRecomputesTheCountdownAtTheClocksNewTime() {
        assertThat(arrivalCheck().detail()).contains("还剩 25 分钟");

        clock.advance(Duration.ofMinutes(10));
        vm.tick();

        assertThat(arrivalCheck().detail()).contains("还剩 15 分钟").doesNotContain("还剩 25 分钟");
    }

    @Test
    void aDeadlineThatPassesBetweenTicksTurnsOverdue() {
        assertThat(arrivalCheck().deadline().state()).isEqualTo(DeadlineState.OPEN);

        clock.advance(Duration.ofMinutes(40));
        vm.tick();

        assertThat(arrivalCheck().deadline().state()).isNotEqualTo(DeadlineState.OPEN);
        assertThat(arrivalCheck().severity()).isEqualTo(TimelineEntry.Severity.OVERDUE);
    }

    @Test
    void theNowMarkerMovesWithTheClock() {
        Instant later = clock.instant().plus(Duration.ofHours(2));
        clock.set(later);
        vm.tick();

        assertThat(vm.entries()).anyMatch(e -> e.kind() == TimelineEntry.Kind.NOW && e.at().equals(later));
        assertThat(planned).isEqualTo(2);
    }
}
