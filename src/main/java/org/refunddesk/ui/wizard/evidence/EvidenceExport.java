package org.refunddesk.ui.wizard.evidence;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.evidence.EvidenceBundle;
import org.refunddesk.exchange.evidence.EvidenceBundleWriter;
import org.refunddesk.rules.evidence.CorroborationChecker;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.EvidenceProblem;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.ui.dialog.FileType;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.RunningTask;

/**
 * Exports the case's bundle from the wizard: asks where, verifies every file, writes the ZIP on a
 * worker thread and shows its progress. Refuses (and lists the files) while any file fails verification.
 */
public final class EvidenceExport {
    /** What the export did: the files that failed verification, or the bundle written. */
    record Result(List<EvidenceProblem> problems, Path written, int files) {
    }

    private final EvidenceWizardViewModel model;
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running", false);
    private final BooleanProperty showInFull = new SimpleBooleanProperty(this, "showInFull", false);

    public EvidenceExport(EvidenceWizardViewModel model) {
        this.model = model;
        // as the XLSX export: full numbers in the index and manifest only after the user confirms
        showInFull.addListener((o, was, now) -> {
            Messages m = model.messages();
            if (now && !model.services().dialogs().confirm(m.get("privacy.export.showInFull"),
                    m.get("privacy.export.showInFull.confirm"))) {
                showInFull.set(false);
            }
        });
    }

    /** False (the default): order numbers, phones and numbers in titles and file names masked in index and manifest. */
    public BooleanProperty showInFullProperty() {
        return showInFull;
    }

    /** 0..1 while writing (-1 while the size is unknown); 1 when done. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public void exportBundle() {
        Messages m = model.messages();
        RefundCase c = model.refundCase();
        Optional<Path> target = model.services().dialogs().showFileSave(m.get("evidence.ui.export.title"),
                m.get("evidence.ui.export.suggestedName", c.purchase() == null || c.purchase().orderNo() == null
                        ? c.id().toString().substring(0, 8) : c.purchase().orderNo()),
                FileType.of(m.get("evidence.ui.export.type"), "*.zip"));
        if (target.isEmpty()) {
            return;
        }
        String title = m.get("evidence.ui.task.exporting", c.title());
        boolean inFull = showInFull.get();
        BackgroundTask.of(title, p -> write(target.get(), inFull, p))
                .onRunning(() -> {
                    running.set(true);
                    progress.set(-1);
                    // the executor's task carries the progress; follow it while it runs
                    model.services().tasks().running().stream().filter(t -> t.title().equals(title)).findFirst()
                            .map(RunningTask::progressProperty).ifPresent(progress::bind);
                })
                .onSuccess(result -> {
                    progress.unbind();
                    report(result);
                })
                .onFailure(error -> {
                    progress.unbind();
                    progress.set(0);
                    model.fail(error);
                })
                .onFinished(() -> running.set(false))
                .executeWith(model.services().tasks());
    }

    private Result write(Path target, boolean inFull, BackgroundTask.Progress p) throws Exception {
        EvidenceVault vault = model.vault();
        RefundCase c = model.refundCase();
        List<EvidenceProblem> problems = vault.verify(c.id());
        if (!problems.isEmpty()) {
            return new Result(problems, null, 0);
        }
        List<EvidenceItem> items = vault.list(c.id());
        EvidenceBundle bundle = new EvidenceBundle(c, items, new CorroborationChecker(model.checklist()).check(c, items));
        new EvidenceBundleWriter(model.checklist(), model.texts(), model.services().clock(), inFull)
                .write(bundle, vault::open, target, p::update);
        return new Result(List.of(), target, items.size());
    }

    private void report(Result result) {
        Messages m = model.messages();
        if (!result.problems().isEmpty()) {
            progress.set(0);
            model.problems().setAll(problemLines(result.problems(), m));
            model.services().dialogs().error(m.get("evidence.ui.export.title"),
                    m.get("evidence.ui.export.refused") + "\n" + String.join("\n", model.problems()));
            return;
        }
        progress.set(1);
        model.services().dialogs().notify(m.get("evidence.ui.export.done", result.written().toString(), result.files()));
    }

    static List<String> problemLines(List<EvidenceProblem> problems, Messages m) {
        return problems.stream().map(p -> m.get(p.kind().messageKey(), p.item().originalName(),
                p.item().caseId().toString())).toList();
    }
}
