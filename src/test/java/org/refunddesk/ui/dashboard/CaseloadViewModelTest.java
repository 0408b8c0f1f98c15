package org.refunddesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryCaseRepository;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.ui.testing.UiCases;

/** The caseload view models without a toolkit: same-thread tasks, scripted dialogs, an in-memory store. */
class CaseloadViewModelTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC);
    private final Messages messages = Messages.forTag("zh");
    private final InMemoryCaseRepository repository = new InMemoryCaseRepository(clock);
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final AtomicInteger changes = new AtomicInteger();
    private AppServices services;
    private CaseloadViewModel model;

    @TempDir
    Path dir;

    @BeforeEach
    void setUp() {
        repository.create(UiCases.of("话费没到账", "星辰卡盟", "KM1", "王小明", "13800138000", "100.00"));
        repository.create(UiCases.of("游戏点卡充错", "月亮卡盟", "KM2", "李华", "13900139000", "30.00"));
        services = new AppServices(repository, dir, new CurrentThreadTaskExecutor(), dialogs, messages, clock,
                UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE);
        model = new CaseloadViewModel(services, changes::incrementAndGet);
        model.reload();
    }

    @Test
    void bulkTagAndStatusChangeEverySelectedCaseInTheStore() {
        model.selection().setAll(model.rows());

        model.tagSelected("联名投诉");
        model.selection().setAll(model.rows());
        model.setStatusOfSelected(CaseStatus.ESCALATED);

        assertThat(repository.list()).allSatisfy(c -> {
            assertThat(c.tags()).containsExactly("联名投诉");
            assertThat(c.status()).isEqualTo(CaseStatus.ESCALATED);
        });
        assertThat(model.statsProperty().get().byStatus()).containsEntry(CaseStatus.ESCALATED, 2);
        assertThat(changes).hasValue(2);
    }

    @Test
    void nothingSelectedChangesNothing() {
        model.assignSelected("张志愿");

        assertThat(repository.list()).extracting(RefundCase::assignee).containsOnlyNulls();
        assertThat(changes).hasValue(0);
    }

    @Test
    void aFailedBulkChangeIsShownToTheUser() {
        model.selection().setAll(model.rows());
        repository.failWith("disk full");

        model.assignSelected("张志愿");

        // the store refuses the reload too here, so the error may show twice; nothing was stored
        // said in words, as the case list says it (not the store's raw message)
        assertThat(dialogs.shown("error")).extracting(ScriptedDialogService.Shown::message).first().asString()
                .contains("磁盘已满").doesNotContain("disk full");
        repository.failWith(null);
        assertThat(repository.list()).extracting(RefundCase::assignee).containsOnlyNulls();
    }

    @Test
    void offlineTheBoardKeepsWhatItReadAndABulkChangeSaysTheServerIsUnreachable() {
        var shown = java.util.List.copyOf(model.rows());
        var figures = model.statsProperty().get();
        repository.failWithException(new org.refunddesk.store.ServerUnreachableException(
                new org.refunddesk.store.ServerAddress("team.example", 5432, "refunddesk", "zhang", "require"),
                new java.net.ConnectException("Connection refused")));

        model.reload();

        assertThat(model.rows()).containsExactlyElementsOf(shown);
        assertThat(model.statsProperty().get()).isEqualTo(figures);
        assertThat(dialogs.shown("error")).isEmpty();

        model.selection().setAll(model.rows());
        model.assignSelected("张志愿");

        assertThat(dialogs.shown("error")).extracting(ScriptedDialogService.Shown::message)
                .containsOnly(messages.get("caseload.ui.offline"));
        repository.failWithException(null);
        assertThat(repository.list()).extracting(RefundCase::assignee).containsOnlyNulls();
    }

    @Test
    void importWithABadCellShowsRowAndColumnAndStoresNothing() throws IOException {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "平台,商品,金额,付款时间\n星辰卡盟,话费充值,\"12,5\",2026-11-01 10:00\n");
        dialogs.answerFile(csv);

        transfer().importXlsx();

        assertThat(dialogs.shown("error")).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("第 2 行 金额: “12,5” 不是金额"));
        assertThat(repository.list()).hasSize(2);
    }

    @Test
    void importAsksFirstAndStoresAllNewCasesReportingDuplicates() throws IOException {
        Path csv = dir.resolve("good.csv");
        Files.writeString(csv, "平台,订单号,商品,金额,付款时间\n"
                + "星辰卡盟,KM1,话费充值,100,2026-11-01 10:00\n"
                + "太阳卡盟,T-1,话费充值,5,2026-11-01 10:00\n"
                + "太阳卡盟,T-2,话费充值,6,2026-11-01 10:00\n");
        dialogs.answerFile(csv).answerConfirm(true);

        transfer().importXlsx();

        assertThat(dialogs.shown("confirm")).singleElement().satisfies(q -> assertThat(q.message())
                .startsWith("导入 2 个案件？（1 个重复，不会导入）").contains("第 2 行已在案件库中"));
        assertThat(repository.list()).hasSize(4);
        assertThat(changes).hasValue(1);
    }

    @Test
    void declinedImportStoresNothing() throws IOException {
        Path csv = dir.resolve("good.csv");
        Files.writeString(csv, "平台,商品,金额,付款时间\n太阳卡盟,话费充值,5,2026-11-01 10:00\n");
        dialogs.answerFile(csv).answerConfirm(false);

        transfer().importXlsx();

        assertThat(repository.list()).hasSize(2);
    }

    @Test
    void exportWritesTheShownCasesWithMaskedPhonesUnlessConfirmed() throws IOException {
        Path file = dir.resolve("out.xlsx");
        dialogs.answerFile(file).answerConfirm(false);

        transfer().exportXlsx();

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(3).getStringCellValue()).contains("****");
        }
        assertThat(dialogs.shown("notify")).hasSize(1);
    }

    @Test
    void exportBeforeTheTabWasOpenedReadsEveryStoredCase() throws IOException {
        Path file = dir.resolve("all.ics");
        dialogs.answerFile(file);

        new CaseloadTransferViewModel(services, () -> null, () -> { }).exportIcs();

        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR");
        assertThat(dialogs.shown("notify")).extracting(ScriptedDialogService.Shown::message)
                .singleElement().asString().startsWith("已导出 0 个期限");
    }

    private CaseloadTransferViewModel transfer() {
        return new CaseloadTransferViewModel(services, () -> List.copyOf(model.filteredRows()), changes::incrementAndGet);
    }
}
