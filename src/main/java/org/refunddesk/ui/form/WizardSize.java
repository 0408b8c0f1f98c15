package org.refunddesk.ui.form;

import javafx.scene.control.DialogPane;

/**
 * One size for every page of a wizard dialog. ControlsFX sizes the dialog to each page and re-centres it, so
 * pages of different sizes make the dialog jump at every step; pages of one size keep it still. Fits a
 * 1024x700 screen with the window's title bar.
 */
public final class WizardSize {
    public static final double WIDTH = 760;
    public static final double HEIGHT = 600;

    private WizardSize() {
    }

    public static void fix(DialogPane page) {
        page.setPrefSize(WIDTH, HEIGHT);
        page.setMinSize(WIDTH, HEIGHT);
        page.setMaxSize(WIDTH, HEIGHT);
    }
}
