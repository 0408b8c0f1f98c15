package org.refunddesk.ui.wizard.eligibility;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.RefundCase;

/**
 * Page 3, "use state". Card-key questions (extracted? activated?) only for card keys; "activated?" also for
 * data packages (an unactivated package has the longer 72 h window). A direct top-up of anything else skips
 * the page: nothing was extracted or activated, and "used" follows from the problem itself.
 */
public final class UseStateAnswers {
    private final BooleanProperty cardKeyExtracted = new SimpleBooleanProperty();
    private final BooleanProperty used = new SimpleBooleanProperty();
    private final BooleanProperty activated = new SimpleBooleanProperty();
    private final BooleanBinding asksCardKey;
    private final BooleanBinding asksActivated;
    private final BooleanBinding applies;

    UseStateAnswers(ObjectProperty<ProductType> product, ObjectProperty<DeliveryMode> delivery) {
        asksCardKey = Bindings.createBooleanBinding(() -> delivery.get() == DeliveryMode.CARD_KEY, delivery);
        asksActivated = Bindings.createBooleanBinding(
                () -> delivery.get() == DeliveryMode.CARD_KEY || product.get() == ProductType.DATA_PACKAGE,
                delivery, product);
        applies = asksActivated;
    }

    void load(RefundCase c) {
        if (c.problem() != null) {
            cardKeyExtracted.set(c.problem().cardKeyExtracted());
            used.set(c.problem().used());
            activated.set(c.problem().activated());
        }
    }

    /** Answers to questions that were not asked count as "no". */
    boolean cardKeyExtracted() {
        return asksCardKey.get() && cardKeyExtracted.get();
    }

    boolean used() {
        return applies.get() && used.get();
    }

    boolean activated() {
        return asksActivated.get() && activated.get();
    }

    public BooleanProperty cardKeyExtractedProperty() {
        return cardKeyExtracted;
    }

    public BooleanProperty usedProperty() {
        return used;
    }

    public BooleanProperty activatedProperty() {
        return activated;
    }

    public BooleanBinding asksCardKey() {
        return asksCardKey;
    }

    public BooleanBinding asksActivated() {
        return asksActivated;
    }

    /** False when the wizard skips this page. */
    public BooleanBinding applies() {
        return applies;
    }
}
