package org.refunddesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work run inside one transaction by {@link Database#inTransaction}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
