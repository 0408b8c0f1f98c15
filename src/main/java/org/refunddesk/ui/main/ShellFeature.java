package org.refunddesk.ui.main;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.settings.SettingsDialog;
import org.refunddesk.ui.settings.SettingsViewModel;

/** The window's own items: File → Settings…, Exit and Help → About, kept at the end of their menus. */
public final class ShellFeature implements Feature {
    private final AppServices services;
    private final AboutInfo about;
    private final Runnable exit;

    /** {@code exit} closes the app the proper way (store closed, tasks stopped). */
    public ShellFeature(AppServices services, AboutInfo about, Runnable exit) {
        this.services = services;
        this.about = about;
        this.exit = exit;
    }

    @Override
    public void install(MainWindow window) {
        Messages messages = services.messages();
        window.addClosingMenuSeparator(MainMenu.FILE);
        window.addClosingMenuItem(MainMenu.FILE, messages.get("ui.menu.settings"), () -> openSettings(window));
        window.addClosingMenuSeparator(MainMenu.FILE);
        window.addClosingMenuItem(MainMenu.FILE, messages.get("ui.menu.exit"), exit);
        window.addClosingMenuItem(MainMenu.HELP, messages.get("ui.menu.about"),
                () -> new AboutDialog(window.window(), services, about).showAndWait());
    }

    private void openSettings(MainWindow window) {
        String languageBefore = services.preferences().language();
        SettingsViewModel model = new SettingsViewModel(services.preferences(), services.messages());
        new SettingsDialog(window.window(), model, services.messages()).showAndWait();
        if (!languageBefore.equals(services.preferences().language())) {
            // Texts are read once when views are built, so a new language shows after a restart.
            services.dialogs().info(services.messages().get("ui.settings.title"),
                    services.messages().get("ui.settings.language.restartNow"));
        }
    }
}
