package org.conferencedesk.importexport;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Set;
import org.conferencedesk.guests.GuestField;

/**
 * How to read and save a guest import; every reading part may be left to detection.
 *
 * @param encoding the text encoding of a CSV file, or null to detect (UTF-8 with or without BOM, GB18030)
 * @param delimiter the CSV delimiter, or null to detect (comma, semicolon, tab)
 * @param sheet the XLSX sheet name, or null for the first visible sheet
 * @param mapping header text → field, overriding the recognised headers ({@code --map HEADER=field})
 * @param ignored headers (as written) whose columns are not imported ({@code --map HEADER=ignore})
 * @param partial true to import the good rows and report the bad ones ({@code --partial}); false
 *                for all or nothing
 * @param duplicates what to do with every row that looks like a guest already in the event (or an
 *                   earlier row of the file), or null to refuse the import while there are such rows
 *                   ({@code --duplicates skip|merge|add})
 */
public record GuestImportOptions(Charset encoding, Character delimiter, String sheet, Map<String, GuestField> mapping,
                                 Set<String> ignored, boolean partial, DuplicateAction duplicates) {

    /** Detect everything; all or nothing; refuse duplicates. */
    public static final GuestImportOptions DETECT = new GuestImportOptions(null, null, null, Map.of(), Set.of(), false, null);

    /** Copies the mapping and the ignored headers. */
    public GuestImportOptions {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
        ignored = ignored == null ? Set.of() : Set.copyOf(ignored);
    }

    /** A copy that imports the good rows and reports the rest ({@code true}), or all or nothing. */
    public GuestImportOptions withPartial(boolean newPartial) {
        return new GuestImportOptions(encoding, delimiter, sheet, mapping, ignored, newPartial, duplicates);
    }

    /** A copy with this answer for duplicates (null: refuse while there are any). */
    public GuestImportOptions withDuplicates(DuplicateAction action) {
        return new GuestImportOptions(encoding, delimiter, sheet, mapping, ignored, partial, action);
    }

    /** A copy reading this sheet (null: the first visible one). */
    public GuestImportOptions withSheet(String newSheet) {
        return new GuestImportOptions(encoding, delimiter, newSheet, mapping, ignored, partial, duplicates);
    }
}
