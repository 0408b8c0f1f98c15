package org.refunddesk.ui.main;

/**
 * One feature's contribution to the main window: its menu items, views and status-bar items.
 * Features are listed once, in {@code org.refunddesk.app.UiFeatures.all(services)}, and get their
 * services through their constructor.
 */
@FunctionalInterface
public interface Feature {
    void install(MainWindow window);
}
