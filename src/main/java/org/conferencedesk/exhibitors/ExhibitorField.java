package org.conferencedesk.exhibitors;

import org.conferencedesk.shared.record.RecordField;

/**
 * The fields of an exhibitor, as named in JSON (the camelCase names of issue 12's
 * {@code list exhibitors --json}), in the audit trail and in rule sentences ({@link #jsonName()}),
 * with the longest text each may hold ({@link #maxLength()}: the VARCHAR length in
 * sql/V10__exhibitors.sql, 0 for a field that is not free text) and its label
 * ({@code field.<jsonName>} in the {@code exhibitors} bundle).
 */
public enum ExhibitorField implements RecordField {
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

    /** The i18n area holding the labels and rule sentences of every exhibitor, booth and fee field. */
    public static final String LABEL_AREA = "exhibitors";

    private final String jsonName;
    private final int maxLength;

    ExhibitorField(String jsonName, int maxLength) {
        this.jsonName = jsonName;
        this.maxLength = maxLength;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

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
}
