package org.refunddesk.ui.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.events.EventCorrections;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.state.OpenCases;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * One case's timeline and events panel: the rows, the selected row's explanation, adding events and voiding
 * them. Every change is stored (append-only) and the deadlines are planned again off the FX thread.
 */
public final class CaseTimelineViewModel {
    private final AppServices services;
    private final Messages messages;
    private final CasePlanner planner;
    private final Runnable onCaseChanged;
    private final OpenCases openCases;
    // held here: the shared model keeps only this view model's listener alive while the view lives
    private javafx.beans.value.ChangeListener<RefundCase> follow;
    private final TimelineEntries builder;
    private final ObjectProperty<RefundCase> refundCase = new SimpleObjectProperty<>();
    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<TimelineEntry> selected = new SimpleObjectProperty<>();
    private final CaseEventFormViewModel form;
    private final StringProperty voidReason = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding canVoid;
    private final BooleanBinding canAdd;
    private final StringBinding selectedExplanation;

    public CaseTimelineViewModel(AppServices services, RefundCase initial, CasePlanner planner, Runnable onCaseChanged) {
        this(services, initial, planner, onCaseChanged, (OpenCases) null);
    }

    /**
     * On the one shared model of the case: a change stored elsewhere (an escalation step, an edit) shows here at
     * once, and what this view stores goes to the model for every other view.
     */
    public CaseTimelineViewModel(AppServices services, org.refunddesk.ui.state.CaseModel shared,
                                 OpenCases openCases, CasePlanner planner, Runnable onCaseChanged) {
        this(services, shared.get(), planner, onCaseChanged, openCases);
        follow = (o, was, now) -> {
            if (now != null && !now.equals(refundCase.get())) {
                refundCase.set(now);
                refresh();
            }
        };
        shared.refundCaseProperty().addListener(new javafx.beans.value.WeakChangeListener<>(follow));
    }

    private CaseTimelineViewModel(AppServices services, RefundCase initial, CasePlanner planner, Runnable onCaseChanged,
                                  OpenCases openCases) {
        this.services = services;
        this.messages = services.messages();
        this.planner = planner;
        this.onCaseChanged = Objects.requireNonNull(onCaseChanged);
        this.openCases = openCases;
        this.builder = new TimelineEntries(messages);
        this.form = new CaseEventFormViewModel(messages, services.clock());
        refundCase.set(initial);
        canVoid = Bindings.createBooleanBinding(() -> voidable(selected.get()) && !busy.get()
                && voidReason.get() != null && !voidReason.get().isBlank(), selected, voidReason, busy);
        canAdd = form.invalid().not().and(busy.not());
        selectedExplanation = Bindings.createStringBinding(() -> explain(selected.get()), selected);
    }

    private boolean voidable(TimelineEntry entry) {
        return entry != null && entry.event() != null && entry.event().type() != EventType.EVENT_VOIDED
                && !EventCorrections.isVoided(refundCase.get(), entry.event().id());
    }

    /** Plans the deadlines again at the clock's "now" (on opening; adding or voiding an event re-plans too). */
    public void refresh() {
        RefundCase current = refundCase.get();
        Instant now = services.clock().instant();
        BackgroundTask.of(messages.get("timeline.task.plan"), progress -> rows(current, now))
                .onSuccess(rows -> {
                    // an event stored meanwhile has already shown a newer case: don't put the old one back
                    if (refundCase.get() == current) {
                        show(current, rows);
                    }
                })
                .onFailure(this::failed)
                .executeWith(services.tasks());
    }

    /**
     * The view's minute tick: countdowns and open / missed states move on with the clock. Skipped while an
     * event is being stored (that re-plans anyway); re-planning needs no store access.
     */
    public void tick() {
        if (!busy.get()) {
            refresh();
        }
    }

    /** Stores the form's event, then re-plans; the form is cleared for the next one. */
    public void addEvent() {
        if (!canAdd.get()) {
            return;
        }
        store(form.toEvent(), form::reset);
    }

    /** Voids the selected event with the typed reason (a new EVENT_VOIDED event; the original stays). */
    public void voidSelected() {
        if (!canVoid.get()) {
            return;
        }
        CaseEvent correction = EventCorrections.voiding(refundCase.get(), selected.get().event().id(),
                voidReason.get(), services.clock().instant());
        store(correction, () -> voidReason.set(""));
    }

    private void store(CaseEvent event, Runnable afterwards) {
        busy.set(true);
        var id = refundCase.get().id();
        RefundCase before = refundCase.get();
        BackgroundTask.of(messages.get("timeline.task.save"), progress -> {
                    RefundCase appended = services.cases().appendEvent(id, event);
                    // status follows events; a suggestion (full refund → resolved) is asked on the FX thread
                    OpenCases.AfterEvents after = openCases == null ? new OpenCases.AfterEvents(appended, java.util.Optional.empty())
                            : openCases.followStatus(before, appended);
                    Instant now = services.clock().instant();
                    return new Saved(after, rows(after.stored(), now));
                })
                .onSuccess(saved -> {
                    show(saved.after().stored(), saved.rows());
                    afterwards.run();
                    if (openCases != null) {
                        openCases.showAfterEvents(saved.after());
                    }
                    onCaseChanged.run();
                })
                .onFailure(this::failed)
                .onFinished(() -> busy.set(false))
                .executeWith(services.tasks());
    }

    private record Saved(OpenCases.AfterEvents after, List<TimelineEntry> rows) {
    }

    private List<TimelineEntry> rows(RefundCase c, Instant now) {
        List<Deadline> deadlines = planner.plan(c, now);
        return builder.build(c, deadlines, now);
    }

    private void show(RefundCase c, List<TimelineEntry> rows) {
        refundCase.set(c);
        TimelineEntry was = selected.get();
        entries.setAll(rows);
        selected.set(was == null ? null : rows.stream().filter(r -> sameRow(r, was)).findFirst().orElse(null));
    }

    private static boolean sameRow(TimelineEntry a, TimelineEntry b) {
        if (a.event() != null && b.event() != null) {
            return a.event().id().equals(b.event().id());
        }
        return a.deadline() != null && b.deadline() != null && a.deadline().rule().equals(b.deadline().rule())
                && Objects.equals(a.deadline().sourceEventId(), b.deadline().sourceEventId());
    }

    private void failed(Throwable e) {
        services.dialogs().error(messages.get("timeline.error.title"), String.valueOf(e.getMessage()));
    }

    public ObservableList<TimelineEntry> entries() {
        return entries;
    }

    public ObjectProperty<RefundCase> refundCaseProperty() {
        return refundCase;
    }

    public ObjectProperty<TimelineEntry> selectedProperty() {
        return selected;
    }

    public CaseEventFormViewModel form() {
        return form;
    }

    public StringProperty voidReasonProperty() {
        return voidReason;
    }

    public BooleanBinding canVoid() {
        return canVoid;
    }

    public BooleanBinding canAdd() {
        return canAdd;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The selected deadline's explanation and basis (the arithmetic and its source), "" otherwise. */
    public StringBinding selectedExplanation() {
        return selectedExplanation;
    }

    private String explain(TimelineEntry e) {
        if (e == null || e.deadline() == null) {
            return "";
        }
        Deadline d = e.deadline();
        return messages.get("timeline.details.explanation", nullToEmpty(d.explanation()))
                + "\n" + messages.get("timeline.details.basis", nullToEmpty(d.basis()));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
