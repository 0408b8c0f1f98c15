package org.refunddesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;
import org.refunddesk.store.crypto.StoreKey;

/**
 * The connections of a {@link Database}: swapped for a read-only pool when the disk fills while the store is open
 * ({@link #refuseWrites}), and back by {@link #retryWrites} once space was freed. A team server's pool is never swapped.
 */
final class StorePool {
    private final Path dataDir;
    private final StoreKey storeKey;
    private volatile DataSource pool;
    private volatile AutoCloseable closePool;
    private volatile StoreUnusableException readOnlyBecause;
    private boolean closed;

    StorePool(Path dataDir, StoreKey storeKey, DataSource pool, AutoCloseable closePool, StoreUnusableException readOnlyBecause) {
        this.dataDir = dataDir;
        this.storeKey = storeKey;
        this.pool = pool;
        this.closePool = closePool;
        this.readOnlyBecause = readOnlyBecause;
    }

    DataSource dataSource() {
        return pool;
    }

    /** Why every write is refused (opened read-only, or the disk filled), or null when the store can be written. */
    StoreUnusableException readOnlyBecause() {
        return readOnlyBecause;
    }

    Optional<StoreUnusableException> readOnlyReason() {
        return Optional.ofNullable(readOnlyBecause);
    }

    /**
     * A write failed because the disk is full: from now on every write is refused at once (H2 is not asked again: after
     * a failed commit it can hang in the next one), and the store is reopened read-only, since the instance whose
     * commit failed may also fail to read. What was committed before is on disk (every commit is synced), so the
     * read-only store holds every save that was reported done.
     */
    synchronized void refuseWrites(StoreUnusableException why) {
        if (readOnlyBecause != null || closed) {
            return;
        }
        readOnlyBecause = why;
        DataSource broken = pool;
        AutoCloseable closeBroken = closePool;
        try (Connection c = broken.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY"); // closes the file without writing anything more
        } catch (SQLException | RuntimeException e) {
            why.addSuppressed(e);
        }
        try {
            closeBroken.close();
        } catch (Exception e) {
            why.addSuppressed(e);
        }
        try {
            JdbcConnectionPool readOnly = H2File.pool(dataDir, storeKey, true);
            H2File.checkOpens(readOnly, dataDir);
            pool = readOnly;
            closePool = readOnly::dispose;
        } catch (RuntimeException e) {
            why.addSuppressed(e); // the reads then fail too, each saying why
        }
    }

    /**
     * 再试一次 after space was freed: checks that the data folder can be written again (a small write beside the store)
     * and, when it can, reopens the store for writing; otherwise throws, saying why in words (disk still full). Does
     * nothing when the store can be written.
     */
    synchronized void retryWrites() {
        if (readOnlyBecause == null || closed) {
            return;
        }
        try {
            H2File.probeWritable(dataDir);
        } catch (RuntimeException e) {
            throw StoreFailures.inWords(e, dataDir);
        }
        AutoCloseable closeReadOnly = closePool;
        try {
            closeReadOnly.close();
        } catch (Exception e) {
            throw new StoreException("cannot close the read-only store: " + e.getMessage(), e);
        }
        JdbcConnectionPool writable = null;
        try {
            writable = H2File.pool(dataDir, storeKey, false);
            H2File.checkOpens(writable, dataDir);
            H2File.migrate(writable); // a store opened read-only at start may not have had its migrations yet
            H2File.probeWritable(dataDir);
            pool = writable;
            closePool = writable::dispose;
            readOnlyBecause = null;
        } catch (RuntimeException e) {
            if (writable != null) {
                writable.dispose();
            }
            JdbcConnectionPool again = H2File.pool(dataDir, storeKey, true);
            H2File.checkOpens(again, dataDir);
            pool = again;
            closePool = again::dispose;
            throw StoreFailures.inWords(e, dataDir);
        }
    }

    /** Closes the connections (the last one closes an embedded store's file); no swap happens after. */
    synchronized void close() {
        closed = true;
        try {
            closePool.close();
        } catch (Exception e) {
            throw new StoreException("cannot close the database: " + e.getMessage(), e);
        }
    }
}
