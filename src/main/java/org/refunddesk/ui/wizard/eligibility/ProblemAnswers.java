package org.refunddesk.ui.wizard.eligibility;

import java.time.Clock;
import java.time.Instant;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;

/** Page 2, "what went wrong": the problem in the user's words, when it was noticed, and its details. */
public final class ProblemAnswers {
    static final int MAX_WINDOW_HOURS = 24 * 30;

    private final ObjectProperty<ProblemKind> kind = new SimpleObjectProperty<>();
    private final DateTimeAnswer discoveredAt = new DateTimeAnswer();
    private final StringProperty advertisedValidity = new SimpleStringProperty("");
    private final BooleanProperty reordered = new SimpleBooleanProperty();
    private final StringProperty refundWindowHours = new SimpleStringProperty("");
    /** For a fee deducted from a refund: was it disclosed and agreed before payment (null: not known). */
    private final ObjectProperty<Boolean> feeDisclosed = new SimpleObjectProperty<>();

    private final StringBinding kindError;
    private final StringBinding discoveredAtError;
    private final StringBinding windowError;
    private final BooleanBinding invalid;
    private final BooleanBinding asksAdvertising;
    private final BooleanBinding asksReordered;
    private final BooleanBinding asksFeeDisclosed;

    ProblemAnswers(Messages messages, Clock clock, DateTimeAnswer paidAt) {
        kindError = Errors.of(messages, () -> kind.get() == null ? "wizard.error.problem" : "", kind);
        discoveredAtError = Errors.of(messages, () -> discoveredErrorKey(clock.instant(), paidAt),
                discoveredAt.dateProperty(), discoveredAt.timeProperty(), paidAt.dateProperty(), paidAt.timeProperty());
        windowError = Errors.of(messages, () -> windowErrorKey(refundWindowHours.get()), refundWindowHours);
        invalid = Errors.anyOf(kindError, discoveredAtError, windowError);
        asksAdvertising = Bindings.createBooleanBinding(() -> kind.get() == ProblemKind.FALSE_ADVERTISING, kind);
        asksReordered = Bindings.createBooleanBinding(() -> kind.get() == ProblemKind.WRONG_ACCOUNT, kind);
        asksFeeDisclosed = Bindings.createBooleanBinding(() -> kind.get() == ProblemKind.FEE_DEDUCTED, kind);
    }

    private String discoveredErrorKey(Instant now, DateTimeAnswer paidAt) {
        String basic = discoveredAt.errorKey(false, now);
        if (!basic.isEmpty()) {
            return basic;
        }
        Instant found = discoveredAt.instant().orElse(null);
        Instant paid = paidAt.instant().orElse(null);
        return found != null && paid != null && found.isBefore(paid) ? "wizard.error.beforePaid" : "";
    }

    static String windowErrorKey(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            int hours = Integer.parseInt(text.trim());
            return hours > 0 && hours <= MAX_WINDOW_HOURS ? "" : "wizard.error.window";
        } catch (NumberFormatException e) {
            return "wizard.error.window";
        }
    }

    void load(RefundCase c) {
        Problem p = c.problem();
        if (p == null) {
            return;
        }
        kind.set(p.kind());
        discoveredAt.set(p.discoveredAt());
        reordered.set(p.reordered());
        refundWindowHours.set(p.refundWindowHours() == null ? "" : String.valueOf(p.refundWindowHours()));
        feeDisclosed.set(p.feeDisclosed());
        if (c.purchase() != null && c.purchase().advertisedValidity() != null) {
            advertisedValidity.set(c.purchase().advertisedValidity());
        }
    }

    Problem toProblem(UseStateAnswers use) {
        String window = refundWindowHours.get();
        Integer hours = window == null || window.isBlank() ? null : Integer.valueOf(window.trim());
        return new Problem(kind.get(), discoveredAt.instant().orElse(null), use.cardKeyExtracted(), use.used(),
                use.activated(), kind.get() == ProblemKind.WRONG_ACCOUNT && reordered.get(), hours,
                kind.get() == ProblemKind.FEE_DEDUCTED ? feeDisclosed.get() : null);
    }

    String advertisedValidityOrNull() {
        String text = advertisedValidity.get();
        return kind.get() == ProblemKind.FALSE_ADVERTISING && text != null && !text.isBlank() ? text.trim() : null;
    }

    public ObjectProperty<ProblemKind> kindProperty() {
        return kind;
    }

    public DateTimeAnswer discoveredAt() {
        return discoveredAt;
    }

    public StringProperty advertisedValidityProperty() {
        return advertisedValidity;
    }

    public BooleanProperty reorderedProperty() {
        return reordered;
    }

    public StringProperty refundWindowHoursProperty() {
        return refundWindowHours;
    }

    public ObjectProperty<Boolean> feeDisclosedProperty() {
        return feeDisclosed;
    }

    /** "Was the fee disclosed and agreed before you paid?" only for a fee deducted from a refund. */
    public BooleanBinding asksFeeDisclosed() {
        return asksFeeDisclosed;
    }

    public StringBinding kindError() {
        return kindError;
    }

    public StringBinding discoveredAtError() {
        return discoveredAtError;
    }

    public StringBinding windowError() {
        return windowError;
    }

    public BooleanBinding invalid() {
        return invalid;
    }

    /** The "what did the ad promise" question only for false advertising. */
    public BooleanBinding asksAdvertising() {
        return asksAdvertising;
    }

    /** "Did you already buy again?" only for a wrong account. */
    public BooleanBinding asksReordered() {
        return asksReordered;
    }
}
