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
import org.refunddesk.ui.state.CaseModel;
import org.refunddesk.ui.state.OpenCases;
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
    private OpenCases openCases;
    private CaseModel shownModel;
    private final javafx.beans.value.ChangeListener<Number> scoreListener = (o, was, now) -> showScore(now.intValue());

    public EvidenceFeature(AppServices services, EvidenceVault vault) {
        this.services = services;
        this.vault = vault;
    }

    /** The workspace section id of the evidence wizard. */
    public static final String SECTION = "evidence";

    @Override
    public void install(MainWindow window) {
        Messages m = services.messages();
        MenuItem open = window.addMenuItem(MainMenu.CASE, m.get("evidence.menu.open"), 'V', "Shortcut+E",
                () -> window.openCase(window.selectedCaseProperty().get(), SECTION));
        open.setId("menuEvidence");
        open.disableProperty().bind(window.selectedCaseProperty().isNull());
        window.addCaseSection(SECTION, m.get("evidence.section"), caseModel -> view(window, caseModel));
        window.addCaseAction(SECTION, c -> window.openCase(c, SECTION));
        indicator.setId("statusEvidenceScore");
        window.addStatusItem(indicator);
        openCases = window.openCases();
        selectedCase = window.selectedCaseProperty();
        selectedCase.addListener((obs, old, selected) -> showScoreOf(selected));
    }

    private EvidenceWizardView view(MainWindow window, CaseModel caseModel) {
        EvidenceWizardViewModel model = new EvidenceWizardViewModel(services, vault, checklist, caseModel.get());
        model.scoreProperty().addListener((obs, old, score) -> caseModel.evidenceScoreProperty().set(score.intValue()));
        caseModel.refundCaseProperty().addListener((obs, old, now) -> model.caseChanged(now));
        model.load();
        return new EvidenceWizardView(model);
    }

    private void showScoreOf(RefundCase selected) {
        if (shownModel != null) {
            shownModel.evidenceScoreProperty().removeListener(scoreListener);
            shownModel = null;
        }
        indicator.setText("");
        if (selected == null) {
            return;
        }
        // the status bar follows the selected case's one model: a score changed in any view shows here
        shownModel = openCases.model(selected);
        shownModel.evidenceScoreProperty().addListener(scoreListener);
        int known = shownModel.evidenceScoreProperty().get();
        if (known != CaseModel.UNKNOWN_SCORE) {
            showScore(known);
            return;
        }
        CaseModel target = shownModel;
        BackgroundTask.of(services.messages().get("evidence.ui.task.loading"), progress -> {
                    List<EvidenceItem> files = vault.list(selected.id());
                    return new CorroborationChecker(checklist).check(selected, files).score();
                })
                .onSuccess(score -> {
                    if (target.evidenceScoreProperty().get() == CaseModel.UNKNOWN_SCORE) {
                        target.evidenceScoreProperty().set(score);
                    }
                })
                .onFailure(e -> indicator.setText(""))
                .executeWith(services.tasks());
    }

    private void showScore(int score) {
        indicator.setText(score == CaseModel.UNKNOWN_SCORE ? "" : services.messages().get("evidence.status.score", score));
    }
}
