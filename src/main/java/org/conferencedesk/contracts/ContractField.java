package org.conferencedesk.contracts;

import org.conferencedesk.shared.record.RecordField;

/**
 * The fields of a contract, as named in forms, import mappings, error messages and JSON
 * ({@link #jsonName()}), with the longest text each may hold ({@link #maxLength()}: the VARCHAR
 * length in sql/V2, 0 for non-text) and its label ({@code field.<jsonName>} in the {@code contracts}
 * bundle).
 */
public enum ContractField implements RecordField {
    SIGNING_ORDER("signingOrder", 0, false),
    PROJECT_NAME("projectName", 300, true),
    INVESTOR("investor", 300, true),
    PARTNER("partner", 300, true),
    SECTOR("sector", 100, true),
    DISTRICT("district", 100, true),
    AMOUNT("amount", 0, false),
    /** A three-letter ISO code: a code, not free text. */
    CURRENCY("currency", 3, false),
    STATUS("status", 0, false),
    SIGNED_ON("signedOn", 0, false),
    NOTE("note", 2000, true);

    /** The i18n area holding the labels. */
    public static final String LABEL_AREA = "contracts";

    private final String jsonName;
    private final int maxLength;
    private final boolean text;

    ContractField(String jsonName, int maxLength, boolean text) {
        this.jsonName = jsonName;
        this.maxLength = maxLength;
        this.text = text;
    }

    /** camelCase English name used in JSON and in {@code --map HEADER=field}. */
    @Override
    public String jsonName() {
        return jsonName;
    }

    /** Longest text the database keeps for this field (the VARCHAR length in sql/V2), or 0 for non-text. */
    @Override
    public int maxLength() {
        return maxLength;
    }

    @Override
    public boolean isText() {
        return text;
    }

    @Override
    public String labelArea() {
        return LABEL_AREA;
    }

    /** The field whose {@link #jsonName()} is {@code name} (case-insensitive), or null. */
    public static ContractField fromJsonName(String name) {
        return RecordField.fromJsonName(ContractField.class, name);
    }
}
