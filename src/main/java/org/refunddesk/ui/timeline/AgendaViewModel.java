package org.refunddesk.ui.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.agenda.Agenda;
import org.refunddesk.rules.agenda.AgendaFilter;
import org.refunddesk.rules.agenda.DueWithin;
import org.refunddesk.rules.reminders.CaseDeadline;
import org.refunddesk.store.CaseSummaries;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * The all-cases agenda: every open deadline, soonest first, read from the case summaries (whole cases only when
 * the app has none). Loading runs off the FX thread;
 * filtering by assignee and horizon is done in memory on the loaded list.
 */
public final class AgendaViewModel {
    /** Choice meaning "everyone's cases" in the assignee filter. */
    public static final String EVERYONE = null;

    private final AppServices services;
    private final CasePlanner planner;
    private final List<CaseDeadline> loaded = new ArrayList<>();
    private Instant loadedAt;
    private final ObservableList<CaseDeadline> rows = FXCollections.observableArrayList();
    private final ObservableList<String> assignees = FXCollections.observableArrayList();
    private final ObjectProperty<String> assignee = new SimpleObjectProperty<>(EVERYONE);
    private final ObjectProperty<DueWithin> dueWithin = new SimpleObjectProperty<>(DueWithin.ANY);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    /** The cases of the loaded rows whose stored row does not read (written on the FX thread). */
    private volatile java.util.Set<java.util.UUID> damaged = java.util.Set.of();

    public AgendaViewModel(AppServices services, CasePlanner planner) {
        this.services = services;
        this.planner = planner;
        assignee.addListener((o, was, now) -> applyFilter());
        dueWithin.addListener((o, was, now) -> applyFilter());
    }

    /** Every open deadline of every stored case at "now", planned on a worker thread. */
    public static List<CaseDeadline> collect(List<RefundCase> cases, CasePlanner planner, Instant now) {
        List<CaseDeadline> all = new ArrayList<>();
        for (RefundCase c : cases) {
            planner.plan(c, now).forEach(d -> all.add(new CaseDeadline(c.id(), c.title(), c.assignee(), d)));
        }
        return all;
    }

    /**
     * Every open or missed dated deadline from the stored summaries (issue 14): no case is loaded. Stale summaries
     * (other rules, a passed deadline) are computed first.
     */
    public static List<CaseDeadline> collect(CaseSummaries summaries) {
        return collect(summaries, new java.util.HashSet<>());
    }

    /**
     * As {@link #collect(CaseSummaries)}, adding to {@code damaged} the cases whose row does not read: their last
     * known deadlines stay listed (a real deadline is not hidden because the case was damaged after it was computed),
     * marked as damaged.
     */
    public static List<CaseDeadline> collect(CaseSummaries summaries, java.util.Set<java.util.UUID> damaged) {
        summaries.ensureCurrent();
        summaries.damaged().forEach(d -> damaged.add(d.id()));
        List<CaseDeadline> all = new ArrayList<>();
        summaries.forEachDated(s -> {
            if (s.damaged()) {
                damaged.add(s.id());
            }
            for (Deadline d : s.deadlines()) {
                all.add(new CaseDeadline(s.id(), s.title(), s.assignee(), d));
            }
        });
        return all;
    }

    /**
     * What the deadline watch checks, from the stored summaries (no case loaded, nothing planned): every dated
     * deadline of each case that has a missed one or one due by {@code until}. Cases without a dated deadline are
     * not read.
     */
    public static List<CaseDeadline> collectDueBy(CaseSummaries summaries, Instant until) {
        summaries.ensureCurrent();
        List<CaseDeadline> all = new ArrayList<>();
        summaries.withDatedDeadlines(s -> {
            boolean inHorizon = false;
            for (Deadline d : s.deadlines()) {
                inHorizon |= d.state() == org.refunddesk.domain.DeadlineState.MISSED || !d.dueAt().isAfter(until);
            }
            if (inHorizon) {
                for (Deadline d : s.deadlines()) {
                    all.add(new CaseDeadline(s.id(), s.title(), s.assignee(), d));
                }
            }
        });
        return all;
    }

    public void reload() {
        loading.set(true);
        Instant now = services.clock().instant();
        CaseSummaries summaries = services.summaries();
        java.util.Set<java.util.UUID> found = java.util.concurrent.ConcurrentHashMap.newKeySet();
        BackgroundTask.of(services.messages().get("timeline.task.agenda"),
                        progress -> summaries != null ? collect(summaries, found) : collect(services.cases().list(), planner, now))
                .onSuccess(all -> {
                    damaged = java.util.Set.copyOf(found);
                    loaded.clear();
                    loaded.addAll(all);
                    loadedAt = now;
                    List<String> names = new ArrayList<>();
                    names.add(EVERYONE);
                    names.addAll(Agenda.assignees(all));
                    assignees.setAll(names);
                    applyFilter();
                })
                // an unreachable team server: the banner says so, the rows last read stay
                .onFailure(org.refunddesk.ui.team.OfflineReads.unlessUnreachable(e -> services.dialogs().error(
                        services.messages().get("timeline.error.agenda"), String.valueOf(e.getMessage()))))
                .onFinished(() -> loading.set(false))
                .executeWith(services.tasks());
    }

    private void applyFilter() {
        if (loadedAt == null) {
            return;
        }
        rows.setAll(Agenda.of(loaded, new AgendaFilter(assignee.get(), dueWithin.get()), services.clock().instant()));
    }

    /** True when this case's stored row does not read: it is listed as damaged and cannot be opened. */
    public boolean damaged(java.util.UUID caseId) {
        return damaged.contains(caseId);
    }

    /** What is known to be wrong with this damaged case (empty: not known in this run). */
    public String damage(java.util.UUID caseId) {
        CaseSummaries summaries = services.summaries();
        return summaries == null ? "" : summaries.damaged().stream().filter(d -> d.id().equals(caseId))
                .map(org.refunddesk.store.DamagedCase::problem).findFirst().orElse("");
    }

    public ObservableList<CaseDeadline> rows() {
        return rows;
    }

    /** The assignee choices: null (everyone), "" (unassigned), then the names. */
    public ObservableList<String> assignees() {
        return assignees;
    }

    public ObjectProperty<String> assigneeProperty() {
        return assignee;
    }

    public ObjectProperty<DueWithin> dueWithinProperty() {
        return dueWithin;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
