package org.refunddesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.xlsx.CaseColumn;
import org.refunddesk.rules.caseload.CaseFilter;
import org.refunddesk.rules.caseload.PlatformCluster;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseEvidenceScores;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceAttachment;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.store.SavedViews;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.ui.testing.UiCases;

/** Dashboard filters, clusters, saved views, evidence scores and the import mapping, without a toolkit. */
class CaseloadDashboardModelTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC);
    private final Messages messages = Messages.forTag("zh");
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final CurrentThreadTaskExecutor tasks = new CurrentThreadTaskExecutor();
    private final AtomicInteger changes = new AtomicInteger();
    @TempDir
    Path dir;
    private Database database;
    private AppServices services;
    private CaseloadViewModel model;

    @BeforeEach
    void setUp() {
        database = Database.open(dir.resolve("data"), clock);
        database.cases().create(UiCases.of("话费没到账", "星辰卡盟", "KM1", "王小明", "13800138000", "100.00"));
        database.cases().create(UiCases.of("流量包重复", "www.星辰卡盟.com", "KM2", "赵敏", "13700137000", "9.90"));
        database.cases().create(UiCases.of("点卡无效", "星辰 卡盟", "KM3", "王小明", "13800138000", "20.00"));
        database.cases().create(UiCases.of("游戏点卡充错", "月亮卡盟", "KM4", "李华", "13900139000", "30.00")
                .withStatus(CaseStatus.WAITING));
        services = new AppServices(database.cases(), dir, tasks, dialogs, messages, clock,
                UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE);
        model = new CaseloadViewModel(services, changes::incrementAndGet);
        model.reload();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aStatusBarClickNarrowsTheListAndClearingShowsEveryCaseAgain() {
        model.filterByStatus(CaseStatus.WAITING);

        assertThat(model.filteredRows()).extracting(o -> o.refundCase().title()).containsExactly("游戏点卡充错");
        assertThat(model.activeFilterText()).isEqualTo("status=WAITING");

        model.clearFilter();

        assertThat(model.filteredRows()).hasSize(4);
        assertThat(model.activeFilterText()).isEmpty();
    }

    @Test
    void nameVariantsFormOneClusterWithTheirTotalAndConsumers() {
        PlatformCluster star = model.clusters().get(0);

        assertThat(star.displayName()).isEqualTo("星辰卡盟");
        assertThat(star.caseCount()).isEqualTo(3);
        assertThat(star.consumerCount()).isEqualTo(2);
        assertThat(star.totalAmount()).isEqualByComparingTo("129.90");
        assertThat(star.spellings()).containsExactlyInAnyOrder("星辰卡盟", "www.星辰卡盟.com", "星辰 卡盟");
    }

    @Test
    void showingAClusterListsExactlyItsCasesAndNamesItInTheActiveFilter() {
        model.showCluster(model.clusters().get(0));

        assertThat(model.filteredRows()).extracting(o -> o.refundCase().title())
                .containsExactlyInAnyOrder("话费没到账", "流量包重复", "点卡无效");
        assertThat(model.activeFilterText()).isEqualTo("平台簇=星辰卡盟");
    }

    @Test
    void aBulkChangeIsOneTransactionSoAFailingCaseLeavesEveryCaseUnchanged() {
        model.selection().setAll(model.rows());
        database.cases().delete(model.rows().get(0).refundCase().id()); // gone behind the dashboard's back

        model.setStatusOfSelected(CaseStatus.ESCALATED);

        assertThat(dialogs.shown("error")).hasSize(1);
        assertThat(database.cases().list()).extracting(RefundCase::status).doesNotContain(CaseStatus.ESCALATED);
        assertThat(changes).hasValue(0);
    }

    @Test
    void aSavedViewReopensItsFilterAndCanBeDeleted() {
        SavedViewsModel views = new SavedViewsModel(new SavedViews(database, clock), model.filterProperty(), tasks,
                dialogs, messages);
        model.filterProperty().set(CaseFilter.ALL.withStatus(CaseStatus.WAITING).withPlatform("月亮卡盟"));
        views.saveCurrent("月亮待回复");
        model.clearFilter();

        SavedViewsModel reopened = new SavedViewsModel(new SavedViews(database, clock), model.filterProperty(), tasks,
                dialogs, messages);
        reopened.load();
        reopened.open(reopened.views().get(0));

        assertThat(model.filterProperty().get())
                .isEqualTo(CaseFilter.ALL.withStatus(CaseStatus.WAITING).withPlatform("月亮卡盟"));
        assertThat(model.filteredRows()).extracting(o -> o.refundCase().title()).containsExactly("游戏点卡充错");

        reopened.delete(reopened.views().get(0));
        assertThat(reopened.views()).isEmpty();
        assertThat(new SavedViews(database, clock).list()).isEmpty();
    }

    @Test
    void aViewWithoutANameIsRefused() {
        SavedViewsModel views = new SavedViewsModel(new SavedViews(database, clock), model.filterProperty(), tasks,
                dialogs, messages);

        views.saveCurrent("  ");

        assertThat(dialogs.shown("error")).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("请先给视图起个名字。"));
        assertThat(new SavedViews(database, clock).list()).isEmpty();
    }

    @Test
    void evidenceScoresComeFromTheVaultAndACaseWithoutFilesIsListedAsIncomplete() throws IOException {
        RefundCase withFile = database.cases().list().stream().filter(c -> c.title().equals("话费没到账")).findFirst()
                .orElseThrow();
        Path screenshot = Files.writeString(dir.resolve("订单截图.png"), "png");
        EvidenceVault vault = new EvidenceVault(database, clock);
        vault.attach(EvidenceAttachment.of(withFile.id(), screenshot, EvidenceCategory.PURCHASE_PROOF));
        CaseOverviews overviews = new CaseOverviews(CaseInsights.NONE,
                new CaseEvidenceScores(vault, EvidenceChecklist.builtIn(), messages));
        CaseloadViewModel scored = new CaseloadViewModel(services, overviews, () -> { });

        scored.reload();

        CaseOverview shown = scored.rows().stream().filter(o -> o.refundCase().id().equals(withFile.id()))
                .findFirst().orElseThrow();
        assertThat(shown.evidenceScore()).isBetween(1, 99);
        assertThat(shown.evidence()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("订单截图.png");
            assertThat(f.category()).isEqualTo("购买凭证");
            assertThat(f.sha256()).hasSize(64);
        });
        assertThat(scored.rows()).filteredOn(o -> !o.refundCase().id().equals(withFile.id()))
                .extracting(CaseOverview::evidenceScore).containsOnly(0);
        assertThat(scored.statsProperty().get().lowEvidence()).hasSize(4);
    }

    @Test
    void theMappingShowsAPerCellErrorAndAllowsImportOnlyOnceFixed() throws IOException {
        ImportMappingModel mapping = mappingOf(foreignSheet());
        mapping.map(0, CaseColumn.PLATFORM);
        mapping.map(1, CaseColumn.PRODUCT);
        mapping.map(3, CaseColumn.AMOUNT); // by mistake: the order time
        mapping.map(2, CaseColumn.PAID_AT); // and the amount as a time

        assertThat(mapping.importableProperty().get()).isFalse();
        assertThat(mapping.errorAt(2, 3)).hasValueSatisfying(e -> assertThat(e).startsWith("第 2 行 金额:"));
        assertThatThrownBy(mapping::casesToImport).isInstanceOf(IllegalStateException.class);

        mapping.map(2, CaseColumn.AMOUNT); // frees the amount from column 3
        mapping.map(3, CaseColumn.PAID_AT);

        assertThat(mapping.errors()).isEmpty();
        assertThat(mapping.importableProperty().get()).isTrue();
        assertThat(mapping.casesToImport()).extracting(c -> c.purchase().amount().toPlainString())
                .containsExactly("35.00", "8.50");
    }

    @Test
    void theMappingOffersTheFeeAndPlatformIdentityFieldsAndImportsThem() throws IOException {
        ImportMappingModel mapping = mappingOf(Files.writeString(dir.resolve("identity.csv"),
                "网站,买的什么,花了多少,什么时候买的,公司,信用代码,法人,告知手续费,怎么了\n"
                        + "太阳卡盟,话费充值,35,2026-11-01 10:00,太阳网络有限公司,91350100M000100Y43,周八,否,退款被扣手续费\n"));

        assertThat(mapping.fieldChoices()).contains(CaseColumn.FEE_DISCLOSED, CaseColumn.OPERATOR,
                CaseColumn.CREDIT_CODE, CaseColumn.LEGAL_REPRESENTATIVE);
        mapping.map(0, CaseColumn.PLATFORM);
        mapping.map(1, CaseColumn.PRODUCT);
        mapping.map(2, CaseColumn.AMOUNT);
        mapping.map(3, CaseColumn.PAID_AT);
        mapping.map(4, CaseColumn.OPERATOR);
        mapping.map(5, CaseColumn.CREDIT_CODE);
        mapping.map(6, CaseColumn.LEGAL_REPRESENTATIVE);
        mapping.map(7, CaseColumn.FEE_DISCLOSED);
        mapping.map(8, CaseColumn.PROBLEM);

        assertThat(mapping.errors()).isEmpty();
        var imported = mapping.casesToImport().get(0);
        assertThat(imported.platform().operator()).isEqualTo("太阳网络有限公司");
        assertThat(imported.platform().creditCode()).isEqualTo("91350100M000100Y43");
        assertThat(imported.platform().legalRepresentative()).isEqualTo("周八");
        assertThat(imported.problem().feeDisclosed()).isFalse();
    }

    @Test
    void aSheetWithForeignHeadersOpensTheMappingAndImportsAllAtOnceWhenConfirmed() throws IOException {
        dialogs.answerFile(foreignSheet());
        CaseloadTransferViewModel transfer = new CaseloadTransferViewModel(services, new CaseOverviews(CaseInsights.NONE, null),
                m -> {
                    m.map(0, CaseColumn.PLATFORM);
                    m.map(1, CaseColumn.PRODUCT);
                    m.map(2, CaseColumn.AMOUNT);
                    m.map(3, CaseColumn.PAID_AT);
                    return m.importableProperty().get();
                }, () -> null, changes::incrementAndGet);

        transfer.importXlsx();

        assertThat(database.cases().list()).hasSize(6);
        assertThat(changes).hasValue(1);
    }

    @Test
    void aDeclinedMappingImportsNothing() throws IOException {
        dialogs.answerFile(foreignSheet());
        AtomicInteger asked = new AtomicInteger();
        CaseloadTransferViewModel transfer = new CaseloadTransferViewModel(services, new CaseOverviews(CaseInsights.NONE, null),
                m -> asked.incrementAndGet() < 0, () -> null, changes::incrementAndGet);

        transfer.importXlsx();

        assertThat(asked).hasValue(1);
        assertThat(database.cases().list()).hasSize(4);
    }

    private ImportMappingModel mappingOf(Path file) throws IOException {
        var table = new org.refunddesk.exchange.xlsx.XlsxCaseImporter(messages).read(file);
        assertThat(ImportMappingModel.recognised(table)).isFalse();
        return new ImportMappingModel(table, database.cases().list(), tasks, messages);
    }

    /** A volunteer's own spreadsheet: none of the export's headers. */
    private Path foreignSheet() throws IOException {
        return Files.writeString(dir.resolve("mine.csv"), "网站,买的什么,花了多少,什么时候买的\n"
                + "太阳卡盟,话费充值,35,2026-11-01 10:00\n"
                + "太阳卡盟,游戏点卡,8.5,2026-11-02 11:30\n");
    }
}
