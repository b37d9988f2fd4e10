package org.conferencedesk.storage;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.conferencedesk.shared.record.ChangeFeed;
import org.conferencedesk.shared.record.StaleEditException;
import org.conferencedesk.shared.record.Versioned;
import org.jooq.DSLContext;

/**
 * The one way a record is saved or deleted: the write and its audit entry in the same transaction
 * (both or neither), then the change published on the type's {@link ChangeFeed} after the commit.
 * Each feature's service holds one over its repository ({@link RecordStore}) and its audit view
 * ({@link RecordAudit}); the service checks its own rules before calling {@link #save}.
 *
 * <p>What is recorded: a new record as CREATED with its values; an edit as UPDATED with only the
 * fields that changed (none at all if nothing changed: Save pressed twice leaves no line); a
 * deletion as DELETED with the last values. A service's other writes (a check-in, a merge) use
 * {@link #recordUpdate} inside their own transaction for the same UPDATED line.
 *
 * <p>Thread-safe; knows nothing of JavaFX. Call it off the FX application thread.
 *
 * @param <R> the record type
 */
public final class AuditedWrites<R> {

    private final Database database;
    private final RecordStore<R> store;
    private final RecordAudit<R> kind;
    private final AuditTrail audit;
    private final ChangeFeed<R> feed;
    private final References references;

    /**
     * Writes of a type no other feature points at.
     *
     * @param database the database (for transactions)
     * @param store the type's repository over it
     * @param kind how the type appears in the trail
     * @param audit the trail (its actor names who makes the changes)
     * @param feed where committed changes are published
     */
    public AuditedWrites(Database database, RecordStore<R> store, RecordAudit<R> kind, AuditTrail audit, ChangeFeed<R> feed) {
        this(database, store, kind, audit, feed, new References());
    }

    /**
     * Writes of a type other features may point at: before a record is deleted, the holders
     * registered in {@code references} under the type's name ({@link RecordAudit#recordType()}) let
     * go of it or refuse, in the deleting transaction.
     */
    public AuditedWrites(Database database, RecordStore<R> store, RecordAudit<R> kind, AuditTrail audit, ChangeFeed<R> feed,
                         References references) {
        this.database = Objects.requireNonNull(database);
        this.store = Objects.requireNonNull(store);
        this.kind = Objects.requireNonNull(kind);
        this.audit = Objects.requireNonNull(audit);
        this.feed = Objects.requireNonNull(feed);
        this.references = Objects.requireNonNull(references);
    }

    /**
     * Adds {@code record} (no id) or saves an edited one (with id) and returns it as stored, audited
     * in the same transaction; publishes it as saved after the commit.
     *
     * @param goneMeanwhile the refusal to throw if an edited record was deleted (or merged away) meanwhile
     * @throws StaleEditException if {@code record} is {@link Versioned} and was read at another version
     *         than the one stored now: someone saved it meanwhile (nothing is saved; decision 0028)
     * @throws RuntimeException {@code goneMeanwhile}'s, or the database's (nothing is saved)
     */
    public R save(R record, Supplier<? extends RuntimeException> goneMeanwhile) {
        R stored = database.inTransaction(tx -> {
            RecordStore<R> within = store.within(tx);
            Long id = kind.id(record);
            if (id == null) {
                R added = within.insert(record);
                audit.record(tx, AuditEntry.created(kind.eventId(added), kind.recordType(), kind.id(added), kind.summary(added),
                        kind.fields(added)));
                return added;
            }
            R before = within.lock(id).orElseThrow(goneMeanwhile);
            if (record instanceof Versioned edited && ((Versioned) before).version() != edited.version()) {
                // Based on an older copy: someone saved the record meanwhile (decision 0028). Nothing is written.
                throw new StaleEditException(record, before);
            }
            R after = within.update(record).orElseThrow(goneMeanwhile);
            recordUpdate(tx, before, after);
            return after;
        });
        feed.saved(kind.eventId(stored), List.of(stored));
        return stored;
    }

    /**
     * Deletes the record with this id, recording its last values in the same transaction, and
     * publishes its removal after the commit. Other features' references to it are let go first, in
     * the same transaction ({@link References}); a holder may refuse.
     *
     * @return the record as it was, or empty if it was already gone (nothing recorded or published)
     * @throws RuntimeException a holder's refusal (a {@code UserFacingException}), or the database's;
     *         nothing is deleted then
     */
    public Optional<R> delete(long id) {
        Runnable[] afterCommit = new Runnable[1];
        Optional<R> deleted = database.inTransaction(tx -> {
            RecordStore<R> within = store.within(tx);
            Optional<R> before = within.lock(id);
            if (before.isEmpty()) {
                return Optional.<R>empty();
            }
            R gone = before.get();
            afterCommit[0] = references.release(tx, kind.recordType(), kind.eventId(gone), id);
            if (!within.delete(id)) {
                return Optional.<R>empty();
            }
            audit.record(tx, AuditEntry.deleted(kind.eventId(gone), kind.recordType(), id, kind.summary(gone), kind.fields(gone)));
            return before;
        });
        deleted.ifPresent(gone -> {
            afterCommit[0].run();
            feed.removed(kind.eventId(gone), List.of(id));
        });
        return deleted;
    }

    /**
     * Deletes the records with these ids in one transaction, all or nothing: each one's last values are
     * recorded, other features' references let go ({@link References}); a holder refusing any of them
     * (or any failure) undoes every deletion. Ids already gone are passed over. Their removal is
     * published after the commit. Ids of another event's records are passed over too.
     *
     * @param eventId the event whose records these are
     * @return the records as they were, in the order of {@code ids} (those already gone left out)
     * @throws RuntimeException a holder's refusal (a {@code UserFacingException}), or the database's;
     *         nothing is deleted then
     */
    public List<R> deleteAll(long eventId, List<Long> ids) {
        List<Runnable> afterCommit = new java.util.ArrayList<>();
        List<R> deleted = database.inTransaction(tx -> {
            RecordStore<R> within = store.within(tx);
            List<R> gone = new java.util.ArrayList<>();
            for (long id : new java.util.LinkedHashSet<>(ids)) {
                Optional<R> before = within.lock(id);
                if (before.isEmpty() || kind.eventId(before.get()) != eventId) {
                    continue;
                }
                R record = before.get();
                afterCommit.add(references.release(tx, kind.recordType(), kind.eventId(record), id));
                if (within.delete(id)) {
                    audit.record(tx, AuditEntry.deleted(kind.eventId(record), kind.recordType(), id, kind.summary(record),
                            kind.fields(record)));
                    gone.add(record);
                }
            }
            return gone;
        });
        afterCommit.forEach(Runnable::run);
        if (!deleted.isEmpty()) {
            feed.removed(eventId, deleted.stream().map(kind::id).toList());
        }
        return deleted;
    }

    /**
     * Records an edit made in the caller's transaction {@code tx}: one UPDATED entry with the fields
     * that changed, or nothing if none did.
     *
     * @return true if an entry was recorded
     */
    public boolean recordUpdate(DSLContext tx, R before, R after) {
        List<FieldChange> changes = kind.changes(before, after);
        if (changes.isEmpty()) {
            return false;
        }
        audit.record(tx, AuditEntry.of(kind.eventId(after), kind.recordType(), kind.id(after), AuditAction.UPDATED,
                kind.summary(after), changes));
        return true;
    }

    /**
     * Records an import in the caller's transaction {@code tx}: ONE {@link AuditAction#IMPORTED}
     * entry for the whole file, not one per record (an import is one act by one person from one
     * file, all or nothing; thousands of lines would bury the hand edits a committee checks).
     *
     * @param source the file name, or null (it is the entry's summary)
     * @param values what to keep, in order: {@code count} (records added) and whatever the type adds
     *               ({@code amount}, {@code updated}, {@code file}); null values are left out
     */
    public void recordImport(DSLContext tx, long eventId, String source, Map<String, String> values) {
        audit.record(tx, AuditEntry.of(eventId, kind.recordType(), null, AuditAction.IMPORTED, source,
                FieldChange.between(Map.of(), values)));
    }

    /** The trail the writes are recorded in (for a service's own entries: a merge, "not the same person"). */
    public AuditTrail trail() {
        return audit;
    }

    /** The feed committed changes are published on. */
    public ChangeFeed<R> feed() {
        return feed;
    }
}
