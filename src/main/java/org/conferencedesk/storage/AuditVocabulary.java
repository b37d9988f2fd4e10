package org.conferencedesk.storage;

import java.util.Objects;

/**
 * The words of one record type in the audit trail, registered by its feature (the trail itself
 * knows no record type). They are read from the feature's own bundle {@code area}, so a field has
 * one name in its form, its files, its errors and the trail:
 *
 * <ul>
 *   <li>{@code audit.record}: the type's name ("Contract", "签约项目");</li>
 *   <li>{@code audit.record.ACTION} (optional, {0} the entry's summary): how an entry of that action
 *       names its record instead of "Type: summary" ({@code audit.record.IMPORTED=Contracts from {0}});</li>
 *   <li>{@code field.NAME} (the {@code RecordField} labels), or {@code audit.field.NAME} for what only the
 *       trail records (how many rows an import added, its file);</li>
 *   <li>{@code NAME.VALUE} for a coded value ({@code status.SIGNED=Signed}).</li>
 * </ul>
 *
 * @param recordType the record type as stored in {@code audit_entry} ({@code "contract"})
 * @param area the feature's i18n area ({@code "contracts"})
 */
public record AuditVocabulary(String recordType, String area) {

    /** Checks that nothing is missing. */
    public AuditVocabulary {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(area, "area");
    }

    /** The words of {@code recordType} in bundle {@code area}. */
    public static AuditVocabulary of(String recordType, String area) {
        return new AuditVocabulary(recordType, area);
    }
}
