package org.refunddesk.ui.team;

import java.util.concurrent.Executor;

import javafx.application.Platform;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.keyring.Keyring;
import org.refunddesk.store.keyring.Keyrings;
import org.refunddesk.ui.settings.SettingsDialog;
import org.refunddesk.ui.settings.UiPreferences;

/**
 * Puts the team-server page into the settings dialog. One per app: the keyring is chosen once, so a password
 * kept in memory (no keyring on this system) lasts for the whole run. {@link #setTester} is the seam for
 * the team store's connection test; without it the page has no test button.
 */
public final class TeamServerPage {
    private static final Executor BACKGROUND = task -> {
        Thread thread = new Thread(task, "team-server-settings");
        thread.setDaemon(true);
        thread.start();
    };
    private final UiPreferences preferences;
    private final Messages messages;
    private Keyring keyring;
    private ConnectionTester tester;

    public TeamServerPage(UiPreferences preferences, Messages messages) {
        this.preferences = preferences;
        this.messages = messages;
    }

    public void setTester(ConnectionTester tester) {
        this.tester = tester;
    }

    /** The keyring in use (the team store's start asks it for the password; none found: ask the user). */
    public synchronized Keyring keyring() {
        if (keyring == null) {
            keyring = Keyrings.forThisSystem();
        }
        return keyring;
    }

    public void addTo(SettingsDialog dialog) {
        TeamServerViewModel model = new TeamServerViewModel(preferences.teamServerNode(), keyring(), messages,
                tester, BACKGROUND, Platform::runLater);
        dialog.addPage("settingsTeamServerTab", messages.get("teamclient.server.tab"),
                new TeamServerPane(model, messages), model.invalidProperty(), model::save);
    }
}
