package org.conferencedesk.guests;

import java.util.LinkedHashMap;
import java.util.List;
import org.conferencedesk.storage.FieldChange;
import org.conferencedesk.storage.AuditVocabulary;
import org.conferencedesk.storage.RecordAudit;

/**
 * How a guest appears in the audit trail: its fields as text, named by {@link GuestField#jsonName()}
 * in form order; enums by name, the check-in time as an ISO instant (UTC), empty text as null.
 */
public final class GuestAudit {

    /** The record type of guests in the audit trail. */
    public static final String RECORD_TYPE = "guest";

    /** How guests are written to the trail ({@link org.conferencedesk.storage.AuditedWrites}). */
    public static final RecordAudit<Guest> TRAIL = RecordAudit.of(RECORD_TYPE, Guest::id, Guest::eventId, Guest::fullName,
            GuestAudit::fields);

    /** How guests read in the audit trail: the words of the {@code guests} bundle. */
    public static final AuditVocabulary WORDS = AuditVocabulary.of(RECORD_TYPE, "guests");

    private GuestAudit() {
    }

    /** The guest's audit view: field name → value as text (null for empty). */
    public static LinkedHashMap<String, String> fields(Guest g) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        for (GuestField field : GuestField.values()) {
            fields.put(field.jsonName(), text(g, field));
        }
        return fields;
    }

    /** The value of one field as the trail shows it (null for empty). */
    public static String text(Guest g, GuestField field) {
        return switch (field) {
            case CATEGORY -> g.category().name();
            case ATTENDANCE -> g.attendance().name();
            case INVITATION_STATUS -> g.invitationStatus().name();
            case CHECKED_IN_AT -> g.checkedInAt() == null ? null : g.checkedInAt().toString();
            default -> {
                String t = g.text(field);
                yield t == null ? null : t.strip();
            }
        };
    }

    /**
     * A guest rebuilt from its audit view ({@link #fields}), as kept for undoing a merge.
     *
     * @throws IllegalArgumentException if an enum value or instant in the view is not one this version knows
     */
    public static Guest fromFields(long id, long eventId, java.util.Map<String, String> fields) {
        String checkedIn = fields.get(GuestField.CHECKED_IN_AT.jsonName());
        return new Guest(id, eventId, fields.get(GuestField.FULL_NAME.jsonName()), fields.get(GuestField.OTHER_NAME.jsonName()),
                fields.get(GuestField.TITLE.jsonName()), fields.get(GuestField.ORGANISATION.jsonName()),
                fields.get(GuestField.COUNTRY.jsonName()), GuestCategory.valueOf(fields.get(GuestField.CATEGORY.jsonName())),
                fields.get(GuestField.VIP_LEVEL.jsonName()), Attendance.valueOf(fields.get(GuestField.ATTENDANCE.jsonName())),
                InvitationStatus.valueOf(fields.get(GuestField.INVITATION_STATUS.jsonName())),
                checkedIn == null ? null : java.time.Instant.parse(checkedIn),
                fields.get(GuestField.EMAIL.jsonName()), fields.get(GuestField.PHONE.jsonName()),
                fields.get(GuestField.HOST.jsonName()), fields.get(GuestField.NOTES.jsonName()));
    }

    /** The fields that differ between two versions of a guest (empty if the edit changed nothing). */
    public static List<FieldChange> changes(Guest before, Guest after) {
        return FieldChange.between(fields(before), fields(after));
    }
}
