package org.conferencedesk.importexport;

import java.nio.charset.Charset;
import java.util.Map;
import org.conferencedesk.contracts.ContractField;

/**
 * How to read an import file; every part may be left to detection.
 *
 * @param encoding the text encoding of a CSV file, or null to detect (UTF-8 with or without BOM, GB18030)
 * @param delimiter the CSV delimiter, or null to detect (comma, semicolon, tab)
 * @param sheet the XLSX sheet name, or null for the first visible sheet
 * @param mapping header text → field, overriding the recognised headers ({@code --map HEADER=field})
 */
public record ImportOptions(Charset encoding, Character delimiter, String sheet, Map<String, ContractField> mapping) {

    /** Detect everything. */
    public static final ImportOptions DETECT = new ImportOptions(null, null, null, Map.of());

    /** Copies the mapping. */
    public ImportOptions {
        mapping = mapping == null ? Map.of() : Map.copyOf(mapping);
    }
}
