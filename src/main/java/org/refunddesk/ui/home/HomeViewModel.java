package org.refunddesk.ui.home;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.AutoErasure;
import org.refunddesk.rules.CaseProgress;
import org.refunddesk.rules.agenda.NeedsAttention;
import org.refunddesk.rules.agenda.NeedsAttention.CaseNeeds;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.reminders.DueTimes;
import org.refunddesk.rules.reminders.ReminderTexts;
import org.refunddesk.rules.reminders.StillPossible;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * Home: whether the folder is fresh (welcome page) and, with cases, what needs the person — one entry per case
 * with its lines already worded. Read and planned off the FX thread.
 */
public final class HomeViewModel {
    /** One case on Home: its lines (each with a kind for its colour) and the section its button opens. */
    public record Entry(RefundCase refundCase, List<Line> lines, String section) {
    }

    public record Line(Kind kind, String text) {
    }

    public enum Kind { MISSED, SOON, YOUR_MOVE, STILL_POSSIBLE }

    private final AppServices services;
    private final Messages m;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final BooleanProperty fresh = new SimpleBooleanProperty(false);
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty failed = new SimpleBooleanProperty(false);

    public HomeViewModel(AppServices services) {
        this.services = services;
        this.m = services.messages();
    }

    public void reload() {
        Instant now = services.clock().instant();
        int eraseMonths = services.preferences().autoEraseClosedMonths();
        BackgroundTask.of(m.get("home.task.load"), progress -> {
                    List<RefundCase> cases = services.cases().list();
                    List<Entry> list = new ArrayList<>();
                    for (RefundCase c : cases) {
                        // planned one case at a time: only cases that need something are kept
                        List<CaseNeeds> needs = NeedsAttention.of(List.of(c),
                                java.util.Map.of(c.id(), services.insights().deadlinesFor(c, now)), now);
                        needs.forEach(n -> list.add(entry(n, now)));
                        if (AutoErasure.remindNow(c, eraseMonths, now)) {
                            list.add(new Entry(c, List.of(new Line(Kind.SOON, m.get("privacy.autoErase.home",
                                    DueTimes.format(AutoErasure.eraseAt(c, eraseMonths)), eraseMonths))), null));
                        }
                    }
                    return new Loaded(cases.isEmpty(), sort(list));
                })
                .onSuccess(result -> {
                    failed.set(false);
                    entries.setAll(result.entries());
                    fresh.set(result.fresh());
                    loaded.set(true);
                })
                .onFailure(e -> {
                    // Home stops saying it is gathering: it says the cases could not be read instead
                    failed.set(true);
                    loaded.set(true);
                    services.dialogs().error(m.get("home.error"), String.valueOf(e.getMessage()));
                })
                .executeWith(services.tasks());
    }

    private record Loaded(boolean fresh, List<Entry> entries) {
    }

    private static List<Entry> sort(List<Entry> list) {
        List<Entry> sorted = new ArrayList<>(list);
        sorted.sort(java.util.Comparator.comparing((Entry e) -> e.lines().stream().noneMatch(l -> l.kind() == Kind.MISSED))
                .thenComparing(e -> e.lines().stream().noneMatch(l -> l.kind() == Kind.SOON)));
        return sorted;
    }

    private Entry entry(CaseNeeds n, Instant now) {
        List<Line> lines = new ArrayList<>();
        StillPossible still = new StillPossible(m);
        for (Deadline d : n.missed()) {
            lines.add(new Line(Kind.MISSED, m.get("home.missed", ReminderTexts.ruleName(d.rule(), m),
                    DueTimes.format(d.dueAt()))));
            still.after(d, n.allDeadlines(), now).stream().map(s -> new Line(Kind.STILL_POSSIBLE, s))
                    .filter(l -> !lines.contains(l)).forEach(lines::add);
        }
        for (Deadline d : n.dueSoon()) {
            lines.add(new Line(Kind.SOON, m.get("home.soon", DueTimes.countdown(now, d.dueAt(), m),
                    ReminderTexts.ruleName(d.rule(), m), DueTimes.format(d.dueAt()))));
        }
        String section = n.missed().isEmpty() && n.dueSoon().isEmpty() ? null : "timeline";
        if (n.yourMove()) {
            CaseProgress.NextStepKind kind = CaseProgress.nextStep(n.refundCase(), -1, false, true);
            lines.add(new Line(Kind.YOUR_MOVE, m.get("home.yourMove." + kind.name())));
            section = section == null ? "timeline" : section;
        }
        return new Entry(n.refundCase(), lines, section);
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    /** True once loaded when the folder has no case at all: Home is the welcome page. */
    public BooleanProperty freshProperty() {
        return fresh;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    /** True when the last reading failed (Home then says so instead of "nothing needs you"). */
    public BooleanProperty failedProperty() {
        return failed;
    }
}
