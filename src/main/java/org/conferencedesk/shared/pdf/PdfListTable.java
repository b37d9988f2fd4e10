package org.conferencedesk.shared.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.List;

/**
 * A long list (100,000 guests) drawn straight onto the pages' content, row by row, without OpenPDF's
 * table layout: the report's appendices. Columns have fixed widths (shares of the page's width); the
 * header row is drawn again at the top of every page; a row that does not fit on what is left of a page
 * goes to the next one whole. Most cells are one line of text that the main font (Noto Sans SC) draws
 * left to right: such a cell is measured with the font's advance widths and drawn with one text
 * operator. Any other cell (too wide for its column, a character of another script — Arabic, Hebrew,
 * emoji, CJK Extension B — or right-to-left text) is laid out by {@link ColumnText} with the per-character
 * font chain of {@link TextRun} (wrapping by {@link ChineseLineBreaks}, bidi, Arabic shaping, □ for what
 * no font has, remembered by the document's {@link PdfText}). Rows look like the report's table cells:
 * padding 2.5/3/4/3 pt, lines 1 × the size apart with the font's descent below the last (as {@link PdfPCell}
 * sets a cell's text), 0.5 pt rules.
 *
 * <p>Use: {@link #start}, {@link #row} for each row, {@link #finish}; in between, add nothing else to the
 * document. After {@link #finish} the document's flow continues below the list. Not thread-safe; one per
 * list.
 */
public final class PdfListTable {

    private static final float PAD_TOP = 2.5f;
    private static final float PAD_BOTTOM = 4f;
    private static final float PAD_SIDE = 3f;
    private static final float RULE_WIDTH = 0.5f;

    private final Document document;
    private final PdfWriter writer;
    private final PdfText text;
    private final float size;
    private final float leading;
    /** The main font's descent at the size, below the last line's baseline. */
    private final float descent;
    private final boolean[] right;
    private final float[] x;
    private final List<String> header;
    private final Color headerFill;
    private final Color rule;
    private final BaseFont main = PdfFonts.main();
    private PdfContentByte canvas;
    /** The top of the next row, in points from the page's foot. */
    private float y;
    /** The top of this page's first row and the bottom of each of its rows, for {@link #rules()}. */
    private float pageTop;
    private int rowsOnPage;
    private final FloatList rules = new FloatList();
    /** The text object open for one-line cells: its colour and where its last cell started. */
    private boolean inText;
    private Color textColor;
    private float textX;
    private float textY;

    /**
     * A list in the document's width between its margins.
     *
     * @param widths the columns' relative widths, left to right
     * @param right for each column, whether its text is set flush right (figures)
     * @param header the header row's texts, one per column
     * @param size the text size in points
     * @param headerFill the header row's background
     * @param rule the colour of the rules
     * @throws IllegalArgumentException if the counts of widths, alignments and headers differ
     */
    public PdfListTable(Document document, PdfWriter writer, PdfText text, float[] widths, boolean[] right, List<String> header,
                        float size, Color headerFill, Color rule) {
        if (widths.length != right.length || widths.length != header.size()) {
            throw new IllegalArgumentException(widths.length + " widths, " + right.length + " alignments, " + header.size() + " headers");
        }
        this.document = document;
        this.writer = writer;
        this.text = text;
        this.size = size;
        this.leading = size; // PdfPCell's leading: 1 × the font size
        this.descent = Math.abs(PdfFonts.main().getFontDescriptor(BaseFont.DESCENT, size));
        this.right = right.clone();
        this.header = List.copyOf(header);
        this.headerFill = headerFill;
        this.rule = rule;
        float sum = 0f;
        for (float w : widths) {
            sum += w;
        }
        float width = document.right() - document.left();
        x = new float[widths.length + 1];
        x[0] = document.left();
        for (int i = 0; i < widths.length; i++) {
            x[i + 1] = x[i] + width * widths[i] / sum;
        }
    }

    /** Starts the list where the document's flow is (on a new page if less than two rows fit) and draws the header. */
    public void start() throws DocumentException {
        canvas = writer.getDirectContent();
        y = writer.getVerticalPosition(true);
        if (y - document.bottom() < 3 * (PAD_TOP + leading + descent + PAD_BOTTOM)) {
            newPage();
        } else {
            drawHeader();
        }
    }

    /**
     * Draws one row: one text per column (null: empty), in {@code color}, on {@code fill} when not null.
     *
     * @throws IllegalArgumentException if the row has another number of cells than the list has columns
     */
    public void row(List<String> cells, Color color, Color fill) throws DocumentException {
        if (cells.size() != right.length) {
            throw new IllegalArgumentException("A row has " + cells.size() + " cells for " + right.length + " columns");
        }
        String[] texts = new String[cells.size()];
        boolean[] fast = new boolean[texts.length];
        int lines = 1;
        for (int i = 0; i < texts.length; i++) {
            texts[i] = cells.get(i) == null ? "" : cells.get(i);
            fast[i] = fitsOneLine(texts[i], i);
            if (!fast[i]) {
                ColumnText column = column(texts[i], i, color, null);
                column.setSimpleColumn(left(i), -100_000f, right(i), 100_000f);
                column.go(true);
                lines = Math.max(lines, column.getLinesWritten());
            }
        }
        float height = PAD_TOP + lines * leading + descent + PAD_BOTTOM;
        if (y - height < document.bottom() && y < document.top()) {
            newPage();
        }
        draw(texts, fast, height, color, fill);
    }

    /** Ends the list: the document's flow goes on below its last row. */
    public void finish() throws DocumentException {
        rules();
        float flow = writer.getVerticalPosition(false);
        float used = flow - y;
        if (used > 0f) {
            // Moves the document's own flow past what was drawn on this page: an empty, borderless
            // block of that height (the flow does not know about direct content).
            PdfPCell space = new PdfPCell();
            space.setBorder(PdfPCell.NO_BORDER);
            space.setFixedHeight(used);
            PdfPTable block = new PdfPTable(1);
            block.setWidthPercentage(100);
            block.addCell(space);
            document.add(block);
        }
    }

    /** Whether the cell is one left-to-right line in the main font, so it can be drawn with one operator. */
    private boolean fitsOneLine(String cell, int column) {
        int width = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            int w = MAIN_WIDTHS[c];
            if (w == UNKNOWN) {
                w = mainWidth(c);
                MAIN_WIDTHS[c] = w;
            }
            if (w == OTHER_FONT) {
                return false;
            }
            width += w;
        }
        return width * 0.001f * size <= right(column) - left(column);
    }

    /** A cell's width in points in the main font; only for cells {@link #fitsOneLine} took. */
    private float width(String cell) {
        int width = 0;
        for (int i = 0; i < cell.length(); i++) {
            width += MAIN_WIDTHS[cell.charAt(i)];
        }
        return width * 0.001f * size;
    }

    /** Per UTF-16 unit: its advance width in the main font (thousandths of the size), or one of the marks below. */
    private static final int[] MAIN_WIDTHS = new int[0x10000];
    /** Not looked up yet: the array's initial value (a width of 0 is stored as {@link #OTHER_FONT}). */
    private static final int UNKNOWN = 0;
    private static final int OTHER_FONT = -1;

    /**
     * The main font's advance width of {@code c}, or {@link #OTHER_FONT} when the chain must decide: controls,
     * surrogates (characters beyond the BMP), private use, invisible marks, a character the main font lacks,
     * one with a direction of its own other than left to right (Arabic, Hebrew …), or a zero width.
     */
    private int mainWidth(char c) {
        if (c < 0x20 || c >= 0xD800 && c < 0xF900 || PdfFonts.isInvisible(c) || !main.charExists(c)) {
            return OTHER_FONT;
        }
        byte direction = Character.getDirectionality(c);
        if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                || direction == Character.DIRECTIONALITY_ARABIC_NUMBER || direction >= Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING
                && direction <= Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT || direction == Character.DIRECTIONALITY_NONSPACING_MARK) {
            return OTHER_FONT;
        }
        int w = main.getWidth(c);
        return w > 0 ? w : OTHER_FONT;
    }

    private float left(int column) {
        return x[column] + PAD_SIDE;
    }

    private float right(int column) {
        return x[column + 1] - PAD_SIDE;
    }

    /** A column of one cell's text in the font chain, in the text's direction; its rectangle set when drawn. */
    private ColumnText column(String cell, int i, Color color, PdfContentByte on) {
        TextRun run = text.run(cell, size, color);
        ColumnText column = new ColumnText(on);
        Phrase phrase = run.phrase();
        column.setRunDirection(run.runDirection());
        column.addText(phrase);
        column.setLeading(leading);
        column.setAlignment(right[i] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        return column;
    }

    private void draw(String[] texts, boolean[] fast, float height, Color color, Color fill) throws DocumentException {
        float bottom = y - height;
        if (fill != null) {
            endText();
            canvas.setColorFill(fill);
            canvas.rectangle(x[0], bottom, x[x.length - 1] - x[0], height);
            canvas.fill();
        }
        float baseline = y - PAD_TOP - leading; // where ColumnText and a table cell put the first line
        for (int i = 0; i < texts.length; i++) {
            String cell = texts[i];
            if (cell.isEmpty() || !fast[i]) {
                continue;
            }
            if (!inText) {
                canvas.beginText();
                canvas.setFontAndSize(main, size);
                textColor = null;
                textX = 0f;
                textY = 0f;
                inText = true;
            }
            if (!color.equals(textColor)) {
                canvas.setColorFill(color);
                textColor = color;
            }
            float at = right[i] ? right(i) - width(cell) : left(i);
            canvas.moveText(at - textX, baseline - textY); // relative to the cell before: two numbers
            textX = at;
            textY = baseline;
            canvas.showText(cell);
        }
        for (int i = 0; i < texts.length; i++) {
            if (!texts[i].isEmpty() && !fast[i]) {
                endText();
                ColumnText column = column(texts[i], i, color, canvas);
                column.setSimpleColumn(left(i), bottom, right(i), y - PAD_TOP);
                column.go();
            }
        }
        if (rowsOnPage == 0) {
            pageTop = y;
        }
        rowsOnPage++;
        rules.add(bottom);
        y = bottom;
    }

    /** Closes the text object the rows' one-line cells are drawn in, if open. */
    private void endText() {
        if (inText) {
            canvas.endText();
            inText = false;
        }
    }

    /** The rules of this page's rows, drawn once per page: the columns' lines and a line under each row. */
    private void rules() {
        endText();
        if (rowsOnPage == 0) {
            return;
        }
        canvas.setColorStroke(rule);
        canvas.setLineWidth(RULE_WIDTH);
        float last = rules.get(rules.size() - 1);
        for (float at : x) {
            canvas.moveTo(at, pageTop);
            canvas.lineTo(at, last);
        }
        canvas.moveTo(x[0], pageTop);
        canvas.lineTo(x[x.length - 1], pageTop);
        for (int i = 0; i < rules.size(); i++) {
            canvas.moveTo(x[0], rules.get(i));
            canvas.lineTo(x[x.length - 1], rules.get(i));
        }
        canvas.stroke();
        rules.clear();
        rowsOnPage = 0;
    }

    private void newPage() throws DocumentException {
        rules();
        document.newPage();
        canvas = writer.getDirectContent();
        y = document.top();
        drawHeader();
    }

    private void drawHeader() throws DocumentException {
        row(header, Color.BLACK, headerFill);
    }

    /** A growable list of floats (the row bottoms of one page), without boxing. */
    private static final class FloatList {
        private float[] values = new float[64];
        private int size;

        void add(float value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        float get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }
    }
}
