package org.conferencedesk.guests;

import org.conferencedesk.shared.record.RecordField;

/**
 * The fields of a guest, as named in forms, import mappings, error messages and JSON
 * ({@link #jsonName()}, the camelCase names of {@code list guests --json}), with the longest text
 * each may hold ({@link #maxLength()}: the VARCHAR length in sql/V4__guests.sql, 0 for non-text) and its
 * label ({@code field.<jsonName>} in the {@code guests} bundle).
 */
public enum GuestField implements RecordField {
    FULL_NAME("fullName", 200),
    OTHER_NAME("otherName", 200),
    TITLE("title", 200),
    ORGANISATION("organisation", 300),
    COUNTRY("country", 100),
    CATEGORY("category", 0),
    VIP_LEVEL("vipLevel", 20),
    ATTENDANCE("attendance", 0),
    INVITATION_STATUS("invitationStatus", 0),
    CHECKED_IN_AT("checkedInAt", 0),
    EMAIL("email", 254),
    PHONE("phone", 50),
    HOST("host", 100),
    NOTES("notes", 2000);

    /** The i18n area holding the labels. */
    public static final String LABEL_AREA = "guests";

    private final String jsonName;
    private final int maxLength;

    GuestField(String jsonName, int maxLength) {
        this.jsonName = jsonName;
        this.maxLength = maxLength;
    }

    /** camelCase English name used in JSON, in the audit trail and in {@code --map HEADER=field}. */
    @Override
    public String jsonName() {
        return jsonName;
    }

    /** Longest text the database keeps for this field, in UTF-16 units, or 0 for non-text. */
    @Override
    public int maxLength() {
        return maxLength;
    }

    /** True for the free-text fields (those with a length limit). */
    @Override
    public boolean isText() {
        return maxLength > 0;
    }

    @Override
    public String labelArea() {
        return LABEL_AREA;
    }

    /** The field whose {@link #jsonName()} is {@code name} (case-insensitive, surrounding blanks ignored), or null. */
    public static GuestField fromJsonName(String name) {
        return RecordField.fromJsonName(GuestField.class, name);
    }
}
