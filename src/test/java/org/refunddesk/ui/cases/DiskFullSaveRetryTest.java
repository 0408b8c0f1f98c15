package org.refunddesk.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.StoreUnusableException;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;

/**
 * The editor's save on a store that cannot be written because the disk is full (issue 15, problem 6): it says so in
 * words with what to do, and 再试一次 checks the space again, reopens the store and saves. The store is opened
 * read-only as after a refused save; the real full disk is {@code WritesAfterDiskFullTest} (root).
 */
class DiskFullSaveRetryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void aRefusedSaveSaysTheDiskIsFullAndTryAgainSavesOnceThereIsSpace() {
        ScriptedDialogService dialogs = new ScriptedDialogService().answerConfirm(true);
        try (Database db = refusingStore()) {
            CaseListViewModel editor = editor(db, dialogs);
            RefundCase edited = SampleCases.full("满盘时写的");
            AtomicBoolean saved = new AtomicBoolean();
            editor.save(edited, true, () -> saved.set(true));

            assertThat(dialogs.shown("confirm")).singleElement().satisfies(asked -> {
                assertThat(asked.title()).isEqualTo("磁盘已满，这次没有保存");
                assertThat(asked.message()).contains("磁盘已满").contains("腾出空间").contains("再试一次");
            });
            assertThat(saved).as("saved after 再试一次").isTrue();
            assertThat(db.readOnlyBecause()).isEmpty();
            assertThat(db.cases().find(edited.id())).isPresent();
        }
    }

    @Test
    void withoutTryingAgainNothingIsSavedAndTheStoreStaysReadable() {
        ScriptedDialogService dialogs = new ScriptedDialogService().answerConfirm(false);
        try (Database db = refusingStore()) {
            RefundCase edited = SampleCases.full("不再试");
            AtomicBoolean saved = new AtomicBoolean();
            editor(db, dialogs).save(edited, true, () -> saved.set(true));

            assertThat(saved).isFalse();
            assertThat(dialogs.shown("confirm")).hasSize(1);
            assertThat(db.readOnlyBecause()).isPresent();
            assertThat(db.cases().list()).extracting(RefundCase::title).containsExactly("之前的");
        }
    }

    private Database refusingStore() {
        Path dir = tmp.resolve("data");
        try (Database db = Database.open(dir, CLOCK)) {
            db.cases().create(SampleCases.full("之前的"));
        }
        return Database.openReadOnly(dir, CLOCK, null, StoreUnusableException.Kind.DISK_FULL);
    }

    private static CaseListViewModel editor(Database db, ScriptedDialogService dialogs) {
        AppServices services = new AppServices(db.cases(), db.dataDir(), new CurrentThreadTaskExecutor(), dialogs,
                Messages.forTag("zh"), CLOCK, UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE);
        return new CaseListViewModel(services);
    }
}
