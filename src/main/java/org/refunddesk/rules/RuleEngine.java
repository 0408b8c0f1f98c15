package org.refunddesk.rules;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;

/**
 * The rule book and working-day calendar for one data folder, read once on first use (the data folder's
 * newer files win over the bundled ones). Every feature that plans or assesses shares one instance, so
 * they all agree on the version in use. First use does file I/O: call it off the FX thread.
 */
public final class RuleEngine {
    private final Path dataDir;
    private volatile Loaded loaded;

    private record Loaded(RuleBook ruleBook, WorkingDayCalendar calendar, List<String> notes) {
    }

    public RuleEngine(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** An engine over fixed data, for tests and tools. */
    public static RuleEngine of(RuleBook ruleBook, WorkingDayCalendar calendar) {
        RuleEngine engine = new RuleEngine(null);
        engine.loaded = new Loaded(ruleBook, calendar, List.of());
        return engine;
    }

    public RuleBook ruleBook() {
        return load().ruleBook();
    }

    public WorkingDayCalendar calendar() {
        return load().calendar();
    }

    /** What was passed over while reading the data folder's rule book or calendar files (file and field named). */
    public List<String> notes() {
        return load().notes();
    }

    /** The rule book version once loaded; empty before first use (so a UI thread can ask without I/O). */
    public Optional<String> versionIfLoaded() {
        Loaded l = loaded;
        return l == null ? Optional.empty() : Optional.of(l.ruleBook().version());
    }

    public List<Deadline> plan(RefundCase refundCase, Instant now, Messages messages) {
        Loaded l = load();
        return DeadlinePlanner.plan(refundCase, now, l.ruleBook(), l.calendar(), messages);
    }

    public Assessment assess(RefundCase refundCase, Instant now, Messages messages) {
        Loaded l = load();
        return EligibilityAssessor.assess(refundCase, now, l.ruleBook(), l.calendar(), messages);
    }

    private Loaded load() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                if (loaded == null) {
                    RuleBooks.Loaded book = RuleBooks.load(dataDir);
                    WorkingDayCalendars.Loaded calendar = WorkingDayCalendars.load(dataDir);
                    List<String> notes = new ArrayList<>(book.notes());
                    notes.addAll(calendar.problems());
                    loaded = new Loaded(book.ruleBook(), calendar.calendar(), List.copyOf(notes));
                }
                l = loaded;
            }
        }
        return l;
    }
}
