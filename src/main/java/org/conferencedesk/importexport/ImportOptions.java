package org.conferencedesk.importexport;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Set;
import org.conferencedesk.contracts.ContractField;

/**
 * How to read an import file; every part may be left to detection.
 *
 * @param encoding the text encoding of a CSV file, or null to detect (UTF-8 with or without BOM, GB18030)
 * @param delimiter the CSV delimiter, or null to detect (comma, semicolon, tab)
 * @param sheet the XLSX sheet name, or null for the first visible sheet
 * @param mapping header text → field, overriding the recognised headers ({@code --map HEADER=field})
 * @param ignored headers (as written) whose columns are not imported even if recognised
 *                ({@code --map HEADER=ignore}, or "ignore" in the window's mapping)
 */
public record ImportOptions(Charset encoding, Character delimiter, String sheet, Map<String, ContractField> mapping,
                            Set<String> ignored) {

    /** The word that ignores a column in {@code --map HEADER=ignore}. */
    public static final String IGNORE = "ignore";

    /** Detect everything. */
    public static final ImportOptions DETECT = new ImportOptions(null, null, null, Map.of());

    /** Copies the mapping and the ignored headers. */
    public ImportOptions {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
        ignored = ignored == null ? Set.of() : Set.copyOf(ignored);
    }

    /** Options that ignore no column. */
    public ImportOptions(Charset encoding, Character delimiter, String sheet, Map<String, ContractField> mapping) {
        this(encoding, delimiter, sheet, mapping, Set.of());
    }
}
