package org.conferencedesk.storage;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;

/**
 * The audit trail shared by every feature (contracts now, guests and awards later): each service
 * records what it changed IN THE SAME TRANSACTION as the change, so the trail and the data never
 * disagree: if the entry cannot be written the change rolls back, and a rolled-back change leaves
 * no entry.
 *
 * <p>How a feature plugs in: give it the trail by constructor; provide an "audit view" of its record
 * ({@code XAudit.fields(record)}: field name → value as text, see {@link FieldChange}); in the
 * service's {@code database.inTransaction(tx -> ...)} call
 * {@code audit.record(tx, AuditEntry.of(eventId, "guest", id, action, summary, FieldChange.between(before, after)))}
 * and skip the call when an update changed nothing.
 *
 * <p>The trail stamps each entry with its clock (stored as an instant, shown in the event's time
 * zone) and names its {@link Actor}. Thread-safe; knows nothing of JavaFX.
 */
public final class AuditTrail {

    /** Longest actor name kept (column {@code audit_entry.actor}). */
    static final int ACTOR_LENGTH = 200;
    /** Longest summary kept (column {@code audit_entry.summary}). */
    static final int SUMMARY_LENGTH = 500;

    private final AuditRepository entries;
    private final Actor actor;
    private final Clock clock;
    private final Map<String, List<AuditWithholding>> withheld = new ConcurrentHashMap<>();

    /**
     * @param entries the repository over the database (not a transaction)
     * @param actor who makes the changes recorded through this trail
     * @param clock when they happen (the system clock; a fixed one in tests)
     */
    public AuditTrail(AuditRepository entries, Actor actor, Clock clock) {
        this.entries = Objects.requireNonNull(entries);
        this.actor = Objects.requireNonNull(actor);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A trail over the database's own repository, with the system clock. */
    public AuditTrail(Database database, Actor actor) {
        this(new AuditRepository(database.dsl()), actor, Clock.systemUTC());
    }

    /**
     * Writes {@code entry} in the caller's transaction {@code tx}, filling in the time (now) and the
     * actor unless the entry has them. An actor name or summary too long for its column is cut.
     *
     * @return the entry as stored, with its id
     * @throws RuntimeException from the database if the entry cannot be written; the caller lets it
     *         propagate so that its whole transaction, the change included, rolls back
     */
    public AuditEntry record(DSLContext tx, AuditEntry entry) {
        String who = entry.actor() != null ? entry.actor() : actor.name();
        AuditEntry complete = new AuditEntry(null, entry.eventId(),
                entry.occurredAt() != null ? entry.occurredAt() : clock.instant(),
                cut(who == null || who.isBlank() ? "unknown" : who, ACTOR_LENGTH),
                entry.recordType(), entry.recordId(), entry.action(), cut(entry.summary(), SUMMARY_LENGTH),
                entry.changes());
        return entries.within(tx).insert(complete);
    }

    /**
     * The newest entries first.
     *
     * @param eventId only this event's entries, or null for all
     * @param filter which entries ({@link AuditFilter#ALL} for all)
     * @param limit at most this many (at least 1)
     */
    public List<AuditEntry> list(Long eventId, AuditFilter filter, int limit) {
        return entries.find(eventId, filter == null ? AuditFilter.ALL : filter, limit);
    }

    /**
     * The event's entries recorded at or after {@code from}, oldest first (then by id): what changed since
     * a moment, e.g. since figures were frozen for the press.
     */
    public List<AuditEntry> since(long eventId, java.time.Instant from) {
        return entries.findSince(eventId, from);
    }

    /** Who this trail names as making the changes. */
    public String actorName() {
        return actor.name();
    }

    /**
     * Registers what readers of this trail may not see yet among the entries of {@code recordType}
     * (the feature writing them knows when they may: scores once their category is signed off).
     */
    public void withhold(String recordType, AuditWithholding withholding) {
        withheld.computeIfAbsent(Objects.requireNonNull(recordType), t -> new CopyOnWriteArrayList<>())
                .add(Objects.requireNonNull(withholding));
    }

    /** What readers of this trail may not see now: every registered {@link AuditWithholding} for the entry's type. */
    public AuditWithholding withholding() {
        return entry -> {
            List<AuditWithholding> registered = withheld.get(entry.recordType());
            if (registered == null) {
                return Set.of();
            }
            Set<String> fields = new HashSet<>();
            registered.forEach(w -> fields.addAll(w.withheldFields(entry)));
            return fields;
        };
    }

    private static String cut(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        return text.substring(0, length - 1) + "…";
    }
}
