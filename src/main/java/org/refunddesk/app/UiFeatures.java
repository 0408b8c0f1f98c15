package org.refunddesk.app;

import java.util.List;

import org.refunddesk.rules.RuleEngine;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.cases.CasesFeature;
import org.refunddesk.ui.main.AboutInfo;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.ShellFeature;
import org.refunddesk.ui.wizard.escalation.EscalationFeature;
import org.refunddesk.ui.wizard.escalation.EvidenceStatus;

/**
 * Every feature of the main window, installed in this order (menu items appear in this order).
 * A new feature adds one line here.
 */
final class UiFeatures {
    private UiFeatures() {
    }

    static List<Feature> all(AppServices services, RuleEngine rules, AboutInfo about, Runnable exit) {
        CasesFeature cases = new CasesFeature(services);
        return List.of(
                cases,
                new EscalationFeature(services, rules, EvidenceStatus.Source.NONE),
                new ShellFeature(services, about, exit));
    }
}
