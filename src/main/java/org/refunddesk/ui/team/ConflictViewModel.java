package org.refunddesk.ui.team;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.conflict.CaseConflict;
import org.refunddesk.rules.conflict.ConflictField;
import org.refunddesk.rules.conflict.ConflictValueText;
import org.refunddesk.rules.conflict.FieldChoice;
import org.refunddesk.rules.i18n.Messages;

/** The conflict dialog's state: one row per differing field with its choice, and the three ways out. */
public final class ConflictViewModel {
    private final CaseConflict conflict;
    private final Messages messages;
    private final List<ConflictRow> rows;

    public ConflictViewModel(CaseConflict conflict, Messages messages) {
        this.conflict = conflict;
        this.messages = messages;
        ConflictValueText text = new ConflictValueText(messages);
        this.rows = conflict.differences().stream()
                .map(d -> new ConflictRow(d, text.label(d.field()), text.format(d.mine()), text.format(d.theirs())))
                .toList();
    }

    public List<ConflictRow> rows() {
        return rows;
    }

    public String caseTitle() {
        String title = conflict.theirs().title();
        return title == null || title.isBlank() ? messages.get("teamclient.value.empty") : title;
    }

    /** Whether the start version is known: without it the dialog cannot say which side changed what. */
    public boolean baseKnown() {
        return conflict.base() != null;
    }

    /** The line about the event logs: how many events each side added; both are kept whatever is chosen. */
    public String eventsNote() {
        return messages.get("teamclient.conflict.events", conflict.eventsOnlyMine().size(),
                conflict.eventsOnlyTheirs().size());
    }

    public ConflictResolution keepMine() {
        return new ConflictResolution(ConflictResolution.How.KEPT_MINE, conflict.keepMine());
    }

    public ConflictResolution takeTheirs() {
        return new ConflictResolution(ConflictResolution.How.TOOK_THEIRS, conflict.takeTheirs());
    }

    /** The case merged from each row's current choice. */
    public ConflictResolution merge() {
        Map<ConflictField, FieldChoice> choices = new EnumMap<>(ConflictField.class);
        rows.forEach(r -> choices.put(r.field(), r.choiceProperty().get()));
        RefundCase merged = conflict.merge(choices);
        return new ConflictResolution(ConflictResolution.How.MERGED, merged);
    }
}
