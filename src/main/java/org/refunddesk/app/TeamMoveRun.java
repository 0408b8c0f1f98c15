package org.refunddesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.Window;

import org.refunddesk.cli.ServerOptions;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.ServerLogin;
import org.refunddesk.store.ServerRefusedException;
import org.refunddesk.store.StoreLockedException;
import org.refunddesk.store.TeamMembers;
import org.refunddesk.store.TeamTransfer;
import org.refunddesk.store.keyring.Keyring;
import org.refunddesk.ui.team.ServerPasswordDialog;
import org.refunddesk.ui.teammove.TeamMoveJob;

/**
 * One run of File → 上传到团队服务器 / 从团队服务器复制到本机 (issue 16), the same {@link TeamTransfer} as
 * {@code team push} / {@code team pull}. On this computer's store the window's store is one side and the server of
 * 设置 → 团队服务器 is logged in to for the run (password given, kept in the keyring, or asked when refused, as at
 * start: {@link ServerStart}); on a team server the window's server is one side and this computer's store in the data
 * folder is opened for the run.
 */
final class TeamMoveRun implements TeamMoveJob {
    enum Direction { PUSH, PULL }

    private final Direction direction;
    private final Database open;
    private final ServerStart server;
    private final Path localFolder;
    private final Supplier<Keyring> keyrings;
    private final Supplier<Window> owner;
    private final Messages messages;
    private final Clock clock;

    private TeamMoveRun(Direction direction, Database open, ServerStart server, Path localFolder,
                        Supplier<Keyring> keyrings, Supplier<Window> owner, Messages messages, Clock clock) {
        this.direction = direction;
        this.open = open;
        this.server = server;
        this.localFolder = localFolder;
        this.keyrings = keyrings;
        this.owner = owner;
        this.messages = messages;
        this.clock = clock;
    }

    /** The window shows this computer's store; {@code server} is logged in to for the run. */
    static TeamMoveRun fromLocal(Direction direction, Database local, ServerStart server, Supplier<Keyring> keyrings,
                                 Supplier<Window> owner, Messages messages, Clock clock) {
        return new TeamMoveRun(direction, local, server, null, keyrings, owner, messages, clock);
    }

    /** The window shows a team server; this computer's store in {@code localFolder} is opened for the run. */
    static TeamMoveRun onServer(Direction direction, Database serverStore, Path localFolder, Messages messages,
                                Clock clock) {
        return new TeamMoveRun(direction, serverStore, null, localFolder, null, () -> null, messages, clock);
    }

    @Override
    public TeamTransfer.Result run(char[] password, Steps steps) throws Exception {
        steps.connecting();
        if (server == null) {
            steps.loggedIn(role(open), open.server().orElseThrow().user(), open.server().orElseThrow().label());
            try (Database local = Database.open(localFolder, clock)) {
                return copy(local, open, steps);
            }
        }
        char[] tried = password != null ? password.clone() : server.knownPassword(keyrings.get());
        try (Database remote = Database.openServer(new ServerLogin(server.address(), tried),
                ServerOptions.cacheDir(open.dataDir()), clock, false)) {
            steps.loggedIn(role(remote), server.address().user(), server.address().label());
            if (password != null) {
                server.remember(keyrings.get(), password); // it worked: not asked again next time
            }
            return copy(open, remote, steps);
        } finally {
            Arrays.fill(tried, '\0');
        }
    }

    private String role(Database store) {
        return messages.get(new TeamMembers(store).currentRole().messageKey());
    }

    private TeamTransfer.Result copy(Database local, Database remote, Steps steps) {
        TeamTransfer transfer = new TeamTransfer(clock);
        if (direction == Direction.PUSH) {
            return transfer.copy(local, remote, steps.copying());
        }
        // as team pull: the server's files into its cache first, then the copy reads them from there
        transfer.fillCache(remote, steps.fetching());
        return transfer.copy(remote, local, steps.copying());
    }

    @Override
    public String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ServerRefusedException) {
                return messages.get("teammove.problem.refused");
            }
            if (t instanceof StoreLockedException) {
                return messages.get("teammove.problem.locked");
            }
        }
        return ServerStart.reason(error, messages);
    }

    @Override
    public Optional<char[]> askPassword(boolean wrongBefore) {
        if (server == null || server.passwordGiven()) {
            return Optional.empty();
        }
        Keyring keyring = keyrings.get();
        return ServerPasswordDialog.ask(owner.get(), messages, server.address().label(), server.address().user(),
                wrongBefore, keyring.persistent() ? keyring.description() : null);
    }
}
