package org.refunddesk.ui.wizard.eligibility;

import javafx.scene.Node;

import org.testfx.api.FxRobot;

/** Clicks as a user does on a page taller than the dialog: the field is scrolled into view first. */
final class WizardRobot {
    private WizardRobot() {
    }

    static FxRobot click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> Questions.scrollIntoView(node));
        robot.clickOn(query);
        return robot;
    }
}
