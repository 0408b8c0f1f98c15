package org.refunddesk.rules.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.refunddesk.rules.caseload.CaseloadFixtures.NOW;
import static org.refunddesk.rules.caseload.CaseloadFixtures.open;
import static org.refunddesk.rules.caseload.CaseloadFixtures.overview;
import static org.refunddesk.rules.caseload.CaseloadFixtures.refundCase;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Verdict;

class CaseFilterTest {
    private final CaseOverview mine = overview(refundCase("https://www.kameng88.com", "10.00", "a", "1")
            .withAssignee("张志愿").withTags(List.of("联名投诉")).withStatus(CaseStatus.WAITING),
            open("clock.review", NOW.plus(Duration.ofHours(30))));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"24h, PT24H", "3d, PT72H", "7d, PT168H", "48H, PT48H", "' 2d ', PT48H"})
    void dueWindowsReadHoursAndDays(String text, Duration expected) {
        assertThat(DueWindow.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3", "d", "3w", "0d", "-1d", "1.5d", "3 days"})
    void otherWindowsAreRejectedNamingTheForms(String text) {
        assertThatThrownBy(() -> DueWindow.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("24h, 3d or 7d");
    }

    @Test
    void emptyFilterMatchesEverything() {
        assertThat(CaseFilter.ALL.matches(mine, NOW)).isTrue();
    }

    @Test
    void eachCriterionMustHold() {
        assertThat(CaseFilter.ALL.withStatus(CaseStatus.WAITING).matches(mine, NOW)).isTrue();
        assertThat(CaseFilter.ALL.withStatus(CaseStatus.NEW).matches(mine, NOW)).isFalse();
        assertThat(CaseFilter.ALL.withVerdict(Verdict.LIKELY).matches(mine, NOW)).isTrue();
        assertThat(CaseFilter.ALL.withVerdict(Verdict.UNLIKELY).matches(mine, NOW)).isFalse();
        assertThat(CaseFilter.assignedTo(" 张志愿 ").matches(mine, NOW)).isTrue();
        assertThat(CaseFilter.assignedTo("李志愿").matches(mine, NOW)).isFalse();
        assertThat(CaseFilter.ALL.withTag("联名投诉").matches(mine, NOW)).isTrue();
        assertThat(CaseFilter.ALL.withTag("其他").matches(mine, NOW)).isFalse();
        assertThat(CaseFilter.ALL.withPlatform("ＫＡＭＥＮＧ８８").matches(mine, NOW)).isTrue();
        assertThat(CaseFilter.ALL.withPlatform("kameng99").matches(mine, NOW)).isFalse();
        assertThat(CaseFilter.ALL.withDueWithin(Duration.ofDays(3)).matches(mine, NOW)).isTrue();
        assertThat(CaseFilter.ALL.withDueWithin(Duration.ofHours(24)).matches(mine, NOW)).isFalse();
    }

    @Test
    void dueWithinKeepsOverdueOpenDeadlinesButNotClosedOnes() {
        CaseOverview overdue = overview(refundCase("p", "1.00", "a", "1"), open("r", NOW.minus(Duration.ofHours(1))));
        CaseOverview met = overview(refundCase("p", "1.00", "a", "1"),
                CaseloadFixtures.withState("r", NOW.plus(Duration.ofHours(1)), org.refunddesk.domain.DeadlineState.MET));

        CaseFilter within = CaseFilter.ALL.withDueWithin(Duration.ofHours(24));
        assertThat(within.matches(overdue, NOW)).isTrue();
        assertThat(within.matches(met, NOW)).isFalse();
    }

    @Test
    void textFormRoundTrips() {
        CaseFilter filter = new CaseFilter(CaseStatus.NEW, Verdict.POSSIBLE, "张志愿", "X", "kameng",
                Duration.ofDays(3));

        assertThat(filter.toText()).isEqualTo(
                "status=NEW; verdict=POSSIBLE; assignee=张志愿; tag=X; platform=kameng; due-within=3d");
        assertThat(CaseFilterText.parse(filter.toText())).isEqualTo(filter);
    }

    @Test
    void textFormAcceptsFullWidthSeparatorsAndLowerCaseEnums() {
        assertThat(CaseFilterText.parse("status＝in-progress，assignee＝张志愿"))
                .isEqualTo(CaseFilter.assignedTo("张志愿").withStatus(CaseStatus.IN_PROGRESS));
    }

    @Test
    void badFilterTextNamesThePart() {
        assertThatThrownBy(() -> CaseFilterText.parse("status=DONE")).hasMessageContaining("status: \"DONE\"");
        assertThatThrownBy(() -> CaseFilterText.parse("colour=red")).hasMessageContaining("unknown filter \"colour\"");
        assertThatThrownBy(() -> CaseFilterText.parse("assignee")).hasMessageContaining("\"assignee\"");
    }
}
