package org.refunddesk.store;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The connections to a team server: HikariCP validates a connection before handing it out and sends keepalive
 * queries on idle ones, so a connection the network dropped is replaced instead of freezing the next save.
 */
final class ServerPool implements AutoCloseable {
    private final HikariDataSource dataSource;

    private ServerPool(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    static ServerPool open(ServerLogin login) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(login.address().jdbcUrl());
        config.setUsername(login.user());
        config.setPassword(new String(login.password()));
        config.setPoolName("refunddesk-" + login.address().label());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.setValidationTimeout(3_000);
        config.setKeepaliveTime(60_000);
        config.setIdleTimeout(300_000);
        config.setAutoCommit(true);
        // a server that vanished without closing the socket (cable, sleep, NAT) ends a waiting statement instead of
        // freezing it: the OS probes idle sockets, and no single answer may take longer than a minute
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("socketTimeout", "60");
        // fail at once (with the driver's reason) when the server is down or refuses the login
        config.setInitializationFailTimeout(1);
        try {
            return new ServerPool(new HikariDataSource(config));
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() instanceof SQLException sql ? sql : e;
            if (cause instanceof SQLException sql) {
                throw loginFailure(login, sql);
            }
            throw new ServerUnreachableException(login.address(), cause);
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** A connection outside the pool (the change listener holds one for LISTEN). */
    static Connection connectDirectly(ServerLogin login) throws SQLException {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", login.user());
        props.setProperty("password", new String(login.password()));
        return java.sql.DriverManager.getConnection(login.address().jdbcUrl(), props);
    }

    private static StoreException loginFailure(ServerLogin login, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // 08004 with "password": the server wants a password and none was given (ask for it; it is not unreachable)
        boolean noPassword = "08004".equals(state) && String.valueOf(e.getMessage()).contains("password");
        if (noPassword || state.startsWith("28") || "3D000".equals(state) || "42501".equals(state)) {
            return new ServerLoginRefusedException(login.address(), login.user(), e);
        }
        return inWords(login.address(), e);
    }

    /** A failed statement in words: the server gone (unreachable), else the driver's message. */
    static StoreException inWords(ServerAddress server, SQLException e) {
        if (unreachable(e)) {
            return new ServerUnreachableException(server, e);
        }
        if ("42501".equals(e.getSQLState())) {
            return new ServerRefusedException(server, e);
        }
        return new StoreException("database error: " + e.getMessage(), e);
    }

    /** Connection-class SQL states (08...), the pool's wait for a connection, or a socket failure underneath. */
    static boolean unreachable(SQLException e) {
        if (e instanceof SQLTransientConnectionException) {
            return true;
        }
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || "57P01".equals(state) || "57P03".equals(state))) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                    || t instanceof SocketTimeoutException || t instanceof SocketException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
