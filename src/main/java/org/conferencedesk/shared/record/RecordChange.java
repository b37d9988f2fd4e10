package org.conferencedesk.shared.record;

import java.util.List;

/**
 * What changed in an event's records of one type after a committed write, so that live views
 * ({@link LiveRecords}) update without re-reading where they can. Listeners of a {@link ChangeFeed}
 * get it on the thread that made the change, after the transaction committed.
 *
 * @param <R> the record type ({@code Contract}, {@code Guest} …)
 */
public sealed interface RecordChange<R> {

    /** The event whose records changed. */
    long eventId();

    /** Records were added or edited (a save, a status change, a check-in); each as stored, with its id. */
    record Saved<R>(long eventId, List<R> records) implements RecordChange<R> {
        /** Copies the list. */
        public Saved {
            records = List.copyOf(records);
        }
    }

    /** The records with these ids left the event's list (deleted, or merged into another). */
    record Removed<R>(long eventId, List<Long> ids) implements RecordChange<R> {
        /** Copies the list. */
        public Removed {
            ids = List.copyOf(ids);
        }
    }

    /** Many records changed at once (an import, an undone merge): read the event's records again. */
    record Reloaded<R>(long eventId) implements RecordChange<R> {
    }
}
