package org.refunddesk.app;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.refunddesk.cli.BadInputException;
import org.refunddesk.cli.ServerOptions;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.ServerAddress;
import org.refunddesk.store.ServerLoginRefusedException;
import org.refunddesk.store.ServerSchemaException;
import org.refunddesk.store.ServerUnreachableException;
import org.refunddesk.store.keyring.Keyring;
import org.refunddesk.store.keyring.KeyringException;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.team.TeamServerSettings;

/**
 * Which team server the desktop app opens at start (issue 16): {@code --server} or {@code REFUNDDESK_SERVER} first,
 * else the server saved in 设置 → 团队服务器 with its box ticked; none: the store in the data folder. The password
 * comes from {@code --password-file} / {@code PGPASSWORD}, else the OS keyring; else the app asks for it (only when
 * the server wants one). It is never kept in the preferences.
 */
record ServerStart(ServerAddress address, char[] givenPassword) {
    private static final Logger LOG = Logger.getLogger(ServerStart.class.getName());

    /** The server to open at start, if any; bad input for an address that cannot be read. */
    static Optional<ServerStart> find(LaunchOptions options, Map<String, String> environment, UiPreferences preferences) {
        ServerOptions given = options.serverOptions(environment);
        if (given.named()) {
            ServerAddress address = given.address();
            char[] password = given.passwordGiven() ? given.login().password() : null;
            return Optional.of(new ServerStart(address, password));
        }
        TeamServerSettings saved = TeamServerSettings.load(preferences.teamServerNode());
        if (!saved.usable()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ServerStart(new ServerAddress(saved.host(), saved.port(), saved.database(),
                    saved.user(), saved.tls().sslmode()), null));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** One keyring entry per user and server, the same as the settings page writes. */
    String keyringAccount() {
        return address.user() + "@" + address.host() + ":" + address.port() + "/" + address.database();
    }

    /** True when the password came with the start (file or variable): a refused login is then not asked again. */
    boolean passwordGiven() {
        return givenPassword != null;
    }

    /** The password to try first (off the FX thread: a keyring may wait for its unlock): given, kept, or none. */
    char[] knownPassword(Keyring keyring) {
        if (givenPassword != null) {
            return givenPassword.clone();
        }
        try {
            return keyring.read(keyringAccount()).map(String::toCharArray).orElseGet(() -> new char[0]);
        } catch (KeyringException e) {
            LOG.log(Level.WARNING, "cannot read the team-server password from the keyring: " + e.getMessage());
            return new char[0];
        }
    }

    /** Keeps a password that worked in the keyring (where the system has one); failing that, it is asked again. */
    void remember(Keyring keyring, char[] password) {
        if (!keyring.persistent() || password.length == 0) {
            return;
        }
        try {
            keyring.store(keyringAccount(), new String(password));
        } catch (KeyringException e) {
            LOG.log(Level.WARNING, "cannot keep the team-server password in the keyring: " + e.getMessage());
        }
    }

    /** Why a team server could not be opened, in words for people (start dialog, settings' test). */
    static String reason(Throwable error, Messages messages) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ServerUnreachableException unreachable) {
                if (unreachable.sslRefused()) {
                    return messages.get("teamwire.problem.ssl");
                }
                Throwable cause = unreachable.getCause();
                return messages.get("teamwire.problem.unreachable",
                        cause == null || cause.getMessage() == null ? unreachable.server().label() : cause.getMessage());
            }
            if (t instanceof ServerLoginRefusedException) {
                return messages.get("teamwire.problem.login");
            }
            if (t instanceof ServerSchemaException) {
                return messages.get("teamwire.problem.schema");
            }
            if (t instanceof BadInputException bad) {
                return messages.get("teamwire.problem.address", bad.message(messages));
            }
            if (t instanceof IllegalArgumentException) {
                return messages.get("teamwire.problem.address", t.getMessage());
            }
        }
        return messages.get("teamwire.problem.other", error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getMessage());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServerStart other && other.address.equals(address)
                && Arrays.equals(other.givenPassword, givenPassword);
    }

    @Override
    public int hashCode() {
        return address.hashCode();
    }

    @Override
    public String toString() {
        return "ServerStart[" + address + "]";
    }
}
