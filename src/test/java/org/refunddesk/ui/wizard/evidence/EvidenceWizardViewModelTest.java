package org.refunddesk.ui.wizard.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EvidenceFact;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.evidence.EvidenceFixtures;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;

/** The wizard's view model without a toolkit: same-thread tasks, scripted dialogs, a real vault. */
class EvidenceWizardViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-05T04:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dataDir;
    @TempDir
    Path userFiles;
    private Database db;
    private EvidenceVault vault;
    private RefundCase refundCase;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private EvidenceWizardViewModel model;

    @BeforeEach
    void open() {
        db = Database.open(dataDir, CLOCK);
        vault = new EvidenceVault(db, CLOCK);
        refundCase = db.cases().create(EvidenceFixtures.refundCase(ProblemKind.NOT_DELIVERED, DeliveryMode.DIRECT_TOPUP));
        AppServices services = new AppServices(db.cases(), dataDir, new CurrentThreadTaskExecutor(), dialogs,
                Messages.forTag("zh"), CLOCK, UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE);
        model = new EvidenceWizardViewModel(services, vault, EvidenceChecklist.builtIn(), refundCase);
        model.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path userFile(String name, String content) throws IOException {
        return Files.writeString(userFiles.resolve(name), content);
    }

    private ChecklistRow row(String id) {
        return model.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theChecklistShowsTheItemsOfTheCasesProblemKindWithLevelAndReason() {
        assertThat(model.rows()).extracting(ChecklistRow::id).contains("order-screenshot", "payment-record",
                "not-arrived-record").doesNotContain("product-page");
        assertThat(row("not-arrived-record").level()).isEqualTo("必需");
        assertThat(row("not-arrived-record").why()).contains("运营商");
        assertThat(model.scoreProperty().get()).isZero();
        assertThat(model.scoreTextProperty().get()).isEqualTo("0%");
    }

    @Test
    void aPickedFileIsAttachedToTheChecklistItemAndTheScoreRises() throws Exception {
        Path original = userFile("订单 截图.png", "order");
        dialogs.answerFile(original);

        model.pickFileFor("order-screenshot");

        assertThat(row("order-screenshot").files()).extracting(EvidenceItem::originalName).containsExactly("订单 截图.png");
        assertThat(model.scoreProperty().get()).isPositive();
        assertThat(model.scoreFractionProperty().get()).isEqualTo(model.scoreProperty().get() / 100.0);
        assertThat(vault.list(refundCase.id())).singleElement().satisfies(i -> assertThat(i.checklistItemId())
                .isEqualTo("order-screenshot"));
        assertThat(original).hasContent("order");
    }

    @Test
    void cancellingTheFileDialogAttachesNothing() {
        dialogs.answerFile(null);

        model.pickFileFor("order-screenshot");

        assertThat(model.files()).isEmpty();
    }

    @Test
    void aLargeFileIsKeptOnlyWhenTheUserConfirms() throws Exception {
        Path recording = userFiles.resolve("录音.m4a");
        try (RandomAccessFile file = new RandomAccessFile(recording.toFile(), "rw")) {
            file.setLength(EvidenceVault.LARGE_FILE_BYTES + 1);
        }
        dialogs.answerConfirm(false).answerConfirm(true);

        model.attach("call-recording", List.of(recording));
        assertThat(model.files()).isEmpty();
        model.attach("call-recording", List.of(recording));

        assertThat(dialogs.shown("confirm")).hasSize(2).allSatisfy(s -> assertThat(s.message()).contains("录音.m4a", "50 MB"));
        assertThat(model.files()).singleElement().satisfies(i -> assertThat(i.size()).isEqualTo(EvidenceVault.LARGE_FILE_BYTES + 1));
    }

    @Test
    void tickingWhatAFileShowsIsSavedAndClosesTheGap() throws Exception {
        model.attach("order-screenshot", List.of(userFile("a.png", "a")));
        String noOrderNumber = "没有任何一份证据能看到订单号";
        assertThat(model.gaps()).contains(noOrderNumber);

        model.setShows(model.files().get(0), EvidenceFact.ORDER_NUMBER, true);

        assertThat(model.gaps()).doesNotContain(noOrderNumber);
        assertThat(vault.list(refundCase.id()).get(0).facts()).containsExactly(EvidenceFact.ORDER_NUMBER);
    }

    @Test
    void removingNeedsAReasonThenMovesTheFileToTheTrash() throws Exception {
        model.attach("order-screenshot", List.of(userFile("a.png", "a")));
        int withFile = model.scoreProperty().get();
        model.selectedFileProperty().set(model.files().get(0));

        model.removeSelected();
        assertThat(dialogs.shown("error")).singleElement().satisfies(s -> assertThat(s.message()).contains("删除原因"));
        assertThat(model.files()).hasSize(1);

        model.removeReasonProperty().set("截错了");
        dialogs.answerConfirm(true);
        model.removeSelected();

        assertThat(model.files()).isEmpty();
        assertThat(model.scoreProperty().get()).isLessThan(withFile);
        assertThat(vault.trash(refundCase.id())).hasSize(1);
        assertThat(vault.log(refundCase.id()).get(0).reason()).isEqualTo("截错了");
        assertThat(model.removeReasonProperty().get()).isEmpty();
    }

    @Test
    void verifyNowListsAChangedFile() throws Exception {
        model.attach("order-screenshot", List.of(userFile("订单.png", "a")));
        Path stored = vault.file(model.files().get(0));
        stored.toFile().setWritable(true);
        Files.writeString(stored, "b");

        model.verifyNow();

        assertThat(model.problems()).singleElement().satisfies(line -> assertThat(line).contains("已改动", "订单.png"));
        assertThat(dialogs.shown("error")).hasSize(1);
    }

    @Test
    void exportWritesTheBundleWhereTheUserChoseAndEndsAtFullProgress() throws Exception {
        model.attach("order-screenshot", List.of(userFile("订单.png", "a")));
        Path zip = userFiles.resolve("证据包.zip");
        dialogs.answerFile(zip);
        EvidenceExport export = new EvidenceExport(model);

        export.exportBundle();

        assertThat(zip).exists();
        assertThat(export.progressProperty().get()).isEqualTo(1.0);
        assertThat(export.runningProperty().get()).isFalse();
        assertThat(dialogs.shown("save")).singleElement().satisfies(s -> assertThat(s.message()).isEqualTo("证据包-KM20250301001.zip"));
        assertThat(dialogs.shown("notify")).singleElement().satisfies(s -> assertThat(s.message()).contains("证据包.zip"));
    }

    @Test
    void exportIsRefusedWhileAFileFailsVerification() throws Exception {
        model.attach("order-screenshot", List.of(userFile("订单.png", "a")));
        Files.delete(vault.file(model.files().get(0)));
        Path zip = userFiles.resolve("bundle.zip");
        dialogs.answerFile(zip);

        new EvidenceExport(model).exportBundle();

        assertThat(zip).doesNotExist();
        assertThat(model.problems()).singleElement().satisfies(line -> assertThat(line).contains("已丢失", "订单.png"));
        assertThat(dialogs.shown("error")).singleElement().satisfies(s -> assertThat(s.message()).contains("没有导出"));
    }

    @Test
    void pagesGoForwardAndBackWithinTheWizard() {
        assertThat(model.canGoBack().get()).isFalse();
        model.next();
        model.next();
        assertThat(model.pageProperty().get()).isEqualTo(2);
        assertThat(model.canGoNext().get()).isFalse();
        model.next();
        assertThat(model.pageProperty().get()).isEqualTo(2);
        model.back();
        assertThat(model.pageProperty().get()).isEqualTo(1);
    }
}
