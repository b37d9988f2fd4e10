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
 */
public record ImportOptions(Charset encoding, Character delimiter, String sheet, Map<String, RecordField> mapping,
                            Set<String> ignored, boolean partial, DuplicateAction duplicates) {

    /** The word that leaves a column out in {@code --map HEADER=ignore}. */
    public static final String IGNORE = "ignore";

    /** Detect everything; all or nothing; refuse duplicates. */
    public static final ImportOptions DETECT = new ImportOptions(null, null, null, Map.of(), Set.of(), false, null);

    /** Copies the mapping and the ignored headers. */
    public ImportOptions {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
        ignored = ignored == null ? Set.of() : Set.copyOf(ignored);
    }

    /** Options reading with this mapping, all or nothing. */
    public static ImportOptions mapping(Map<String, ? extends RecordField> mapping, Set<String> ignored) {
        return new ImportOptions(null, null, null, Map.copyOf(mapping), ignored, false, null);
    }

    /** A copy with this mapping and these ignored headers. */
    public ImportOptions withMapping(Map<String, ? extends RecordField> newMapping, Set<String> newIgnored) {
        return new ImportOptions(encoding, delimiter, sheet, Map.copyOf(newMapping), newIgnored, partial, duplicates);
    }

    /** A copy that imports the good rows and reports the rest ({@code true}), or all or nothing. */
    public ImportOptions withPartial(boolean newPartial) {
        return new ImportOptions(encoding, delimiter, sheet, mapping, ignored, newPartial, duplicates);
    }

    /** A copy with this answer for duplicates (null: refuse while there are any). */
    public ImportOptions withDuplicates(DuplicateAction action) {
        return new ImportOptions(encoding, delimiter, sheet, mapping, ignored, partial, action);
    }

    /** A copy reading this sheet (null: the first visible one). */
    public ImportOptions withSheet(String newSheet) {
        return new ImportOptions(encoding, delimiter, newSheet, mapping, ignored, partial, duplicates);
    }

    /** A copy reading CSV with this encoding and delimiter (null: detect). */
    public ImportOptions withReading(Charset newEncoding, Character newDelimiter) {
        return new ImportOptions(newEncoding, newDelimiter, sheet, mapping, ignored, partial, duplicates);
    }
}
