package org.refunddesk.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.events.EventCorrections;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.timeline.TimelineEntry.Kind;
import org.refunddesk.ui.timeline.TimelineEntry.Severity;

class TimelineEntriesTest {
    private static final Instant NOW = Instant.parse("2026-03-02T04:00:00Z");
    private final TimelineEntries entries = new TimelineEntries(Messages.forTag("zh"));

    private static Deadline deadline(String rule, Duration fromNow, DeadlineState state) {
        return new Deadline(rule, NOW.minus(Duration.ofDays(1)), NOW.plus(fromNow), state, "basis", false, "why", null);
    }

    @Test
    void eventsAndDeadlinesAreMixedInTimeOrderAroundTheNowMarker() {
        CaseEvent applied = CaseEvent.of(EventType.REFUND_APPLIED, NOW.minus(Duration.ofHours(3))).withRef("TK-9");
        RefundCase c = new RefundCase(null, "t", null, null, null, null, null, null, List.of(applied), null, null,
                null, NOW, NOW);
        List<TimelineEntry> rows = entries.build(c, List.of(
                deadline("LIMITATION_PERIOD", Duration.ofDays(1000), DeadlineState.OPEN),
                deadline("SUPPLEMENT_REPLY", Duration.ofHours(5), DeadlineState.OPEN),
                deadline("PLATFORM_REFUND_WINDOW", Duration.ofHours(-1), DeadlineState.MET)), NOW);

        assertThat(rows).extracting(TimelineEntry::kind)
                .containsExactly(Kind.EVENT, Kind.DEADLINE, Kind.NOW, Kind.DEADLINE, Kind.DEADLINE);
        assertThat(rows.get(0).detail()).contains("单号 TK-9").contains("2026-03-02 09:00");
        assertThat(rows.get(3).title()).contains("补充材料");
        assertThat(rows.get(3).detail()).contains("还剩 5 小时").contains("进行中");
    }

    @Test
    void overdueIsRedDueWithinADayAmberAndMetGrey() {
        assertThat(TimelineEntries.severity(deadline("X", Duration.ofHours(-2), DeadlineState.MISSED), NOW))
                .isEqualTo(Severity.OVERDUE);
        assertThat(TimelineEntries.severity(deadline("X", Duration.ofHours(23), DeadlineState.OPEN), NOW))
                .isEqualTo(Severity.SOON);
        assertThat(TimelineEntries.severity(deadline("X", Duration.ofHours(25), DeadlineState.OPEN), NOW))
                .isEqualTo(Severity.NORMAL);
        assertThat(TimelineEntries.severity(deadline("X", Duration.ofHours(-2), DeadlineState.MET), NOW))
                .isEqualTo(Severity.DONE);
    }

    @Test
    void aVoidedEventStaysVisibleMarkedWithItsCorrectionsReason() {
        CaseEvent applied = CaseEvent.of(EventType.REFUND_APPLIED, NOW.minus(Duration.ofHours(3)));
        RefundCase c = new RefundCase(null, "t", null, null, null, null, null, null, List.of(applied), null, null,
                null, NOW, NOW);
        c = c.withEvent(EventCorrections.voiding(c, applied.id(), "日期填错", NOW.minus(Duration.ofHours(1))));

        List<TimelineEntry> rows = entries.build(c, List.of(), NOW);

        assertThat(rows.get(0).severity()).isEqualTo(Severity.VOIDED);
        assertThat(rows.get(0).detail()).contains("已作废（日期填错）");
        assertThat(rows.get(1).title()).isEqualTo("更正：作废“申请退款”");
    }
}
