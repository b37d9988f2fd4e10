package org.conferencedesk.importexport;

import java.util.List;

/**
 * The content of a CSV or XLSX file: a header row and the data rows below it, as text.
 *
 * @param file the file's name (for messages)
 * @param format CSV or XLSX (XLS workbooks are read as XLSX)
 * @param encoding the text encoding used to read a CSV file (e.g. {@code UTF-8 (BOM)}, {@code GB18030}), or null for a workbook
 * @param delimiter the CSV delimiter used, or null for a workbook
 * @param sheetNames the workbook's visible sheet names (empty for CSV)
 * @param sheet the sheet that was read, or null for CSV
 * @param header the first non-blank row, with trailing empty cells removed
 * @param rows the non-blank rows below the header, in file order
 */
public record SpreadsheetTable(String file, Format format, String encoding, Character delimiter,
                               List<String> sheetNames, String sheet, SpreadsheetRow header,
                               List<SpreadsheetRow> rows) {

    /** The kind of file read. */
    public enum Format {
        /** Delimited text. */
        CSV,
        /** An Excel workbook (cells may hold Excel serial dates). */
        XLSX
    }

    /** Copies the lists. */
    public SpreadsheetTable {
        sheetNames = List.copyOf(sheetNames);
        rows = List.copyOf(rows);
    }
}
