package org.conferencedesk.shared;

import java.util.Locale;
import org.conferencedesk.shared.i18n.Messages;

/**
 * One field of a record type (a contract's amount, a guest's e-mail), described once for every place
 * that names it: JSON and {@code --map HEADER=field} ({@link #jsonName()}), the user's label
 * ({@link #labelBundle()} + {@link #labelKey()}), the longest text the database keeps
 * ({@link #maxLength()}) and whether it is free text. A feature's field enum implements it, so that
 * the import pipeline, the export writer and forms work on any record type.
 */
public interface RecordField {

    /** camelCase English name used in JSON, in the audit trail and in {@code --map HEADER=field}. */
    String jsonName();

    /** Longest text the database keeps for this field, in UTF-16 units (the VARCHAR length), or 0 for non-text. */
    int maxLength();

    /** The i18n area holding the field's label ({@code contracts}, {@code guests}). */
    String labelBundle();

    /** The key of the field's label in {@link #labelBundle()}: {@code field.} and the JSON name. */
    default String labelKey() {
        return "field." + jsonName();
    }

    /** True for the free-text fields (those with a length limit). */
    default boolean isText() {
        return maxLength() > 0;
    }

    /** The field's label in {@code locale}'s language (Chinese or English), e.g. 项目名称 / Project name. */
    default String label(Locale locale) {
        return Messages.of(labelBundle(), locale).get(labelKey());
    }
}
