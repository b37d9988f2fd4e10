package org.conferencedesk.storage;

import java.sql.SQLException;
import java.util.Set;
import org.conferencedesk.shared.UserFacingException;

/**
 * The connection to the PostgreSQL server broke during a unit of work (the server restarted, an
 * administrator ended the session with {@code pg_terminate_backend}, the network dropped): the work
 * is not retried here (the caller decides; a retry of a write is only safe when nothing can have
 * been committed). The sentence says which case it is:
 * <ul>
 * <li>{@code pg.connectionLost}: the connection broke before the commit was asked for. The server
 *     rolls back an unfinished transaction of a lost session, so nothing of the change was saved; the
 *     user can simply try again (the pool then hands out a new connection).</li>
 * <li>{@code pg.connectionLostAtCommit}: it broke while the commit was on its way: the server may have
 *     committed it or not; the user is asked to look before doing it again (no silent double entry).</li>
 * </ul>
 * Never half-saved either way: a transaction commits whole or not at all.
 */
public final class ConnectionLostException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    /** SQLSTATEs of a lost session besides class 08 (connection exception): admin shutdown, crash shutdown, cannot connect now. */
    private static final Set<String> LOST = Set.of("57P01", "57P02", "57P03");

    private final boolean atCommit;

    ConnectionLostException(Throwable cause, boolean atCommit, String database) {
        super(cause, "storage", atCommit ? "pg.connectionLostAtCommit" : "pg.connectionLost", database);
        this.atCommit = atCommit;
    }

    /** True if the connection broke while the commit was on its way (the change may or may not be saved). */
    public boolean atCommit() {
        return atCommit;
    }

    /** True if {@code failure} (in any wrapping) is a lost connection to the server. */
    public static boolean isConnectionLoss(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
            if (t instanceof SQLException e && e.getSQLState() != null
                    && (e.getSQLState().startsWith("08") || LOST.contains(e.getSQLState()))) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (s != t && isConnectionLoss(s)) {
                    return true;
                }
            }
        }
        return false;
    }
}
