package org.refunddesk.rules.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.rules.reminders.CaseDeadline;

class AgendaTest {
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private static CaseDeadline item(String title, String assignee, String rule, Duration dueIn, DeadlineState state) {
        return new CaseDeadline(UUID.nameUUIDFromBytes(title.getBytes()), title, assignee,
                new Deadline(rule, NOW.minus(Duration.ofHours(1)), NOW.plus(dueIn), state, "", false, "", null));
    }

    private final List<CaseDeadline> all = List.of(
            item("A", "alice", "LIMITATION_PERIOD", Duration.ofDays(900), DeadlineState.OPEN),
            item("B", "bob", "PLATFORM_REFUND_WINDOW", Duration.ofHours(20), DeadlineState.OPEN),
            item("C", "alice", "SUPPLEMENT_REPLY", Duration.ofHours(3), DeadlineState.OPEN),
            item("D", "alice", "REVIEW_FOLLOW_UP", Duration.ofDays(2), DeadlineState.OPEN),
            item("E", null, "DEMAND_DEADLINE", Duration.ofDays(6), DeadlineState.OPEN),
            item("F", "bob", "REFUND_ARRIVAL", Duration.ofHours(1), DeadlineState.MET),
            item("G", "bob", "ARRIVAL_CHECK", Duration.ofHours(-1), DeadlineState.MISSED));

    @Test
    void listsOpenDeadlinesOfEveryCaseSoonestFirst() {
        assertThat(Agenda.of(all, AgendaFilter.ALL, NOW)).extracting(CaseDeadline::caseTitle)
                .containsExactly("C", "B", "D", "E", "A");
    }

    @Test
    void the24HourFilterKeepsOnlyWhatFallsDueWithinADay() {
        assertThat(Agenda.of(all, new AgendaFilter(null, DueWithin.HOURS_24), NOW)).extracting(CaseDeadline::caseTitle)
                .containsExactly("C", "B");
    }

    @Test
    void threeAndSevenDayFilters() {
        assertThat(Agenda.of(all, new AgendaFilter(null, DueWithin.DAYS_3), NOW)).extracting(CaseDeadline::caseTitle)
                .containsExactly("C", "B", "D");
        assertThat(Agenda.of(all, new AgendaFilter(null, DueWithin.DAYS_7), NOW)).extracting(CaseDeadline::caseTitle)
                .containsExactly("C", "B", "D", "E");
    }

    @Test
    void filtersByAssigneeAndByUnassigned() {
        assertThat(Agenda.of(all, new AgendaFilter("alice", DueWithin.ANY), NOW)).extracting(CaseDeadline::caseTitle)
                .containsExactly("C", "D", "A");
        assertThat(Agenda.of(all, new AgendaFilter("alice", DueWithin.HOURS_24), NOW))
                .extracting(CaseDeadline::caseTitle).containsExactly("C");
        assertThat(Agenda.of(all, new AgendaFilter("", DueWithin.ANY), NOW)).extracting(CaseDeadline::caseTitle)
                .containsExactly("E");
    }

    @Test
    void assigneeChoicesAreDistinctAndSorted() {
        assertThat(Agenda.assignees(all)).containsExactly("", "alice", "bob");
    }
}
