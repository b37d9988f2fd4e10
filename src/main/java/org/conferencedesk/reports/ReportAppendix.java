package org.conferencedesk.reports;

import java.util.List;
import java.util.Objects;

/**
 * A full list at the end of the summary report, printed only when the user asks for appendices
 * ({@code report --appendices}, the checkbox in the window): every guest, every exhibitor … with the
 * personal data the body leaves out. Its rows are read as the report is laid out, a few hundred at a
 * time, so 100,000 guests never sit in the PDF library's memory at once.
 *
 * @param title its title, also its bookmark under "附录 / Appendices" ("附录一 嘉宾名单")
 * @param columns the table's columns, left to right
 * @param rowCount how many rows {@code rows} gives (for the progress bar)
 * @param rows the rows, in order; iterated once, on the report's thread; each must have one cell per column
 */
public record ReportAppendix(String title, List<ReportBlock.Column> columns, long rowCount, Iterable<ReportBlock.Row> rows) {

    /** Copies the columns. */
    public ReportAppendix {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
        if (rowCount < 0) {
            throw new IllegalArgumentException("rowCount " + rowCount);
        }
    }
}
