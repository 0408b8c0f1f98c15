package org.refunddesk.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.refunddesk.store.ServerAddress;
import org.refunddesk.store.ServerLogin;

/**
 * A real PostgreSQL server for the team-mode tests (issue 16). {@code REFUNDDESK_TEST_PG=host:port:superuser} (set
 * by {@code .ci/run}, which starts a throw-away cluster) names one; without it a throw-away cluster is started here
 * from the installed binaries (/usr/lib/postgresql/N/bin; as the postgres user when running as root) and stopped when
 * the JVM exits. When neither is possible the tests fail under CI (CI=true) and are skipped, with the reason, elsewhere.
 * Every test gets its own database ({@link #newDatabase}); roles it makes carry a random suffix.
 */
public final class TestPostgres {
    public static final String VARIABLE = "REFUNDDESK_TEST_PG";
    private static Server server;
    private static String unavailable;

    private TestPostgres() {
    }

    private record Server(String host, int port, String superuser) {
    }

    /** A new empty database owned by the superuser; the login is the superuser's (no password: trust on loopback). */
    public static ServerLogin newDatabase() {
        Server s = server();
        String name = "rd_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        superuserSql("postgres", "CREATE DATABASE " + name);
        return new ServerLogin(new ServerAddress(s.host(), s.port(), name, s.superuser(), "disable"), new char[0]);
    }

    /** Runs statements as the superuser in this database. */
    public static void superuserSql(String database, String... statements) {
        Server s = server();
        Properties p = new Properties();
        p.setProperty("user", s.superuser());
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + s.host() + ":" + s.port() + "/" + database
                + "?sslmode=disable", p); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test server: " + e.getMessage(), e);
        }
    }

    /** A login to the same database as another role. */
    public static ServerLogin as(ServerLogin login, String role, String password) {
        return new ServerLogin(login.address().withUser(role), password.toCharArray());
    }

    /** A fresh role name for one test: roles belong to the whole server. */
    public static String roleName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /**
     * A login role whose password the server really checks: the test cluster trusts every other login, so a
     * {@code host} line asking this role for scram-sha-256 is put first in pg_hba.conf and the server reloads it
     * (no second cluster). The file is rewritten by the server itself (COPY runs as the cluster's owner), which works
     * whoever runs the tests, root in CI or a developer. Returns the role's name.
     */
    public static String passwordRole(String prefix, String password, String... memberOf) {
        String role = roleName(prefix);
        superuserSql("postgres", "CREATE ROLE " + role + " LOGIN PASSWORD '" + password.replace("'", "''") + "'"
                + (memberOf.length == 0 ? "" : " IN ROLE " + String.join(", ", memberOf)));
        requirePassword(role);
        return role;
    }

    private static synchronized void requirePassword(String role) {
        Server s = server();
        Properties p = new Properties();
        p.setProperty("user", s.superuser());
        String url = "jdbc:postgresql://" + s.host() + ":" + s.port() + "/postgres?sslmode=disable";
        try (Connection c = DriverManager.getConnection(url, p); Statement st = c.createStatement()) {
            String file;
            String current;
            try (var rs = st.executeQuery("SELECT setting, pg_read_file(setting) FROM pg_settings WHERE name = 'hba_file'")) {
                rs.next();
                file = rs.getString(1);
                current = rs.getString(2);
            }
            if (current.indexOf('\\') >= 0 || file.indexOf('\'') >= 0) {
                throw new IllegalStateException("cannot rewrite " + file + " through COPY (a backslash or quote in it)");
            }
            List<String> lines = new ArrayList<>();
            for (String network : List.of("127.0.0.1/32", "::1/128")) {
                lines.add("host all " + role + " " + network + " scram-sha-256");
            }
            current.lines().map(l -> l.replace('\t', ' ')).forEach(lines::add);
            st.execute("CREATE TEMP TABLE hba_lines (n INT, line TEXT)");
            try (var insert = c.prepareStatement("INSERT INTO hba_lines VALUES (?, ?)")) {
                for (int i = 0; i < lines.size(); i++) {
                    insert.setInt(1, i);
                    insert.setString(2, lines.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            st.execute("COPY (SELECT line FROM hba_lines ORDER BY n) TO '" + file + "'");
            st.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("test server: cannot ask " + role + " for a password: " + e.getMessage(), e);
        }
        // the postmaster reloads on its signal: wait until a login without the password is refused
        Properties noPassword = new Properties();
        noPassword.setProperty("user", role);
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Connection c = DriverManager.getConnection(url, noPassword)) {
                Thread.sleep(50);
            } catch (SQLException refused) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("test server: pg_hba.conf reloaded, but " + role + " still logs in without a password");
    }

    /**
     * Makes the test server serve TLS for the test's duration (the suite's cluster does not): a throw-away
     * self-signed certificate for {@code localhost} made with openssl, written into the cluster's folder by the server
     * itself (COPY runs as its owner, whoever runs the tests), and {@code ssl = on} through ALTER SYSTEM and a reload.
     * Closing turns it off again; a server that already served TLS is left as it was. Empty when openssl is missing.
     */
    public static synchronized java.util.Optional<AutoCloseable> serveTls(Path work) throws Exception {
        Server s = server();
        if ("on".equals(setting("ssl"))) {
            return java.util.Optional.of(() -> { });
        }
        Path key = work.resolve("server.key");
        Path cert = work.resolve("server.crt");
        Process openssl;
        try {
            openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost", "-keyout", key.toString(), "-out", cert.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException noOpenssl) {
            return java.util.Optional.empty();
        }
        if (openssl.waitFor() != 0) {
            throw new IllegalStateException("openssl could not make a test certificate");
        }
        String name = setting("data_directory") + "/rd-test-" + UUID.randomUUID().toString().substring(0, 8);
        writeInClusterFolder(name + ".crt", Files.readString(cert));
        writeInClusterFolder(name + ".key", Files.readString(key));
        superuserSql("postgres", "ALTER SYSTEM SET ssl_cert_file = '" + name + ".crt'",
                "ALTER SYSTEM SET ssl_key_file = '" + name + ".key'", "ALTER SYSTEM SET ssl = on", "SELECT pg_reload_conf()");
        awaitSetting("ssl", "on");
        return java.util.Optional.of(() -> {
            superuserSql("postgres", "ALTER SYSTEM RESET ssl", "ALTER SYSTEM RESET ssl_cert_file",
                    "ALTER SYSTEM RESET ssl_key_file", "SELECT pg_reload_conf()");
            awaitSetting("ssl", "off");
        });
    }

    private static String setting(String name) {
        Server s = server();
        Properties p = new Properties();
        p.setProperty("user", s.superuser());
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + s.host() + ":" + s.port()
                + "/postgres?sslmode=disable", p); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("test server: " + e.getMessage(), e);
        }
    }

    /** The postmaster applies a reload on its signal: new sessions see it a moment later. */
    private static void awaitSetting(String name, String value) throws InterruptedException {
        for (int attempt = 0; attempt < 100 && !value.equals(setting(name)); attempt++) {
            Thread.sleep(50);
        }
        if (!value.equals(setting(name))) {
            throw new IllegalStateException("test server: " + name + " is not " + value + " after a reload");
        }
    }

    private static void writeInClusterFolder(String file, String text) {
        if (text.indexOf('\\') >= 0 || text.indexOf('\'') >= 0 || !file.matches("[A-Za-z0-9/._-]+")) {
            throw new IllegalStateException("cannot write " + file + " through COPY");
        }
        List<String> statements = new ArrayList<>();
        statements.add("CREATE TEMP TABLE pem_lines (n INT, line TEXT)");
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            statements.add("INSERT INTO pem_lines VALUES (" + i + ", '" + lines.get(i) + "')");
        }
        // through a shell as the cluster's owner: a file COPY writes is readable by all, and PostgreSQL refuses a key so
        statements.add("COPY (SELECT line FROM pem_lines ORDER BY n) TO PROGRAM 'umask 077 && cat > " + file + "'");
        superuserSql("postgres", statements.toArray(String[]::new));
    }

    private static synchronized Server server() {
        if (server == null && unavailable == null) {
            try {
                server = fromEnvironment();
                if (server == null) {
                    server = startOwnCluster();
                }
            } catch (IOException | RuntimeException e) {
                unavailable = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unavailable = "interrupted";
            }
        }
        if (server == null) {
            String why = "no PostgreSQL for the team-mode tests: " + unavailable + " (set " + VARIABLE
                    + "=host:port:superuser or install Debian's postgresql package; see README)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(why);
            }
            System.err.println("SKIPPED: " + why);
            Assumptions.abort(why);
        }
        return server;
    }

    private static Server fromEnvironment() {
        String value = System.getenv(VARIABLE);
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.strip().split(":");
        if (parts.length != 3) {
            throw new IllegalStateException(VARIABLE + " is not host:port:superuser: " + value);
        }
        return new Server(parts[0], Integer.parseInt(parts[1]), parts[2]);
    }

    private static Server startOwnCluster() throws IOException, InterruptedException {
        Path bin = binaries();
        Path dir = Files.createTempDirectory("refunddesk-pg");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            run(List.of("chown", "postgres", dir.toString()));
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        run(asPostgres(root, bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"));
        run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c fsync=off -c max_connections=200", "start"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(asPostgres(root, bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast",
                        "-w", "stop"));
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                System.err.println("could not stop the test PostgreSQL in " + dir + ": " + e.getMessage());
            }
        }));
        return new Server("127.0.0.1", port, "postgres");
    }

    private static Path binaries() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("no " + root);
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> String.format(Locale.ROOT, "%05d", version(b))))
                    .orElseThrow(() -> new IllegalStateException("no initdb under " + root));
        }
    }

    private static int version(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<String> asPostgres(boolean root, String... command) {
        List<String> all = new ArrayList<>();
        if (root) {
            all.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        all.addAll(List.of(command));
        return all;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out.strip());
        }
    }
}
