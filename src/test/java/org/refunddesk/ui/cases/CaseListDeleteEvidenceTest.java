package org.refunddesk.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceAttachment;
import org.refunddesk.store.EvidenceLogEntry;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsight;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.ui.testing.UiCases;

/** The case list's delete on the real store: the case's evidence must not be left behind in the vault. */
class CaseListDeleteEvidenceTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC);
    private final ScriptedDialogService dialogs = new ScriptedDialogService();

    @TempDir
    Path dataDir;
    @TempDir
    Path userFiles;

    private Database db;
    private EvidenceVault vault;
    private CaseListViewModel model;

    @BeforeEach
    void open() {
        db = Database.open(dataDir, clock);
        vault = new EvidenceVault(db, clock);
        AppServices services = new AppServices(db.cases(), dataDir, new CurrentThreadTaskExecutor(), dialogs,
                Messages.forTag("zh"), clock, UiPreferences.load(new InMemoryPreferences()),
                (c, now) -> CaseInsight.NONE);
        model = new CaseListViewModel(services);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void confirmedDeleteSaysWhereTheEvidenceGoesAndMovesItToTheTrash() throws Exception {
        RefundCase refundCase = db.cases().create(UiCases.of("话费没到账"));
        EvidenceItem item = vault.attach(EvidenceAttachment.of(refundCase.id(),
                Files.writeString(userFiles.resolve("订单.png"), "order"), EvidenceCategory.PURCHASE_PROOF));
        model.reload();
        model.selectedProperty().set(model.rows().get(0));
        dialogs.answerConfirm(true);

        model.deleteSelected();

        assertThat(dialogs.shown("confirm")).singleElement()
                .satisfies(q -> assertThat(q.message()).contains("证据回收站"));
        assertThat(model.rows()).isEmpty();
        assertThat(db.cases().find(refundCase.id())).isEmpty();
        assertThat(dataDir.resolve("evidence").resolve(refundCase.id().toString())).doesNotExist();
        assertThat(dataDir.resolve("evidence-trash").resolve(refundCase.id().toString()).resolve(item.storedName()))
                .hasContent("order");
        assertThat(vault.log(refundCase.id())).extracting(EvidenceLogEntry::reason).containsExactly("case deleted");
    }
}
