package org.conferencedesk.shared.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.text.Bidi;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A phrase being built from text: each character is set in the first bundled font that has it
 * ({@link PdfFonts}), lines end where {@link ChineseLineBreaks} allows, and a character no font has is
 * drawn as {@value PdfFonts#MISSING_GLYPH} and remembered ({@link #missing()}).
 *
 * <p><b>Right-to-left text.</b> Arabic and Hebrew are written in logical order and drawn right to left;
 * Arabic letters join. OpenPDF does both (its Unicode bidirectional algorithm over {@code java.text.Bidi},
 * and its Arabic shaping to the presentation forms that Noto Sans Arabic has), but only in a
 * {@link ColumnText} or a {@link PdfPCell} whose run direction is {@link PdfWriter#RUN_DIRECTION_LTR} or
 * {@link PdfWriter#RUN_DIRECTION_RTL}, not in a paragraph added to the document. Lay a run out with
 * {@link #cell()} or {@link #addTo(ColumnText)}, which set {@link #runDirection()}.
 *
 * <p>Not thread-safe; one per phrase.
 */
public final class TextRun {

    /** Left-to-right mark: makes the character after it strong left-to-right for the bidirectional algorithm. */
    private static final char LRM = '\u200E';

    private final float size;
    private final Color color;
    private final Phrase phrase = new Phrase();
    private final StringBuilder text = new StringBuilder();
    private final SortedSet<Integer> missing = new TreeSet<>();

    TextRun(float size, Color color) {
        this.size = size;
        this.color = color;
    }

    /** Appends {@code text} (null or empty: nothing is appended) and returns this run. */
    public TextRun add(String added) {
        if (added == null || added.isEmpty()) {
            return this;
        }
        text.append(added);
        BaseFont current = null;
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < added.length(); ) {
            int codePoint = added.codePointAt(i);
            i += Character.charCount(codePoint);
            BaseFont font = current != null && keepsFontOfPrevious(codePoint) && current.charExists(codePoint) ? current : null;
            String drawn = new String(Character.toChars(codePoint));
            if (font == null && (PdfFonts.isLayoutOnly(codePoint) || PdfFonts.isInvisible(codePoint))) {
                if (PdfFonts.isInvisible(codePoint)) {
                    continue; // nothing to draw, and the font before it has no glyph for it
                }
                font = current != null ? current : PdfFonts.main();
            }
            if (font == null) {
                font = PdfFonts.fontFor(codePoint);
            }
            if (font == null) {
                missing.add(codePoint);
                font = PdfFonts.main();
                drawn = PdfFonts.MISSING_GLYPH;
            }
            if (Character.isSupplementaryCodePoint(codePoint) && !isStrong(codePoint)) {
                // OpenPDF reverses a right-to-left run char by char, which would split the surrogate pair
                // of an emoji between Arabic words; a left-to-right mark before and after makes the emoji a
                // run of its own, drawn whole. The marks print nothing (PdfChunk.noPrint).
                drawn = LRM + drawn + LRM;
            }
            if (font != current && pending.length() > 0) {
                phrase.add(chunk(pending.toString(), current));
                pending.setLength(0);
            }
            current = font;
            pending.append(drawn);
        }
        if (pending.length() > 0) {
            phrase.add(chunk(pending.toString(), current));
        }
        return this;
    }

    /** Combining marks and invisible characters stay in the font of the character they follow, if it has them. */
    private static boolean keepsFontOfPrevious(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || PdfFonts.isInvisible(codePoint);
    }

    /** Letters and ideographs have a direction of their own; emoji and symbols take their neighbours'. */
    private static boolean isStrong(int codePoint) {
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** A chunk that ends lines by the Chinese line-breaking rules of {@link ChineseLineBreaks}. */
    private Chunk chunk(String chunkText, BaseFont font) {
        Chunk chunk = new Chunk(chunkText, new Font(font, size, Font.NORMAL, color));
        chunk.setSplitCharacter(ChineseLineBreaks.INSTANCE);
        return chunk;
    }

    /** The phrase built so far, with the leading of 1.3 × the size. */
    public Phrase phrase() {
        phrase.setLeading(size * 1.3f);
        phrase.setFont(PdfFonts.font(size, color)); // for anything OpenPDF adds itself (spacing, empty cells)
        return phrase;
    }

    /**
     * The width of the run on one line, in points: the sum of its characters' advance widths in their
     * fonts (Arabic shaping may change it slightly). For fitting a line, such as a name on a certificate.
     */
    public float width() {
        float width = 0f;
        for (Object element : phrase.getChunks()) {
            width += ((Chunk) element).getWidthPoint();
        }
        return width;
    }

    /** The text appended so far, as written. */
    public String text() {
        return text.toString();
    }

    /**
     * How OpenPDF should order the run: {@link PdfWriter#RUN_DIRECTION_RTL} when its first letter is
     * Arabic or Hebrew (a name written in those scripts reads from the right, and aligns right), else
     * {@link PdfWriter#RUN_DIRECTION_LTR}. Both apply the Unicode bidirectional algorithm and Arabic
     * shaping, so an Arabic name inside an English or Chinese sentence is drawn right too.
     */
    public int runDirection() {
        if (!Bidi.requiresBidi(text.toString().toCharArray(), 0, text.length())) {
            return PdfWriter.RUN_DIRECTION_LTR;
        }
        Bidi bidi = new Bidi(text.toString(), Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        return bidi.baseIsLeftToRight() ? PdfWriter.RUN_DIRECTION_LTR : PdfWriter.RUN_DIRECTION_RTL;
    }

    /** A table cell holding the phrase, with {@link #runDirection()}; style it as the table wants. */
    public PdfPCell cell() {
        PdfPCell cell = new PdfPCell(phrase());
        cell.setRunDirection(runDirection());
        return cell;
    }

    /** Adds the phrase to {@code column} and sets the column's run direction to {@link #runDirection()}. */
    public ColumnText addTo(ColumnText column) {
        column.setRunDirection(runDirection());
        column.addText(phrase());
        return column;
    }

    /** Code points that no bundled font has, drawn as {@value PdfFonts#MISSING_GLYPH}; unmodifiable. */
    public SortedSet<Integer> missing() {
        return Collections.unmodifiableSortedSet(missing);
    }
}
