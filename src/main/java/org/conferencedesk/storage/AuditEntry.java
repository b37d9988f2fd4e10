package org.conferencedesk.storage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit trail: who did what to which record, when, and the values before and after.
 *
 * @param id database id, or null before it is recorded
 * @param eventId the event the record belongs to, or null for a record of no event; kept even after
 *                the event is deleted
 * @param occurredAt when the change was committed (an instant; shown in the event's time zone,
 *                   Asia/Shanghai), or null before it is recorded (the trail stamps it)
 * @param actor who made the change: the operating-system user name of the window, or
 *              {@code "<user> (command line)"}; null before it is recorded (the trail fills it in)
 * @param recordType the kind of record in English lower case: {@code contract}, later {@code guest}, {@code award}
 * @param recordId the record's id (kept after it is deleted), or null (an import of many records)
 * @param action what happened
 * @param summary a few words naming the record for a reader (the project name, the file imported), or null
 * @param changes the fields that changed, in the record's field order; never null
 */
public record AuditEntry(Long id, Long eventId, Instant occurredAt, String actor, String recordType, Long recordId,
                         AuditAction action, String summary, List<FieldChange> changes) {

    /** Checks the required parts and copies the changes. */
    public AuditEntry {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(action, "action");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /**
     * An entry to hand to {@link AuditTrail#record}: the trail fills in the id, the time and the actor.
     */
    public static AuditEntry of(Long eventId, String recordType, Long recordId, AuditAction action, String summary,
                                List<FieldChange> changes) {
        return new AuditEntry(null, eventId, null, null, recordType, recordId, action, summary, changes);
    }

    /**
     * A record added: a {@link AuditAction#CREATED} entry holding its values ({@code view}, its audit
     * view: field name → value as text, in form order; empty values left out).
     */
    public static AuditEntry created(long eventId, String recordType, Long recordId, String summary, Map<String, String> view) {
        return of(eventId, recordType, recordId, AuditAction.CREATED, summary, FieldChange.between(Map.of(), view));
    }

    /**
     * A record edited: an {@link AuditAction#UPDATED} entry with only the fields that differ between the
     * two audit views, or empty if none does (Save pressed twice leaves no line).
     */
    public static Optional<AuditEntry> updated(long eventId, String recordType, Long recordId, String summary,
                                               Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = FieldChange.between(before, after);
        return changes.isEmpty() ? Optional.empty() : Optional.of(of(eventId, recordType, recordId, AuditAction.UPDATED, summary, changes));
    }

    /** A record deleted: a {@link AuditAction#DELETED} entry holding its last values. */
    public static AuditEntry deleted(long eventId, String recordType, Long recordId, String summary, Map<String, String> view) {
        return of(eventId, recordType, recordId, AuditAction.DELETED, summary, FieldChange.between(view, Map.of()));
    }

    /** The change of {@code field}, or null if it did not change. */
    public FieldChange change(String field) {
        return changes.stream().filter(c -> c.field().equals(field)).findFirst().orElse(null);
    }
}
