package org.refunddesk.ui.workspace;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.StoredAssessment;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.Masking;
import org.refunddesk.rules.CaseProgress;
import org.refunddesk.rules.CaseProgress.NextStepKind;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.reminders.DueTimes;
import org.refunddesk.rules.reminders.ReminderTexts;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsight;
import org.refunddesk.ui.state.CaseModel;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * The case workspace's header and "what to do now" card, following the case's one model: every stored change
 * (an event, an escalation step, an edit, the evidence score) redraws them. The advice itself is
 * {@link CaseProgress#nextStep}; the ladder and the deadlines are read off the FX thread.
 */
public final class CaseWorkspaceViewModel {
    /** What the escalation ladder says of a case now: whether an answer clock runs, the recommended channel. */
    public record Ladder(boolean waiting, Optional<Channel> recommended) {
        public static final Ladder NONE = new Ladder(false, Optional.empty());
    }

    private final AppServices services;
    private final Messages m;
    private final CaseModel model;
    private final Function<RefundCase, Ladder> ladder;
    private final Function<String, Optional<Consumer<RefundCase>>> actions;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper platform = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outstanding = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper responsible = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextStep = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextDeadline = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextAction = new ReadOnlyStringWrapper("");
    private NextStepKind kind = NextStepKind.WAIT;
    private Consumer<String> sectionOpener = id -> { };

    /**
     * {@code ladder} runs on a worker thread; {@code actions} finds a case command by id ("escalation",
     * "evidence", "timeline").
     */
    public CaseWorkspaceViewModel(AppServices services, CaseModel model, Function<RefundCase, Ladder> ladder,
                                  Function<String, Optional<Consumer<RefundCase>>> actions) {
        this.services = services;
        this.m = services.messages();
        this.model = model;
        this.ladder = ladder;
        this.actions = actions;
        model.refundCaseProperty().addListener((o, was, now) -> refresh());
        model.evidenceScoreProperty().addListener((o, was, now) -> refresh());
        services.preferences().hidePersonalProperty().addListener((o, was, now) -> showHeader(model.get()));
        refresh();
    }

    public CaseModel model() {
        return model;
    }

    /** Redraws the header at once and the advice after the ladder and deadlines were read. */
    public void refresh() {
        RefundCase c = model.get();
        showHeader(c);
        int score = model.evidenceScoreProperty().get();
        Instant now = services.clock().instant();
        BackgroundTask.of(m.get("workspace.task.advice"), progress -> {
                    Ladder l = ladder.apply(c);
                    CaseInsight insight = services.insights().insightFor(c, now);
                    return new Advice(CaseProgress.nextStep(c, score, l.waiting(), l.recommended().isPresent()),
                            l.recommended().orElse(null), insight.nextDeadline(), insight.verdict());
                })
                .onSuccess(advice -> {
                    if (model.get() == c) {
                        show(advice, now);
                    }
                })
                .executeWith(services.tasks());
    }

    /** {@code verdict}: the rules' verdict on the case as it is now, the one the case list shows too. */
    private record Advice(NextStepKind kind, Channel channel, Deadline deadline, Verdict verdict) {
    }

    private void showHeader(RefundCase c) {
        String shownTitle = services.preferences().hidePersonalProperty().get() ? Masking.text(c.title()) : c.title();
        title.set(shownTitle == null ? "" : shownTitle);
        platform.set(c.platform() == null || c.platform().name() == null ? ""
                : m.get("workspace.header.platform", c.platform().name()));
        BigDecimal left = CaseProgress.outstanding(c);
        outstanding.set(left == null ? m.get("workspace.header.outstanding.unknown")
                : m.get("workspace.header.outstanding", left.toPlainString()));
        StoredAssessment a = c.assessment();
        verdict.set(a == null || a.verdict() == null ? m.get("workspace.header.verdict.none")
                : m.get("workspace.header.verdict", m.of(a.verdict())));
        responsible.set(a == null || a.responsible() == null ? ""
                : m.get("workspace.header.responsible", m.of(a.responsible())));
        status.set(m.get("workspace.header.status", m.of(c.status())));
    }

    private void show(Advice advice, Instant now) {
        kind = advice.kind();
        if (advice.verdict() != null) {
            verdict.set(m.get("workspace.header.verdict", m.of(advice.verdict())));
        }
        String channel = advice.channel() == null ? "" : m.of(advice.channel());
        nextStep.set(m.get("workspace.next." + kind.name(), channel));
        nextAction.set(m.has("workspace.action." + kind.name()) ? m.get("workspace.action." + kind.name(), channel) : "");
        Deadline d = advice.deadline();
        nextDeadline.set(d == null || kind == NextStepKind.DONE ? "" : m.get("workspace.next.deadline",
                ReminderTexts.ruleName(d.rule(), m), DueTimes.format(d.dueAt()), DueTimes.countdown(now, d.dueAt(), m)));
    }

    /** The card's one button: records the refund application, opens the evidence wizard, or the escalation. */
    public void startNextStep() {
        RefundCase c = model.get();
        switch (kind) {
            case APPLY_REFUND, SEND_SUPPLEMENT, WAIT -> open("timeline");
            case ADD_EVIDENCE -> open("evidence");
            case ESCALATE -> actions.apply("escalation").ifPresentOrElse(a -> a.accept(c), () -> open("escalation"));
            default -> { }
        }
    }

    private void open(String section) {
        sectionOpener.accept(section);
    }

    void setSectionOpener(Consumer<String> opener) {
        this.sectionOpener = opener;
    }

    /** The advice kind shown (for tests and the layout check). */
    public NextStepKind kind() {
        return kind;
    }

    public ReadOnlyStringProperty titleText() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty platformText() {
        return platform.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outstandingText() {
        return outstanding.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictText() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty responsibleText() {
        return responsible.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusText() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextStepText() {
        return nextStep.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextDeadlineText() {
        return nextDeadline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextActionText() {
        return nextAction.getReadOnlyProperty();
    }
}
