package org.refunddesk.ui.main;

/** The menus of the main window, in menu-bar order; features add items to them. */
public enum MainMenu {
    FILE("ui.menu.file"), CASE("ui.menu.case"), VIEW("ui.menu.view"), TOOLS("ui.menu.tools"), HELP("ui.menu.help");

    private final String textKey;

    MainMenu(String textKey) {
        this.textKey = textKey;
    }

    public String textKey() {
        return textKey;
    }
}
