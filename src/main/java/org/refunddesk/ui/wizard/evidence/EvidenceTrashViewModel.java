package org.refunddesk.ui.wizard.evidence;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.rules.i18n.Messages;

/**
 * The case's evidence trash in the wizard: restore a removed file, or empty the trash for good after a
 * confirmation. The vault work runs in the background through the wizard's model, which then shows the
 * files, the gaps and the trash as they are afterwards.
 */
public final class EvidenceTrashViewModel {
    private final EvidenceWizardViewModel wizard;
    private final ObjectProperty<EvidenceItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanBinding canRestore;
    private final BooleanBinding canEmpty;
    private final StringBinding title;

    public EvidenceTrashViewModel(EvidenceWizardViewModel wizard) {
        this.wizard = wizard;
        ObservableList<EvidenceItem> trashed = wizard.trashed();
        canRestore = selected.isNull().or(wizard.busyProperty()).not();
        canEmpty = Bindings.isEmpty(trashed).or(wizard.busyProperty()).not();
        title = Bindings.createStringBinding(() -> messages().get("evidence.ui.trash.title", trashed.size()), trashed);
        // a restored or purged file leaves the list: forget it as the selection
        trashed.addListener((ListChangeListener<EvidenceItem>) change -> {
            if (selected.get() != null && !trashed.contains(selected.get())) {
                selected.set(null);
            }
        });
    }

    public ObservableList<EvidenceItem> items() {
        return wizard.trashed();
    }

    public ObjectProperty<EvidenceItem> selectedProperty() {
        return selected;
    }

    public BooleanBinding canRestore() {
        return canRestore;
    }

    public BooleanBinding canEmpty() {
        return canEmpty;
    }

    /** "Trash (n)", for the section heading. */
    public StringBinding title() {
        return title;
    }

    /** Puts the selected file back into the vault (logged as restored by the vault). */
    public void restoreSelected() {
        EvidenceItem item = selected.get();
        if (item == null) {
            return;
        }
        wizard.change("evidence.ui.task.restoring", () -> wizard.vault().restore(item.id()));
    }

    /** Deletes every removed file of the case for good, only after the user confirms. */
    public void emptyTrash() {
        int count = items().size();
        if (count == 0 || !wizard.services().dialogs().confirm(messages().get("evidence.ui.trash.empty.title"),
                messages().get("evidence.ui.trash.empty.confirm", count))) {
            return;
        }
        wizard.change("evidence.ui.task.emptying", () -> wizard.vault().emptyTrash(wizard.refundCase().id()));
    }

    private Messages messages() {
        return wizard.messages();
    }
}
