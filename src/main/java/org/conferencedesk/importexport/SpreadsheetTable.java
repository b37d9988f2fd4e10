package org.conferencedesk.importexport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conferencedesk.shared.DateText;

/**
 * The content of a CSV or XLSX file: a header row and the data rows below it, as text, with what
 * the reader saw around them and does not interpret (title rows, merged cells, formula cells
 * without a saved result, rows whose cell count differs from the header's).
 *
 * @param file the file's name (for messages)
 * @param format CSV or XLSX (XLS workbooks are read as XLSX)
 * @param encoding the text encoding used to read a CSV file (e.g. {@code UTF-8 (BOM)}, {@code GB18030}), or null for a workbook
 * @param delimiter the CSV delimiter used, or null for a workbook
 * @param sheetNames the workbook's visible sheet names (empty for CSV)
 * @param sheet the sheet that was read, or null for CSV
 * @param header the header row (below any title rows), with trailing empty cells removed; for a
 *               two-row header in a workbook, the two rows joined, numbered as the upper one
 * @param rows the non-blank rows below the header, in file order
 * @param titleRows the non-blank rows above the header, in file order, such as a title
 *                  {@code 2020世界智能制造大会签约项目} or a unit {@code (单位：亿元)}: rows with fewer
 *                  filled cells than about half the header's; empty for most files. Not interpreted
 *                  here (the import pipeline reads a unit from them, see {@link #titles()})
 * @param hiddenSheetNames the workbook's hidden and very hidden sheets (read only when named)
 * @param dateSerials how a bare number in a date column is read: {@link DateText.Serials#NONE} for
 *                    CSV, else the workbook's date system (1900, or 1904 for old Mac workbooks)
 * @param mergedCells cells merged over more than one cell below the header (workbooks only)
 * @param rowProblems line → the problem of a data row whose cell count differs from the header's
 *                    (a CSV row with fewer cells, any row with cells beyond the header), in line
 *                    order; see {@link #problemOf(SpreadsheetRow)}
 */
public record SpreadsheetTable(String file, Format format, String encoding, Character delimiter,
                               List<String> sheetNames, String sheet, SpreadsheetRow header,
                               List<SpreadsheetRow> rows, List<SpreadsheetRow> titleRows,
                               List<String> hiddenSheetNames, DateText.Serials dateSerials,
                               List<MergedCell> mergedCells, Map<Integer, ImportProblem> rowProblems) {

    /** The kind of file read. */
    public enum Format {
        /** Delimited text. */
        CSV,
        /** An Excel workbook (cells may hold Excel serial dates). */
        XLSX
    }

    /**
     * A cell merged over a block of a workbook's data rows. Its text belongs to every row it spans
     * (the reader puts it into {@code firstColumn} of each of them that is not otherwise blank); a
     * block wider than one column keeps the text in its first column only.
     *
     * @param firstLine the Excel row number of its top row
     * @param lastLine the Excel row number of its bottom row
     * @param firstColumn its leftmost column (0-based)
     * @param lastColumn its rightmost column (0-based)
     * @param text its text
     */
    public record MergedCell(int firstLine, int lastLine, int firstColumn, int lastColumn, String text) {
    }

    /**
     * Copies the collections, except the rows of a file too big to keep in memory, which the reader
     * hands over as a list that reads the file again each time it is gone through (by index in
     * order, or with an iterator).
     */
    public SpreadsheetTable {
        sheetNames = List.copyOf(sheetNames);
        rows = rows instanceof TableBuilder.StreamedRows ? rows : List.copyOf(rows);
        titleRows = List.copyOf(titleRows);
        hiddenSheetNames = List.copyOf(hiddenSheetNames);
        mergedCells = List.copyOf(mergedCells);
        rowProblems = Collections.unmodifiableMap(new LinkedHashMap<>(rowProblems));
    }

    /**
     * A table with nothing around it: no title rows, hidden sheets, merged cells or row problems;
     * serials in Excel's 1900 system for XLSX.
     */
    public SpreadsheetTable(String file, Format format, String encoding, Character delimiter,
                            List<String> sheetNames, String sheet, SpreadsheetRow header, List<SpreadsheetRow> rows) {
        this(file, format, encoding, delimiter, sheetNames, sheet, header, rows, List.of(), List.of(),
                format == Format.XLSX ? DateText.Serials.EXCEL_1900 : DateText.Serials.NONE, List.of(), Map.of());
    }

    /** This table with {@code replaced} as its data rows (e.g. the first rows only, for a preview); the rest is kept. */
    public SpreadsheetTable withRows(List<SpreadsheetRow> replaced) {
        return new SpreadsheetTable(file, format, encoding, delimiter, sheetNames, sheet, header, replaced, titleRows,
                hiddenSheetNames, dateSerials, mergedCells, rowProblems);
    }

    /**
     * The problem of {@code row} found while reading (its cell count differs from the header's), if
     * any. Every record type's row conversion adds it to the row's problems.
     */
    public Optional<ImportProblem> problemOf(SpreadsheetRow row) {
        return rowProblems.isEmpty() ? Optional.empty() : Optional.ofNullable(rowProblems.get(row.line()));
    }

    /**
     * True if {@code row} has fewer cells than the header in a CSV file: its cells cannot be matched
     * to the columns, so nothing else should be read from it (any other problem found in its
     * shifted cells would mislead); {@link #problemOf} says so.
     */
    public boolean isShifted(SpreadsheetRow row) {
        return format == Format.CSV && row.cells().size() < header.cells().size() && rowProblems.containsKey(row.line());
    }

    /** Each title row as one text: its filled cells joined by a space ({@code "(单位：亿元)"}). */
    public List<String> titles() {
        return titleRows.stream()
                .map(r -> String.join(" ", r.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).toList()))
                .toList();
    }

    /** A reading of dates for a single cell of this table (serials as the file has them, no column order). */
    public DateText.Reading dateReading() {
        return DateText.Reading.of(dateSerials);
    }
}
