package org.refunddesk.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final List<String> threads = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new TaskStatusBar(executor), 400, 40));
        stage.show();
    }

    @AfterEach
    void shutdown() {
        executor.shutdown();
    }

    @Test
    void workRunsOffTheFxThreadAndCallbacksOnIt(FxRobot robot) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        robot.interact(() -> BackgroundTask.of("t", progress -> {
                    threads.add("call fx=" + Platform.isFxApplicationThread());
                    return "ok";
                })
                .onSuccess(value -> threads.add("success fx=" + Platform.isFxApplicationThread()))
                .onFinished(done::countDown)
                .executeWith(executor));

        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(threads).containsExactly("call fx=false", "success fx=true");
    }

    /**
     * Issue 14: reads of every case run one after another (side by side on two cores they both came later), while
     * other work — a save, opening a case — runs meanwhile instead of queueing behind them.
     */
    @Test
    void readsOfEveryCaseRunOneAtATimeWhileOtherWorkGoesOn(FxRobot robot) throws Exception {
        CountDownLatch firstReadRuns = new CountDownLatch(1);
        CountDownLatch releaseFirstRead = new CountDownLatch(1);
        CountDownLatch saveDone = new CountDownLatch(1);
        CountDownLatch readsDone = new CountDownLatch(2);
        robot.interact(() -> {
            BackgroundTask.of("list", progress -> {
                        threads.add("list starts");
                        firstReadRuns.countDown();
                        releaseFirstRead.await(20, TimeUnit.SECONDS);
                        threads.add("list ends");
                        return 1;
                    })
                    .readsEveryCase()
                    .onFinished(readsDone::countDown)
                    .executeWith(executor);
            BackgroundTask.of("home", progress -> threads.add("home starts"))
                    .readsEveryCase()
                    .onFinished(readsDone::countDown)
                    .executeWith(executor);
        });
        assertThat(firstReadRuns.await(20, TimeUnit.SECONDS)).isTrue();
        robot.interact(() -> BackgroundTask.of("save", progress -> threads.add("save"))
                .onFinished(saveDone::countDown)
                .executeWith(executor));

        assertThat(saveDone.await(20, TimeUnit.SECONDS)).isTrue(); // while the first read still runs
        assertThat(threads).containsExactly("list starts", "save");
        releaseFirstRead.countDown();
        assertThat(readsDone.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(threads).containsExactly("list starts", "save", "list ends", "home starts");
    }

    @Test
    void failuresReachTheFailureCallbackWithTheirException(FxRobot robot) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        robot.interact(() -> BackgroundTask.<String>of("t", progress -> {
                    throw new IllegalStateException("purchase.amount: \"12,5\" is not an amount");
                })
                .onFailure(error -> threads.add(error.getMessage()))
                .onFinished(done::countDown)
                .executeWith(executor));

        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(threads).containsExactly("purchase.amount: \"12,5\" is not an amount");
    }

    @Test
    void theStatusBarShowsARunningTaskWithItsProgressAndHidesAfterwards(FxRobot robot) throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        TaskStatusBar bar = robot.lookup(".task-status").queryAs(TaskStatusBar.class);
        assertThat(bar.isVisible()).isFalse();

        robot.interact(() -> BackgroundTask.of("正在备份", progress -> {
                    progress.update(1, 4);
                    progress.message("备份 1 / 4");
                    halfway.countDown();
                    release.await(20, TimeUnit.SECONDS);
                    return null;
                })
                .onFinished(done::countDown)
                .executeWith(executor));
        assertThat(halfway.await(20, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#taskProgress").queryAs(ProgressBar.class).getProgress() == 0.25);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(bar.isVisible()).isTrue();
        assertThat(executor.running()).hasSize(1);
        assertThat(robot.lookup("#taskLabel").queryAs(Label.class).getText()).isEqualTo("备份 1 / 4");

        release.countDown();
        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(executor.running()).isEmpty();
        assertThat(bar.isVisible()).isFalse();
    }
}
