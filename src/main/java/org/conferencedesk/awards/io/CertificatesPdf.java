package org.conferencedesk.awards.io;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.conferencedesk.awards.io.RunningOrder.Award;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.pdf.PdfDocuments;
import org.conferencedesk.shared.pdf.PdfText;
import org.conferencedesk.shared.pdf.TextRun;

/**
 * Lays certificates out, one A4 landscape page per winner, from the certificate template of the
 * {@code awarddocs} bundle: the event, "Certificate of Award" / "荣誉证书", "presented to", the winner's
 * name as written (in its own direction, sized down to fit a long name), their organisation, the award
 * and prize won, the issuing committee and the date. A certificate of a category not signed off says it
 * is a draft; a signed-off one carries the start of the result's hash. One instance per document.
 */
final class CertificatesPdf {

    private static final Rectangle PAGE = PageSize.A4.rotate();
    private static final float SIDE = 96f;
    private static final float NAME_SIZE = 36f;
    private static final float NAME_MIN = 20f;
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x5A, 0x5A, 0x5A);
    private static final Color RED = new Color(0x9B, 0x1C, 0x1C);
    private static final Color GOLD = new Color(0xB8, 0x8A, 0x2E);

    private final Event event;
    private final List<Award> awards;
    private final LocalDate date;
    private final AwardWords words;
    private final PdfText text = new PdfText();

    /**
     * @param date the date printed on every certificate (the ceremony's)
     */
    CertificatesPdf(Event event, List<Award> awards, LocalDate date, AwardWords words) {
        this.event = event;
        this.awards = List.copyOf(awards);
        this.date = date;
        this.words = words;
    }

    /** Writes every certificate to {@code out}; does not close it. */
    void write(OutputStream out) throws DocumentException {
        Document document = new Document(PAGE, 0, 0, 0, 0);
        PdfWriter writer = PdfDocuments.open(document, out, event.name() + " – " + words.get("certificate.title"),
                words.locale(), null, null);
        boolean first = true;
        for (Award award : awards) {
            if (!first) {
                document.newPage();
            }
            first = false;
            certificate(writer.getDirectContent(), award);
        }
        document.close();
    }

    private void certificate(PdfContentByte canvas, Award award) throws DocumentException {
        frame(canvas);
        float width = PAGE.getWidth();
        centred(canvas, event.name(), 15f, MUTED, 505f);
        centred(canvas, words.get("certificate.title"), 40f, RED, 440f);
        centred(canvas, words.get("certificate.presentedTo"), 14f, INK, 392f);

        String name = award.winner().name() == null ? "" : award.winner().name().strip();
        float size = NAME_SIZE;
        float room = width - 2 * SIDE;
        float natural = text.run(name, NAME_SIZE, INK).width();
        if (natural > room) {
            size = Math.max(NAME_MIN, NAME_SIZE * room / natural);
        }
        float nameTop = centred(canvas, name, size, INK, 352f);
        String affiliation = award.winner().affiliation() == null ? "" : award.winner().affiliation().strip();
        if (!affiliation.isEmpty()) {
            centred(canvas, affiliation, 13f, MUTED, Math.min(nameTop - 6f, 292f));
        }

        centred(canvas, words.get("certificate.forWinning", event.name().strip()), 14f, INK, 240f);
        centred(canvas, words.award(award.presentation(), award.prize()), 24f, RED, 214f);
        String closing = words.get("certificate.closing");
        if (!closing.isBlank()) {
            centred(canvas, closing, 13f, INK, 172f);
        }

        String day = date.format(DateTimeFormatter.ofPattern(words.get("date.pattern"), words.locale()));
        aligned(canvas, words.get("certificate.issuer", event.name().strip()), 13f, INK, 128f, Element.ALIGN_RIGHT);
        aligned(canvas, day, 13f, INK, 108f, Element.ALIGN_RIGHT);

        if (award.presentation().signedOff() && award.presentation().signOff() != null) {
            String hash = award.presentation().signOff().resultHash();
            aligned(canvas, words.get("certificate.hash", hash.substring(0, 16)), 7f, MUTED, 58f, Element.ALIGN_LEFT);
        } else {
            centred(canvas, words.get("certificate.draft"), 11f, RED, 66f);
        }
    }

    /** A double frame: a red rule and a thin gold one inside it. */
    private static void frame(PdfContentByte canvas) {
        float w = PAGE.getWidth();
        float h = PAGE.getHeight();
        canvas.saveState();
        canvas.setColorStroke(RED);
        canvas.setLineWidth(3f);
        canvas.rectangle(24f, 24f, w - 48f, h - 48f);
        canvas.stroke();
        canvas.setColorStroke(GOLD);
        canvas.setLineWidth(0.8f);
        canvas.rectangle(33f, 33f, w - 66f, h - 66f);
        canvas.stroke();
        canvas.setLineWidth(0.6f);
        canvas.moveTo(w / 2 - 60f, 412f);
        canvas.lineTo(w / 2 + 60f, 412f);
        canvas.stroke();
        canvas.restoreState();
    }

    /**
     * Draws {@code line} centred between the side margins with its first baseline near {@code top}; a
     * text too long for one line wraps.
     *
     * @return the y of the bottom of what was drawn
     */
    private float centred(PdfContentByte canvas, String line, float size, Color color, float top) throws DocumentException {
        return aligned(canvas, line, size, color, top, Element.ALIGN_CENTER);
    }

    private float aligned(PdfContentByte canvas, String line, float size, Color color, float top, int alignment)
            throws DocumentException {
        TextRun run = text.run(line, size, color);
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(SIDE, top - 4 * size, PAGE.getWidth() - SIDE, top + size);
        column.setAlignment(alignment);
        column.setLeading(0f, 1.25f);
        run.addTo(column);
        column.go();
        return column.getYLine();
    }
}
