package org.refunddesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import javafx.application.Platform;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.ServerAddress;
import org.refunddesk.store.StoreEncryption;
import org.refunddesk.store.keyring.Keyring;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.MainMenu;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.main.ShellFeature;
import org.refunddesk.ui.team.TeamServerSettings;
import org.refunddesk.ui.teammove.TeamMoveDialog;
import org.refunddesk.ui.teammove.TeamMoveViewModel;

/**
 * File → 上传到团队服务器… and 从团队服务器复制到本机… (issue 16): {@code team push} / {@code team pull} from the
 * window. Upload always copies this computer's store to the team server, download the server's cases into this
 * computer's store, whichever of the two the window has open:
 * <ul>
 * <li>on this computer's store the server is the one in 设置 → 团队服务器 (its box need not be ticked: moving the
 * cases up comes before switching); none set up: the dialog says so and opens that page;</li>
 * <li>on a team server the window's own changes are already there, so the dialog says that first; what it uploads is
 * the store in the data folder (cases recorded before switching), and it downloads into that store.</li>
 * </ul>
 * The views show the copied cases at once when the window's store received them.
 */
final class TeamMoveFeature implements Feature {
    static final String TEAM_SERVER_PAGE = "settingsTeamServerTab";
    private static final String LOCAL_STORE_FILE = "refunddesk.mv.db";

    private final AppServices services;
    private final Database database;
    private final ShellFeature shell;

    TeamMoveFeature(AppServices services, Database database, ShellFeature shell) {
        this.services = services;
        this.database = database;
        this.shell = shell;
    }

    @Override
    public void install(MainWindow window) {
        Messages m = services.messages();
        window.addMenuSeparator(MainMenu.FILE);
        window.addMenuItem(MainMenu.FILE, m.get("teammove.menu.push"), 'U',
                () -> open(window, TeamMoveRun.Direction.PUSH));
        window.addMenuItem(MainMenu.FILE, m.get("teammove.menu.pull"), 'D',
                () -> open(window, TeamMoveRun.Direction.PULL));
    }

    private void open(MainWindow window, TeamMoveRun.Direction direction) {
        if (database.server().isPresent()) {
            onServer(window, direction);
        } else {
            fromLocal(window, direction);
        }
    }

    private void fromLocal(MainWindow window, TeamMoveRun.Direction direction) {
        Messages m = services.messages();
        String title = title(direction);
        Runnable settings = () -> shell.openSettings(window, TEAM_SERVER_PAGE);
        TeamServerSettings saved = TeamServerSettings.load(services.preferences().teamServerNode());
        if (saved.host().isEmpty() || saved.database().isEmpty() || saved.user().isEmpty()) {
            show(window, title, null, List.of(m.get("teammove.noServer")), null, settings);
            return;
        }
        ServerAddress address;
        try {
            address = new ServerAddress(saved.host(), saved.port(), saved.database(), saved.user(), saved.tls().sslmode());
        } catch (IllegalArgumentException e) {
            show(window, title, null, List.of(m.get("teamwire.problem.address", e.getMessage())), null, settings);
            return;
        }
        String fromTo = m.get("teammove." + key(direction) + ".fromTo", address.label());
        if (direction == TeamMoveRun.Direction.PULL && database.storeKey().isPresent()) {
            show(window, title, fromTo, List.of(m.get("teammove.pullEncrypted")), null, null);
            return;
        }
        Supplier<Keyring> keyrings = shell.teamServerPage()::keyring;
        TeamMoveRun run = TeamMoveRun.fromLocal(direction, database, new ServerStart(address, null), keyrings,
                window::window, m, services.clock());
        TeamMoveViewModel model = new TeamMoveViewModel(m, services.tasks(), Platform::runLater, run, address.label(),
                direction == TeamMoveRun.Direction.PULL ? window::fireCasesChanged : null);
        show(window, title, fromTo, List.of(m.get("teammove.login", address.user()),
                m.get("teammove." + key(direction) + ".explain"), m.get("teammove.again")), model, null);
    }

    private void onServer(MainWindow window, TeamMoveRun.Direction direction) {
        Messages m = services.messages();
        String title = title(direction);
        ServerAddress server = database.server().orElseThrow();
        // the server store's folder is the cache inside the data folder (ServerOptions.cacheDir)
        Path folder = database.dataDir().getParent();
        String fromTo = m.get("teammove." + key(direction) + ".fromTo", server.label());
        String explain = m.get("teammove.server." + key(direction) + ".explain", folder);
        boolean push = direction == TeamMoveRun.Direction.PUSH;
        if (push && !Files.isRegularFile(folder.resolve(LOCAL_STORE_FILE))) {
            show(window, title, fromTo, List.of(m.get("teammove.server.noLocal", folder)), null, null);
            return;
        }
        if (StoreEncryption.isEncrypted(folder)) {
            show(window, title, fromTo, List.of(explain, m.get(push ? "teammove.localEncrypted"
                    : "teammove.pullEncrypted")), null, null);
            return;
        }
        TeamMoveRun run = TeamMoveRun.onServer(direction, database, folder, m, services.clock());
        TeamMoveViewModel model = new TeamMoveViewModel(m, services.tasks(), Platform::runLater, run, server.label(),
                push ? window::fireCasesChanged : null);
        show(window, title, fromTo, List.of(explain, m.get("teammove.again")), model, null);
    }

    private void show(MainWindow window, String title, String fromTo, List<String> lines, TeamMoveViewModel model,
                      Runnable openSettings) {
        TeamMoveDialog dialog = new TeamMoveDialog(window.window(), services.messages(), title, fromTo, lines, model,
                openSettings);
        dialog.getDialogPane().getStylesheets().add(AppStartup.class.getResource(AppStartup.STYLESHEET).toExternalForm());
        dialog.show();
    }

    private String title(TeamMoveRun.Direction direction) {
        return services.messages().get("teammove." + key(direction) + ".title");
    }

    private static String key(TeamMoveRun.Direction direction) {
        return direction == TeamMoveRun.Direction.PUSH ? "push" : "pull";
    }
}
