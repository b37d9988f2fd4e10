package org.conferencedesk.shared.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.Collections;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The text of one PDF document: phrases, paragraphs and cells set in the bundled fonts
 * ({@link PdfFonts}), remembering every character no font has, so the document can say so in its notes
 * ({@link #missingCodes()}). One per document; not thread-safe.
 */
public final class PdfText {

    private final SortedSet<Integer> missing = new TreeSet<>();

    /** A run of {@code text} (null: empty) in this size (points) and colour. */
    public TextRun run(String text, float size, Color color) {
        TextRun run = PdfFonts.run(size, color).add(text);
        missing.addAll(run.missing());
        return run;
    }

    /** The phrase of {@link #run}. */
    public Phrase phrase(String text, float size, Color color) {
        return run(text, size, color).phrase();
    }

    /**
     * A paragraph for the document's flow. OpenPDF orders no right-to-left text in a paragraph: use it
     * for the document's own sentences and {@link #block} for text holding names.
     */
    public Paragraph paragraph(String text, float size, Color color) {
        Paragraph paragraph = new Paragraph(phrase(text, size, color));
        // OpenPDF draws the paragraph's spacing as a blank chunk in the paragraph's own font;
        // without this it would be a non-embedded Helvetica.
        paragraph.setFont(PdfFonts.font(size, color));
        return paragraph;
    }

    /**
     * A paragraph-like block for the document's flow that orders right-to-left runs (an Arabic or Hebrew
     * name) and aligns a text that starts with one to the right: one borderless full-width cell.
     *
     * @param spacingAfter space below it in points
     */
    public PdfPTable block(String text, float size, Color color, float spacingAfter) {
        PdfPCell cell = cell(text, size, color);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0f);
        cell.setPaddingBottom(size * 0.3f);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingAfter(spacingAfter);
        table.addCell(cell);
        return table;
    }

    /** A table cell of {@code text} (null: empty) in its own run direction ({@link TextRun#cell()}), unstyled. */
    public PdfPCell cell(String text, float size, Color color) {
        return run(text == null ? "" : text, size, color).cell();
    }

    /** A cell like {@link #cell(String, float, Color)} with this horizontal alignment ({@link Element#ALIGN_RIGHT} …). */
    public PdfPCell cell(String text, float size, Color color, int alignment) {
        PdfPCell cell = cell(text, size, color);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    /** The code points met so far that no bundled font has (drawn as {@value PdfFonts#MISSING_GLYPH}); a live view. */
    public SortedSet<Integer> missing() {
        return Collections.unmodifiableSortedSet(missing);
    }

    /** "U+2A6D6, U+30000": the missing code points for a note, or "" when none. */
    public String missingCodes() {
        return missing.stream().map(c -> String.format(Locale.ROOT, "U+%04X", c)).collect(Collectors.joining(", "));
    }
}
