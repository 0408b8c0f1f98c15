package org.refunddesk.ui.wizard.escalation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.escalation.CheckInput;
import org.refunddesk.rules.escalation.CheckResult;
import org.refunddesk.rules.escalation.EscalationServices;
import org.refunddesk.rules.escalation.LadderStep;
import org.refunddesk.rules.escalation.PreconditionChecker;
import org.refunddesk.rules.escalation.ReasonText;
import org.refunddesk.rules.escalation.Recommendation;
import org.refunddesk.rules.escalation.TakenStep;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.letters.Letter;
import org.refunddesk.rules.letters.LetterRequest;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * The one model behind the four pages of the escalation wizard: where the case stands and the
 * recommended step (1), the step's preconditions (2), the editable draft (3) and the filing (4,
 * {@link FilingModel}). Store and evidence work runs through the task executor; the rules are pure
 * and quick, so they run where they are asked.
 */
public final class EscalationWizardViewModel {
    private final AppServices services;
    private final EscalationServices escalation;
    private final EvidenceStatus.Source evidence;
    private final Messages messages;
    private final ReasonText text;

    private final ObjectProperty<RefundCase> refundCase = new SimpleObjectProperty<>();
    private final ObjectProperty<Recommendation> recommendation = new SimpleObjectProperty<>();
    private final ObjectProperty<EvidenceStatus> evidenceStatus = new SimpleObjectProperty<>();
    private final ObservableList<Channel> channelChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final StringProperty standing = new SimpleStringProperty("");
    private final ObservableList<String> takenLines = FXCollections.observableArrayList();
    private final StringProperty evidenceText = new SimpleStringProperty("");

    private final StringProperty provinceWage = new SimpleStringProperty("");
    private final StringProperty provinceWageError = new SimpleStringProperty("");
    private final ObservableList<CheckRow> checks = FXCollections.observableArrayList();
    private final BooleanProperty checksFailed = new SimpleBooleanProperty(true);
    private final ObservableList<String> refusals = FXCollections.observableArrayList();
    private final BooleanProperty refusalsRead = new SimpleBooleanProperty(false);

    private final ObjectProperty<Locale> letterLanguage;
    private final ObjectProperty<Letter> letter = new SimpleObjectProperty<>();
    private final StringProperty letterText = new SimpleStringProperty("");
    private final ObservableList<String> conflicts = FXCollections.observableArrayList();

    private final FilingModel filing;

    public EscalationWizardViewModel(AppServices services, EscalationServices escalation,
                                     EvidenceStatus.Source evidence) {
        this.services = services;
        this.escalation = escalation;
        this.evidence = evidence;
        this.messages = services.messages();
        this.text = new ReasonText(messages);
        this.letterLanguage = new SimpleObjectProperty<>(messages.locale());
        this.filing = new FilingModel(this, services, escalation);
        channel.addListener((obs, old, now) -> stepChanged());
        provinceWage.addListener((obs, old, now) -> checkPreconditions());
        letterLanguage.addListener((obs, old, now) -> draft());
        letterText.addListener((obs, old, now) -> checkConsistency());
    }

    /** Loads the case's evidence status off the FX thread, then fills every page. */
    public void load(RefundCase c) {
        BackgroundTask.of(messages.get("escalation.wizard.task.load"), progress -> evidence.statusOf(c))
                .onSuccess(status -> {
                    evidenceStatus.set(status.orElse(null));
                    show(c);
                })
                .onFailure(e -> {
                    evidenceStatus.set(null);
                    show(c);
                })
                .executeWith(services.tasks());
    }

    /** Puts a (re)loaded case on the pages: the ladder's proposal first, then the chosen step's pages. */
    void show(RefundCase c) {
        refundCase.set(c);
        Instant now = services.clock().instant();
        Recommendation r = escalation.ladder().next(c, now, false);
        recommendation.set(r);
        List<String> lines = new ArrayList<>();
        r.reasons().forEach(reason -> lines.add(text.render(reason)));
        standing.set(String.join("\n", lines));
        takenLines.setAll(r.taken().stream().map(this::takenLine).toList());
        EvidenceStatus status = evidenceStatus.get();
        evidenceText.set(status == null ? messages.get("escalation.wizard.evidence.none")
                : messages.get("escalation.wizard.evidence.score", status.score(), status.gaps().size()));
        List<Channel> choices = new ArrayList<>();
        r.recommendedChannel().ifPresent(choices::add);
        r.alternatives().forEach(o -> choices.add(o.step().channel()));
        r.refused().forEach(x -> choices.add(x.step().channel())); // offered last, with their reasons on page 2
        channelChoices.setAll(choices);
        Channel keep = channel.get();
        channel.set(null);
        channel.set(keep != null && choices.contains(keep) ? keep : choices.isEmpty() ? null : choices.get(0));
        filing.caseShown(c);
    }

    private String takenLine(TakenStep t) {
        return messages.get("escalation.cli.takenStep", messages.of(t.channel()),
                messages.get("escalation.outcome." + t.outcome()), text.format(t.filedAt()),
                t.ref() == null ? "" : t.ref());
    }

    private void stepChanged() {
        RefundCase c = refundCase.get();
        Channel ch = channel.get();
        refusalsRead.set(false);
        refusals.setAll(c == null || ch == null ? List.of() : escalation.fit()
                .refusals(c, ch, services.clock().instant(), false).stream().map(text::render).toList());
        checkPreconditions();
        draft();
    }

    /** Page 2: the chosen step's preconditions with the province's wage and the vault's gaps. */
    void checkPreconditions() {
        RefundCase c = refundCase.get();
        Channel ch = channel.get();
        if (c == null || ch == null) {
            checks.clear();
            checksFailed.set(true);
            return;
        }
        BigDecimal wage = null;
        provinceWageError.set("");
        if (!provinceWage.get().isBlank()) {
            Optional<BigDecimal> parsed = Money.parse(provinceWage.get());
            if (parsed.isEmpty()) {
                provinceWageError.set(messages.get("escalation.wizard.wage.invalid", provinceWage.get()));
            }
            wage = parsed.orElse(null);
        }
        EvidenceStatus status = evidenceStatus.get();
        CheckInput input = new CheckInput(services.clock().instant(), wage, status == null ? null : status.gaps());
        List<CheckResult> results = escalation.checker().check(c, step(), input);
        checks.setAll(results.stream().map(r -> new CheckRow(r, messages.get("escalation.status." + r.status()),
                text.render(r.message()))).toList());
        checksFailed.set(!PreconditionChecker.ready(results));
    }

    /** Page 3: drafts the chosen step's letter in the chosen language; the text is then the user's to edit. */
    void draft() {
        RefundCase c = refundCase.get();
        Channel ch = channel.get();
        if (c == null || ch == null) {
            letter.set(null);
            letterText.set("");
            return;
        }
        Instant now = services.clock().instant();
        EvidenceStatus status = evidenceStatus.get();
        Letter drafted = escalation.drafter().draft(c, new LetterRequest(ch, letterLanguage.get(), now,
                LetterRequest.DEFAULT_DEADLINE_DAYS, null, status == null ? null : status.files()));
        Messages letterMessages = new Messages(letterLanguage.get());
        ReasonText inLetterLanguage = new ReasonText(letterMessages);
        List<String> warnings = new ArrayList<>();
        escalation.fit().refusals(c, ch, now, false).forEach(r -> warnings.add(inLetterLanguage.render(r)));
        boolean refused = !warnings.isEmpty();
        escalation.fit().warnings(c, ch, now).forEach(r -> warnings.add(inLetterLanguage.render(r)));
        if (!warnings.isEmpty()) {
            drafted = drafted.withWarnings(letterMessages.get(refused ? "letters.force.heading" : "letters.notice.heading"),
                    warnings);
        }
        letter.set(drafted);
        letterText.set(drafted.text());
    }

    private void checkConsistency() {
        RefundCase c = refundCase.get();
        conflicts.setAll(c == null ? List.of() : escalation.consistency().check(c, letterText.get()).stream()
                .map(conflict -> text.render(conflict.reason())).toList());
    }

    public LadderStep step() {
        return escalation.book().step(channel.get());
    }

    /** Page 1 cannot go on without a step to take. */
    public BooleanBinding noStepProperty() {
        return channel.isNull();
    }

    /** Page 2 cannot go on while a precondition fails (warnings do not stop it). */
    public BooleanProperty checksFailedProperty() {
        return checksFailed;
    }

    /**
     * Page 2 cannot go on while a precondition fails; for a step that does not fit the case (the reasons
     * {@code letter} refuses it for), only once the user has read the reasons and still wants the draft, which
     * then carries them as its warning block, as {@code letter --force} does.
     */
    public BooleanBinding page2BlockedProperty() {
        return Bindings.createBooleanBinding(() -> refusals.isEmpty() ? checksFailed.get() : !refusalsRead.get(),
                refusals, checksFailed, refusalsRead);
    }

    /** Why the chosen step does not fit the case (the reasons {@code letter} refuses it for); empty when it fits. */
    public ObservableList<String> refusals() {
        return refusals;
    }

    /** The user has read the refusal reasons and wants the draft anyway. */
    public BooleanProperty refusalsReadProperty() {
        return refusalsRead;
    }

    /** Page 3 cannot go on with an empty text. */
    public BooleanBinding letterEmptyProperty() {
        return Bindings.createBooleanBinding(() -> letterText.get() == null || letterText.get().isBlank(), letterText);
    }

    public FilingModel filing() {
        return filing;
    }

    public Messages messages() {
        return messages;
    }

    public ObjectProperty<RefundCase> refundCaseProperty() {
        return refundCase;
    }

    public ObjectProperty<Recommendation> recommendationProperty() {
        return recommendation;
    }

    public ObservableList<Channel> channelChoices() {
        return channelChoices;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public StringProperty standingProperty() {
        return standing;
    }

    public ObservableList<String> takenLines() {
        return takenLines;
    }

    public StringProperty evidenceTextProperty() {
        return evidenceText;
    }

    public StringProperty provinceWageProperty() {
        return provinceWage;
    }

    public StringProperty provinceWageErrorProperty() {
        return provinceWageError;
    }

    public ObservableList<CheckRow> checks() {
        return checks;
    }

    public ObjectProperty<Locale> letterLanguageProperty() {
        return letterLanguage;
    }

    public ObjectProperty<Letter> letterProperty() {
        return letter;
    }

    public StringProperty letterTextProperty() {
        return letterText;
    }

    public ObservableList<String> conflicts() {
        return conflicts;
    }

}
