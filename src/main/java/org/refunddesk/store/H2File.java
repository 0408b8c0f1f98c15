package org.refunddesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.api.ErrorCode;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.refunddesk.store.crypto.StoreKey;

/** The embedded H2 file of a data folder: how it is opened, checked, migrated and forced to the disk. */
final class H2File {
    /** A few of H2's 8 KB pages: what the next saves would need at least. */
    private static final int PROBE_BYTES = 64 * 1024;
    /** H2's default AUTO_COMPACT_FILL_RATE, and what it rewrites at most when compacting on close. */
    private static final int TARGET_FILL_RATE = 90;
    private static final int MAX_REWRITE_BYTES = 16 << 20;

    static {
        turnOffValueCache();
    }

    private H2File() {
    }

    /**
     * H2 looks every string and number it reads up in a shared cache of values (hashing each one) to hand out one
     * object per repeated value; the store's readers turn each value into their own objects at once, so the cache is
     * pure cost: a third of the CPU of reading 100,000 case summaries (issue 14). Read by H2 when its first class
     * loads, so set before H2 opens anything; a value set on the command line wins.
     */
    private static void turnOffValueCache() {
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    /**
     * H2 opens a store without writing when nothing needs it, so a full disk would only show at the first save
     * (or the first summary a read command refreshes): a small write beside the store finds it at once, and
     * {@link #open} then opens the store read-only.
     */
    static void probeWritable(Path dir) {
        Path probe = dir.resolve(Database.DB_NAME + ".probe");
        try {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(probe,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(java.nio.ByteBuffer.allocate(PROBE_BYTES));
                ch.force(false);
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException e) {
            throw new StoreException("cannot write in the data folder " + dir + ": " + e.getMessage(), e);
        }
    }

    static JdbcConnectionPool pool(Path dir, StoreKey storeKey) {
        return pool(dir, storeKey, false);
    }

    /**
     * No trace file: H2 would leave an empty refunddesk.trace.db behind (and, encrypted, write failed statements in
     * plain text to it). Read-only: H2 opens the file for reading and writes nothing. No compaction when the last
     * connection closes: H2 compacts whether anything was written or not (seconds at 100,000 cases), so
     * {@link Database#close} asks for it only after a write ({@link #compactBriefly}).
     */
    static JdbcConnectionPool pool(Path dir, StoreKey storeKey, boolean readOnly) {
        return pool(dir, storeKey, readOnly, false);
    }

    /** @param oneCommand no rewriting of sparse chunks in the background ({@link Database.Use#COMMAND}) */
    static JdbcConnectionPool pool(Path dir, StoreKey storeKey, boolean readOnly, boolean oneCommand) {
        String url = "jdbc:h2:file:" + dir.resolve(Database.DB_NAME) + ";TRACE_LEVEL_FILE=0"
                + (readOnly ? ";ACCESS_MODE_DATA=r" : ";MAX_COMPACT_TIME=0")
                + (oneCommand && !readOnly ? ";AUTO_COMPACT_FILL_RATE=0" : "");
        if (storeKey == null) {
            return JdbcConnectionPool.create(url, "refunddesk", "");
        }
        // no trace file: H2 would write failed statements, values included, to it in plain text
        String password = new String(storeKey.h2FilePassword()) + " ";
        return JdbcConnectionPool.create(url + ";CIPHER=AES", "refunddesk", password);
    }

    static void checkOpens(JdbcConnectionPool pool, Path dir) {
        try (Connection c = pool.getConnection()) {
            c.isValid(1);
        } catch (SQLException e) {
            // H2's own file lock: another program (not holding our lock file) has the database open
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StoreLockedException(dir);
            }
            throw new StoreException("cannot open the database in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** @return whether Flyway ran (and so may have written) */
    static boolean migrate(JdbcConnectionPool pool) {
        return Migrations.migrate(pool, Dialect.H2);
    }

    /**
     * About the compaction H2 runs when its last connection closes (its defaults: chunks under 90% live rewritten,
     * at most 16 MB): for a store this process wrote, so the file does not grow with every session.
     */
    static void compactBriefly(javax.sql.DataSource pool) {
        try (Connection c = pool.getConnection()) {
            if (c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session
                    && !session.getDatabase().isReadOnly()) {
                session.getDatabase().getStore().getMvStore().compact(TARGET_FILL_RATE, MAX_REWRITE_BYTES);
            }
        } catch (SQLException | RuntimeException e) {
            // only the file's size is at stake: every commit is already on disk
        }
    }

    /**
     * H2 writes a commit to its file later (in the background) unless told: a save reported to the user must
     * survive a crash right after, so the committed state is written and the file forced to the device.
     */
    static boolean wroteSomething(Connection c) {
        try {
            if (c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
                return session.containsUncommitted();
            }
        } catch (SQLException | RuntimeException e) {
            // not the embedded engine: sync every time rather than never
        }
        return true;
    }

    static void forceToDisk(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }
}
