package org.conferencedesk.exhibitors;

import org.conferencedesk.shared.record.RecordField;

/**
 * The fields of the event's booth fee rates and of the deposits received: JSON names, lengths
 * (sql/V10), labels ({@code field.<jsonName>} in the {@code exhibitors} bundle).
 */
public enum FeeField implements RecordField {
    RATE_PER_M2("ratePerM2", 0),
    CURRENCY("currency", 0),
    MINIMUM_AREA("minimumAreaM2", 0),
    CORNER_PREMIUM("cornerPremiumPercent", 0),
    DEPOSIT("depositAmount", 0),
    RECEIVED_ON("receivedOn", 0),
    DEPOSIT_NOTE("depositNote", Deposit.NOTE_LENGTH);

    private final String jsonName;
    private final int maxLength;

    FeeField(String jsonName, int maxLength) {
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

    /** True for the deposit's note, the only free text. */
    @Override
    public boolean isText() {
        return maxLength > 0;
    }

    @Override
    public String labelArea() {
        return ExhibitorField.LABEL_AREA;
    }
}
