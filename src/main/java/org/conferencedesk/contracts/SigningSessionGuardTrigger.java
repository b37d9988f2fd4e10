package org.conferencedesk.contracts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The database's own guard of signing sessions, installed by {@code sql/V30__signing_sessions.sql}: a
 * session that contracts still name is never deleted while its event exists, so that no program (a
 * second build, the H2 console, a script) loses contracts through the cascade of
 * {@code contract_signing_session_fk}. Deleting the event still deletes everything (when H2 cascades
 * the event's deletion the event row is already gone). {@link SigningSessionService#deleteSession}
 * refuses the same in a sentence first.
 *
 * <p>A refusal is an {@link SQLException} with SQLState {@value #SQL_STATE} and the message
 * {@code "SIGNING_SESSION_IN_USE: …"}. The class name is stored in every database by V30: renaming or
 * moving this class needs a migration that recreates the trigger.
 */
public final class SigningSessionGuardTrigger implements Trigger {

    /** SQLState of a refusal (class 45, "unhandled user-defined exception"). */
    public static final String SQL_STATE = "45000";
    /** A session with contracts was to be deleted while its event exists. */
    public static final String IN_USE = "SIGNING_SESSION_IN_USE";

    /** Creates the trigger (H2 calls it). */
    public SigningSessionGuardTrigger() {
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null || newRow != null) {
            return;
        }
        // Columns of signing_session in table order: id, event_id, …
        Object sessionId = oldRow[0];
        Object eventId = oldRow[1];
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT (SELECT COUNT(*) FROM event WHERE id = ?), (SELECT COUNT(*) FROM contract WHERE signing_session_id = ?)")) {
            query.setObject(1, eventId);
            query.setObject(2, sessionId);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                if (r.getLong(1) > 0 && r.getLong(2) > 0) {
                    throw new SQLException(IN_USE + ": signing session " + sessionId + " still has " + r.getLong(2)
                            + " contracts; move them to another session first", SQL_STATE);
                }
            }
        }
    }
}
