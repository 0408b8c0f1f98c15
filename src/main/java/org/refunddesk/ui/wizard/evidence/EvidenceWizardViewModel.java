package org.refunddesk.ui.wizard.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.refunddesk.domain.EvidenceFact;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.evidence.ChecklistEntry;
import org.refunddesk.rules.evidence.CorroborationChecker;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.evidence.EvidenceTexts;
import org.refunddesk.rules.evidence.GapReport;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.EvidenceAttachment;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.dialog.FileType;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * The evidence wizard's state, shared by its three pages (checklist → what each file shows → gaps and
 * export). Every vault access runs as a background task; the lists and the score are replaced from
 * the task's result on the FX thread. Bundle export lives in {@link EvidenceExport}.
 */
public final class EvidenceWizardViewModel {
    public static final int PAGES = 3;

    private final AppServices services;
    private final EvidenceVault vault;
    private final EvidenceChecklist checklist;
    private final EvidenceTexts texts;
    private RefundCase refundCase;

    private final ObservableList<ChecklistRow> rows = FXCollections.observableArrayList();
    private final ObservableList<EvidenceItem> files = FXCollections.observableArrayList();
    private final ObservableList<EvidenceItem> trashed = FXCollections.observableArrayList();
    private final ObservableList<String> gaps = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final IntegerProperty score = new SimpleIntegerProperty(this, "score", 0);
    private final DoubleProperty scoreFraction = new SimpleDoubleProperty(this, "scoreFraction", 0);
    private final StringProperty scoreText = new SimpleStringProperty(this, "scoreText", "");
    private final ObjectProperty<EvidenceItem> selectedFile = new SimpleObjectProperty<>(this, "selectedFile");
    private final StringProperty removeReason = new SimpleStringProperty(this, "removeReason", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final IntegerProperty page = new SimpleIntegerProperty(this, "page", 0);
    private final StringProperty verification = new SimpleStringProperty(this, "verification");
    private GapReport report;

    public EvidenceWizardViewModel(AppServices services, EvidenceVault vault, EvidenceChecklist checklist,
                                   RefundCase refundCase) {
        this.services = services;
        this.vault = vault;
        this.checklist = checklist;
        this.texts = new EvidenceTexts(services.messages(), checklist);
        this.refundCase = refundCase;
        scoreFraction.bind(score.divide(100.0));
        scoreText.bind(Bindings.createStringBinding(() -> messages().get("evidence.ui.score", score.get()), score));
        show(new EvidenceSnapshot(List.of(), new CorroborationChecker(checklist).check(refundCase, List.of()), List.of()));
        verification.set(messages().get("evidence.ui.verify.notYet"));
    }

    // --- state for the view

    public RefundCase refundCase() {
        return refundCase;
    }

    public EvidenceTexts texts() {
        return texts;
    }

    public ObservableList<ChecklistRow> rows() {
        return rows;
    }

    public ObservableList<EvidenceItem> files() {
        return files;
    }

    /** The case's removed files, still restorable until the trash is emptied. */
    public ObservableList<EvidenceItem> trashed() {
        return trashed;
    }

    public ObservableList<String> gaps() {
        return gaps;
    }

    /** Changed or missing files found by the last verification, one line each. */
    public ObservableList<String> problems() {
        return problems;
    }

    public IntegerProperty scoreProperty() {
        return score;
    }

    public DoubleProperty scoreFractionProperty() {
        return scoreFraction;
    }

    public StringProperty scoreTextProperty() {
        return scoreText;
    }

    public ObjectProperty<EvidenceItem> selectedFileProperty() {
        return selectedFile;
    }

    public StringProperty removeReasonProperty() {
        return removeReason;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The last verification's result in one line; the "not verified yet" text before the first one. */
    public StringProperty verificationProperty() {
        return verification;
    }

    /** The case changed elsewhere (its one shared model): the score and gaps are checked against the new copy. */
    public void caseChanged(RefundCase changed) {
        if (changed != null && changed.id().equals(refundCase.id()) && !changed.equals(refundCase)) {
            refundCase = changed;
            load();
        }
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public BooleanBinding canGoBack() {
        return page.greaterThan(0);
    }

    public BooleanBinding canGoNext() {
        return page.lessThan(PAGES - 1);
    }

    public void next() {
        page.set(Math.min(PAGES - 1, page.get() + 1));
    }

    public void back() {
        page.set(Math.max(0, page.get() - 1));
    }

    /** The stored file as a URI when it is an image, for a thumbnail (the view loads it in the background). */
    public Optional<String> thumbnailUri(EvidenceItem item) {
        // a sealed file has no plain copy on disk to show, and none is made for a thumbnail
        return item.mediaType() != null && item.mediaType().startsWith("image/") && !vault.isEncrypted()
                ? Optional.of(vault.file(item).toUri().toString()) : Optional.empty();
    }

    // --- actions

    public void load() {
        run("evidence.ui.task.loading", progress -> snapshot());
    }

    /** Asks for a file (File → open dialog) and attaches it to the checklist item. */
    public void pickFileFor(String checklistItemId) {
        services.dialogs().showFileOpen(messages().get("evidence.ui.pick.title", texts.itemLabel(checklistItemId)),
                        FileType.of(messages().get("evidence.ui.pick.type"), "*.*"))
                .ifPresent(file -> attach(checklistItemId, List.of(file)));
    }

    /**
     * Attaches files (dropped or picked) to a checklist item. Sizes are read in the background; a file
     * above the large-file limit is kept only when the user confirms.
     */
    public void attach(String checklistItemId, List<Path> paths) {
        ChecklistEntry entry = rows.stream().map(ChecklistRow::entry).filter(e -> e.id().equals(checklistItemId))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("not on this checklist: " + checklistItemId));
        BackgroundTask.of(messages().get("evidence.ui.task.attaching"),
                        progress -> paths.stream().filter(p -> Files.isRegularFile(p) && vault.needsLargeConfirmation(p)).toList())
                .onSuccess(large -> {
                    List<EvidenceAttachment> accepted = new ArrayList<>();
                    for (Path path : paths) {
                        boolean isLarge = large.contains(path);
                        if (isLarge && !services.dialogs().confirm(messages().get("evidence.ui.large.title"),
                                messages().get("evidence.ui.large.message", path.getFileName().toString(),
                                        EvidenceVault.LARGE_FILE_BYTES / (1024 * 1024)))) {
                            continue;
                        }
                        EvidenceAttachment request = EvidenceAttachment.of(refundCase.id(), path, entry.item().category())
                                .toChecklistItem(entry.id());
                        accepted.add(isLarge ? request.confirmingLarge() : request);
                    }
                    if (!accepted.isEmpty()) {
                        run("evidence.ui.task.attaching", progress -> {
                            accepted.forEach(vault::attach);
                            return snapshot();
                        });
                    }
                })
                .onFailure(this::fail)
                .executeWith(services.tasks());
    }

    /** Ticks or unticks what a file shows. */
    public void setShows(EvidenceItem item, EvidenceFact fact, boolean shown) {
        Set<EvidenceFact> facts = item.facts().isEmpty() ? EnumSet.noneOf(EvidenceFact.class) : EnumSet.copyOf(item.facts());
        if (shown) {
            facts.add(fact);
        } else {
            facts.remove(fact);
        }
        run("evidence.ui.task.saving", progress -> {
            vault.describe(item.id(), item.category(), item.checklistItemId(), facts, item.note());
            return snapshot();
        });
    }

    /** Moves the selected file to the trash, logged with the reason the user typed. */
    public void removeSelected() {
        EvidenceItem item = selectedFile.get();
        String reason = removeReason.get() == null ? "" : removeReason.get().strip();
        if (item == null) {
            return;
        }
        if (reason.isEmpty()) {
            services.dialogs().error(messages().get("evidence.ui.remove.title"), messages().get("evidence.ui.remove.needsReason"));
            return;
        }
        if (!services.dialogs().confirm(messages().get("evidence.ui.remove.title"),
                messages().get("evidence.ui.remove.confirm", item.originalName()))) {
            return;
        }
        run("evidence.ui.task.removing", progress -> {
            vault.remove(item.id(), reason);
            return snapshot();
        });
        removeReason.set("");
    }

    /** Re-hashes every file of the case now and reports changed or missing ones. */
    public void verifyNow() {
        BackgroundTask.of(messages().get("evidence.ui.task.verifying"), progress -> vault.verify(refundCase.id()))
                .onRunning(() -> busy.set(true))
                .onSuccess(found -> {
                    problems.setAll(EvidenceExport.problemLines(found, messages()));
                    verification.set(found.isEmpty() ? messages().get("evidence.ui.verify.ok", files.size())
                            : messages().get("evidence.ui.verify.found", found.size()));
                    if (found.isEmpty()) {
                        services.dialogs().notify(messages().get("evidence.ui.verify.ok", files.size()));
                    } else {
                        services.dialogs().error(messages().get("evidence.ui.verify.title"), String.join("\n", problems));
                    }
                })
                .onFailure(this::fail)
                .onFinished(() -> busy.set(false))
                .executeWith(services.tasks());
    }

    // --- shared with the export and the tests

    GapReport report() {
        return report;
    }

    EvidenceVault vault() {
        return vault;
    }

    EvidenceChecklist checklist() {
        return checklist;
    }

    AppServices services() {
        return services;
    }

    Messages messages() {
        return services.messages();
    }

    void fail(Throwable error) {
        services.dialogs().error(messages().get("evidence.ui.error.title"),
                error.getMessage() == null ? error.toString() : error.getMessage());
    }

    private EvidenceSnapshot snapshot() {
        List<EvidenceItem> list = vault.list(refundCase.id());
        return new EvidenceSnapshot(list, new CorroborationChecker(checklist).check(refundCase, list),
                vault.trash(refundCase.id()));
    }

    /** Runs a vault change in the background, then shows the case's evidence as it is afterwards. */
    void change(String titleKey, Runnable vaultChange) {
        run(titleKey, progress -> {
            vaultChange.run();
            return snapshot();
        });
    }

    private void run(String titleKey, BackgroundTask.Work<EvidenceSnapshot> work) {
        BackgroundTask.of(messages().get(titleKey), work)
                .onRunning(() -> busy.set(true))
                .onSuccess(this::show)
                .onFailure(this::fail)
                .onFinished(() -> busy.set(false))
                .executeWith(services.tasks());
    }

    private void show(EvidenceSnapshot snapshot) {
        report = snapshot.report();
        EvidenceItem selected = selectedFile.get();
        List<ChecklistRow> newRows = new ArrayList<>();
        for (ChecklistEntry entry : report.coverage().entries()) {
            newRows.add(new ChecklistRow(entry, entry.item().label().in(messages().english()), texts.level(entry.level()),
                    entry.why().in(messages().english()), report.coverage().files(entry.id())));
        }
        rows.setAll(newRows);
        files.setAll(snapshot.files());
        trashed.setAll(snapshot.trashed());
        gaps.setAll(report.gaps().stream().map(g -> texts.gap(g, report)).toList());
        score.set(report.score());
        selectedFile.set(selected == null ? null
                : snapshot.files().stream().filter(f -> f.id().equals(selected.id())).findFirst().orElse(null));
    }
}
