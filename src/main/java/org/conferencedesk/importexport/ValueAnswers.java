package org.conferencedesk.importexport;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.shared.record.RecordField;

/**
 * The user's answers for the values a file gives that the event's lists do not know ({@link ValueList}),
 * once for the whole file: each new value of a column mapped to a known value, or to a new value
 * (its own text: added as written), and whether every other new value is added.
 *
 * <p>Command line: {@code --map-value 类别:VIP=院士} ({@link #parse}), {@code --add-values}; window: the
 * preview's list of new values. Immutable.
 *
 * @param addNew true to add every new value that has no answer ({@code --add-values})
 * @param mapped column → (value as written → answer); the column is named by its header as written,
 *               the field's label in either language or its JSON name; the value as written is
 *               compared folded ({@link ChoiceWords#fold})
 */
public record ValueAnswers(boolean addNew, Map<String, Map<String, String>> mapped) {

    /** No answers: a list that asks refuses the import while it has new values. */
    public static final ValueAnswers NONE = new ValueAnswers(false, Map.of());

    /** Copies the maps. */
    public ValueAnswers {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        if (mapped != null) {
            mapped.forEach((column, values) -> copy.put(column, Map.copyOf(values)));
        }
        mapped = java.util.Collections.unmodifiableMap(copy);
    }

    /** A copy that also maps {@code written} in {@code column} to {@code answer}. */
    public ValueAnswers with(String column, String written, String answer) {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>(mapped);
        Map<String, String> values = new LinkedHashMap<>(copy.getOrDefault(column, Map.of()));
        values.put(written, answer);
        copy.put(column, values);
        return new ValueAnswers(addNew, copy);
    }

    /** A copy that adds (true) or keeps asking about (false) the new values without an answer. */
    public ValueAnswers withAddNew(boolean add) {
        return new ValueAnswers(add, mapped);
    }

    /**
     * Reads {@code COLUMN:VALUE=ANSWER} ({@code 类别:VIP=院士}): the column by its header, label or JSON
     * name, the value as written in the file, the known value it means (or a new one to add).
     *
     * @throws IllegalArgumentException if a part is missing
     */
    public ValueAnswers withParsed(String option) {
        int colon = option == null ? -1 : option.indexOf(':');
        int equals = colon < 0 ? -1 : option.indexOf('=', colon + 1);
        if (colon <= 0 || equals < 0 || equals == colon + 1 || equals == option.length() - 1
                || option.substring(0, colon).isBlank() || option.substring(equals + 1).isBlank()) {
            throw new IllegalArgumentException(option);
        }
        return with(option.substring(0, colon).strip(), option.substring(colon + 1, equals).strip(),
                option.substring(equals + 1).strip());
    }

    /** True if {@code key} names this column: its header as written, the field's JSON name or its label. */
    static boolean names(String key, RecordField field, String header) {
        String k = ChoiceWords.fold(key);
        return k.equals(ChoiceWords.fold(header == null ? "" : header)) || k.equals(ChoiceWords.fold(field.jsonName()))
                || k.equals(ChoiceWords.fold(field.label(Locale.ENGLISH)))
                || k.equals(ChoiceWords.fold(field.label(Locale.SIMPLIFIED_CHINESE)));
    }

    /** The answer for {@code written} in the column of {@code field}, or null. */
    String answer(RecordField field, String header, String written) {
        String folded = ChoiceWords.fold(written);
        for (Map.Entry<String, Map<String, String>> column : mapped.entrySet()) {
            if (!names(column.getKey(), field, header)) {
                continue;
            }
            for (Map.Entry<String, String> value : column.getValue().entrySet()) {
                if (ChoiceWords.fold(value.getKey()).equals(folded)) {
                    return value.getValue();
                }
            }
        }
        return null;
    }
}
