package org.conferencedesk.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;

/**
 * What other features hold of a record about to be deleted: a nominee linked to a guest or an
 * exhibitor, a category of an event. The feature that owns the record asks {@link #release} inside
 * its deleting transaction, after locking the record and before deleting it; every feature that
 * holds records of that type has registered a {@link Holder} ({@link #add}) and either refuses the
 * deletion with a sentence or lets go of its references in the same transaction (both or neither).
 * So the owner needs no dependency on the features that point at it (which would point the wrong
 * way: awards know guests, guests do not know awards), and the database's own foreign keys stay
 * strict for any other program.
 *
 * <p>The composition root builds one, gives it to the services that delete records and lets the
 * holders register. Thread-safe; registering is meant for start-up.
 */
public final class References {

    /** A feature's hold on records of one type, owned by another feature. */
    @FunctionalInterface
    public interface Holder {

        /**
         * Called inside the deleting transaction {@code tx}, with the record locked and not yet
         * deleted. Refuses the deletion by throwing (a {@code UserFacingException} naming what holds
         * the record and what to do), or lets go of the references in {@code tx}, auditing that in
         * {@code tx} too.
         *
         * @param eventId the event the record belongs to (for an event, its own id)
         * @param recordId the record about to be deleted
         * @return what to do once the deletion is committed (publish the holder's own changes), or null
         */
        Runnable release(DSLContext tx, long eventId, long recordId);
    }

    private final Map<String, List<Holder>> holders = new ConcurrentHashMap<>();

    /** Registers {@code holder} for records of {@code recordType} (the type's name in the audit trail: {@code "guest"}). */
    public void add(String recordType, Holder holder) {
        holders.computeIfAbsent(Objects.requireNonNull(recordType), t -> new CopyOnWriteArrayList<>())
                .add(Objects.requireNonNull(holder));
    }

    /**
     * Asks every holder of {@code recordType} to let go of record {@code recordId} inside {@code tx},
     * in the order they registered; the first refusal propagates (the caller's transaction then rolls
     * back, so nothing was let go).
     *
     * @return what the caller runs after its commit (never null; does nothing if no holder needs it)
     */
    public Runnable release(DSLContext tx, String recordType, long eventId, long recordId) {
        List<Runnable> after = new ArrayList<>();
        for (Holder holder : holders.getOrDefault(recordType, List.of())) {
            Runnable then = holder.release(tx, eventId, recordId);
            if (then != null) {
                after.add(then);
            }
        }
        return () -> after.forEach(Runnable::run);
    }
}
