package org.conferencedesk.storage;

import static org.conferencedesk.storage.generated.Tables.AUDIT_ENTRY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.conferencedesk.storage.generated.tables.records.AuditEntryRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Writes and reads {@link AuditEntry}s (table {@code audit_entry}, sql/V3). The only class that
 * touches the generated audit table; it returns domain records. Changes are kept as a JSON array of
 * {@code {"field", "before", "after"}} objects.
 */
public final class AuditRepository {

    /** Built when JSON is first written or read: a command that needs none loads no Jackson (issue 15). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final DSLContext dsl;

    /** Creates a repository over {@code dsl} (the database, or one transaction of it). */
    public AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The same repository taking part in the transaction {@code tx}. */
    public AuditRepository within(DSLContext tx) {
        return new AuditRepository(tx);
    }

    /**
     * Inserts a complete entry (time and actor set) and returns it with its id.
     *
     * @throws org.jooq.exception.DataAccessException if the database refuses it (the caller's
     *         transaction then rolls back the change it describes too)
     */
    public AuditEntry insert(AuditEntry entry) {
        AuditEntryRecord record = dsl.newRecord(AUDIT_ENTRY);
        record.setEventId(entry.eventId());
        record.setOccurredAt(entry.occurredAt().atOffset(ZoneOffset.UTC));
        record.setActor(entry.actor());
        record.setRecordType(entry.recordType());
        record.setRecordId(entry.recordId());
        record.setAction(entry.action().name());
        record.setChanges(toJson(entry.changes()));
        record.setSummary(entry.summary());
        record.store();
        return toEntry(record);
    }

    /**
     * The newest entries first (then by id, newest first).
     *
     * @param eventId only this event's entries, or null for every entry
     * @param filter which entries
     * @param limit at most this many (at least 1)
     */
    public List<AuditEntry> find(Long eventId, AuditFilter filter, int limit) {
        Condition where = DSL.noCondition();
        if (eventId != null) {
            where = where.and(AUDIT_ENTRY.EVENT_ID.eq(eventId));
        }
        if (filter.recordType() != null) {
            where = where.and(AUDIT_ENTRY.RECORD_TYPE.eq(filter.recordType()));
        }
        String text = filter.lowerText();
        if (text != null) {
            where = where.and(DSL.lower(AUDIT_ENTRY.ACTOR).contains(text)
                    .or(DSL.lower(AUDIT_ENTRY.SUMMARY).contains(text))
                    .or(DSL.lower(AUDIT_ENTRY.CHANGES).contains(text)));
        }
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(where)
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc())
                .limit(Math.max(1, limit))
                .fetch(AuditRepository::toEntry);
    }

    /** The event's entries at or after {@code from}, oldest first (then by id). */
    public List<AuditEntry> findSince(long eventId, java.time.Instant from) {
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.EVENT_ID.eq(eventId).and(AUDIT_ENTRY.OCCURRED_AT.ge(from.atOffset(ZoneOffset.UTC))))
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.asc(), AUDIT_ENTRY.ID.asc())
                .fetch(AuditRepository::toEntry);
    }

    /** Number of entries of the event (all events if null). */
    public int count(Long eventId) {
        return eventId == null ? dsl.fetchCount(AUDIT_ENTRY) : dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.EVENT_ID.eq(eventId));
    }

    private static AuditEntry toEntry(AuditEntryRecord r) {
        return new AuditEntry(r.getId(), r.getEventId(), r.getOccurredAt().toInstant(), r.getActor(), r.getRecordType(),
                r.getRecordId(), AuditAction.valueOf(r.getAction()), r.getSummary(), fromJson(r.getChanges()));
    }

    private static String toJson(List<FieldChange> changes) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (FieldChange c : changes) {
            ObjectNode node = array.addObject();
            node.put("field", c.field());
            node.put("before", c.before());
            node.put("after", c.after());
        }
        try {
            return Json.MAPPER.writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit changes could not be written as JSON", e);
        }
    }

    private static List<FieldChange> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<FieldChange> changes = new ArrayList<>();
            for (JsonNode node : Json.MAPPER.readTree(json)) {
                changes.add(new FieldChange(node.path("field").asText(), text(node.get("before")), text(node.get("after"))));
            }
            return changes;
        } catch (JsonProcessingException e) {
            throw new StorageException("An audit entry's changes cannot be read (" + e.getOriginalMessage() + ").", e);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
