package org.conferencedesk.contracts;

import org.conferencedesk.shared.RecordField;

/**
 * The fields of a contract, as named in forms, import mappings, error messages and JSON
 * ({@link #jsonName()}), with the longest text each may hold ({@link #maxLength()}, 0 for non-text)
 * and their labels ({@code field.*} of the {@code contracts} bundle).
 */
public enum ContractField implements RecordField {
    SIGNING_ORDER("signingOrder", 0),
    PROJECT_NAME("projectName", 300),
    INVESTOR("investor", 300),
    PARTNER("partner", 300),
    SECTOR("sector", 100),
    DISTRICT("district", 100),
    AMOUNT("amount", 0),
    CURRENCY("currency", 3),
    STATUS("status", 0),
    SIGNED_ON("signedOn", 0),
    NOTE("note", 2000);

    private final String jsonName;
    private final int maxLength;

    ContractField(String jsonName, int maxLength) {
        this.jsonName = jsonName;
        this.maxLength = maxLength;
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

    /** The labels are {@code field.JSON_NAME} in the {@code contracts} bundle. */
    @Override
    public String labelBundle() {
        return "contracts";
    }

    /** The field whose {@link #jsonName()} is {@code name} (case-insensitive), or null. */
    public static ContractField fromJsonName(String name) {
        for (ContractField f : values()) {
            if (f.jsonName.equalsIgnoreCase(name.strip())) {
                return f;
            }
        }
        return null;
    }
}
