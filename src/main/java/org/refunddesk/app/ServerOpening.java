package org.refunddesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.stage.Stage;

import org.refunddesk.cli.ServerOptions;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.ServerLogin;
import org.refunddesk.store.ServerLoginRefusedException;
import org.refunddesk.store.TeamMembers;
import org.refunddesk.store.keyring.Keyring;
import org.refunddesk.ui.dialog.DialogService;
import org.refunddesk.ui.task.BackgroundTask;
import org.refunddesk.ui.task.TaskExecutor;
import org.refunddesk.ui.team.ServerPasswordDialog;

/**
 * Opens the team server's store at start (issue 16), off the FX thread, with the password given, kept in the
 * keyring or typed; its evidence cache in the data folder. A refused login asks for the password (unless it came
 * with the start); a server that cannot be opened is said so, with why, and the user retries, opens this
 * computer's store instead, or quits: never a silent fall-back to the local store.
 */
final class ServerOpening {
    /**
     * What opened: the store, the login role's standing (for the status bar) and the login that worked (the live
     * updates' own connection logs in with it again).
     */
    record Opened(Database database, TeamMembers.Role role, ServerLogin login) {
    }

    private final Stage stage;
    private final Clock clock;
    private final TaskExecutor tasks;
    private final Supplier<Keyring> keyrings;
    private final Path dataDir;
    private final Messages messages;
    private final DialogService dialogs;
    private final Consumer<Database> prepare;
    private final Consumer<Opened> opened;
    private final Runnable openLocal;
    private final Runnable exit;

    /**
     * {@code prepare} runs on the worker once the store is open (rules); {@code opened} on the FX thread;
     * {@code openLocal} opens the data folder's store; {@code exit} ends the app.
     */
    ServerOpening(Stage stage, Clock clock, TaskExecutor tasks, Supplier<Keyring> keyrings, Path dataDir,
                  Messages messages, DialogService dialogs, Consumer<Database> prepare, Consumer<Opened> opened,
                  Runnable openLocal, Runnable exit) {
        this.stage = stage;
        this.clock = clock;
        this.tasks = tasks;
        this.keyrings = keyrings;
        this.dataDir = dataDir;
        this.messages = messages;
        this.dialogs = dialogs;
        this.prepare = prepare;
        this.opened = opened;
        this.openLocal = openLocal;
        this.exit = exit;
    }

    void open(ServerStart server) {
        open(server, null);
    }

    private void open(ServerStart server, char[] typed) {
        BackgroundTask.of(messages.get("teamwire.start.opening", server.address().label()), progress -> {
                    char[] password = typed != null ? typed : server.knownPassword(keyrings.get());
                    try {
                        ServerLogin login = new ServerLogin(server.address(), password);
                        Database db = Database.openServer(login, ServerOptions.cacheDir(dataDir), clock, false);
                        try {
                            TeamMembers.Role role = new TeamMembers(db).currentRole();
                            prepare.accept(db);
                            if (typed != null) {
                                server.remember(keyrings.get(), typed);
                            }
                            return new Opened(db, role, login);
                        } catch (RuntimeException e) {
                            db.close();
                            throw e;
                        }
                    } finally {
                        Arrays.fill(password, '\0');
                    }
                })
                .onSuccess(opened)
                .onFailure(error -> {
                    if (error instanceof ServerLoginRefusedException && !server.passwordGiven()) {
                        Keyring keyring = keyrings.get();
                        Optional<char[]> again = ServerPasswordDialog.ask(stage, messages, server.address().label(),
                                server.address().user(), typed != null,
                                keyring.persistent() ? keyring.description() : null);
                        if (again.isPresent()) {
                            open(server, again.get());
                            return;
                        }
                    }
                    failed(server, server.address().label(), error);
                })
                .executeWith(tasks);
    }

    /**
     * Says why the server cannot be opened and lets the user choose: this computer's store, another try (when the
     * server is known), or quit. {@code server} null: its address could not even be read ({@code label} as given).
     */
    void failed(ServerStart server, String label, Throwable error) {
        List<String> choices = server == null ? List.of(messages.get("teamwire.start.openLocal"))
                : List.of(messages.get("teamwire.start.openLocal"), messages.get("teamwire.start.retry"));
        Optional<Integer> choice = dialogs.choose(messages.get("teamwire.start.failed.title"),
                messages.get("teamwire.start.failed", label, ServerStart.reason(error, messages), dataDir), choices);
        if (choice.isEmpty()) {
            exit.run();
        } else if (choice.get() == 0) {
            openLocal.run();
        } else {
            open(server);
        }
    }
}
