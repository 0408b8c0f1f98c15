package org.refunddesk.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.CaseFiles;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryCaseRepository;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.ui.testing.UiCases;

class CaseTransferViewModelTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC);
    private final InMemoryCaseRepository repository = new InMemoryCaseRepository(clock);
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final AtomicInteger reloads = new AtomicInteger();
    private RefundCase selected;
    private final CaseTransferViewModel model = new CaseTransferViewModel(
            new AppServices(repository, Path.of("/data"), new CurrentThreadTaskExecutor(), dialogs,
                    Messages.forTag("zh"), clock, UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE),
            () -> Optional.ofNullable(selected), reloads::incrementAndGet);
    @TempDir
    Path folder;

    @Test
    void importingACaseFileStoresItAndReloadsTheList() throws IOException {
        RefundCase original = UiCases.of("导入的案件");
        Path file = Files.writeString(folder.resolve("in.json"), CaseFiles.writeCase(original));
        dialogs.answerFile(file);

        model.importCase();

        assertThat(repository.find(original.id())).get().extracting(RefundCase::title).isEqualTo("导入的案件");
        assertThat(reloads.get()).isEqualTo(1);
        assertThat(dialogs.shown("notify")).singleElement().satisfies(n -> assertThat(n.message()).contains("导入的案件"));
    }

    @Test
    void aBadCaseFileIsRefusedWithItsJsonPathAndNothingIsStored() throws IOException {
        String json = CaseFiles.writeCase(UiCases.of("坏金额")).replace("\"100.00\"", "\"12,5\"");
        Path file = Files.writeString(folder.resolve("bad.json"), json);
        dialogs.answerFile(file);

        model.importCase();

        assertThat(dialogs.shown("error")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("purchase.amount").contains("12,5"));
        assertThat(repository.count()).isZero();
        assertThat(reloads.get()).isZero();
    }

    @Test
    void importingACaseWhoseIdExistsIsRefused() throws IOException {
        RefundCase stored = repository.create(UiCases.of("已有"));
        Path file = Files.writeString(folder.resolve("dup.json"), CaseFiles.writeCase(stored.withAssignee("别人")));
        dialogs.answerFile(file);

        model.importCase();

        assertThat(dialogs.shown("error")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains(stored.id().toString()));
        assertThat(repository.find(stored.id()).orElseThrow().assignee()).isNull();
    }

    @Test
    void cancellingTheFileDialogDoesNothing() {
        dialogs.answerFile(null);

        model.importCase();

        assertThat(dialogs.shown()).extracting(ScriptedDialogService.Shown::kind).containsExactly("open");
    }

    @Test
    void exportingWithoutASelectionSaysWhatToDo() {
        model.exportSelected();

        assertThat(dialogs.shown("info")).singleElement().satisfies(i -> assertThat(i.message()).contains("选中"));
    }

    @Test
    void theExportedCaseFileReadsBackAsTheSameCase() {
        selected = repository.create(UiCases.of("导出/测试?"));
        Path file = folder.resolve("out.json");
        dialogs.answerFile(file);

        model.exportSelected();

        assertThat(dialogs.shown("save")).singleElement().satisfies(s -> assertThat(s.message()).isEqualTo("导出_测试_.refundcase.json"));
        assertThat(CaseFiles.readCase(file)).isEqualTo(selected);
    }

    @Test
    void aBackupHoldsEveryStoredCase() {
        repository.create(UiCases.of("一"));
        repository.create(UiCases.of("二"));
        Path file = folder.resolve("backup.json");
        dialogs.answerFile(file);

        model.backupAll();

        assertThat(dialogs.shown("save").get(0).message()).isEqualTo("refunddesk-backup-2026-11-21.json");
        assertThat(CaseFiles.readBackup(file)).containsExactlyInAnyOrderElementsOf(repository.list());
    }

    @Test
    void restoringAsksFirstAndCancelKeepsTheCurrentCases() throws IOException {
        RefundCase current = repository.create(UiCases.of("现有"));
        Path file = Files.writeString(folder.resolve("b.json"), CaseFiles.writeBackup(List.of(UiCases.of("备份里的")), clock.instant()));
        dialogs.answerFile(file).answerConfirm(false);

        model.restore();

        assertThat(dialogs.shown("confirm")).singleElement()
                .satisfies(q -> assertThat(q.message()).contains("b.json").contains("1 个案件替换现有的 1 个"));
        assertThat(repository.list()).containsExactly(current);
        assertThat(reloads.get()).isZero();
    }

    @Test
    void aConfirmedRestoreReplacesAllCases() throws IOException {
        repository.create(UiCases.of("现有"));
        RefundCase backedUp = UiCases.of("备份里的");
        Path file = Files.writeString(folder.resolve("b.json"), CaseFiles.writeBackup(List.of(backedUp), clock.instant()));
        dialogs.answerFile(file).answerConfirm(true);

        model.restore();

        assertThat(repository.list()).extracting(RefundCase::id).containsExactly(backedUp.id());
        assertThat(reloads.get()).isEqualTo(1);
    }

    @Test
    void aBrokenBackupIsRefusedBeforeAnyQuestionAndChangesNothing() throws IOException {
        RefundCase current = repository.create(UiCases.of("现有"));
        Path file = Files.writeString(folder.resolve("broken.json"), "{\"format\": \"refunddesk.backup/1\", \"cases\": [");
        dialogs.answerFile(file);

        model.restore();

        assertThat(dialogs.shown("confirm")).isEmpty();
        assertThat(dialogs.shown("error")).singleElement().satisfies(e -> assertThat(e.message()).contains("broken.json"));
        assertThat(repository.list()).containsExactly(current);
    }
}
