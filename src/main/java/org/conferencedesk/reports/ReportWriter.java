package org.conferencedesk.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.i18n.ZoneNames;
import org.conferencedesk.shared.pdf.PageFooter;
import org.conferencedesk.shared.pdf.PdfDocuments;
import org.conferencedesk.shared.pdf.PdfText;

/**
 * Lays out one summary report on A4 pages with OpenPDF: the event's heading, then the sections'
 * headline figures, their bodies (tables with their header repeated on every page; short titled
 * tables kept on one page), their notes, and a footer with page numbers. Knows no record type: the
 * sections give their words and figures as {@link ReportBlock}s. The report's own sentences come
 * from the {@code report} bundle. One instance per report.
 */
final class ReportWriter {

    private static final float BODY = 9.5f;
    /** Table text size: 7 pt fits 12 to 13 Chinese characters per line in the name columns. */
    private static final float TABLE = 7f;
    private static final Color TEXT = Color.BLACK;
    private static final Color MUTED = new Color(0x66, 0x66, 0x66);
    private static final Color GREYED = new Color(0x99, 0x99, 0x99);
    private static final Color HEADER_FILL = new Color(0xE4, 0xEA, 0xF2);
    private static final Color TOTAL_FILL = new Color(0xF2, 0xF2, 0xF2);
    private static final Color RULE = new Color(0xB0, 0xB8, 0xC4);

    private final ReportContent content;
    private final Messages messages;
    private final Locale locale;
    private final PdfText text = new PdfText();

    ReportWriter(ReportContent content, Messages messages) {
        this.content = content;
        this.messages = messages;
        this.locale = messages.locale();
    }

    /** Writes the whole report to {@code out}; does not close it. */
    void write(OutputStream out) throws DocumentException {
        Event event = content.event();
        Document document = new Document(PageSize.A4, 40, 40, 42, 48);
        document.addSubject(messages.get("report.subtitle"));
        PdfDocuments.open(document, out, event.name() + " – " + messages.get("report.subtitle"), locale,
                new PageFooter(event.displayName(), (page, total) -> messages.get("report.footer.page", page, total), text),
                content.generatedAt());

        heading(document);
        boolean first = true;
        for (ReportSection.Part part : content.parts()) {
            for (ReportBlock block : part.headline()) {
                add(document, block, first);
                first = false;
            }
        }
        for (ReportSection.Part part : content.parts()) {
            for (ReportBlock block : part.body()) {
                add(document, block, false);
            }
        }
        notes(document);
        document.close();
    }

    private void heading(Document document) throws DocumentException {
        Event event = content.event();
        Paragraph title = paragraph(event.name(), 18f, TEXT);
        title.setSpacingAfter(2f);
        document.add(title);
        document.add(paragraph(messages.get("report.subtitle"), 11f, MUTED));
        List<String> facts = new ArrayList<>();
        String dates = dates(event.startDate(), event.endDate());
        if (dates != null) {
            facts.add(messages.get("report.dates", dates));
        }
        String place = join(event.venue(), event.city());
        if (place != null) {
            facts.add(messages.get("report.place", place));
        }
        for (String fact : facts) {
            document.add(paragraph(fact, BODY, TEXT));
        }
        String when = content.generatedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
        document.add(paragraph(messages.get("report.generatedAt", when, ZoneNames.name(event.timeZone(), locale)), BODY, MUTED));
    }

    /**
     * Adds one block.
     *
     * @param first the first block under the heading (the headline keeps its space above)
     */
    private void add(Document document, ReportBlock block, boolean first) throws DocumentException {
        if (block instanceof ReportBlock.Headline h) {
            Paragraph headline = paragraph(h.text(), 14f, TEXT);
            headline.setSpacingBefore(first ? 10f : 4f);
            headline.setSpacingAfter(2f);
            document.add(headline);
        } else if (block instanceof ReportBlock.Text t) {
            Paragraph text = paragraph(t.text(), BODY, t.muted() ? MUTED : TEXT);
            text.setSpacingBefore(first ? 10f : 0f);
            document.add(text);
        } else if (block instanceof ReportBlock.Heading h) {
            Paragraph section = paragraph(h.text(), 12f, TEXT);
            section.setSpacingBefore(12f);
            section.setSpacingAfter(5f);
            document.add(section);
        } else if (block instanceof ReportBlock.Table t) {
            document.add(table(t));
        }
    }

    private PdfPTable table(ReportBlock.Table t) {
        float[] widths = new float[t.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = t.columns().get(i).width();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(t.widthPercent());
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        int headerRows = 1;
        if (t.title() != null) {
            // The title is the table's first row, so that title and table move to the next page
            // together (keepTogether) instead of leaving the title alone at a page's foot.
            table.setSpacingBefore(12f);
            PdfPCell title = new PdfPCell(phrase(t.title(), 12f, TEXT));
            title.setColspan(widths.length);
            title.setBorder(PdfPCell.NO_BORDER);
            title.setPaddingLeft(0f);
            title.setPaddingBottom(5f);
            table.addCell(title);
            headerRows = 2;
            table.setKeepTogether(true);
        }
        for (ReportBlock.Column c : t.columns()) {
            table.addCell(headerCell(c.header(), c.figure()));
        }
        table.setHeaderRows(headerRows);
        for (ReportBlock.Row row : t.rows()) {
            Color color = row.style() == ReportBlock.RowStyle.GREYED ? GREYED : TEXT;
            for (int i = 0; i < widths.length; i++) {
                ReportBlock.Cell c = row.cells().get(i);
                PdfPCell cell = cell(c, color, t.columns().get(i).figure() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                if (row.style() == ReportBlock.RowStyle.TOTAL) {
                    cell.setBackgroundColor(TOTAL_FILL);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    private void notes(Document document) throws DocumentException {
        List<String> notes = new ArrayList<>();
        for (ReportSection.Part part : content.parts()) {
            notes.addAll(part.notes());
        }
        if (notes.isEmpty() && text.missing().isEmpty()) {
            return;
        }
        Paragraph title = paragraph(messages.get("report.note.title"), 12f, TEXT);
        title.setSpacingBefore(12f);
        title.setSpacingAfter(5f);
        document.add(title);
        for (String note : notes) {
            document.add(note("• " + note));
        }
        // Last, so that it lists every character met in the body (the footer of the last page is
        // drawn after this, but it holds only the event name and page numbers, already seen).
        if (!text.missing().isEmpty()) {
            document.add(note("• " + messages.get("report.note.missingGlyphs", text.missingCodes())));
        }
    }

    private Paragraph note(String text) {
        Paragraph note = paragraph(text, 8f, MUTED);
        note.setIndentationLeft(8f);
        note.setFirstLineIndent(-8f);
        note.setSpacingAfter(1.5f);
        return note;
    }

    private Paragraph paragraph(String sentence, float size, Color color) {
        return text.paragraph(sentence, size, color);
    }

    private Phrase phrase(String sentence, float size, Color color) {
        return text.phrase(sentence, size, color);
    }

    private PdfPCell headerCell(String text, boolean figure) {
        PdfPCell cell = new PdfPCell(phrase(text, TABLE, TEXT));
        cell.setBackgroundColor(HEADER_FILL);
        cell.setHorizontalAlignment(figure ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        style(cell);
        return cell;
    }

    private PdfPCell cell(ReportBlock.Cell c, Color color, int alignment) {
        PdfPCell cell;
        if (c.remark() == null) {
            // Names in Arabic or Hebrew read from the right: the cell takes the run's direction.
            cell = text.cell(c.text(), TABLE, color);
        } else {
            Phrase phrase = phrase(c.text(), TABLE, color);
            phrase.add(phrase(" " + c.remark(), TABLE - 1, color == TEXT ? MUTED : color));
            cell = new PdfPCell(phrase);
        }
        cell.setHorizontalAlignment(alignment);
        style(cell);
        return cell;
    }

    private static void style(PdfPCell cell) {
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4f);
        cell.setPaddingLeft(3f);
        cell.setPaddingRight(3f);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
    }

    private String dates(LocalDate start, LocalDate end) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.get("report.date.pattern"), locale);
        if (start == null && end == null) {
            return null;
        }
        if (start == null || end == null || start.equals(end)) {
            return (start != null ? start : end).format(format);
        }
        return messages.get("report.dates.range", start.format(format), end.format(format));
    }

    private String join(String first, String second) {
        boolean hasFirst = first != null && !first.isBlank();
        boolean hasSecond = second != null && !second.isBlank();
        if (hasFirst && hasSecond) {
            return messages.get("report.place.join", first.strip(), second.strip());
        }
        return hasFirst ? first.strip() : hasSecond ? second.strip() : null;
    }
}
