package org.refunddesk.ui.team;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The team server the app uses when {@code use} is on: host, port, database, user and TLS mode; the password is
 * never here (keyring or asked). Kept in a child node of the UI preferences.
 */
public record TeamServerSettings(String host, int port, String database, String user, TlsMode tls, boolean use) {
    public static final int DEFAULT_PORT = 5432;
    public static final TeamServerSettings NONE =
            new TeamServerSettings("", DEFAULT_PORT, "refunddesk", "", TlsMode.REQUIRE, false);

    /**
     * PostgreSQL's sslmode: TLS on by default; verify-full also checks the certificate and the host name; disable
     * only for a server on this computer (as {@code ?sslmode=disable} in a {@code --server} address).
     */
    public enum TlsMode {
        REQUIRE("require"), VERIFY_FULL("verify-full"), DISABLE("disable");

        private final String sslmode;

        TlsMode(String sslmode) {
            this.sslmode = sslmode;
        }

        public String sslmode() {
            return sslmode;
        }

        static TlsMode of(String sslmode) {
            return "verify-full".equals(sslmode) ? VERIFY_FULL : "disable".equals(sslmode) ? DISABLE : REQUIRE;
        }
    }

    public TeamServerSettings {
        host = host == null ? "" : host.strip();
        database = database == null ? "" : database.strip();
        user = user == null ? "" : user.strip();
        tls = tls == null ? TlsMode.REQUIRE : tls;
    }

    public static TeamServerSettings load(Preferences node) {
        return new TeamServerSettings(node.get("host", NONE.host()), node.getInt("port", DEFAULT_PORT),
                node.get("database", NONE.database()), node.get("user", ""), TlsMode.of(node.get("sslmode", "")),
                node.getBoolean("use", false));
    }

    public void save(Preferences node) {
        node.put("host", host);
        node.putInt("port", port);
        node.put("database", database);
        node.put("user", user);
        node.put("sslmode", tls.sslmode());
        node.putBoolean("use", use);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // as UiPreferences: the values still hold for this run
        }
    }

    /** {@code jdbc:postgresql://host:port/db?sslmode=require} for the PostgreSQL driver. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8)
                + "?sslmode=" + tls.sslmode();
    }

    /** True when the app is to open this server at start (the box ticked and the fields filled). */
    public boolean usable() {
        return use && !host.isEmpty() && !database.isEmpty() && !user.isEmpty();
    }

    /** The keyring entry's account: one password per user and server. */
    public String keyringAccount() {
        return user + "@" + host + ":" + port + "/" + database;
    }
}
