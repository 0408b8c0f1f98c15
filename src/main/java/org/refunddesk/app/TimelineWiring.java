package org.refunddesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.refunddesk.rules.DeadlinePlanner;
import org.refunddesk.rules.RuleBook;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.WorkingDayCalendar;
import org.refunddesk.rules.WorkingDayCalendars;
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
 * Wires the eligibility wizard, the timeline, the agenda and the deadline warnings to the rule engine and
 * the store. The rule book and calendar (data folder first, else the bundled ones) are read on first use,
 * which is always on a worker thread: planning, assessing and checking never run on the FX thread.
 */
final class TimelineWiring {
    private final Path dataDir;
    private volatile Engine engine;

    private record Engine(RuleBook ruleBook, WorkingDayCalendar calendar) {
    }

    private TimelineWiring(Path dataDir) {
        this.dataDir = dataDir;
    }

    private Engine engine() {
        Engine e = engine;
        if (e == null) {
            synchronized (this) {
                if (engine == null) {
                    engine = new Engine(RuleBooks.load(dataDir).ruleBook(), WorkingDayCalendars.load(dataDir).calendar());
                }
                e = engine;
            }
        }
        return e;
    }

    static List<Feature> features(AppServices services, Database database) {
        TimelineWiring wiring = new TimelineWiring(services.dataDir());
        CasePlanner planner = (c, now) -> {
            Engine e = wiring.engine();
            return DeadlinePlanner.plan(c, now, e.ruleBook(), e.calendar(), services.messages());
        };
        RuleClockKinds kinds = RuleClockKinds.fromUnits(rule -> {
            try {
                return wiring.engine().ruleBook().deadline(rule).unit().name();
            } catch (IllegalArgumentException unknownRule) {
                return null; // judged by its length
            }
        });
        Clock clock = services.clock();
        DeadlineWatch watch = new DeadlineWatch(
                () -> AgendaViewModel.collect(services.cases().list(), planner, clock.instant()),
                new JdbcReminderLog(database), new DeadlineReminder(ReminderPolicy.DEFAULT, kinds), clock);
        DeadlineWarnings warnings = new DeadlineWarnings(services, watch, kinds);
        return List.of(
                new EligibilityFeature(services, (candidate, now) -> {
                    Engine e = wiring.engine();
                    return new RuleEngineEligibility(e.ruleBook(), e.calendar(), services.messages())
                            .check(candidate, now);
                }),
                new TimelineFeature(services, planner, warnings));
    }
}
