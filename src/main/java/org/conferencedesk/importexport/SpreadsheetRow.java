package org.conferencedesk.importexport;

import java.util.List;

/**
 * One row of a spreadsheet or CSV file as the user sees it.
 *
 * @param line the line number the user sees: for CSV the physical line where the record starts
 *             (the header line is 1; a quoted field with line breaks makes the next record start
 *             further down), for XLSX the Excel row number
 * @param cells the cell texts, left to right, never null (an empty cell is {@code ""}); in a
 *              workbook, a cell merged over several rows gives its text to each of them
 * @param formulasWithoutResult the columns (0-based, ascending) of workbook cells that hold a
 *                              formula with no saved result, as a program other than Excel writes
 *                              a {@code =SUM(…)} total row; their text is the reader's own
 *                              calculation. Empty for CSV and for almost every row. The import
 *                              pipeline treats such a row as a total row.
 */
public record SpreadsheetRow(int line, List<String> cells, List<Integer> formulasWithoutResult) {

    /** Copies the lists. */
    public SpreadsheetRow {
        cells = List.copyOf(cells);
        formulasWithoutResult = List.copyOf(formulasWithoutResult);
    }

    /** A row without formula cells. */
    public SpreadsheetRow(int line, List<String> cells) {
        this(line, cells, List.of());
    }

    /** The text of column {@code index} (0-based), or {@code ""} if the row is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    /** True if every cell is empty or whitespace. */
    public boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The number of cells that are not empty or whitespace. */
    public int filledCells() {
        int filled = 0;
        for (String cell : cells) {
            if (!cell.isBlank()) {
                filled++;
            }
        }
        return filled;
    }

    /** True if a cell of this row holds a formula with no saved result (see {@link #formulasWithoutResult()}). */
    public boolean hasFormulaWithoutResult() {
        return !formulasWithoutResult.isEmpty();
    }

    /** This row with {@code cells} instead of its own (same line and formula columns). */
    SpreadsheetRow withCells(List<String> replaced) {
        return new SpreadsheetRow(line, replaced, formulasWithoutResult);
    }
}
