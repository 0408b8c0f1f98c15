package org.refunddesk.ui.task;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Runs an action once a minute while a node is on a showing window, so countdowns ("5 h left") stay
 * true. The timeline stops as soon as the node leaves its scene (tab closed) or the window hides: a
 * running animation is referenced by the toolkit, so a forgotten one would keep the whole view alive.
 */
public final class MinuteTicker {
    private final Timeline timeline;
    // kept in a field: the listener chain must live as long as the node it watches
    private final ObservableValue<Boolean> showing;
    private boolean stopped;

    private MinuteTicker(Node node, Duration period, Runnable action) {
        timeline = new Timeline(new KeyFrame(period, e -> action.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        showing = onScreen(node);
        showing.addListener((obs, was, now) -> apply(now));
        apply(showing.getValue());
    }

    /** True while {@code node} is on a showing window (keep the value referenced as long as it is listened to). */
    public static ObservableValue<Boolean> onScreen(Node node) {
        return node.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
    }

    /** Ticks every minute while {@code node} is showing. */
    public static MinuteTicker whileShowing(Node node, Runnable action) {
        return new MinuteTicker(node, Duration.minutes(1), action);
    }

    /** With a shorter period, for tests that must see a tick without waiting a minute. */
    static MinuteTicker every(Duration period, Node node, Runnable action) {
        return new MinuteTicker(node, period, action);
    }

    /** Stops for good: no more ticks, also when the node shows again. */
    public void stop() {
        stopped = true;
        timeline.stop();
    }

    private void apply(boolean show) {
        if (show && !stopped) {
            timeline.play();
        } else {
            timeline.stop();
        }
    }

    public boolean isRunning() {
        return timeline.getStatus() == Animation.Status.RUNNING;
    }
}
