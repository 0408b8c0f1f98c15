package org.refunddesk.ui.wizard.eligibility;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.TaskExecutor;

/**
 * The one view model behind every page of the eligibility wizard: the answers, each page's validation
 * (bound to the wizard's "Next"), which pages apply, and the case the answers describe. No scene graph here.
 */
public final class EligibilityWizardViewModel {
    private final Messages messages;
    private final Clock clock;
    private final RefundCase original;
    private final PurchaseAnswers purchase;
    private final ProblemAnswers problem;
    private final UseStateAnswers useState;
    private final SinceAnswers since;
    private final RedFlagAnswers redFlags;
    private final ConsentAnswers consent;
    private final ObjectProperty<ResultSummary> result = new SimpleObjectProperty<>();
    private final StringProperty resultError = new SimpleStringProperty("");

    /** A wizard for a new case ({@code original} null) or re-run on a saved case, starting from its answers. */
    public EligibilityWizardViewModel(Messages messages, Clock clock, RefundCase original) {
        this.messages = messages;
        this.clock = clock;
        this.original = original;
        purchase = new PurchaseAnswers(messages, clock);
        problem = new ProblemAnswers(messages, clock, purchase.paidAt());
        useState = new UseStateAnswers(purchase.productProperty(), purchase.deliveryProperty());
        since = new SinceAnswers(messages, clock, purchase.paidAt());
        redFlags = new RedFlagAnswers();
        consent = new ConsentAnswers(messages);
        if (original != null) {
            consent.load(original);
            purchase.load(original);
            problem.load(original);
            useState.load(original);
            since.load(original);
            redFlags.load(original);
        }
    }

    public Optional<RefundCase> original() {
        return Optional.ofNullable(original);
    }

    public Messages messages() {
        return messages;
    }

    public Clock clock() {
        return clock;
    }

    public PurchaseAnswers purchase() {
        return purchase;
    }

    public ProblemAnswers problem() {
        return problem;
    }

    public UseStateAnswers useState() {
        return useState;
    }

    public SinceAnswers since() {
        return since;
    }

    public RedFlagAnswers redFlags() {
        return redFlags;
    }

    /** Whose data the case holds; asked on the purchase page. */
    public ConsentAnswers consent() {
        return consent;
    }

    /** The assessment of the current answers; null until {@link #assess} finishes (or after answers change). */
    public ObjectProperty<ResultSummary> resultProperty() {
        return result;
    }

    public StringProperty resultErrorProperty() {
        return resultError;
    }

    /** Assesses the answers off the FX thread; the result page shows {@link #resultProperty()} when it arrives. */
    public void assess(EligibilityCheck check, TaskExecutor tasks) {
        result.set(null);
        resultError.set("");
        RefundCase candidate = candidate();
        Instant now = clock.instant();
        BackgroundTask.of(messages.get("wizard.task.assess"), progress -> check.check(candidate, now))
                .onSuccess(result::set)
                .onFailure(e -> resultError.set(messages.get("wizard.result.failed", String.valueOf(e.getMessage()))))
                .executeWith(tasks);
    }

    /** True while the page has an answer that keeps the user from going on. */
    public BooleanBinding invalid(WizardPage page) {
        return switch (page) {
            case PURCHASE -> purchase.invalid().or(consent.invalid());
            case PROBLEM -> problem.invalid();
            case SINCE -> since.invalid();
            case USE_STATE, RED_FLAGS, RESULT -> Bindings.createBooleanBinding(() -> false);
        };
    }

    public boolean applies(WizardPage page) {
        return page != WizardPage.USE_STATE || useState.applies().get();
    }

    /** The page's number among the pages that apply now (1 for the first), so no number is skipped. */
    public int stepNumber(WizardPage page) {
        int n = 0;
        for (WizardPage p : WizardPage.values()) {
            if (applies(p)) {
                n++;
            }
            if (p == page) {
                break;
            }
        }
        return n;
    }

    /** The page after {@code current} (null = the first), skipping pages that don't apply. */
    public Optional<WizardPage> next(WizardPage current) {
        WizardPage[] pages = WizardPage.values();
        for (int i = current == null ? 0 : current.ordinal() + 1; i < pages.length; i++) {
            if (applies(pages[i])) {
                return Optional.of(pages[i]);
            }
        }
        return Optional.empty();
    }

    /** True when every page before the result is valid. */
    public boolean complete() {
        return !purchase.invalid().get() && !consent.invalid().get() && !problem.invalid().get()
                && !since.invalid().get();
    }

    /**
     * The case these answers describe: the original with its answers replaced and new events appended,
     * or a new case. Its assessment is left as it was; the result page sets it.
     */
    public RefundCase candidate() {
        if (!complete()) {
            throw new IllegalStateException("the wizard's answers are not complete");
        }
        Instant now = clock.instant();
        RefundCase base = original;
        List<CaseEvent> events = new ArrayList<>(base == null ? List.of() : base.events());
        events.addAll(since.newEvents());
        String title = base != null && base.title() != null && !base.title().isBlank()
                ? base.title() : purchase.suggestedTitle(messages);
        return new RefundCase(base == null ? null : base.id(), title,
                consent.toConsumer(base == null ? null : base.consumer()), base == null ? null : base.assignee(),
                base == null ? null : base.tags(),
                purchase.toPlatform(base == null ? null : base.platform()),
                purchase.toPurchase(base == null ? null : base.purchase(), problem.advertisedValidityOrNull()),
                problem.toProblem(useState), events, base == null ? null : base.status(), redFlags.flags(),
                base == null ? null : base.assessment(),
                base == null ? now : base.createdAt(), now);
    }
}
