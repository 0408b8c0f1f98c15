package org.refunddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;

/**
 * Runs a query that walks many rows lazily on the embedded engine: rows are made as the caller reads them. Otherwise
 * H2 first copies the whole result, and past 40,000 rows (its MAX_MEMORY_ROWS) writes the copy to a temporary file
 * and reads it back before the first row is handed over (issue 14: a third of the case list's read of 100,000
 * summaries). Set for this one statement only, not for the connection: with lazy execution on, H2 counts a table's
 * rows one by one ({@code SELECT COUNT(*)} of 100,000 rows: 16 ms, lazily 1-2.7 s). Other servers: as usual.
 */
final class LazyRows {
    private LazyRows() {
    }

    static ResultSet execute(Connection c, PreparedStatement ps) throws SQLException {
        SessionLocal session = embeddedSession(c);
        if (session == null) {
            return ps.executeQuery();
        }
        boolean was = session.isLazyQueryExecution();
        session.setLazyQueryExecution(true);
        try {
            return ps.executeQuery(); // the result stays lazy: H2 decides when it runs the query
        } finally {
            session.setLazyQueryExecution(was);
        }
    }

    /** True on the embedded engine (no round trip to a server to find out). */
    static boolean embedded(Connection c) {
        return embeddedSession(c) != null;
    }

    private static SessionLocal embeddedSession(Connection c) {
        try {
            return c.isWrapperFor(JdbcConnection.class)
                    && c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session ? session : null;
        } catch (SQLException e) {
            return null;
        }
    }
}
