package org.refunddesk.ui.home;

import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.MainWindow;

/**
 * Home, the first tab: a welcome page for a fresh folder, otherwise "needs attention" with a button to each case.
 * It replaces the start-up dialog of missed deadlines. View → Home (Ctrl+1) brings it back.
 */
public final class HomeFeature implements Feature {
    /** Case action ids Home starts: the eligibility wizard for a new case, and the case-file import. */
    public static final String START = "eligibility.new";
    public static final String IMPORT = "cases.import";

    private final AppServices services;
    private final Runnable openDemo;
    private final Runnable setPassphrase;

    /** {@code openDemo} reopens the app on the demo data (null: no demo button). */
    public HomeFeature(AppServices services, Runnable openDemo) {
        this(services, openDemo, null);
    }

    /** {@code setPassphrase}: the welcome's optional "set a password" step (null: not offered). */
    public HomeFeature(AppServices services, Runnable openDemo, Runnable setPassphrase) {
        this.services = services;
        this.openDemo = openDemo;
        this.setPassphrase = setPassphrase;
    }

    @Override
    public void install(MainWindow window) {
        HomeViewModel model = new HomeViewModel(services);
        HomeView view = new HomeView(model, services.messages(), new HomeView.Actions(
                () -> window.caseAction(START).ifPresent(a -> a.accept(null)),
                window.caseAction(IMPORT).isPresent() ? () -> window.caseAction(IMPORT).ifPresent(a -> a.accept(null)) : null,
                openDemo,
                window::openCase, setPassphrase));
        window.addHomeView("home", services.messages().get("home.tab"), view);
        window.addMenuItem(org.refunddesk.ui.main.MainMenu.VIEW, services.messages().get("home.menu"), 'H', "Shortcut+1",
                () -> window.showView("home", services.messages().get("home.tab"), () -> view)).setId("menuHome");
        window.onCasesChanged(model::reload);
        window.openCases().onStored(c -> model.reload());
        model.reload();
    }
}
