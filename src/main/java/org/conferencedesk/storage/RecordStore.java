package org.conferencedesk.storage;

import java.util.Optional;
import org.jooq.DSLContext;

/**
 * What {@link AuditedWrites} needs of a record type's repository: the single-record writes, inside
 * the caller's transaction. A feature's repository implements it ({@code ContractRepository},
 * {@code GuestRepository}); only repositories touch the generated jOOQ code.
 *
 * @param <R> the record type (an immutable Java record with an id and an event id)
 */
public interface RecordStore<R> {

    /** The same store working inside transaction {@code tx}. */
    RecordStore<R> within(DSLContext tx);

    /**
     * The listed record with this id, locked for update until the transaction ends; empty if there
     * is none (deleted, or merged away).
     */
    Optional<R> lock(long id);

    /** Inserts a new record (its id null) and returns it as stored, with its id. */
    R insert(R record);

    /** Writes an edited record (by its id) and returns it as stored; empty if it is gone. */
    Optional<R> update(R record);

    /** Deletes the record with this id; false if it was already gone. */
    boolean delete(long id);
}
