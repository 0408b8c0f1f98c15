package org.refunddesk.app;

import java.time.Instant;
import java.util.Optional;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.Assessment;
import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.CaseInsight;
import org.refunddesk.ui.CaseInsights;

/** The case list's verdict and next-deadline columns, from the rule engine (called on a worker thread). */
final class RuleInsights implements CaseInsights {
    private final RuleEngine engine;
    private final Messages messages;

    RuleInsights(RuleEngine engine, Messages messages) {
        this.engine = engine;
        this.messages = messages;
    }

    @Override
    public CaseInsight insightFor(RefundCase refundCase, Instant now) {
        Assessment assessment = engine.assess(refundCase, now, messages);
        var stored = refundCase.assessment();
        String stale = stored != null && stored.rulebookVersion() != null
                && !stored.rulebookVersion().equals(assessment.rulebookVersion()) ? stored.rulebookVersion() : null;
        return new CaseInsight(assessment.verdict(), assessment.nextOpenDeadline().orElse(null), stale);
    }

    @Override
    public java.util.List<org.refunddesk.domain.Deadline> deadlinesFor(RefundCase refundCase, Instant now) {
        return engine.plan(refundCase, now, messages);
    }

    @Override
    public Optional<String> ruleBookVersion() {
        return engine.versionIfLoaded();
    }
}
