package org.refunddesk.ui.wizard.evidence;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.evidence.EvidenceFixtures;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceLogEntry;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;

/** Restoring from and emptying the evidence trash in the wizard, on a real vault with same-thread tasks. */
class EvidenceTrashViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-05T04:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dataDir;
    @TempDir
    Path userFiles;
    private Database db;
    private EvidenceVault vault;
    private RefundCase refundCase;
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private EvidenceWizardViewModel wizard;
    private EvidenceTrashViewModel trash;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dataDir, CLOCK);
        vault = new EvidenceVault(db, CLOCK);
        refundCase = db.cases().create(EvidenceFixtures.refundCase(ProblemKind.NOT_DELIVERED, DeliveryMode.DIRECT_TOPUP));
        AppServices services = new AppServices(db.cases(), dataDir, new CurrentThreadTaskExecutor(), dialogs,
                Messages.forTag("zh"), CLOCK, UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE);
        wizard = new EvidenceWizardViewModel(services, vault, EvidenceChecklist.builtIn(), refundCase);
        trash = new EvidenceTrashViewModel(wizard);
        wizard.load();
        wizard.attach("order-screenshot", List.of(Files.writeString(userFiles.resolve("订单.png"), "order"),
                Files.writeString(userFiles.resolve("付款.png"), "paid")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void removeFromTheWizard(String name) {
        EvidenceItem item = wizard.files().stream().filter(f -> f.originalName().equals(name)).findFirst().orElseThrow();
        wizard.selectedFileProperty().set(item);
        wizard.removeReasonProperty().set("截错了");
        dialogs.answerConfirm(true);
        wizard.removeSelected();
    }

    @Test
    void aRemovedFileShowsUpInTheTrashWithItsCount() {
        assertThat(trash.items()).isEmpty();
        assertThat(trash.title().get()).isEqualTo("回收站（0 个文件）");
        assertThat(trash.canEmpty().get()).isFalse();

        removeFromTheWizard("订单.png");

        assertThat(trash.items()).extracting(EvidenceItem::originalName).containsExactly("订单.png");
        assertThat(trash.title().get()).isEqualTo("回收站（1 个文件）");
        assertThat(trash.canEmpty().get()).isTrue();
    }

    @Test
    void restoringPutsTheFileBackIntoTheVaultAndTheChecklist() {
        int before = wizard.scoreProperty().get();
        removeFromTheWizard("订单.png");
        removeFromTheWizard("付款.png");
        assertThat(wizard.scoreProperty().get()).isLessThan(before);
        assertThat(trash.canRestore().get()).isFalse();

        trash.selectedProperty().set(trash.items().get(0));
        assertThat(trash.canRestore().get()).isTrue();
        trash.restoreSelected();

        assertThat(trash.items()).extracting(EvidenceItem::originalName).containsExactly("付款.png");
        assertThat(wizard.files()).extracting(EvidenceItem::originalName).containsExactly("订单.png");
        assertThat(vault.verify(refundCase.id())).isEmpty();
        assertThat(trash.selectedProperty().get()).isNull();
        assertThat(vault.log(refundCase.id())).extracting(EvidenceLogEntry::action).containsExactly(
                EvidenceLogEntry.Action.REMOVED, EvidenceLogEntry.Action.REMOVED, EvidenceLogEntry.Action.RESTORED);
    }

    @Test
    void emptyingTheTrashAsksFirstAndCancelKeepsEverything() {
        removeFromTheWizard("订单.png");
        dialogs.answerConfirm(false);

        trash.emptyTrash();

        assertThat(dialogs.shown("confirm")).last()
                .satisfies(q -> assertThat(q.message()).contains("永久删除回收站里的 1 个文件"));
        assertThat(trash.items()).hasSize(1);
        assertThat(vault.trash(refundCase.id())).hasSize(1);
    }

    @Test
    void confirmedEmptyingDeletesTheRemovedFilesForGoodAndKeepsTheOthers() throws Exception {
        removeFromTheWizard("订单.png");
        dialogs.answerConfirm(true);

        trash.emptyTrash();

        assertThat(trash.items()).isEmpty();
        assertThat(vault.trash(refundCase.id())).isEmpty();
        assertThat(wizard.files()).extracting(EvidenceItem::originalName).containsExactly("付款.png");
        try (var left = Files.walk(dataDir.resolve("evidence-trash"))) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
        assertThat(vault.log(refundCase.id())).extracting(EvidenceLogEntry::action)
                .endsWith(EvidenceLogEntry.Action.PURGED);
    }
}
