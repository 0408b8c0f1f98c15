package org.refunddesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.testing.TestPostgres;

/**
 * Issue 16, "TLS on by default": an address without sslmode asks for an encrypted connection, and against a server
 * that serves TLS the store's connections really are encrypted (PostgreSQL's own pg_stat_ssl says so).
 */
class TeamTlsTest {
    @TempDir
    Path dir;

    @Test
    void anAddressWithoutSslmodeLogsInEncrypted() throws Exception {
        ServerLogin plain = TestPostgres.newDatabase();
        ServerAddress given = plain.address();
        ServerAddress byDefault = ServerAddress.parse("postgresql://" + given.user() + "@" + given.host() + ":"
                + given.port() + "/" + given.database());
        assertThat(byDefault.sslMode()).isEqualTo("require");

        Optional<AutoCloseable> tls = TestPostgres.serveTls(dir);
        assumeTrue(tls.isPresent(), "openssl is needed to make the test server's certificate");
        try (AutoCloseable served = tls.get();
             Database db = Database.openServer(new ServerLogin(byDefault, plain.password()), dir.resolve("cache"),
                     Clock.systemUTC(), true)) {
            boolean encrypted = db.inTransaction(c -> {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            });
            assertThat(encrypted).as("the connection a default address opens is encrypted").isTrue();
            assertThat(db.cases().count()).isZero();
        }
    }
}
