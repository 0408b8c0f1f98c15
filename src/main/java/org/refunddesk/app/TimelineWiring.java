package org.refunddesk.app;

import java.time.Clock;
import java.util.List;

import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.reminders.DeadlineReminder;
import org.refunddesk.rules.reminders.DeadlineWatch;
import org.refunddesk.rules.reminders.ReminderPolicy;
import org.refunddesk.rules.reminders.RuleClockKinds;
import org.refunddesk.store.Database;
import org.refunddesk.store.JdbcReminderLog;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.timeline.AgendaViewModel;
import org.refunddesk.ui.timeline.CasePlanner;
import org.refunddesk.ui.timeline.DeadlineWarnings;
import org.refunddesk.ui.timeline.TimelineFeature;
import org.refunddesk.ui.wizard.eligibility.EligibilityFeature;
import org.refunddesk.ui.wizard.eligibility.RuleEngineEligibility;

/**
 * Wires the eligibility wizard, the timeline, the agenda and the deadline warnings to the shared rule engine
 * and the store. Everything that touches the engine (planning, assessing, checking) runs on worker threads.
 */
final class TimelineWiring {
    private TimelineWiring() {
    }

    static List<Feature> features(AppServices services, Database database, RuleEngine engine) {
        return features(services, database, engine, null);
    }

    /** {@code listFilled}: the deadline warnings' first check waits for the case list's first rows (null: at once). */
    static List<Feature> features(AppServices services, Database database, RuleEngine engine,
                                  javafx.beans.value.ObservableBooleanValue listFilled) {
        CasePlanner planner = (c, now) -> engine.plan(c, now, services.messages());
        RuleClockKinds kinds = RuleClockKinds.fromUnits(rule -> {
            try {
                return engine.ruleBook().deadline(rule).unit().name();
            } catch (IllegalArgumentException unknownRule) {
                return null; // judged by its length
            }
        });
        Clock clock = services.clock();
        // from the summaries (no case loaded or planned), only cases with a deadline missed or within the lead times
        DeadlineWatch watch = DeadlineWatch.upToHorizon(horizon -> services.summaries() != null
                ? AgendaViewModel.collectDueBy(services.summaries(), clock.instant().plus(horizon))
                : AgendaViewModel.collect(services.cases().list(), planner, clock.instant()),
                new JdbcReminderLog(database), new DeadlineReminder(ReminderPolicy.DEFAULT, kinds), clock);
        DeadlineWarnings warnings = new DeadlineWarnings(services, watch, kinds);
        if (listFilled != null) {
            warnings.startWhen(listFilled);
        }
        return List.of(
                new EligibilityFeature(services, new RuleEngineEligibility(engine, services.messages())),
                new TimelineFeature(services, planner, warnings));
    }
}
