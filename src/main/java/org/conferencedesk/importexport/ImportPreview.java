package org.conferencedesk.importexport;

import java.util.List;
import java.util.Map;
import org.conferencedesk.contracts.ContractField;

/**
 * What an import would do, for the window's preview: how the file was read, which column means
 * which field, the first rows as written, and every problem that would refuse the import.
 *
 * @param file the file's name
 * @param format CSV or XLSX, or null if the file could not be read at all
 * @param encoding the CSV encoding detected or given ({@code UTF-8 (BOM)}, {@code UTF-8}, {@code GB18030} ...), or null
 * @param delimiter the CSV delimiter detected or given, or null
 * @param sheetNames the workbook's visible sheets (empty for CSV)
 * @param sheet the sheet read, or null for CSV
 * @param headers the header row as written
 * @param mapping header as written → field, in column order: the mapping the import will use
 * @param unmappedHeaders headers that no field uses; their columns are ignored
 * @param firstRows the first {@value ContractImportService#PREVIEW_ROWS} data rows as written, with their line numbers
 * @param rowCount the number of non-blank data rows
 * @param contractCount the number of rows that convert to a contract without problems
 * @param problems every problem found, in file order; empty means the import will succeed
 */
public record ImportPreview(String file, SpreadsheetTable.Format format, String encoding, Character delimiter,
                            List<String> sheetNames, String sheet, List<String> headers,
                            Map<String, ContractField> mapping, List<String> unmappedHeaders,
                            List<SpreadsheetRow> firstRows, int rowCount, int contractCount,
                            List<ImportProblem> problems) {

    /** Copies the collections. */
    public ImportPreview {
        sheetNames = List.copyOf(sheetNames);
        headers = List.copyOf(headers);
        mapping = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(mapping));
        unmappedHeaders = List.copyOf(unmappedHeaders);
        firstRows = List.copyOf(firstRows);
        problems = List.copyOf(problems);
    }

    /** True if importing the file would add {@link #contractCount()} contracts (no problems, at least one row). */
    public boolean canImport() {
        return problems.isEmpty() && contractCount > 0;
    }
}
