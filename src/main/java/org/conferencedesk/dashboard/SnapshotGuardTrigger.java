package org.conferencedesk.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The database's own guard of figure snapshots, installed by {@code sql/V32__figure_snapshots.sql}: a
 * snapshot is never updated, and never deleted while its event exists, whatever program writes (a
 * second build, the H2 console, a script). Deleting the event still deletes its snapshots (when H2
 * cascades the event's deletion the event row is already gone).
 *
 * <p>A refusal is an {@link SQLException} with SQLState {@value #SQL_STATE} and the message
 * {@code "FIGURE_SNAPSHOT_KEPT: …"}. The class name is stored in every database by V32: renaming or
 * moving this class needs a migration that recreates the trigger.
 */
public final class SnapshotGuardTrigger implements Trigger {

    /** SQLState of a refusal (class 45, "unhandled user-defined exception"). */
    public static final String SQL_STATE = "45000";
    /** A snapshot was to be edited or deleted. */
    public static final String KEPT = "FIGURE_SNAPSHOT_KEPT";

    /** Creates the trigger (H2 calls it). */
    public SnapshotGuardTrigger() {
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null) {
            return;
        }
        if (newRow != null) {
            throw new SQLException(KEPT + ": figure snapshot " + oldRow[0] + " is never edited; freeze the figures again instead",
                    SQL_STATE);
        }
        // Columns of figure_snapshot in table order: id, event_id, …
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM event WHERE id = ?")) {
            query.setObject(1, oldRow[1]);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                if (r.getLong(1) > 0) {
                    throw new SQLException(KEPT + ": figure snapshot " + oldRow[0] + " is kept as long as its event", SQL_STATE);
                }
            }
        }
    }
}
