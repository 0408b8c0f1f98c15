package org.refunddesk.ui;

import java.lang.management.ManagementFactory;

import javafx.scene.Scene;

/**
 * With {@code -Drefunddesk.startupTimeline=true} the app prints {@code startup-timeline <mark> <ms>} lines on
 * stderr (milliseconds since the JVM started) as it reaches each startup step: the bench (bench/README.md)
 * reads them to time start to first frame and start to a filled case list on a real window.
 */
public final class StartupTimeline {
    public static final String PROPERTY = "refunddesk.startupTimeline";
    private static final boolean ENABLED = Boolean.getBoolean(PROPERTY);

    private StartupTimeline() {
    }

    public static boolean enabled() {
        return ENABLED;
    }

    /** Prints the mark now. */
    public static void mark(String what) {
        if (ENABLED) {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("startup-timeline " + what + " " + sinceStart);
        }
    }

    /** Prints the mark after the scene's next layout pulse, i.e. once what was just changed is drawn. */
    public static void markAfterPulse(Scene scene, String what) {
        if (!ENABLED || scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            mark(what);
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }
}
