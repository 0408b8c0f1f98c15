package org.refunddesk.ui.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.conflict.ConflictField;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.ServerLogin;
import org.refunddesk.store.VersionedCase;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.testing.TestPostgres;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16, no lost update: two clients (two stores on one PostgreSQL database) edit the same case; the second save
 * opens the real conflict dialog with both values; the decision is saved once on top of the other's version, and
 * the events both clients added are kept. Closing the dialog saves nothing.
 */
@ExtendWith(ApplicationExtension.class)
class TeamConflictSaveTest {
    private final FxRobot robot = new FxRobot();
    private final Clock clock = Clock.systemUTC();
    private final Messages messages = Messages.forTag("zh");
    @TempDir
    Path cache;
    private Stage stage;
    private Database serverA;
    private Database serverB;
    private TeamSaves clientA;
    private TeamSaves clientB;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1024, 700));
        stage.show();
    }

    @BeforeEach
    void openTwoClients() {
        ServerLogin login = TestPostgres.newDatabase();
        serverA = Database.openServer(login, cache.resolve("a"), clock, true);
        serverB = Database.openServer(login, cache.resolve("b"), clock, false);
        clientA = new TeamSaves(serverA.cases(), conflict -> {
            throw new AssertionError("client A saved first and must not be asked");
        }, null, messages, clock);
        clientB = new TeamSaves(serverB.cases(), new FxConflictResolver(() -> stage, messages), null, messages, clock);
    }

    @AfterEach
    void close() {
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != stage && w instanceof Stage)
                .map(Stage.class::cast).forEach(Stage::close));
        serverA.close();
        serverB.close();
    }

    @Test
    void theSecondSaveShowsBothValuesAndKeepingMineSavesOnceWithBothEvents() throws Exception {
        RefundCase created = serverA.cases().create(SampleCases.full("话费没到账"));
        long start = serverA.cases().findVersioned(created.id()).orElseThrow().version();
        RefundCase readByA = clientA.find(created.id()).orElseThrow();
        RefundCase readByB = clientB.find(created.id()).orElseThrow();
        CaseEvent eventA = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID.plusSeconds(10_000));
        CaseEvent eventB = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID.plusSeconds(20_000));

        clientA.update(ConflictField.TITLE.set(readByA, "甲改的标题").withEvent(eventA));
        CompletableFuture<RefundCase> savedByB = CompletableFuture.supplyAsync(
                () -> clientB.update(ConflictField.TITLE.set(readByB, "乙改的标题").withEvent(eventB)));

        waitForDialog(savedByB);
        assertThat(label("#conflictMine-title")).contains("乙改的标题");
        assertThat(label("#conflictTheirs-title")).contains("甲改的标题");
        assertThat(savedByB).isNotDone(); // nothing saved while the person decides
        assertThat(stored(created).refundCase().title()).isEqualTo("甲改的标题");

        robot.clickOn("#conflictKeepMine");
        RefundCase result = savedByB.get(30, TimeUnit.SECONDS);

        VersionedCase now = stored(created);
        assertThat(now.version()).isEqualTo(start + 2); // A's save and B's one resolved save
        assertThat(now.refundCase().title()).isEqualTo("乙改的标题").isEqualTo(result.title());
        assertThat(now.refundCase().events()).extracting(CaseEvent::id).contains(eventA.id(), eventB.id())
                .doesNotHaveDuplicates();
    }

    @Test
    void closingTheDialogSavesNothingAndHandsTheEditBack() throws Exception {
        RefundCase created = serverA.cases().create(SampleCases.full("流量包没到账"));
        RefundCase readByA = clientA.find(created.id()).orElseThrow();
        RefundCase readByB = clientB.find(created.id()).orElseThrow();
        clientA.update(ConflictField.TITLE.set(readByA, "甲改的标题"));
        VersionedCase afterA = stored(created);
        RefundCase editByB = ConflictField.TITLE.set(readByB, "乙改的标题");

        CompletableFuture<RefundCase> savedByB = CompletableFuture.supplyAsync(() -> clientB.update(editByB));
        waitForDialog(savedByB);
        robot.clickOn("#conflictLater");

        assertThatThrownBy(() -> savedByB.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(UnresolvedConflictException.class)
                .satisfies(e -> assertThat(((UnresolvedConflictException) e.getCause()).unsaved()).isEqualTo(editByB));
        assertThat(stored(created)).isEqualTo(afterA); // neither overwritten nor changed

        // saving the handed-back edit again asks again: both versions stay until someone decides
        CompletableFuture<RefundCase> again = CompletableFuture.supplyAsync(() -> clientB.update(editByB));
        waitForDialog(again);
        robot.clickOn("#conflictTakeTheirs");
        assertThat(again.get(30, TimeUnit.SECONDS).title()).isEqualTo("甲改的标题");
        assertThat(stored(created).refundCase().title()).isEqualTo("甲改的标题");
    }

    @Test
    void anEventAddedByTheOtherClientIsMergedWithoutAsking() {
        RefundCase created = serverA.cases().create(SampleCases.full("游戏点卡充错"));
        RefundCase readByB = clientB.find(created.id()).orElseThrow();
        CaseEvent eventA = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID.plusSeconds(10_000));
        clientA.appendEvent(created.id(), eventA);

        RefundCase saved = clientB.update(ConflictField.TITLE.set(readByB, "乙改的标题"));

        assertThat(saved.title()).isEqualTo("乙改的标题");
        assertThat(stored(created).refundCase().events()).extracting(CaseEvent::id).contains(eventA.id());
        assertThat(robot.lookup("#conflictDialog").tryQuery()).isEqualTo(Optional.empty());
    }

    /** The conflict dialog is up: shown in its window and laid out (the save waits on another thread meanwhile). */
    private void waitForDialog(CompletableFuture<RefundCase> save) throws Exception {
        // generous on a busy machine; a save that ended without asking fails here with its own result
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> save.isDone() || robot.lookup("#conflictDialog").tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .orElse(false));
        assertThat(save).as("the save must wait for the person's decision").isNotDone();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private VersionedCase stored(RefundCase refundCase) {
        return serverA.cases().findVersioned(refundCase.id()).orElseThrow();
    }

    private String label(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
