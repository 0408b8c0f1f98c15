package org.refunddesk.ui.help;

import java.util.List;

import javafx.scene.Node;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.MainMenu;
import org.refunddesk.ui.main.MainWindow;

/**
 * Help → Guide (F1): a short built-in guide to the process — the evidence chain, the clocks, the ladder, what not
 * to do — written from DOMAIN.md, in both languages. The wizards' "?" opens it at their topic.
 */
public final class HelpFeature implements Feature {
    /** The guide's topics, in reading order; each is "help.topic.<id>.title" and ".text". */
    public static final List<String> TOPICS = List.of("start", "evidence", "clocks", "ladder", "scams", "notAdvice");
    /** Case action id: opens the guide (a wizard's "?"). */
    public static final String ACTION = "help.guide";

    private final AppServices services;

    public HelpFeature(AppServices services) {
        this.services = services;
    }

    @Override
    public void install(MainWindow window) {
        Messages m = services.messages();
        window.addMenuItem(MainMenu.HELP, m.get("help.menu"), 'G', "F1", () -> open(window)).setId("menuGuide");
        window.addCaseAction(ACTION, ignored -> open(window));
    }

    public void open(MainWindow window) {
        window.showView("guide", services.messages().get("help.tab"), this::guide);
    }

    private Node guide() {
        return Guide.content(services.messages());
    }
}
