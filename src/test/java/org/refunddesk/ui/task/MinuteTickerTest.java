package org.refunddesk.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The minute refresh runs only while its view is on a showing window, so closed views are not kept alive. */
@ExtendWith(ApplicationExtension.class)
class MinuteTickerTest {
    private Stage stage;
    private StackPane root;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        root = new StackPane();
        stage.setScene(new Scene(root, 200, 100));
        stage.show();
    }

    @Test
    void aViewAddedToAShowingWindowTicksAndStopsWhenItLeavesTheScene(FxRobot robot) throws Exception {
        Label view = new Label("countdown");
        AtomicInteger ticks = new AtomicInteger();
        MinuteTicker[] made = new MinuteTicker[1];
        robot.interact(() -> made[0] = MinuteTicker.every(Duration.millis(20), view, ticks::incrementAndGet));
        assertThat(made[0].isRunning()).isFalse();

        robot.interact(() -> root.getChildren().add(view));
        assertThat(made[0].isRunning()).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ticks.get() >= 2);

        robot.interact(() -> root.getChildren().remove(view));
        assertThat(made[0].isRunning()).isFalse();
    }

    @Test
    void hidingTheWindowStopsTheTickerAndShowingItAgainRestartsIt(FxRobot robot) {
        Label view = new Label("countdown");
        robot.interact(() -> root.getChildren().add(view));
        MinuteTicker[] made = new MinuteTicker[1];
        robot.interact(() -> made[0] = MinuteTicker.whileShowing(view, () -> { }));
        assertThat(made[0].isRunning()).isTrue();

        robot.interact(stage::hide);
        assertThat(made[0].isRunning()).isFalse();

        robot.interact(stage::show);
        assertThat(made[0].isRunning()).isTrue();
    }
}
