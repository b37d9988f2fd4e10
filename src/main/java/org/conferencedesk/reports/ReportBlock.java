package org.conferencedesk.reports;

import java.util.List;
import java.util.Objects;

/**
 * One piece of a report section, as the section writes it: words and figures only. The
 * {@link ReportWriter} lays every block out the same way (fonts, sizes, colours, tables that keep
 * their header on each page), so a feature's section knows nothing of PDF.
 */
public sealed interface ReportBlock {

    /** The big line of the headline figures: "签约项目 30 个，总金额 536.3 亿元". */
    record Headline(String text) implements ReportBlock {
        /** Checks the text. */
        public Headline {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A sentence of body text.
     *
     * @param muted grey (a remark such as "no contracts recorded yet"), else black
     */
    record Text(String text, boolean muted) implements ReportBlock {
        /** Checks the text. */
        public Text {
            Objects.requireNonNull(text, "text");
        }

        /** A black sentence. */
        public Text(String text) {
            this(text, false);
        }
    }

    /** A section's title: "按签约顺序排列的签约项目". */
    record Heading(String text) implements ReportBlock {
        /** Checks the text. */
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A table. With a title, title and table stay together on one page (a short table of totals);
     * without one it may run over pages, its header repeated on each.
     *
     * @param title the title drawn as the table's first row, or null
     * @param columns the columns, left to right
     * @param rows the rows
     * @param widthPercent the table's width in percent of the text width (100 for a full-width table)
     */
    record Table(String title, List<Column> columns, List<Row> rows, float widthPercent) implements ReportBlock {
        /** Copies the lists and checks that every row has one cell per column. */
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            for (Row r : rows) {
                if (r.cells().size() != columns.size()) {
                    throw new IllegalArgumentException("A row has " + r.cells().size() + " cells for " + columns.size() + " columns");
                }
            }
        }
    }

    /**
     * A table column.
     *
     * @param header its header
     * @param width its relative width
     * @param figure right-aligned (amounts, counts, shares)
     */
    record Column(String header, float width, boolean figure) {
    }

    /**
     * A table row.
     *
     * @param cells one per column
     * @param style how it is drawn
     */
    record Row(List<Cell> cells, RowStyle style) {
        /** Copies the cells. */
        public Row {
            cells = List.copyOf(cells);
            Objects.requireNonNull(style, "style");
        }
    }

    /**
     * A table cell.
     *
     * @param text its text ("" for none)
     * @param remark a short remark after the text in smaller type ("（计划）"), or null
     */
    record Cell(String text, String remark) {
        /** A cell without a remark; null text is shown empty. */
        public Cell(String text) {
            this(text, null);
        }

        /** Null text is shown empty. */
        public Cell {
            text = text == null ? "" : text;
        }
    }

    /** How a row is drawn. */
    enum RowStyle {
        /** Black. */
        NORMAL,
        /** Grey: counted in no total (a withdrawn contract). */
        GREYED,
        /** On a shaded band: the total of the rows above. */
        TOTAL
    }
}
