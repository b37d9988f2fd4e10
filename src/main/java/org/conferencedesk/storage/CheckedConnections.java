package org.conferencedesk.storage;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The connections of a PostgreSQL pool, each checked before it is handed out (issue 16): a pooled
 * connection the server ended meanwhile (a restart, {@code pg_terminate_backend}, a network drop
 * noticed by the keepalives) is passed over and the next one, or a new one, is taken, so that the
 * unit of work after a lost connection runs on a live one instead of failing too. The check is
 * JDBC's {@link Connection#isValid} (one empty round trip); a connection found dead is closed by the
 * driver and dropped by the pool at its next checkout. A connection lost during a unit of work is
 * not this class's business: {@link Database#inTransaction} says so ({@link ConnectionLostException}).
 */
final class CheckedConnections implements DataSource {

    /** Seconds the check waits for the server's answer. */
    private static final int CHECK_SECONDS = 3;

    private final DataSource pool;
    private final int attempts;

    /**
     * @param pool the pool
     * @param poolSize its most connections: every pooled one may be dead, then one new one is made
     */
    CheckedConnections(DataSource pool, int poolSize) {
        this.pool = pool;
        this.attempts = poolSize + 1;
    }

    @Override
    public Connection getConnection() throws SQLException {
        SQLException last = null;
        for (int i = 0; i < attempts; i++) {
            Connection c;
            try {
                c = pool.getConnection();
            } catch (SQLException e) {
                if (!ConnectionLostException.isConnectionLoss(e)) {
                    throw e;
                }
                last = e; // a dead pooled connection: the pool has dropped it now
                continue;
            }
            if (c.isValid(CHECK_SECONDS)) {
                return c;
            }
            c.close();
            last = new SQLException("A pooled connection no longer answers", "08006");
        }
        throw last;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The pool's login is fixed");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
