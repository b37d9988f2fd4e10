package org.conferencedesk.shared.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEvent;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.Locale;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Opens a PDF document the way every document of the application starts: a writer that leaves the
 * stream open (the caller or {@link PdfFile} closes it), the title, ConferenceDesk as author and
 * creator, the document's language (zh-CN or en, for screen readers and copy-paste), an optional page
 * event (a footer), and the time it was generated.
 */
public final class PdfDocuments {

    private PdfDocuments() {
    }

    /**
     * Opens {@code document} on {@code out}. Add other metadata (a subject) to the document before.
     *
     * @param pageEvent called on every page (a {@link PageFooter}), or null
     * @param generatedAt the creation and modification time written into the file, or null for now
     * @return the writer, the document open
     * @throws DocumentException if OpenPDF refuses the document
     */
    public static PdfWriter open(Document document, OutputStream out, String title, Locale locale, PdfPageEvent pageEvent,
                                 ZonedDateTime generatedAt) throws DocumentException {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        if (pageEvent != null) {
            writer.setPageEvent(pageEvent);
        }
        document.addTitle(title);
        document.addAuthor("ConferenceDesk");
        document.addCreator("ConferenceDesk");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(Messages.isChinese(locale) ? "zh-CN" : "en"));
        document.open();
        if (generatedAt != null) {
            // Document.addCreationDate(PdfDate) ignores its argument in OpenPDF 2.0.5 (it stamps "now"),
            // so the time goes into the info dictionary directly, after open.
            PdfDate generated = new PdfDate(GregorianCalendar.from(generatedAt));
            writer.getInfo().put(PdfName.CREATIONDATE, generated);
            writer.getInfo().put(PdfName.MODDATE, generated);
        }
        return writer;
    }
}
