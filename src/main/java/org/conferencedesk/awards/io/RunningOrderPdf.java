package org.conferencedesk.awards.io;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.conferencedesk.awards.AwardCategoryContent;
import org.conferencedesk.awards.Nominee;
import org.conferencedesk.awards.SignOff;
import org.conferencedesk.awards.io.RunningOrder.Presentation;
import org.conferencedesk.awards.io.RunningOrder.PrizeWinners;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.pdf.PageFooter;
import org.conferencedesk.shared.pdf.PdfDocuments;
import org.conferencedesk.shared.pdf.PdfText;

/**
 * Lays the ceremony's running order out for the presenter on A4 pages: the event and the title, then
 * each category in presentation order, kept on one page: its number and name, whether it is signed off
 * (by whom and when, with the result's SHA-256 hash) or may still change, its prizes with their winners
 * (names as written, with their organisation), and the presenter's lines in larger type. Page numbers in
 * the footer. One instance per document.
 */
final class RunningOrderPdf {

    private static final float BODY = 10f;
    private static final float LINES = 12f;
    private static final Color TEXT = Color.BLACK;
    private static final Color MUTED = new Color(0x66, 0x66, 0x66);
    private static final Color HEADING = new Color(0x1F, 0x3A, 0x5F);
    private static final Color WARNING = new Color(0xA6, 0x3A, 0x00);
    private static final Color SIGNED = new Color(0x2E, 0x6B, 0x30);
    private static final Color HEADER_FILL = new Color(0xE4, 0xEA, 0xF2);
    private static final Color LINES_FILL = new Color(0xF6, 0xF3, 0xEA);
    private static final Color RULE = new Color(0xB0, 0xB8, 0xC4);

    private final Event event;
    private final RunningOrder order;
    private final ZonedDateTime generatedAt;
    private final AwardWords words;
    private final PdfText text = new PdfText();

    RunningOrderPdf(Event event, RunningOrder order, ZonedDateTime generatedAt, AwardWords words) {
        this.event = event;
        this.order = order;
        this.generatedAt = generatedAt;
        this.words = words;
    }

    /** Writes the whole document to {@code out}; does not close it. */
    void write(OutputStream out) throws DocumentException {
        Document document = new Document(PageSize.A4, 48, 48, 44, 50);
        PdfDocuments.open(document, out, event.name() + " – " + words.get("order.title"), words.locale(),
                new PageFooter(event.displayName(), (page, total) -> words.get("footer.page", page, total), text), generatedAt);

        document.add(text.paragraph(event.name(), 16f, TEXT));
        document.add(text.paragraph(words.get("order.title"), 13f, HEADING));
        document.add(text.paragraph(words.get("order.subtitle"), 9f, MUTED));
        Paragraph when = text.paragraph(words.get("order.generatedAt", words.time(generatedAt, event.timeZone())), 9f, MUTED);
        when.setSpacingAfter(12f);
        document.add(when);

        if (order.presentations().isEmpty()) {
            document.add(text.paragraph(words.get("order.empty"), BODY, MUTED));
        }
        for (Presentation presentation : order.presentations()) {
            document.add(presentation(presentation));
        }
        if (!text.missing().isEmpty()) {
            Paragraph note = text.paragraph("• " + words.get("order.note.missingGlyphs", text.missingCodes()), 8f, MUTED);
            note.setSpacingBefore(8f);
            document.add(note);
        }
        document.close();
    }

    /** One category: a two-column table (prize, winner) that stays on one page. */
    private PdfPTable presentation(Presentation p) {
        PdfPTable table = new PdfPTable(new float[] {30f, 70f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(16f);
        table.setKeepTogether(true);

        PdfPCell title = text.cell(words.get("order.category", p.order(), words.category(p)), 14f, HEADING);
        title.setColspan(2);
        title.setBorder(PdfPCell.NO_BORDER);
        title.setPaddingLeft(0f);
        title.setPaddingBottom(1f);
        table.addCell(title);
        PdfPCell kind = text.cell(words.get("order.kind." + p.category().kind().name()), 8.5f, MUTED);
        kind.setColspan(2);
        kind.setBorder(PdfPCell.NO_BORDER);
        kind.setPaddingLeft(0f);
        kind.setPaddingBottom(3f);
        table.addCell(kind);
        for (PdfPCell status : status(p)) {
            table.addCell(status);
        }

        table.addCell(header(words.get("order.column.prize")));
        table.addCell(header(words.get("order.column.winners")));
        for (PrizeWinners prize : p.prizes()) {
            PdfPCell prizeCell = text.cell(prize.prize().name(words.locale()).strip(), BODY, TEXT);
            style(prizeCell);
            prizeCell.setRowspan(Math.max(1, prize.winners().size()));
            table.addCell(prizeCell);
            if (prize.winners().isEmpty()) {
                PdfPCell none = text.cell(words.get("order.noWinner"), BODY, MUTED);
                style(none);
                table.addCell(none);
            }
            for (Nominee winner : prize.winners()) {
                PdfPCell cell = text.cell(words.winner(winner), BODY, TEXT);
                style(cell);
                table.addCell(cell);
            }
        }

        PdfPCell heading = text.cell(words.get("order.lines"), 8.5f, MUTED);
        heading.setColspan(2);
        heading.setBackgroundColor(LINES_FILL);
        heading.setBorder(PdfPCell.NO_BORDER);
        heading.setPaddingTop(6f);
        heading.setPaddingLeft(8f);
        table.addCell(heading);
        List<String> lines = words.presenterLines(p);
        for (int i = 0; i < lines.size(); i++) {
            PdfPCell line = text.cell(lines.get(i), LINES, TEXT);
            line.setColspan(2);
            line.setBackgroundColor(LINES_FILL);
            line.setBorder(PdfPCell.NO_BORDER);
            line.setPaddingLeft(8f);
            line.setPaddingRight(8f);
            line.setPaddingBottom(i == lines.size() - 1 ? 8f : 3f);
            line.setLeading(0f, 1.3f);
            table.addCell(line);
        }
        return table;
    }

    /** Signed off (by whom, when, the hash), or open, or reopened: the presenter knows whether it may change. */
    private List<PdfPCell> status(Presentation p) {
        List<PdfPCell> cells = new ArrayList<>();
        if (p.state() == AwardCategoryContent.SignOffState.SIGNED_OFF && p.signOff() != null) {
            SignOff s = p.signOff();
            String when = words.time(s.signedAt().atZone(event.timeZone()), event.timeZone());
            cells.add(statusCell(words.get("order.signedOff", s.memberName(), when), SIGNED));
            cells.add(statusCell(words.get("order.hash", s.resultHash()), MUTED));
        } else {
            String key = p.state() == AwardCategoryContent.SignOffState.REOPENED ? "order.reopened" : "order.open";
            cells.add(statusCell(words.get(key), WARNING));
        }
        cells.get(cells.size() - 1).setPaddingBottom(6f);
        return cells;
    }

    private PdfPCell statusCell(String sentence, Color color) {
        PdfPCell cell = text.cell(sentence, 8.5f, color);
        cell.setColspan(2);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingLeft(0f);
        cell.setPaddingTop(0f);
        cell.setPaddingBottom(1f);
        return cell;
    }

    private PdfPCell header(String label) {
        PdfPCell cell = text.cell(label, 8.5f, TEXT);
        cell.setBackgroundColor(HEADER_FILL);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        style(cell);
        return cell;
    }

    private static void style(PdfPCell cell) {
        cell.setPaddingTop(3f);
        cell.setPaddingBottom(5f);
        cell.setPaddingLeft(5f);
        cell.setPaddingRight(5f);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
    }
}
