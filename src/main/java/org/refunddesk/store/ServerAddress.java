package org.refunddesk.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * A team server (issue 16), as given by {@code --server postgresql://[user@]host[:port]/database[?sslmode=MODE]} or
 * {@code REFUNDDESK_SERVER}. TLS is on unless the address says otherwise: {@code sslmode=require} by default
 * (encrypted), {@code verify-full} also checks the server's certificate and name; {@code disable} is for a server on
 * this machine only (the tests). A password is never part of the address (it would show in the process list and the
 * shell history).
 */
public record ServerAddress(String host, int port, String database, String user, String sslMode) {
    public static final int DEFAULT_PORT = 5432;
    public static final String DEFAULT_SSL_MODE = "require";
    private static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    public ServerAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the server address names no host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("the server address names no database (postgresql://host:port/DATABASE)");
        }
        if (!SSL_MODES.contains(sslMode)) {
            throw new IllegalArgumentException("sslmode=" + sslMode + " is not one of " + String.join(", ", SSL_MODES.stream().sorted().toList()));
        }
    }

    /** Parses {@code postgresql://[user@]host[:port]/database[?sslmode=MODE]} ({@code postgres://} too). */
    public static ServerAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no server address given");
        }
        String s = text.strip();
        String rest;
        if (s.startsWith("postgresql://")) {
            rest = s.substring("postgresql://".length());
        } else if (s.startsWith("postgres://")) {
            rest = s.substring("postgres://".length());
        } else {
            throw new IllegalArgumentException("a server address starts with postgresql:// (as in postgresql://host:5432/refunddesk), not " + s);
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("the server address names no database (postgresql://host:port/DATABASE)");
        }
        String authority = rest.substring(0, slash);
        String database = decode(rest.substring(slash + 1));
        String user = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            user = decode(authority.substring(0, at));
            if (user.contains(":")) {
                throw new IllegalArgumentException("put no password in the server address: use PGPASSWORD or --password-file");
            }
            authority = authority.substring(at + 1);
        }
        String host;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("unclosed [ in the server address");
            }
            host = authority.substring(1, close);
            if (authority.length() > close + 1) {
                if (authority.charAt(close + 1) != ':') {
                    throw new IllegalArgumentException("unexpected text after ] in the server address");
                }
                portText = authority.substring(close + 2);
            }
        } else {
            int colon = authority.indexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? null : authority.substring(colon + 1);
        }
        int port = DEFAULT_PORT;
        if (portText != null) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("port " + portText + " is not a number");
            }
        }
        String sslMode = DEFAULT_SSL_MODE;
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if ("sslmode".equals(key)) {
                sslMode = value.toLowerCase(Locale.ROOT);
            } else if ("user".equals(key)) {
                user = value;
            } else {
                throw new IllegalArgumentException("unknown server address option " + key + " (known: sslmode, user)");
            }
        }
        return new ServerAddress(host, port, database, user == null || user.isBlank() ? null : user, sslMode);
    }

    /** The same server with this login role (when the address names none). */
    public ServerAddress withUser(String name) {
        return new ServerAddress(host, port, database, name, sslMode);
    }

    /** The JDBC URL: TLS as asked, TCP keepalive so a dropped connection is noticed, a bounded connect wait. */
    public String jdbcUrl() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8)
                + "?sslmode=" + sslMode + "&tcpKeepAlive=true&connectTimeout=10&ApplicationName=RefundDesk";
    }

    /** What the status bar and the start-up line name: {@code host/database}. */
    public String label() {
        return host + "/" + database;
    }

    /** The address as typed, without user: for settings and messages. */
    @Override
    public String toString() {
        return "postgresql://" + (user == null ? "" : user + "@") + (host.contains(":") ? "[" + host + "]" : host)
                + ":" + port + "/" + database + (DEFAULT_SSL_MODE.equals(sslMode) ? "" : "?sslmode=" + sslMode);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
