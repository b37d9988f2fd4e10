package org.conferencedesk.importexport;

import java.util.List;
import java.util.Map;
import org.conferencedesk.guests.GuestField;

/**
 * What a guest import would do, for the window's preview: how the file was read, which column
 * means which field, the first rows as written, every bad row, and every row that looks like a
 * guest already in the event.
 *
 * @param file the file's name
 * @param format CSV or XLSX, or null if the file could not be read at all
 * @param encoding the CSV encoding detected or given, or null
 * @param delimiter the CSV delimiter detected or given, or null
 * @param sheetNames the workbook's visible sheets (empty for CSV)
 * @param sheet the sheet read, or null for CSV
 * @param headers the header row as written
 * @param mapping header as written → field, in column order
 * @param unmappedHeaders headers no field uses; their columns are ignored
 * @param firstRows the first {@value GuestImportService#PREVIEW_ROWS} data rows as written
 * @param rowCount the number of non-blank data rows
 * @param guestCount the number of rows that convert to a guest without problems
 * @param problems every problem found, in file order
 * @param duplicates every good row that looks like an existing guest or an earlier row, in file order
 */
public record GuestImportPreview(String file, SpreadsheetTable.Format format, String encoding, Character delimiter,
                                 List<String> sheetNames, String sheet, List<String> headers,
                                 Map<String, GuestField> mapping, List<String> unmappedHeaders,
                                 List<SpreadsheetRow> firstRows, int rowCount, int guestCount,
                                 List<ImportProblem> problems, List<GuestDuplicate> duplicates) {

    /** Copies the collections. */
    public GuestImportPreview {
        sheetNames = List.copyOf(sheetNames);
        headers = List.copyOf(headers);
        mapping = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mapping));
        unmappedHeaders = List.copyOf(unmappedHeaders);
        firstRows = List.copyOf(firstRows);
        problems = List.copyOf(problems);
        duplicates = List.copyOf(duplicates);
    }

    /** True if every row is good and there is at least one: an all-or-nothing import can run. */
    public boolean canImport() {
        return problems.isEmpty() && guestCount > 0;
    }

    /** True if at least one row is good: a partial import ("import the good rows") can run. */
    public boolean canImportGoodRows() {
        return guestCount > 0;
    }
}
