package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Verdict;
import org.refunddesk.exchange.DemoCases;
import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.CaseInsight;

class RuleInsightsTest {
    private static final Instant NOW = Instant.parse("2026-11-21T02:00:00Z");

    @Test
    void undeliveredTopUpIsLikelyWithTheRefundWindowAsNextDeadline(@TempDir Path dataDir) {
        RuleEngine engine = new RuleEngine(dataDir);
        RuleInsights insights = new RuleInsights(engine, Messages.forTag("zh"));
        assertThat(insights.ruleBookVersion()).as("nothing read before first use").isEmpty();

        RefundCase notDelivered = DemoCases.create(Clock.fixed(NOW, ZoneOffset.UTC)).stream()
                .filter(c -> c.problem().kind() == ProblemKind.NOT_DELIVERED).findFirst().orElseThrow();
        CaseInsight insight = insights.insightFor(notDelivered, NOW);

        assertThat(insight.verdict()).isEqualTo(Verdict.LIKELY);
        assertThat(insight.nextDeadline()).isNotNull();
        assertThat(insight.nextDeadline().state()).isEqualTo(DeadlineState.OPEN);
        assertThat(insight.nextDeadline().dueAt()).isAfter(NOW);
        assertThat(insights.ruleBookVersion()).contains(engine.ruleBook().version());
    }

    @Test
    void aSavedAssessmentUnderAnOlderRuleBookIsNamedUntilReassessed(@TempDir Path dataDir) {
        RuleEngine engine = new RuleEngine(dataDir);
        RuleInsights insights = new RuleInsights(engine, Messages.forTag("zh"));
        RefundCase c = DemoCases.create(Clock.fixed(NOW, ZoneOffset.UTC)).stream()
                .filter(x -> x.problem().kind() == ProblemKind.NOT_DELIVERED).findFirst().orElseThrow();
        var old = new org.refunddesk.domain.StoredAssessment("2026.11.1", Verdict.LIKELY,
                org.refunddesk.domain.Responsible.PLATFORM, NOW);
        assertThat(insights.insightFor(c.withAssessment(old), NOW).staleRuleBook()).isEqualTo("2026.11.1");
        var current = new org.refunddesk.domain.StoredAssessment(engine.ruleBook().version(), Verdict.LIKELY,
                org.refunddesk.domain.Responsible.PLATFORM, NOW);
        assertThat(insights.insightFor(c.withAssessment(current), NOW).staleRuleBook()).isNull();
        assertThat(Messages.forTag("zh").get("cases.verdict.staleRuleBook", "很可能退款", "2026.11.1"))
                .isEqualTo("很可能退款（已保存的评估依据规则库 2026.11.1 作出，请重新评估）");
    }
}
