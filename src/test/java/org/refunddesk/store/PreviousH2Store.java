package org.refunddesk.store;

import java.io.PrintWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.refunddesk.domain.RefundCase;

/**
 * Writes a store with H2 2.3.232, the release before the one the app uses, in its own class loader (the jar is
 * copied by the build, see pom.xml): the schema by our migrations, one case by our row binding.
 */
final class PreviousH2Store {
    private PreviousH2Store() {
    }

    static void write(Path dataDir, RefundCase refundCase) throws Exception {
        Path jar = Path.of(System.getProperty("refunddesk.previousH2Jar", "target/previous-h2/h2-2.3.232.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": run the tests through Maven (it copies the old H2)");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Driver driver = (Driver) loader.loadClass("org.h2.Driver").getDeclaredConstructor().newInstance();
            String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(Database.DB_NAME);
            Properties login = new Properties();
            login.setProperty("user", "refunddesk");
            login.setProperty("password", "");
            Flyway.configure().dataSource(new OneDriver(driver, url, login))
                    .locations("classpath:org/refunddesk/store/db/migration/h2").target("13").load().migrate();
            try (Connection c = driver.connect(url, login);
                 PreparedStatement ps = c.prepareStatement(CaseRows.INSERT_WITHOUT_CHECKSUM)) {
                CaseRows.bindWithoutChecksum(ps, refundCase);
                ps.executeUpdate();
            }
        }
    }

    /** Connections from one driver, as Flyway wants them. */
    private record OneDriver(Driver driver, String url, Properties login) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return driver.connect(url, login);
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
