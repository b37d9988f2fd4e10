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

    /**
     * A section's title: "按签约顺序排列的签约项目". Each heading is a bookmark of the PDF's outline.
     *
     * @param level 1 for a section (a top-level bookmark), 2 for a part of the section before it
     */
    record Heading(String text, int level) implements ReportBlock {
        /** Checks the text and the level. */
        public Heading {
            Objects.requireNonNull(text, "text");
            if (level < 1 || level > 2) {
                throw new IllegalArgumentException("A heading's level is 1 or 2, not " + level);
            }
        }

        /** A section's title (level 1). */
        public Heading(String text) {
            this(text, 1);
        }
    }

    /**
     * A chart, drawn as vectors (lines, rectangles and text in the bundled fonts, never a picture), with
     * its title as a bookmark under the section's. Titled and kept on one page.
     *
     * @param title the chart's title ("按行业签约金额")
     * @param unit what the values count ("亿元", "数量")
     * @param kind how it is drawn
     * @param points its bars or points, in order
     */
    record Chart(String title, String unit, ChartKind kind, List<ChartValue> points) implements ReportBlock {
        /** Copies the points. */
        public Chart {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(kind, "kind");
            points = List.copyOf(points);
        }
    }

    /** How a chart is drawn. */
    enum ChartKind {
        /** Horizontal bars, one per category, the label on the left and the value at the bar's end (sectors, halls). */
        BARS,
        /** Vertical columns over an ordered axis, values above them (check-ins per hour). */
        COLUMNS,
        /** A line over an ordered axis, the last value written at its end (the running total over the signing order). */
        LINE
    }

    /**
     * One bar or point of a chart.
     *
     * @param label its category as the reader sees it ("集成电路", "9.2号馆", "12")
     * @param value its value, exact, in the chart's unit (the drawing scales it; never summed here)
     * @param text the value as printed beside the bar ("536.3", "1,024")
     */
    record ChartValue(String label, java.math.BigDecimal value, String text) {
        /** Checks the parts. */
        public ChartValue {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
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
