package org.conferencedesk.storage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * How a record type appears in the audit trail when it is written: its name in the trail, the
 * record's id and event, a few words naming it for a reader, and its "audit view" (field name →
 * value as text, see {@link FieldChange}). A feature gives one to {@link AuditedWrites}
 * ({@code ContractAudit.TRAIL}, {@code GuestAudit.TRAIL}).
 *
 * @param <R> the record type
 */
public interface RecordAudit<R> {

    /** The record type in the trail, English lower case ({@code "contract"}, {@code "guest"}). */
    String recordType();

    /** The record's database id, or null before it is stored. */
    Long id(R record);

    /** The event the record belongs to. */
    long eventId(R record);

    /** A few words naming the record for a reader (the project name, the guest's name). */
    String summary(R record);

    /** The record's audit view: field name ({@code jsonName}) → value as text, null for empty, in form order. */
    LinkedHashMap<String, String> fields(R record);

    /** The fields that differ between two versions (empty if the edit changed nothing). */
    default List<FieldChange> changes(R before, R after) {
        return FieldChange.between(fields(before), fields(after));
    }

    /**
     * The audit view of a record type from its parts.
     *
     * @param recordType the type's name in the trail ({@code "contract"})
     * @param id the record's id (null before it is stored)
     * @param eventId the record's event
     * @param summary a few words naming the record
     * @param fields the record's audit view (field name → value as text)
     */
    static <R> RecordAudit<R> of(String recordType, Function<R, Long> id, ToLongFunction<R> eventId,
                                 Function<R, String> summary, Function<R, LinkedHashMap<String, String>> fields) {
        return new RecordAudit<>() {
            @Override
            public String recordType() {
                return recordType;
            }

            @Override
            public Long id(R record) {
                return id.apply(record);
            }

            @Override
            public long eventId(R record) {
                return eventId.applyAsLong(record);
            }

            @Override
            public String summary(R record) {
                return summary.apply(record);
            }

            @Override
            public LinkedHashMap<String, String> fields(R record) {
                return fields.apply(record);
            }
        };
    }
}
