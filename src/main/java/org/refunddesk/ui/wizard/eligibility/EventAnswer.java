package org.refunddesk.ui.wizard.eligibility;

import java.time.Instant;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import org.refunddesk.domain.CaseEvent;

/**
 * "Has X happened? When?" When the case already has the event, the answer is shown as recorded and not
 * added again: the log is append-only, corrections go through the events panel.
 */
public final class EventAnswer {
    private final BooleanProperty happened = new SimpleBooleanProperty();
    private final DateTimeAnswer at = new DateTimeAnswer();
    private final ReadOnlyBooleanWrapper recorded = new ReadOnlyBooleanWrapper();

    public BooleanProperty happenedProperty() {
        return happened;
    }

    public DateTimeAnswer at() {
        return at;
    }

    public ReadOnlyBooleanProperty recordedProperty() {
        return recorded.getReadOnlyProperty();
    }

    void loadRecorded(Optional<CaseEvent> event) {
        recorded.set(event.isPresent());
        happened.set(event.isPresent());
        at.set(event.map(CaseEvent::at).orElse(null));
    }

    /** True when this answer should become a new event. */
    boolean isNew() {
        return happened.get() && !recorded.get();
    }

    String errorKey(Instant now, Instant paidAt) {
        if (!isNew()) {
            return "";
        }
        String basic = at.errorKey(true, now);
        if (!basic.isEmpty()) {
            return basic;
        }
        Instant when = at.instant().orElseThrow();
        return paidAt != null && when.isBefore(paidAt) ? "wizard.error.beforePaid" : "";
    }
}
