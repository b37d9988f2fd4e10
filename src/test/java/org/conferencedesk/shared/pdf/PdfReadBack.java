package org.conferencedesk.shared.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF back as a reader would, with PDFBox: its text (right-to-left runs back in logical order,
 * Arabic presentation forms back to letters, as PDFBox normalises them), its text page by page, and
 * every font of every page and form. For the tests of every PDF the application writes.
 */
public final class PdfReadBack {

    private PdfReadBack() {
    }

    /** The whole text. */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return pairsRepaired(new PDFTextStripper().getText(document));
        }
    }

    /**
     * PDFBox 3.0 turns a right-to-left line back into logical order one UTF-16 unit at a time, so an emoji
     * between Arabic words comes out as its two surrogates swapped (low, high); the PDF itself is right
     * (pdftotext reads it whole). Swaps such pairs back.
     */
    static String pairsRepaired(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i + 1 < chars.length; i++) {
            if (Character.isLowSurrogate(chars[i]) && Character.isHighSurrogate(chars[i + 1])) {
                char low = chars[i];
                chars[i] = chars[i + 1];
                chars[i + 1] = low;
                i++;
            }
        }
        return new String(chars);
    }

    /** The text of each page, in page order. */
    public static List<String> pageTexts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return pageTexts(document);
        }
    }

    /** The text of each page of an open document, in page order. */
    public static List<String> pageTexts(PDDocument document) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            pages.add(pairsRepaired(stripper.getText(document)));
        }
        return pages;
    }

    /** The text with each line stripped of the spaces PDFBox leaves at its ends. */
    public static String stripped(String text) {
        return String.join("\n", text.lines().map(String::strip).toList());
    }

    /**
     * Every font of every page and of the forms they draw (a footer's template), as "NAME embedded=true|false",
     * NAME with its subset prefix ("ABCDEF+NotoSansSC-Regular").
     */
    public static List<String> fonts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            return fonts;
        }
    }

    private static void collectFonts(PDResources resources, List<String> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName() + " embedded=" + font.isEmbedded());
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
