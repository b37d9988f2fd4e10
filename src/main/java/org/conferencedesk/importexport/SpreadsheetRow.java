package org.conferencedesk.importexport;

import java.util.List;

/**
 * One row of a spreadsheet or CSV file as the user sees it.
 *
 * @param line the line number the user sees: for CSV the physical line where the record starts
 *             (the header line is 1; a quoted field with line breaks makes the next record start
 *             further down), for XLSX the Excel row number
 * @param cells the cell texts, left to right, never null (an empty cell is {@code ""})
 */
public record SpreadsheetRow(int line, List<String> cells) {

    /** Copies the cells. */
    public SpreadsheetRow {
        cells = List.copyOf(cells);
    }

    /** The text of column {@code index} (0-based), or {@code ""} if the row is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    /** True if every cell is empty or whitespace. */
    public boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isEmpty() && !Character.isWhitespace(cell.charAt(0)) || !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
