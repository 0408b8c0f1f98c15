package org.refunddesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.refunddesk.bench.PlanBenchmark;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;

class PlanWithoutExplanationsTest {
    @Test
    void givesTheSameDeadlinesAsPlanWithEmptyExplanations() {
        Instant now = CaseSketch.at("2026-11-21T10:00");
        Messages zh = Messages.forTag("zh");
        int compared = 0;
        for (RefundCase c : PlanBenchmark.generate(3_000, new Random(7))) {
            List<Deadline> full = DeadlinePlanner.plan(c, now, RuleBooks.builtIn(), WorkingDayCalendars.bundled(), zh);
            List<Deadline> brief = DeadlinePlanner.planWithoutExplanations(c, now, RuleBooks.builtIn(),
                    WorkingDayCalendars.bundled(), zh);
            assertThat(brief).hasSameSizeAs(full);
            for (int i = 0; i < full.size(); i++) {
                Deadline f = full.get(i);
                assertThat(brief.get(i)).isEqualTo(new Deadline(f.rule(), f.startAt(), f.dueAt(), f.state(), f.basis(),
                        f.estimate(), "", f.sourceEventId()));
                assertThat(f.explanation()).isNotBlank();
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(10_000);
    }
}
