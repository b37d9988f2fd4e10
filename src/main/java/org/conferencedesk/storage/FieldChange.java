package org.conferencedesk.storage;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One field of a record as it was and as it became, in an {@link AuditEntry}.
 *
 * <p>Values are text as the record's feature renders it for the trail: dates ISO {@code yyyy-MM-dd},
 * amounts plain yuan with two decimals ({@code "5200000000.00"}, followed by {@code " USD"} etc. for
 * another currency), enums by name, null for "empty".
 *
 * @param field the field's name in English camelCase ({@code amount}, {@code projectName})
 * @param before the value before the change, or null (empty, or the record did not exist)
 * @param after the value after the change, or null (empty, or the record was deleted)
 */
public record FieldChange(String field, String before, String after) {

    /** Checks that the field is named. */
    public FieldChange {
        Objects.requireNonNull(field, "field");
    }

    /**
     * The fields whose values differ between two "audit views" of a record (field name → value as
     * text, see each feature's {@code XAudit.fields}), in the order of {@code before}'s fields, then
     * {@code after}'s new ones. A field missing from one map counts as null; null and null are equal.
     * Pass an empty map as {@code before} for a created record, and as {@code after} for a deleted one.
     */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = before.get(field);
            String is = after.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return List.copyOf(changes);
    }
}
