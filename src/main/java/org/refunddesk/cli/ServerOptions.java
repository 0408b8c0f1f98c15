package org.refunddesk.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.refunddesk.store.ServerAddress;
import org.refunddesk.store.ServerLogin;

/**
 * Which team server a run uses (issue 16), as every command takes it: {@code --server postgresql://host:port/db}
 * or {@code REFUNDDESK_SERVER}; the login role from {@code --user}, the address, {@code PGUSER} or the system user;
 * the password from {@code --password-file FILE} or {@code PGPASSWORD} (never on the command line). No server
 * named: the store in the data folder. The password file is read only when the server is opened.
 */
public record ServerOptions(String server, String user, String passwordFile, Map<String, String> environment) {
    public static final String ENV_SERVER = "REFUNDDESK_SERVER";
    public static final String OPTION = "--server";
    /** No server given and no environment: the local store (tests, the app's own calls). */
    public static final ServerOptions NONE = new ServerOptions(null, null, null, Map.of());

    public ServerOptions {
        environment = environment == null ? Map.of() : environment;
    }

    /** The same options with those given after a command ({@code team … --server …}) taking precedence. */
    public ServerOptions overriddenBy(Optional<String> server, Optional<String> user, Optional<String> passwordFile) {
        return new ServerOptions(server.orElse(this.server), user.orElse(this.user),
                passwordFile.orElse(this.passwordFile), environment);
    }

    public ServerOptions withEnvironment(Map<String, String> env) {
        return new ServerOptions(server, user, passwordFile, env);
    }

    /** The server address as given ({@code --server}, else {@code REFUNDDESK_SERVER}); empty: the local store. */
    public Optional<String> serverText() {
        String text = server != null ? server : environment.get(ENV_SERVER);
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    /** True when a server is named: the commands work on it instead of the data folder's store. */
    public boolean named() {
        return serverText().isPresent();
    }

    /** Where the server was named, for messages: the option or the variable. */
    public String source() {
        return server != null ? OPTION : ENV_SERVER;
    }

    /** The parsed address with its login role; bad input (exit 2) naming the option for a wrong one. */
    public ServerAddress address() {
        String text = serverText().orElseThrow(() -> BadInputException.of("cli.server.missing", OPTION, ENV_SERVER));
        ServerAddress address;
        try {
            address = ServerAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw BadInputException.of("cli.server.badAddress", source(), text, String.valueOf(e.getMessage()));
        }
        String role = user != null ? user : address.user();
        if (role == null || role.isBlank()) {
            role = environment.getOrDefault("PGUSER", System.getProperty("user.name"));
        }
        return address.withUser(role);
    }

    /** Whether a password was given (file or PGPASSWORD), so the app asks only when none was. */
    public boolean passwordGiven() {
        return passwordFile != null || environment.containsKey("PGPASSWORD");
    }

    /** The login: address, role and password (read from the file now). */
    public ServerLogin login() {
        ServerAddress address = address();
        char[] password = passwordFile != null ? PassphraseFile.read(Path.of(passwordFile), "--password-file")
                : environment.getOrDefault("PGPASSWORD", "").toCharArray();
        try {
            return new ServerLogin(address, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** What a server store keeps on this computer (the evidence file cache), inside the data folder. */
    public static Path cacheDir(Path dataDir) {
        return dataDir.resolve("team-cache");
    }
}
