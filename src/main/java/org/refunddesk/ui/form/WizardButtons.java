package org.refunddesk.ui.form;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;

import org.controlsfx.dialog.WizardPane;
import org.refunddesk.rules.i18n.Messages;

/**
 * ControlsFX ships its wizard buttons in English only (and Cancel follows the JVM's locale, not the app's
 * language): every wizard page labels them from our bundle when it is entered.
 */
public final class WizardButtons {
    private WizardButtons() {
    }

    /** Call from {@code onEnteringPage}: the wizard has added its buttons to the page by then. */
    public static void localise(WizardPane page, Messages messages) {
        for (ButtonType type : page.getButtonTypes()) {
            String key = "wizard.button." + type.getButtonData().name();
            if (page.lookupButton(type) instanceof Button button && messages.has(key)) {
                button.setText(messages.get(key));
            }
        }
    }
}
