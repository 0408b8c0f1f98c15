package org.refunddesk.ui.wizard.evidence;

import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;

import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.evidence.CorroborationChecker;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.MainMenu;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * Case → Evidence… opens the selected case's evidence wizard in a tab; the status bar shows the
 * selected case's evidence completeness.
 */
public final class EvidenceFeature implements Feature {
    private final AppServices services;
    private final EvidenceVault vault;
    private final EvidenceChecklist checklist = EvidenceChecklist.builtIn();
    private final Label indicator = new Label();
    private ObservableValue<RefundCase> selectedCase;

    public EvidenceFeature(AppServices services, EvidenceVault vault) {
        this.services = services;
        this.vault = vault;
    }

    @Override
    public void install(MainWindow window) {
        Messages m = services.messages();
        MenuItem open = window.addMenuItem(MainMenu.CASE, m.get("evidence.menu.open"), "Shortcut+E", () -> open(window));
        open.setId("menuEvidence");
        open.disableProperty().bind(window.selectedCaseProperty().isNull());
        indicator.setId("statusEvidenceScore");
        window.addStatusItem(indicator);
        selectedCase = window.selectedCaseProperty();
        selectedCase.addListener((obs, old, selected) -> showScoreOf(selected));
    }

    private void open(MainWindow window) {
        RefundCase selected = window.selectedCaseProperty().get();
        if (selected == null) {
            return;
        }
        window.showView("evidence-" + selected.id(), services.messages().get("evidence.ui.tab", selected.title()), () -> {
            EvidenceWizardViewModel model = new EvidenceWizardViewModel(services, vault, checklist, selected);
            model.scoreProperty().addListener((obs, old, score) -> {
                RefundCase shown = window.selectedCaseProperty().get();
                if (shown != null && shown.id().equals(selected.id())) {
                    indicator.setText(services.messages().get("evidence.status.score", score.intValue()));
                }
            });
            model.load();
            return new EvidenceWizardView(model);
        });
    }

    private void showScoreOf(RefundCase selected) {
        if (selected == null) {
            indicator.setText("");
            return;
        }
        BackgroundTask.of(services.messages().get("evidence.ui.task.loading"), progress -> {
                    List<EvidenceItem> files = vault.list(selected.id());
                    return new CorroborationChecker(checklist).check(selected, files).score();
                })
                .onSuccess(score -> {
                    RefundCase now = selectedCase.getValue();
                    // a later selection may have finished first: show only the case still selected
                    if (now != null && now.id().equals(selected.id())) {
                        indicator.setText(services.messages().get("evidence.status.score", score));
                    }
                })
                .onFailure(e -> indicator.setText(""))
                .executeWith(services.tasks());
    }
}
