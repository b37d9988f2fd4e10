package org.conferencedesk.exhibitors;

/**
 * The fields of an exhibitor, as named in JSON (the camelCase names of issue 12's
 * {@code list exhibitors --json}), in the audit trail and in rule messages ({@link #jsonName()}),
 * with the longest text each may hold ({@link #maxLength()}: the VARCHAR length in
 * sql/V10__exhibitors.sql, 0 for a field that is not free text).
 */
public enum ExhibitorField {
    COMPANY_NAME("companyName", 300),
    OTHER_NAME("otherName", 300),
    COUNTRY("country", 100),
    SECTOR("sector", 100),
    MODE("mode", 0),
    CONTACT_PERSON("contactPerson", 200),
    GUEST_ID("guestId", 0),
    EMAIL("email", 254),
    PHONE("phone", 50),
    WEBSITE("website", 500),
    NOTES("notes", 2000),
    PAYMENT_STATUS("paymentStatus", 0),
    FEE_OVERRIDE("feeOverride", 0),
    FEE_OVERRIDE_REASON("feeOverrideReason", 500);

    private final String jsonName;
    private final int maxLength;

    ExhibitorField(String jsonName, int maxLength) {
        this.jsonName = jsonName;
        this.maxLength = maxLength;
    }

    /** camelCase English name used in JSON, in the audit trail and as the message key {@code field.NAME}. */
    public String jsonName() {
        return jsonName;
    }

    /** Longest text the database keeps for this field, in UTF-16 units, or 0 for one that is not free text. */
    public int maxLength() {
        return maxLength;
    }
}
