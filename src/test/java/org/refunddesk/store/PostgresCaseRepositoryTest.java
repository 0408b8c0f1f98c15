package org.refunddesk.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.testing.TestPostgres;

/** The repository contract on a real PostgreSQL server (team mode), each test in its own database. */
class PostgresCaseRepositoryTest extends CaseRepositoryContract {
    @TempDir
    Path cache;
    private ServerLogin login;

    @Override
    Database openStore() {
        login = TestPostgres.newDatabase();
        return Database.openServer(login, cache.resolve("a"), clock, true);
    }

    @Override
    Database secondClient() {
        return Database.openServer(login, cache.resolve("b"), clock, false);
    }

    @Override
    Database reopen() {
        return Database.openServer(login, cache.resolve("a"), clock, false);
    }
}
