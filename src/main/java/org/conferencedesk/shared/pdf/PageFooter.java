package org.conferencedesk.shared.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * Draws the footer of every page: a label on the left (the event) and "Page 1 of 3" /
 * "第 1 页，共 3 页" on the right. The total is not known until the document closes, so the part of
 * the sentence from the total on is drawn into a {@link PdfTemplate} that is filled at close.
 * The page sentence starts at a fixed place near the right margin.
 */
public final class PageFooter extends PdfPageEventHelper {

    /** Stands for the total in the footer sentence, to split it around the total. */
    private static final String TOTAL_MARK = "\uE000";
    private static final float SIZE = 8f;
    /** Room for the page sentence, which starts at this distance from the right margin. */
    private static final float PAGE_NUMBER_WIDTH = 80f;
    private static final float TEMPLATE_WIDTH = 50f;
    /** Room below the baseline inside the template. */
    private static final float DESCENT = 3f;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    private final String leftLabel;
    private final PageSentence sentence;
    private final PdfText text;
    private PdfTemplate total;

    /**
     * The footer sentence: given a page number and a stand-in for the total, returns the text.
     */
    @FunctionalInterface
    public interface PageSentence {
        /** The footer text for page {@code page} of {@code total} (a number or a stand-in). */
        String format(int page, String total);
    }

    /**
     * @param leftLabel text at the bottom left of every page
     * @param sentence the localised "Page {0} of {1}" sentence
     * @param text the document's text, which remembers the characters no bundled font has
     */
    public PageFooter(String leftLabel, PageSentence sentence, PdfText text) {
        this.leftLabel = leftLabel;
        this.sentence = sentence;
        this.text = text;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(TEMPLATE_WIDTH, SIZE * 2);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottomMargin() / 2;
        TextRun label = text.run(leftLabel, SIZE, GREY);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, label.phrase(), document.left(), y, 0, label.runDirection(), 0);

        // Drawn directly rather than through ColumnText, which would trim the space before the
        // total. The sentence comes from the bundle, so the main font has all its characters.
        String page = sentence.format(writer.getPageNumber(), TOTAL_MARK);
        String before = page.substring(0, page.indexOf(TOTAL_MARK));
        BaseFont font = PdfFonts.main();
        float x = document.right() - PAGE_NUMBER_WIDTH;
        canvas.beginText();
        canvas.setColorFill(GREY);
        canvas.setFontAndSize(font, SIZE);
        canvas.setTextMatrix(x, y);
        canvas.showText(before);
        canvas.endText();
        canvas.addTemplate(total, x + font.getWidthPoint(before, SIZE), y - DESCENT);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int pages = writer.getPageNumber() - 1;
        String last = sentence.format(pages, TOTAL_MARK);
        String after = last.substring(last.indexOf(TOTAL_MARK) + TOTAL_MARK.length());
        total.beginText();
        total.setColorFill(GREY);
        total.setFontAndSize(PdfFonts.main(), SIZE);
        total.setTextMatrix(0, DESCENT);
        total.showText(pages + after);
        total.endText();
    }
}
