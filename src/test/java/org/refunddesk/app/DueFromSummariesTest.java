package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.bench.PlanBenchmark;
import org.refunddesk.cli.CaseloadWorkspace;
import org.refunddesk.cli.CliContext;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.caseload.CaseFilter;
import org.refunddesk.rules.caseload.DueDeadline;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;

/**
 * Issue 14: {@code due} answers from the stored summaries (text) or from the due cases read in batches (JSON), and
 * both give exactly the deadlines that planning every stored case gives, on seeded generated stores.
 */
class DueFromSummariesTest {
    private static final Instant NOW = OffsetDateTime.parse("2026-11-21T10:00:00+08:00").toInstant();

    @TempDir
    Path dir;

    @Test
    void dueFromSummariesEqualsDueFromEveryCasePlanned() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        List<String> assignees = new ArrayList<>();
        try (Database db = Database.open(dir, clock)) {
            Random random = new Random(22);
            List<RefundCase> cases = new ArrayList<>();
            for (RefundCase c : PlanBenchmark.generate(500, random)) {
                cases.add(random.nextInt(3) == 0 ? c.withAssignee("志愿者" + random.nextInt(3)) : c);
            }
            db.cases().createAll(cases);
            cases.stream().map(RefundCase::assignee).filter(a -> a != null).distinct().forEach(assignees::add);
        }
        CliContext context = new CliContext(dir, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), clock, Messages.forTag("zh"));
        try (CaseloadWorkspace workspace = StoreCaseloadWorkspace.opener().open(context)) {
            List<CaseFilter> filters = new ArrayList<>(List.of(CaseFilter.ALL));
            assignees.forEach(a -> filters.add(CaseFilter.assignedTo(a)));
            int compared = 0;
            for (Duration within : Arrays.asList(Duration.ofHours(24), Duration.ofDays(3), Duration.ofDays(7), null)) {
                Instant until = within == null ? null : NOW.plus(within);
                for (CaseFilter filter : filters) {
                    List<DueDeadline> planned = DueDeadline.across(workspace.overviews(NOW), filter, NOW, until);
                    List<DueDeadline> listed = DueDeadline.across(workspace.overviewsDueBy(NOW, until, false), filter, NOW, until);
                    List<DueDeadline> explained = DueDeadline.across(workspace.overviewsDueBy(NOW, until, true), filter, NOW, until);
                    assertThat(listed).extracting(DueFromSummariesTest::line).containsExactlyElementsOf(
                            planned.stream().map(DueFromSummariesTest::line).toList());
                    assertThat(explained).extracting(DueFromSummariesTest::explainedLine).containsExactlyElementsOf(
                            planned.stream().map(DueFromSummariesTest::explainedLine).toList());
                    compared += planned.size();
                }
            }
            assertThat(compared).as("deadlines compared").isGreaterThan(50);
        }
    }

    /** What the text lines print of a due deadline. */
    private static String line(DueDeadline d) {
        RefundCase c = d.overview().refundCase();
        return c.id() + " " + d.deadline().rule() + " " + d.deadline().dueAt() + " " + c.title() + " " + c.assignee()
                + " " + (c.platform() == null ? null : c.platform().name());
    }

    /** What the JSON prints of a due deadline. */
    private static String explainedLine(DueDeadline d) {
        return line(d) + " " + d.deadline().estimate() + " " + d.deadline().basis() + " " + d.deadline().explanation();
    }
}
