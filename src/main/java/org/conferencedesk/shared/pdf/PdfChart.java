package org.conferencedesk.shared.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * Draws a chart as vectors into a PDF: rectangles, lines and text in the bundled fonts ({@link PdfText}),
 * in a form XObject wrapped as an {@link Image} to place in the document's flow (a table cell). Nothing is
 * rasterised: the chart prints sharp at any size, and its labels and values are text a reader can
 * search and copy ({@code pdftotext} reads them back).
 *
 * <p>Three shapes: horizontal {@link Shape#BARS} (categories with long names: sectors, halls, guest
 * categories), vertical {@link Shape#COLUMNS} over an ordered axis (hours) and a {@link Shape#LINE} over
 * an ordered axis (the running total over the signing order). The value axis starts at 0 and ends at a
 * "nice" number (1, 2, 2.5 or 5 × 10ⁿ) with four or five grid lines. Values are given exact and as the
 * text to print; the geometry alone uses {@code double}.
 *
 * <p>One chart per call; not thread-safe (a document is laid out on one thread).
 */
public final class PdfChart {

    /** How the values are drawn. */
    public enum Shape {
        /** Horizontal bars, label on the left, value at the bar's end. */
        BARS,
        /** Vertical columns over an ordered axis, value above each when there is room. */
        COLUMNS,
        /** A line through the values over an ordered axis, the last value written at its end. */
        LINE
    }

    /**
     * One bar or point.
     *
     * @param label its category ("集成电路", "12", "11-28 09:00")
     * @param value its value (exact; scaled to the axis)
     * @param text the value as printed ("536.3")
     */
    public record Point(String label, BigDecimal value, String text) {
        /** Checks the parts. */
        public Point {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(text, "text");
        }
    }

    /** The fill of bars and columns, the stroke of the line. */
    public static final Color SERIES = new Color(0x3A, 0x6E, 0xA5);
    private static final Color GRID = new Color(0xD5, 0xDA, 0xE1);
    private static final Color AXIS = new Color(0x80, 0x88, 0x94);
    private static final Color LABEL = new Color(0x33, 0x33, 0x33);
    private static final float LABEL_SIZE = 7f;
    private static final float VALUE_SIZE = 6.5f;
    private static final float BAR_ROW = 14f;
    private static final float BAR = 9f;
    private static final float PLOT_HEIGHT = 130f;

    private final PdfWriter writer;
    private final PdfText text;

    /**
     * @param writer the document's writer (the chart is a form XObject of its file)
     * @param text the document's text, which remembers characters no bundled font has
     */
    public PdfChart(PdfWriter writer, PdfText text) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.text = Objects.requireNonNull(text, "text");
    }

    /**
     * Draws {@code points} as a chart {@code width} points wide (its height follows from the shape and the
     * number of points) and returns it as an image of vectors for a table cell or the document.
     *
     * @param unit the value axis' unit, written at its end ("亿元")
     * @throws IllegalArgumentException if there are no points
     */
    public Image draw(Shape shape, List<Point> points, String unit, float width) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("A chart needs at least one point");
        }
        double max = points.stream().mapToDouble(p -> p.value().doubleValue()).max().orElse(0);
        boolean counts = points.stream().allMatch(p -> p.value().stripTrailingZeros().scale() <= 0);
        double top = niceCeiling(max, counts);
        PdfTemplate canvas = switch (shape) {
            case BARS -> bars(points, unit, width, top);
            case COLUMNS, LINE -> overAxis(shape, points, unit, width, top);
        };
        try {
            return Image.getInstance(canvas);
        } catch (BadElementException e) {
            throw new IllegalStateException("OpenPDF refused a chart template: " + e.getMessage(), e);
        }
    }

    private PdfTemplate bars(List<Point> points, String unit, float width, double top) {
        float axisBand = 16f;
        float height = points.size() * BAR_ROW + axisBand + 4f;
        PdfTemplate c = writer.getDirectContent().createTemplate(width, height);
        float labelWidth = 0;
        for (Point p : points) {
            labelWidth = Math.max(labelWidth, text.run(p.label(), LABEL_SIZE, LABEL).width());
        }
        labelWidth = Math.min(labelWidth + 6f, width * 0.32f);
        float valueRoom = 8f + points.stream().map(p -> text.run(p.text(), VALUE_SIZE, LABEL).width()).max(Float::compare).orElse(0f);
        float x0 = labelWidth;
        float lastTick = text.run(tick(top, 1, 1), LABEL_SIZE, AXIS).width();
        float x1 = width - Math.max(valueRoom, lastTick / 2 + text.run(unit, LABEL_SIZE, AXIS).width() + 8f);
        float yBottom = axisBand;
        float yTop = height - 2f;
        grid(c, top, x0, x1, yBottom, yTop, true);
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            float centre = yTop - (i + 0.5f) * BAR_ROW;
            label(c, fit(p.label(), labelWidth - 6f), LABEL_SIZE, LABEL, Element.ALIGN_RIGHT, x0 - 4f, centre - LABEL_SIZE * 0.35f);
            float length = scale(p.value(), top, x1 - x0);
            if (length > 0) {
                c.setColorFill(SERIES);
                c.rectangle(x0, centre - BAR / 2, length, BAR);
                c.fill();
            }
            label(c, p.text(), VALUE_SIZE, LABEL, Element.ALIGN_LEFT, x0 + length + 3f, centre - VALUE_SIZE * 0.35f);
        }
        axisLine(c, x0, yBottom, x0, yTop);
        label(c, unit, LABEL_SIZE, AXIS, Element.ALIGN_LEFT, x1 + lastTick / 2 + 5f, yBottom - LABEL_SIZE - 3f);
        return c;
    }

    private PdfTemplate overAxis(Shape shape, List<Point> points, String unit, float width, double top) {
        float labelBand = 14f;
        float unitBand = 16f;
        float height = PLOT_HEIGHT + labelBand + unitBand;
        PdfTemplate c = writer.getDirectContent().createTemplate(width, height);
        float tickWidth = 0;
        for (int i = 0; i <= 5; i++) {
            tickWidth = Math.max(tickWidth, text.run(tick(top, i, 5), LABEL_SIZE, AXIS).width());
        }
        float x0 = tickWidth + 6f;
        float lastText = text.run(points.get(points.size() - 1).text(), VALUE_SIZE, LABEL).width();
        float x1 = width - (shape == Shape.LINE ? lastText / 2 + 4f : 4f);
        float yBottom = labelBand;
        float yTop = labelBand + PLOT_HEIGHT;
        grid(c, top, x0, x1, yBottom, yTop, false);
        int n = points.size();
        float slot = (x1 - x0) / n;
        // Show every k-th category label, so that the labels never overlap; always the last.
        float widest = 0;
        for (Point p : points) {
            widest = Math.max(widest, text.run(p.label(), LABEL_SIZE, LABEL).width());
        }
        int every = Math.max(1, (int) Math.ceil((widest + 4f) / slot));
        boolean valuesFit = shape == Shape.COLUMNS && points.stream()
                .allMatch(p -> text.run(p.text(), VALUE_SIZE, LABEL).width() <= slot);
        float previousX = Float.NaN;
        float previousY = Float.NaN;
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            float centre = x0 + (i + 0.5f) * slot;
            float h = scale(p.value(), top, yTop - yBottom);
            if (shape == Shape.COLUMNS) {
                if (h > 0) {
                    c.setColorFill(SERIES);
                    c.rectangle(centre - slot * 0.32f, yBottom, slot * 0.64f, h);
                    c.fill();
                }
                if (valuesFit) {
                    label(c, p.text(), VALUE_SIZE, LABEL, Element.ALIGN_CENTER, centre, yBottom + h + 2f);
                }
            } else {
                float y = yBottom + h;
                if (!Float.isNaN(previousX)) {
                    c.setColorStroke(SERIES);
                    c.setLineWidth(1.2f);
                    c.moveTo(previousX, previousY);
                    c.lineTo(centre, y);
                    c.stroke();
                }
                c.setColorFill(SERIES);
                c.circle(centre, y, 1.6f);
                c.fill();
                previousX = centre;
                previousY = y;
                if (i == n - 1) {
                    label(c, p.text(), VALUE_SIZE, LABEL, Element.ALIGN_CENTER, centre, Math.min(y + 3f, yTop + 2f));
                }
            }
            if (i % every == 0 || i == n - 1) {
                if (i == n - 1 || n - 1 - i >= every) {
                    label(c, p.label(), LABEL_SIZE, LABEL, Element.ALIGN_CENTER, centre, yBottom - LABEL_SIZE - 2f);
                }
            }
        }
        axisLine(c, x0, yBottom, x1, yBottom);
        label(c, unit, LABEL_SIZE, AXIS, Element.ALIGN_LEFT, 0f, yTop + 7f);
        return c;
    }

    /** Grid lines and their values: vertical lines for bars, horizontal for columns and lines. */
    private void grid(PdfContentByte c, double top, float x0, float x1, float y0, float y1, boolean vertical) {
        int steps = steps(top);
        c.setLineWidth(0.4f);
        for (int i = 0; i <= steps; i++) {
            String value = tick(top, i, steps);
            if (vertical) {
                float x = x0 + (x1 - x0) * i / steps;
                c.setColorStroke(GRID);
                c.moveTo(x, y0);
                c.lineTo(x, y1);
                c.stroke();
                label(c, value, LABEL_SIZE, AXIS, Element.ALIGN_CENTER, x, y0 - LABEL_SIZE - 3f);
            } else {
                float y = y0 + (y1 - y0) * i / steps;
                c.setColorStroke(GRID);
                c.moveTo(x0, y);
                c.lineTo(x1, y);
                c.stroke();
                label(c, value, LABEL_SIZE, AXIS, Element.ALIGN_RIGHT, x0 - 3f, y - LABEL_SIZE * 0.35f);
            }
        }
    }

    private static void axisLine(PdfContentByte c, float xa, float ya, float xb, float yb) {
        c.setColorStroke(AXIS);
        c.setLineWidth(0.7f);
        c.moveTo(xa, ya);
        c.lineTo(xb, yb);
        c.stroke();
    }

    private void label(PdfContentByte c, String s, float size, Color color, int alignment, float x, float y) {
        if (s == null || s.isEmpty()) {
            return;
        }
        TextRun run = text.run(s, size, color);
        ColumnText.showTextAligned(c, alignment, run.phrase(), x, y, 0, run.runDirection(), 0);
    }

    /** The label cut to {@code room} points, ending in "…" when cut. */
    private String fit(String label, float room) {
        if (text.run(label, LABEL_SIZE, LABEL).width() <= room) {
            return label;
        }
        int[] codePoints = label.codePoints().toArray();
        for (int n = codePoints.length - 1; n > 0; n--) {
            String cut = new String(codePoints, 0, n) + "…";
            if (text.run(cut, LABEL_SIZE, LABEL).width() <= room) {
                return cut;
            }
        }
        return "…";
    }

    private static float scale(BigDecimal value, double top, float length) {
        double v = value.doubleValue();
        return v <= 0 || top <= 0 ? 0f : (float) (length * Math.min(1.0, v / top));
    }

    /** Nice ends of the value axis within a power of ten, with the number of grid steps that gives nice ticks. */
    private static final double[][] NICE = {{1, 5}, {1.2, 6}, {1.5, 3}, {2, 4}, {2.5, 5}, {3, 6}, {4, 4}, {5, 5}, {6, 6},
        {8, 4}, {10, 5}};

    /**
     * The end of the value axis: the smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ at least {@code max}
     * (536.3 → 600), at least 5 for counts (no fractional ticks for 1 exhibitor), 1 for nothing.
     */
    static double niceCeiling(double max, boolean counts) {
        if (max <= 0) {
            return counts ? 5 : 1;
        }
        if (counts && max <= 5) {
            return 5;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double[] nice : NICE) {
            if (nice[0] * power >= max * (1 - 1e-12)) {
                return nice[0] * power;
            }
        }
        return 10 * power;
    }

    /** The grid steps for an axis ending at {@code top} ({@link #NICE}). */
    private static int steps(double top) {
        double lead = top / Math.pow(10, Math.floor(Math.log10(top)));
        for (double[] nice : NICE) {
            if (Math.abs(lead - nice[0]) < 1e-9) {
                return (int) nice[1];
            }
        }
        return 5;
    }

    /** The value at grid line {@code i} of {@code steps}, written without trailing zeros ("0", "12.5", "1,000"). */
    static String tick(double top, int i, int steps) {
        BigDecimal value = new BigDecimal(Double.toString(top)).multiply(BigDecimal.valueOf(i))
                .divide(BigDecimal.valueOf(steps), 6, RoundingMode.HALF_UP).stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.######",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return format.format(value);
    }
}
