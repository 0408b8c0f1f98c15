package org.refunddesk.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The repository contract on the embedded H2 store. */
class H2CaseRepositoryTest extends CaseRepositoryContract {
    @TempDir
    Path dir;

    @Override
    Database openStore() {
        return Database.open(dir, clock);
    }

    @Override
    Database secondClient() {
        return db;
    }

    @Override
    Database reopen() {
        return Database.open(dir, clock);
    }
}
