package org.refunddesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

import javax.sql.DataSource;

import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.refunddesk.store.crypto.KeyFile;
import org.refunddesk.store.crypto.StoreKey;
import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.evidence.EvidenceChecklist;

/**
 * The case database: an embedded H2 file {@code <dataDir>/refunddesk.mv.db}, migrated by Flyway, guarded by a
 * single-instance lock; or, in team mode, a PostgreSQL server shared by a group ({@link #openServer}). Every piece of work runs in one transaction through {@link #inTransaction}.
 */
public final class Database implements AutoCloseable {
    static final String DB_NAME = "refunddesk";

    private final Path dataDir;
    private final DataFolderLock lock;
    /** Swapped for a read-only one when the disk fills while the store is open, and back by {@link #retryWrites}. */
    private final StorePool pool;
    private final Dialect dialect;
    private final ServerAddress server;
    private final CaseRepository cases;
    private final StoreKey storeKey;
    private final CaseSummaries summaries;
    private final DamageLog damage = new DamageLog();
    private boolean closed;
    private volatile boolean compactOnClose;
    /** Whether this instance changed the file (a commit that wrote, a migration): only then is it compacted on close. */
    private volatile boolean wrote;

    private Database(Path dataDir, DataFolderLock lock, JdbcConnectionPool pool, Clock clock, StoreKey storeKey,
                     StoreUnusableException readOnlyBecause) {
        this(dataDir, lock, pool, pool::dispose, Dialect.H2, null, clock, storeKey, readOnlyBecause);
    }

    private Database(Path dataDir, DataFolderLock lock, DataSource pool, AutoCloseable closePool, Dialect dialect,
                     ServerAddress server, Clock clock, StoreKey storeKey, StoreUnusableException readOnlyBecause) {
        this.dataDir = dataDir;
        this.lock = lock;
        this.pool = new StorePool(dataDir, storeKey, pool, closePool, readOnlyBecause);
        this.dialect = dialect;
        this.server = server;
        this.storeKey = storeKey;
        // the rules and the evidence checklist load on first use, so opening the store does not wait for them
        this.summaries = new CaseSummaries(this, clock,
                new RuleSummaryProjector(new RuleEngine(dataDir), EvidenceChecklist::builtIn));
        this.cases = new JdbcCaseRepository(this, clock);
    }

    /** Names this process in the lock file, so a second one can say who holds the folder ("the app", a command). */
    public static void describeThisProcess(String description) {
        DataFolderLock.describeThisProcess(description);
    }

    /** Opens (creating and migrating when new) the database in the data folder; the clock stamps createdAt/updatedAt. */
    public static Database open(Path dataDir, Clock clock) {
        return open(dataDir, clock, null);
    }

    /** How long the store stays open: what H2 may do in the background while it is. */
    public enum Use {
        /** The app: H2 rewrites sparse parts of the file in the background while it idles. */
        SESSION,
        /**
         * One headless command: no background rewriting (on a large, fragmented file H2 otherwise spends the command's
         * time, and the wait at close, moving pages a read never needed); after a write the file is compacted at close.
         */
        COMMAND
    }

    /**
     * Opens the store with its key ({@code null} for a store that is not encrypted). An encrypted store
     * opened without its key is refused before H2 touches a file ({@link StoreEncryptedException}).
     */
    public static Database open(Path dataDir, Clock clock, StoreKey storeKey) {
        return open(dataDir, clock, storeKey, Use.SESSION);
    }

    /** {@link #open(Path, Clock, StoreKey)} for this use of the store. */
    public static Database open(Path dataDir, Clock clock, StoreKey storeKey, Use use) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw StoreFailures.inWords(new StoreException("cannot create the data folder " + dir + ": " + e.getMessage(), e), dir);
        }
        boolean encrypted = KeyFile.exists(dir);
        if (encrypted && storeKey == null) {
            throw new StoreEncryptedException(dir);
        }
        if (!encrypted && storeKey != null) {
            throw new StoreException("the store in " + dir + " is not encrypted");
        }
        try {
            return openWritable(dir, clock, storeKey, use);
        } catch (RuntimeException e) {
            RuntimeException inWords = StoreFailures.inWords(e, dir);
            if (inWords instanceof StoreUnusableException unusable && unusable.kind() != StoreUnusableException.Kind.DAMAGED_FILE
                    && Files.isRegularFile(dir.resolve(DB_NAME + ".mv.db"))) {
                // cannot write (disk full, no permission): open read-only so the cases can still be read, backed
                // up elsewhere and exported; every write then says why it cannot be done
                return openReadOnly(dir, clock, storeKey, unusable);
            }
            throw inWords;
        }
    }

    /**
     * Opens the store read-only, as {@link #open} does by itself when the folder cannot be written; {@code because}
     * is what every refused write then says.
     */
    public static Database openReadOnly(Path dataDir, Clock clock, StoreKey storeKey, StoreUnusableException.Kind because) {
        Path dir = dataDir.toAbsolutePath().normalize();
        return openReadOnly(dir, clock, storeKey, new StoreUnusableException(because, dir,
                new StoreException("opened read-only")));
    }

    private static Database openWritable(Path dir, Clock clock, StoreKey storeKey, Use use) {
        DataFolderLock lock = DataFolderLock.acquire(dir);
        JdbcConnectionPool pool = null;
        try {
            // before H2 opens the file for writing: on a full disk H2 2.4 can loop for ever closing a store whose
            // commit failed, so a folder that cannot be written is opened read-only without ever trying
            H2File.probeWritable(dir);
            H2Upgrade.backUpBeforeFirstOpen(dir, clock);
            pool = H2File.pool(dir, storeKey, false, use == Use.COMMAND);
            H2File.checkOpens(pool, dir);
            boolean migrated = H2File.migrate(pool);
            H2Upgrade.markOpened(dir);
            H2File.probeWritable(dir);
            Database db = new Database(dir, lock, pool, clock, storeKey, null);
            db.wrote = migrated;
            return db;
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            throw e;
        }
    }

    private static Database openReadOnly(Path dir, Clock clock, StoreKey storeKey, StoreUnusableException why) {
        DataFolderLock lock = DataFolderLock.acquireWithoutWriting(dir);
        JdbcConnectionPool pool = null;
        try {
            pool = H2File.pool(dir, storeKey, true);
            H2File.checkOpens(pool, dir);
            return new Database(dir, lock, pool, clock, storeKey, why);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            why.addSuppressed(e);
            throw why;
        }
    }

    public static Database open(Path dataDir) {
        return open(dataDir, Clock.systemUTC());
    }

    /**
     * Opens a team server (issue 16) as {@code login.user()}; the local folder {@code cacheDir} holds what the server
     * store keeps beside it on this machine (the evidence file cache). {@code migrate}: bring the server's schema up
     * to date (the owner's {@code team init}); otherwise a schema older than this app is refused with what to do.
     */
    public static Database openServer(ServerLogin login, Path cacheDir, Clock clock, boolean migrate) {
        Path dir = cacheDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder " + dir + ": " + e.getMessage(), e);
        }
        ServerPool pool = ServerPool.open(login);
        try {
            if (migrate) {
                Migrations.migrate(pool.dataSource(), Dialect.POSTGRESQL);
            } else {
                int pending = Migrations.pending(pool.dataSource(), Dialect.POSTGRESQL);
                if (pending > 0) {
                    throw new ServerSchemaException("the team server " + login.address().label() + " is not set up for this"
                            + " version of RefundDesk (" + pending + " schema changes missing): its owner runs"
                            + " `refunddesk --server " + login.address() + " team init`");
                }
            }
            return new Database(dir, null, pool.dataSource(), pool, Dialect.POSTGRESQL, login.address(), clock, null, null);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The connections (Flyway checks, the team tools). */
    DataSource pool() {
        return pool.dataSource();
    }

    /** The schema version the store is at (the latest migration applied), as a person reads it: "V23". */
    public String schemaVersion() {
        return Migrations.currentVersion(pool.dataSource(), dialect);
    }

    /** The engine: the embedded H2 file or a PostgreSQL team server. */
    public Dialect dialect() {
        return dialect;
    }

    /** The team server this store is on; empty for the embedded store in the data folder. */
    public Optional<ServerAddress> server() {
        return Optional.ofNullable(server);
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * Runs the work in one JDBC transaction: committed when it returns, rolled back on any exception. Once the store
     * cannot be written (opened read-only, or a write failed on a full disk), a statement that would write is refused
     * with the reason before the database sees it; reading goes on.
     */
    public <T> T inTransaction(SqlWork<T> work) {
        return inTransaction(work, false);
    }

    /**
     * Work that only reads, on one snapshot (repeatable read): a whole case is read in several statements (its row,
     * tags, events), and under read committed a save committed between them mixes two versions — which its checksum
     * then reports as damage. Saves lock the case row, so only pure reads need this.
     */
    public <T> T inSnapshot(SqlWork<T> work) {
        return inTransaction(work, true);
    }

    private <T> T inTransaction(SqlWork<T> work, boolean snapshot) {
        try {
            return runInTransaction(work, snapshot);
        } catch (StoreUnusableException e) {
            if (e.kind() == StoreUnusableException.Kind.DISK_FULL && dialect == Dialect.H2 && pool.readOnlyBecause() == null) {
                pool.refuseWrites(e);
            }
            throw e;
        }
    }

    private <T> T runInTransaction(SqlWork<T> work, boolean snapshot) {
        if (closed) {
            throw new StoreException("the database is closed");
        }
        StoreUnusableException refused = pool.readOnlyBecause();
        try (Connection raw = pool.dataSource().getConnection()) {
            // refused as H2 refuses a write to a read-only store, so the work sees what it saw before (and says why)
            Connection c = refused == null ? raw : WriteGuard.wrap(raw, () -> new SQLException("the store cannot be written",
                    "90097", ErrorCode.DATABASE_IS_READ_ONLY, refused));
            if (snapshot) {
                // H2's repeatable read still shows rows added since (an appended event): its snapshot level does not
                c.setTransactionIsolation(dialect == Dialect.H2 ? org.h2.engine.Constants.TRANSACTION_SNAPSHOT
                        : Connection.TRANSACTION_REPEATABLE_READ);
            }
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                boolean wrote = dialect == Dialect.H2 && H2File.wroteSomething(c);
                c.commit();
                if (wrote) {
                    this.wrote = true;
                    H2File.forceToDisk(c);
                }
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException rollbackFailed) {
                    // the connection died with the work (server gone): the work's own failure says why
                    e.addSuppressed(rollbackFailed);
                }
                throw e;
            } finally {
                if (snapshot) {
                    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED); // the pool's other users expect it
                }
            }
        } catch (SQLException e) {
            if (server != null) {
                throw ServerPool.inWords(server, e);
            }
            if (refused != null && e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                throw new StoreUnusableException(refused.kind(), dataDir, e);
            }
            throw StoreFailures.inWords(new StoreException("database error: " + e.getMessage(), e), dataDir);
        } catch (StoreException e) {
            throw server != null ? e : StoreFailures.inWords(e, dataDir);
        }
    }

    /**
     * 再试一次 after space was freed: checks that the data folder can be written again (a small write beside the store)
     * and, when it can, reopens the store for writing; otherwise throws, saying why in words (disk still full). Does
     * nothing when the store can be written.
     */
    public void retryWrites() {
        pool.retryWrites();
    }

    /** Why the store was opened read-only (disk full, no permission), or empty when it can be written. */
    public Optional<StoreUnusableException> readOnlyBecause() {
        return pool.readOnlyReason();
    }

    /** The key of an encrypted store, for the evidence vault; empty when the store is not encrypted. */
    public Optional<StoreKey> storeKey() {
        return Optional.ofNullable(storeKey);
    }

    private void compact() {
        if (dialect != Dialect.H2) {
            return;
        }
        try (Connection c = pool.dataSource().getConnection(); java.sql.Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new StoreException("cannot compact the database: " + e.getMessage(), e);
        }
    }

    public CaseRepository cases() {
        return cases;
    }

    /** The store's identity, carried in its backups' manifests. */
    public StoreIdentity identity() {
        return new StoreIdentity(this);
    }

    /** The damaged case rows the last whole-store reads skipped (list, summaries): see {@link StoreCheck} for all. */
    public DamageLog damage() {
        return damage;
    }

    /** The case summaries the list, agenda, dashboard and CLI read instead of whole cases. */
    public CaseSummaries summaries() {
        return summaries;
    }

    /**
     * Rewrites the database file when it closes, so rows deleted since (an erasure) leave no bytes behind in
     * old pages of the file.
     */
    public void compactWhenClosed() {
        compactOnClose = true;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (compactOnClose) {
                compact();
            } else if (wrote && dialect == Dialect.H2 && pool.readOnlyBecause() == null) {
                // what H2 itself does on close, now only after writes: a read leaves the file as it was, and at
                // 100,000 cases H2's compaction took seconds of every read-only command (issue 14)
                H2File.compactBriefly(pool.dataSource());
            }
            pool.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
