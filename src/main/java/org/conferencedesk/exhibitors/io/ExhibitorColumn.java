package org.conferencedesk.exhibitors.io;

import org.conferencedesk.exhibitors.ExhibitorField;
import org.conferencedesk.exhibitors.Hall;
import org.conferencedesk.shared.record.RecordField;

/**
 * The columns of a list of exhibitors (one row per exhibitor), as {@code import exhibitors} reads and
 * {@code export exhibitors} writes them: the exhibitor's fields ({@link ExhibitorField}, same names)
 * plus the hall and the booths it holds. The booths' area, the fee and its currency are written by the
 * export and computed again on import (derived columns, see {@link ExhibitorImportSpec}); the contact's
 * guest is linked in the window, not from a file. Labels: {@code field.<jsonName>} in {@code exhibitors}.
 */
public enum ExhibitorColumn implements RecordField {
    COMPANY_NAME("companyName", 300),
    OTHER_NAME("otherName", 300),
    COUNTRY("country", 100),
    SECTOR("sector", 100),
    MODE("mode", 0),
    HALL("hall", Hall.CODE_LENGTH),
    /** Several codes in one cell: {@code A101/A102}, {@code A101, A102}, {@code A101、A102}. */
    BOOTHS("booths", 0),
    PAYMENT_STATUS("paymentStatus", 0),
    FEE_OVERRIDE("feeOverride", 0),
    FEE_OVERRIDE_REASON("feeOverrideReason", 500),
    CONTACT_PERSON("contactPerson", 200),
    EMAIL("email", 254),
    PHONE("phone", 50),
    WEBSITE("website", 500),
    NOTES("notes", 2000);

    private final String jsonName;
    private final int maxLength;

    ExhibitorColumn(String jsonName, int maxLength) {
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

    @Override
    public boolean isText() {
        return maxLength > 0;
    }

    @Override
    public String labelArea() {
        return ExhibitorField.LABEL_AREA;
    }

    /** The column of an exhibitor field (the same name), or null for a field no file carries (the guest). */
    static ExhibitorColumn of(ExhibitorField field) {
        for (ExhibitorColumn c : values()) {
            if (c.name().equals(field.name())) {
                return c;
            }
        }
        return null;
    }
}
