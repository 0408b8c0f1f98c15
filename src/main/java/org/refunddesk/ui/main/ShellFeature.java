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
    private final java.util.List<SettingsRow> settingsRows;
    /** Issue 16: Settings → Team server (the team store wires its connection test through {@link #teamServerPage()}). */
    private final org.refunddesk.ui.team.TeamServerPage teamServer;

    /** A row another feature adds to Settings; its content gets what closes the dialog (without saving). */
    public record SettingsRow(String label, java.util.function.Function<Runnable, javafx.scene.Node> content) {
    }

    /** {@code exit} closes the app the proper way (store closed, tasks stopped). */
    public ShellFeature(AppServices services, AboutInfo about, Runnable exit) {
        this(services, about, exit, java.util.List.of());
    }

    public ShellFeature(AppServices services, AboutInfo about, Runnable exit, java.util.List<SettingsRow> settingsRows) {
        this.teamServer = new org.refunddesk.ui.team.TeamServerPage(services.preferences(), services.messages());
        this.services = services;
        this.about = about;
        this.exit = exit;
        this.settingsRows = settingsRows;
    }

    @Override
    public void install(MainWindow window) {
        Messages messages = services.messages();
        window.addClosingMenuSeparator(MainMenu.FILE);
        window.addClosingMenuItem(MainMenu.FILE, messages.get("ui.menu.settings"), 'S', () -> openSettings(window))
                .setAccelerator(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Comma"));
        window.addClosingMenuSeparator(MainMenu.FILE);
        window.addClosingMenuItem(MainMenu.FILE, messages.get("ui.menu.exit"), 'X', exit);
        window.addClosingMenuItem(MainMenu.HELP, messages.get("ui.menu.about"), 'A',
                () -> new AboutDialog(window.window(), services, about).showAndWait());
    }

    public org.refunddesk.ui.team.TeamServerPage teamServerPage() {
        return teamServer;
    }

    private void openSettings(MainWindow window) {
        openSettings(window, null);
    }

    /** Opens Settings at the page with this id ({@code settingsTeamServerTab}); null: the first page. */
    public void openSettings(MainWindow window, String pageId) {
        String languageBefore = services.preferences().language();
        SettingsViewModel model = new SettingsViewModel(services.preferences(), services.messages());
        SettingsDialog dialog = new SettingsDialog(window.window(), model, services.messages(),
                window.languageSwitch().isPresent());
        settingsRows.forEach(row -> dialog.addRow(row.label(), row.content().apply(dialog::close)));
        teamServer.addTo(dialog);
        if (pageId != null && dialog.getDialogPane().getContent() instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().stream().filter(t -> pageId.equals(t.getId())).findFirst()
                    .ifPresent(tabs.getSelectionModel()::select);
        }
        dialog.showAndWait();
        String language = services.preferences().language();
        if (!languageBefore.equals(language)) {
            window.languageSwitch().ifPresentOrElse(rebuild -> rebuild.accept(language), () -> {
                // Without a rebuild the views keep their texts until a restart: said in the language chosen.
                Messages chosen = Messages.forTag(language);
                services.dialogs().info(chosen.get("ui.settings.title"), chosen.get("ui.settings.language.restartNow"));
            });
        }
    }
}
