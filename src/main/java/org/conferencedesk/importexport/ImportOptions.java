package org.conferencedesk.importexport;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Set;
import org.conferencedesk.shared.record.RecordField;

/**
 * How to read and save an import, for every record type; every reading part may be left to detection.
 *
 * @param encoding the text encoding of a CSV file, or null to detect (UTF-8 with or without BOM, GB18030)
 * @param delimiter the CSV delimiter, or null to detect (comma, semicolon, tab)
 * @param sheet the XLSX sheet name, or null for the first visible sheet
 * @param mapping header text → field of the record type, overriding the recognised headers
 *                ({@code --map HEADER=field}, or a field chosen in the window's preview)
 * @param ignored headers (as written) whose columns are not imported even if recognised
 *                ({@code --map HEADER=ignore}, or "ignore" in the window's preview)
 * @param partial true to import the good rows and report the bad ones ({@code --partial}); false
 *                for all or nothing
 * @param duplicates what to do with every row that looks like a record already in the event (or an
 *                   earlier row of the file), or null to refuse the import while there are such rows
 *                   ({@code --duplicates skip|merge|add}); only for record types that ask
 * @param decimalMark the decimal mark of the file's numbers ({@code --decimal-comma}, {@code --decimal-point}),
 *                    or null to decide it from the file ({@link DecimalMark}; a file that cannot tell is refused)
 * @param values the answers for values the event's lists do not know ({@code --map-value}, {@code --add-values},
 *               or the window's preview); never null
 */
public record ImportOptions(Charset encoding, Character delimiter, String sheet, Map<String, RecordField> mapping,
                            Set<String> ignored, boolean partial, DuplicateAction duplicates, DecimalMark decimalMark,
                            ValueAnswers values) {

    /** The word that leaves a column out in {@code --map HEADER=ignore}. */
    public static final String IGNORE = "ignore";

    /** Detect everything; all or nothing; refuse duplicates. */
    public static final ImportOptions DETECT = new ImportOptions(null, null, null, Map.of(), Set.of(), false, null);

    /** Copies the mapping and the ignored headers. */
    public ImportOptions {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
        ignored = ignored == null ? Set.of() : Set.copyOf(ignored);
        values = values == null ? ValueAnswers.NONE : values;
    }

    /** Options with no answers for new values. */
    public ImportOptions(Charset encoding, Character delimiter, String sheet, Map<String, RecordField> mapping,
                         Set<String> ignored, boolean partial, DuplicateAction duplicates, DecimalMark decimalMark) {
        this(encoding, delimiter, sheet, mapping, ignored, partial, duplicates, decimalMark, ValueAnswers.NONE);
    }

    /** A copy with these answers for the values the event's lists do not know. */
    public ImportOptions withValues(ValueAnswers answers) {
        return new ImportOptions(encoding, delimiter, sheet, mapping, ignored, partial, duplicates, decimalMark, answers);
    }

    /** Options with the decimal mark decided from the file. */
    public ImportOptions(Charset encoding, Character delimiter, String sheet, Map<String, RecordField> mapping,
                         Set<String> ignored, boolean partial, DuplicateAction duplicates) {
        this(encoding, delimiter, sheet, mapping, ignored, partial, duplicates, null, ValueAnswers.NONE);
    }

    /** A copy reading numbers with this decimal mark (null: decide from the file). */
    public ImportOptions withDecimalMark(DecimalMark mark) {
        return new ImportOptions(encoding, delimiter, sheet, mapping, ignored, partial, duplicates, mark, values);
    }

    /** Options reading with this mapping, all or nothing. */
    public static ImportOptions mapping(Map<String, ? extends RecordField> mapping, Set<String> ignored) {
        return new ImportOptions(null, null, null, Map.copyOf(mapping), ignored, false, null, null);
    }

    /** A copy with this mapping and these ignored headers. */
    public ImportOptions withMapping(Map<String, ? extends RecordField> newMapping, Set<String> newIgnored) {
        return new ImportOptions(encoding, delimiter, sheet, Map.copyOf(newMapping), newIgnored, partial, duplicates, decimalMark, values);
    }

    /** A copy that imports the good rows and reports the rest ({@code true}), or all or nothing. */
    public ImportOptions withPartial(boolean newPartial) {
        return new ImportOptions(encoding, delimiter, sheet, mapping, ignored, newPartial, duplicates, decimalMark, values);
    }

    /** A copy with this answer for duplicates (null: refuse while there are any). */
    public ImportOptions withDuplicates(DuplicateAction action) {
        return new ImportOptions(encoding, delimiter, sheet, mapping, ignored, partial, action, decimalMark, values);
    }

    /** A copy reading this sheet (null: the first visible one). */
    public ImportOptions withSheet(String newSheet) {
        return new ImportOptions(encoding, delimiter, newSheet, mapping, ignored, partial, duplicates, decimalMark, values);
    }

    /** A copy reading CSV with this encoding and delimiter (null: detect). */
    public ImportOptions withReading(Charset newEncoding, Character newDelimiter) {
        return new ImportOptions(newEncoding, newDelimiter, sheet, mapping, ignored, partial, duplicates, decimalMark, values);
    }
}
