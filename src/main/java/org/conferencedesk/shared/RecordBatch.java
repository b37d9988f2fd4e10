package org.conferencedesk.shared;

import java.util.List;

/**
 * Receives the records of one large save (an import) a chunk at a time, inside the save's single
 * transaction, so that a 1,000,000-row file never has to be held in memory at once while it still
 * saves all or nothing. A service's import method opens the transaction and hands its batch to
 * the caller's code; an exception from that code rolls everything back.
 *
 * @param <R> the record type
 */
public interface RecordBatch<R> {

    /**
     * Adds new records (without ids) to the event.
     *
     * @throws RuntimeException (the service's own exception) if one breaks a rule; the whole save is undone
     */
    void add(List<R> records);

    /**
     * Saves an existing record (with its id) with new values, e.g. a guest a row was merged into.
     *
     * @throws UnsupportedOperationException if the record type does not update records on import
     */
    default void update(R record) {
        throw new UnsupportedOperationException("This import only adds records");
    }
}
