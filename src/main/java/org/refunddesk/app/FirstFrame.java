package org.refunddesk.app;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Holds work back until the window has drawn its first frame: a store opened while JavaFX started is ready before
 * the window is, and building the main window at once kept the window blank for that long (issue 14). FX thread only.
 */
final class FirstFrame {
    private boolean drawn;
    private final List<Runnable> waiting = new ArrayList<>();

    private FirstFrame() {
    }

    /** Watches the scene's next layout pulse. */
    static FirstFrame watch(Scene scene) {
        FirstFrame frame = new FirstFrame();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            frame.drawn = true;
            List<Runnable> ready = List.copyOf(frame.waiting);
            frame.waiting.clear();
            // after this pulse, not inside it: the work may change the scene
            ready.forEach(Platform::runLater);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
        return frame;
    }

    /** Runs {@code work} now when the first frame was drawn, else just after it. */
    void then(Runnable work) {
        if (drawn) {
            work.run();
        } else {
            waiting.add(work);
        }
    }
}
