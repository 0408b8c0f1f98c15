package org.refunddesk.ui.statement;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.refunddesk.exchange.statement.StatementCandidate;

/** One payment of the bill in the import dialog, with its tick box (unticked: which payments are disputes is the user's call). */
public final class StatementCandidateRow {
    private final StatementCandidate candidate;
    private final BooleanProperty ticked;

    StatementCandidateRow(StatementCandidate candidate) {
        this.candidate = candidate;
        this.ticked = new SimpleBooleanProperty(false); // the user decides which payments are disputes
    }

    public StatementCandidate candidate() {
        return candidate;
    }

    public BooleanProperty tickedProperty() {
        return ticked;
    }

    public boolean ticked() {
        return ticked.get();
    }
}
