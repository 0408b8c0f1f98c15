package org.refunddesk.ui.team;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.refunddesk.rules.conflict.ConflictField;
import org.refunddesk.rules.conflict.FieldChoice;
import org.refunddesk.rules.conflict.FieldDifference;

/** One differing field as the conflict dialog shows it, with the side chosen for the merge. */
public final class ConflictRow {
    private final FieldDifference difference;
    private final String label;
    private final String mineText;
    private final String theirsText;
    private final ObjectProperty<FieldChoice> choice;

    ConflictRow(FieldDifference difference, String label, String mineText, String theirsText) {
        this.difference = difference;
        this.label = label;
        this.mineText = mineText;
        this.theirsText = theirsText;
        this.choice = new SimpleObjectProperty<>(this, "choice", difference.suggested());
    }

    public ConflictField field() {
        return difference.field();
    }

    public String label() {
        return label;
    }

    public String mineText() {
        return mineText;
    }

    public String theirsText() {
        return theirsText;
    }

    /** My side changed this field since the version I started from (or that version is unknown). */
    public boolean mineChanged() {
        return difference.mineChanged();
    }

    public boolean theirsChanged() {
        return difference.theirsChanged();
    }

    public ObjectProperty<FieldChoice> choiceProperty() {
        return choice;
    }
}
