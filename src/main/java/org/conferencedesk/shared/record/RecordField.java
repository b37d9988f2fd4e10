package org.conferencedesk.shared.record;

import java.util.Locale;
import org.conferencedesk.shared.i18n.Messages;

/**
 * One field of a record type (a contract's {@code amount}, a guest's {@code fullName}), described
 * once for every place that names it: JSON and {@code --map HEADER=field} ({@link #jsonName()}), the
 * audit trail (same name), forms, import previews, error sentences and export headers
 * ({@link #label(Locale)}), and the length checks of rules and importers ({@link #maxLength()},
 * {@link #isText()}).
 *
 * <p>A record type implements it with an enum ({@code ContractField}, {@code GuestField}); its label
 * is the key {@code field.<jsonName>} in the feature's own bundle ({@link #labelArea()}), in English
 * and Simplified Chinese. Generic code ({@code importexport}, {@code storage}, {@code shared}) takes
 * {@code F extends Enum<F> & RecordField} and needs nothing else from the feature to name a field.
 */
public interface RecordField {

    /** The camelCase English name used in JSON, in the audit trail and in {@code --map HEADER=field}; never null. */
    String jsonName();

    /**
     * The longest value the database keeps for this field, in UTF-16 units as H2 counts VARCHAR
     * lengths (so 𠮷 counts 2); 0 for a field with no length of its own (a number, a date, an
     * enumerated value). A value over it is refused, never cut.
     */
    int maxLength();

    /**
     * True for free text kept as written (a name, an organisation, a note): such a value is checked
     * against {@link #maxLength()} and read from a file as text (leading zeros kept). False for
     * amounts, numbers, dates, instants, enumerated values and codes (a currency).
     */
    boolean isText();

    /** The i18n area whose bundle holds this field's label ({@code "contracts"}, {@code "guests"}). */
    String labelArea();

    /** The key of this field's label in {@link #labelArea()}'s bundle: {@code field.<jsonName>}. */
    default String labelKey() {
        return "field." + jsonName();
    }

    /** The field's name for a reader in {@code locale}'s language ({@code "Project name"}, {@code "项目名称"}). */
    default String label(Locale locale) {
        return Messages.of(labelArea(), locale).get(labelKey());
    }

    /**
     * The field of {@code type} whose {@link #jsonName()} is {@code name}, ignoring case and
     * surrounding blanks; null if none (or {@code name} is null).
     */
    static <F extends Enum<F> & RecordField> F fromJsonName(Class<F> type, String name) {
        if (name == null) {
            return null;
        }
        String wanted = name.strip();
        for (F field : type.getEnumConstants()) {
            if (field.jsonName().equalsIgnoreCase(wanted)) {
                return field;
            }
        }
        return null;
    }
}
