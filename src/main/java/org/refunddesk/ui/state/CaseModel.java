package org.refunddesk.ui.state;

import java.util.UUID;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.refunddesk.domain.RefundCase;

/**
 * The one observable model of an open case: every view of the case (workspace, timeline, evidence, status
 * bar) binds to it instead of keeping its own copy, so a change stored by one view shows in all of them.
 * Only {@link OpenCases} replaces the case, after the store has accepted the change.
 */
public final class CaseModel {
    /** Evidence score not computed yet. */
    public static final int UNKNOWN_SCORE = -1;

    private final UUID id;
    private final ReadOnlyObjectWrapper<RefundCase> refundCase;
    private final IntegerProperty evidenceScore = new SimpleIntegerProperty(this, "evidenceScore", UNKNOWN_SCORE);
    private final ObjectProperty<String> evidenceVerified = new SimpleObjectProperty<>(this, "evidenceVerified");

    CaseModel(RefundCase initial) {
        this.id = initial.id();
        this.refundCase = new ReadOnlyObjectWrapper<>(this, "refundCase", initial);
    }

    public UUID id() {
        return id;
    }

    /** The case as last stored. */
    public RefundCase get() {
        return refundCase.get();
    }

    public ReadOnlyObjectProperty<RefundCase> refundCaseProperty() {
        return refundCase.getReadOnlyProperty();
    }

    /** The evidence completeness score, {@link #UNKNOWN_SCORE} until computed. */
    public IntegerProperty evidenceScoreProperty() {
        return evidenceScore;
    }

    /** The last verification's one-line result (null before the first verification this session). */
    public ObjectProperty<String> evidenceVerifiedProperty() {
        return evidenceVerified;
    }

    void replace(RefundCase stored) {
        if (!stored.equals(refundCase.get())) {
            refundCase.set(stored);
        }
    }
}
