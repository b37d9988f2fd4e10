package org.conferencedesk.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.i18n.ZoneNames;
import org.conferencedesk.shared.pdf.PageFooter;
import org.conferencedesk.shared.pdf.PdfChart;
import org.conferencedesk.shared.pdf.PdfDocuments;
import org.conferencedesk.shared.pdf.PdfListTable;
import org.conferencedesk.shared.pdf.PdfText;

/**
 * Lays out one summary report on A4 pages with OpenPDF: a cover (the event, its dates and venue, when the
 * report was generated), "概要 / Summary" with the sections' headline figures, the sections' bodies
 * (tables with their header repeated on every page; short titled tables and charts kept on one page;
 * charts drawn as vectors by {@link PdfChart}), their notes, and, if asked, the appendices (full lists,
 * each from a new page, laid out a few hundred rows at a time so a long list never sits in memory whole).
 * Every page but the cover has a footer with page numbers; every heading, titled table, chart and
 * appendix is a bookmark of the PDF's outline (headings and appendices at the top level, tables and charts
 * under the heading before them). Knows no record type: the sections give their words and figures as
 * {@link ReportBlock}s and {@link ReportAppendix}es. The report's own sentences come from the
 * {@code report} bundle. Reports its progress (one step per block and per row of an appendix) and stops
 * between blocks or rows when the monitor is cancelled. One instance per report.
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
    /** Rows of an appendix drawn between two progress steps (and checks for cancel). */
    private static final int ROWS_AT_A_TIME = 250;

    private final ReportContent content;
    private final Messages messages;
    private final Locale locale;
    private final ProgressMonitor monitor;
    private final PdfText text = new PdfText();
    private final Outline outline = new Outline();
    private PdfWriter writer;
    private long done;
    private long total;

    ReportWriter(ReportContent content, Messages messages, ProgressMonitor monitor) {
        this.content = content;
        this.messages = messages;
        this.locale = messages.locale();
        this.monitor = monitor;
    }

    /** Writes the whole report to {@code out}; does not close it. */
    void write(OutputStream out) throws DocumentException {
        Event event = content.event();
        Document document = new Document(PageSize.A4, 40, 40, 42, 48);
        document.addSubject(messages.get("report.subtitle"));
        PageFooter footer = new PageFooter(event.displayName(), (page, count) -> messages.get("report.footer.page", page, count), text);
        writer = PdfDocuments.open(document, out, event.name() + " – " + messages.get("report.subtitle"), locale,
                footer, content.generatedAt());
        writer.setPageEvent(outline);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        total = 1;
        for (ReportSection.Part part : content.parts()) {
            total += part.headline().size() + part.body().size();
        }
        for (ReportAppendix appendix : content.appendices()) {
            total += appendix.rowCount();
        }
        step(0, null);

        cover(document);
        document.newPage();
        boolean first = true;
        for (ReportSection.Part part : content.parts()) {
            for (ReportBlock block : part.headline()) {
                if (first) {
                    add(document, new ReportBlock.Heading(messages.get("report.summary")), false);
                }
                add(document, block, first);
                first = false;
                step(1, null);
            }
        }
        for (ReportSection.Part part : content.parts()) {
            for (ReportBlock block : part.body()) {
                add(document, block, false);
                step(1, block instanceof ReportBlock.Heading h ? h.text() : null);
            }
        }
        notes(document);
        appendices(document);
        step(1, null);
        document.close();
    }

    /** Counts {@code steps} more steps done and stops if the user cancelled. */
    private void step(long steps, String what) {
        monitor.throwIfCancelled();
        done += steps;
        monitor.progress(Math.min(done, total), total, what == null ? null : messages.get("report.progress", what));
    }

    private void cover(Document document) throws DocumentException {
        Event event = content.event();
        Paragraph space = paragraph(" ", 12f, TEXT);
        space.setSpacingBefore(170f);
        document.add(space);
        Paragraph title = paragraph(event.name(), 24f, TEXT);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(8f);
        document.add(title);
        Paragraph subtitle = paragraph(messages.get("report.subtitle"), 14f, MUTED);
        subtitle.setAlignment(Element.ALIGN_CENTER);
        subtitle.setSpacingAfter(40f);
        document.add(subtitle);
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
            Paragraph p = paragraph(fact, 11f, TEXT);
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingAfter(3f);
            document.add(p);
        }
        String when = content.generatedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
        Paragraph generated = paragraph(messages.get("report.generatedAt", when, ZoneNames.name(event.timeZone(), locale)), BODY, MUTED);
        generated.setAlignment(Element.ALIGN_CENTER);
        generated.setSpacingBefore(24f);
        document.add(generated);
    }

    /**
     * Adds one block.
     *
     * @param first the first block under the summary's heading
     */
    private void add(Document document, ReportBlock block, boolean first) throws DocumentException {
        if (block instanceof ReportBlock.Headline h) {
            Paragraph headline = paragraph(h.text(), 14f, TEXT);
            headline.setSpacingBefore(first ? 4f : 4f);
            headline.setSpacingAfter(2f);
            document.add(headline);
        } else if (block instanceof ReportBlock.Text t) {
            Paragraph text = paragraph(t.text(), BODY, t.muted() ? MUTED : TEXT);
            text.setSpacingBefore(first ? 4f : 0f);
            text.setSpacingAfter(2f);
            document.add(text);
        } else if (block instanceof ReportBlock.Heading h) {
            document.add(heading(h.text(), h.level()));
        } else if (block instanceof ReportBlock.Table t) {
            document.add(table(t));
        } else if (block instanceof ReportBlock.Chart c) {
            document.add(chart(c, document.right() - document.left()));
        }
    }

    /** A heading, its first chunk tagged so that the outline points at where it is drawn. */
    private Paragraph heading(String title, int level) {
        Paragraph section = paragraph(title, level == 1 ? 13f : 11f, TEXT);
        section.setSpacingBefore(level == 1 ? 14f : 10f);
        section.setSpacingAfter(5f);
        outline.tag(section, title, level);
        return section;
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
            table.addCell(titleCell(t.title(), widths.length));
            headerRows = 2;
            table.setKeepTogether(true);
        }
        for (ReportBlock.Column c : t.columns()) {
            table.addCell(headerCell(c.header(), c.figure()));
        }
        table.setHeaderRows(headerRows);
        for (ReportBlock.Row row : t.rows()) {
            addRow(table, t.columns(), row);
        }
        return table;
    }

    private PdfPCell titleCell(String title, int columns) {
        Phrase phrase = phrase(title, 11f, TEXT);
        outline.tag(phrase, title, 2);
        PdfPCell cell = new PdfPCell(phrase);
        cell.setColspan(columns);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPaddingLeft(0f);
        cell.setPaddingBottom(5f);
        return cell;
    }

    private void addRow(PdfPTable table, List<ReportBlock.Column> columns, ReportBlock.Row row) {
        if (row.cells().size() != columns.size()) {
            throw new IllegalArgumentException("A row has " + row.cells().size() + " cells for " + columns.size() + " columns");
        }
        Color color = row.style() == ReportBlock.RowStyle.GREYED ? GREYED : TEXT;
        for (int i = 0; i < columns.size(); i++) {
            ReportBlock.Cell c = row.cells().get(i);
            PdfPCell cell = cell(c, color, columns.get(i).figure() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            if (row.style() == ReportBlock.RowStyle.TOTAL) {
                cell.setBackgroundColor(TOTAL_FILL);
            }
            table.addCell(cell);
        }
    }

    /** A chart under its title, kept on one page; a chart with nothing to show says so in grey. */
    private PdfPTable chart(ReportBlock.Chart c, float width) {
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(10f);
        box.setKeepTogether(true);
        box.addCell(titleCell(c.title(), 1));
        PdfPCell body;
        if (c.points().isEmpty()) {
            body = new PdfPCell(phrase(messages.get("report.chart.empty"), BODY, MUTED));
        } else {
            List<PdfChart.Point> points = c.points().stream().map(p -> new PdfChart.Point(p.label(), p.value(), p.text())).toList();
            PdfChart.Shape shape = switch (c.kind()) {
                case BARS -> PdfChart.Shape.BARS;
                case COLUMNS -> PdfChart.Shape.COLUMNS;
                case LINE -> PdfChart.Shape.LINE;
            };
            Image image = new PdfChart(writer, text).draw(shape, points, c.unit(), width - 4f);
            body = new PdfPCell(image, false);
        }
        body.setBorder(PdfPCell.NO_BORDER);
        body.setPaddingLeft(0f);
        body.setPaddingBottom(4f);
        box.addCell(body);
        return box;
    }

    /** The appendices, each from a new page, drawn row by row ({@link PdfListTable}), progress every {@value #ROWS_AT_A_TIME} rows. */
    private void appendices(Document document) throws DocumentException {
        boolean first = true;
        for (ReportAppendix appendix : content.appendices()) {
            document.newPage();
            if (first) {
                Paragraph all = heading(messages.get("report.appendices"), 1);
                all.setSpacingBefore(0f);
                document.add(all);
                first = false;
            }
            Paragraph title = heading(appendix.title(), 2);
            title.setSpacingBefore(4f);
            document.add(title);
            Iterator<ReportBlock.Row> rows = appendix.rows().iterator();
            if (!rows.hasNext()) {
                document.add(paragraph(messages.get("report.appendix.empty"), BODY, MUTED));
                continue;
            }
            List<ReportBlock.Column> columns = appendix.columns();
            float[] widths = new float[columns.size()];
            boolean[] right = new boolean[columns.size()];
            List<String> header = new ArrayList<>();
            for (int i = 0; i < widths.length; i++) {
                widths[i] = columns.get(i).width();
                right[i] = columns.get(i).figure();
                header.add(columns.get(i).header());
            }
            // Drawn row by row onto the pages, not through PdfPTable's layout (docs/BENCHMARKS.md).
            PdfListTable list = new PdfListTable(document, writer, text, widths, right, header, TABLE, HEADER_FILL, RULE);
            list.start();
            List<String> cells = new ArrayList<>(columns.size());
            int pending = 0;
            while (rows.hasNext()) {
                ReportBlock.Row row = rows.next();
                if (row.cells().size() != columns.size()) {
                    throw new IllegalArgumentException("A row has " + row.cells().size() + " cells for " + columns.size() + " columns");
                }
                cells.clear();
                for (ReportBlock.Cell c : row.cells()) {
                    cells.add(c.remark() == null ? c.text() : (c.text() == null ? "" : c.text()) + " " + c.remark());
                }
                list.row(cells, row.style() == ReportBlock.RowStyle.GREYED ? GREYED : TEXT,
                        row.style() == ReportBlock.RowStyle.TOTAL ? TOTAL_FILL : null);
                if (++pending == ROWS_AT_A_TIME) {
                    step(pending, appendix.title());
                    pending = 0;
                }
            }
            list.finish();
            step(pending, appendix.title());
        }
        if (!first && !text.missing().isEmpty()) {
            // The names in the lists may hold characters the body did not: the note lists them all.
            Paragraph note = note("• " + messages.get("report.note.missingGlyphs", text.missingCodes()));
            note.setSpacingBefore(8f);
            document.add(note);
        }
    }

    /**
     * The PDF's outline (bookmarks): a heading's or title's first chunk carries a generic tag, and when
     * OpenPDF draws it the bookmark is made pointing at that place of that page. Level 2 goes under the
     * last level 1 (at the top when there is none). A table header repeated on the next page draws its
     * title again: only the first drawing counts.
     */
    private final class Outline extends PdfPageEventHelper {

        private final Map<String, String[]> pending = new HashMap<>();
        private int next;
        private PdfOutline section;

        /** Tags the first chunk of {@code element} (a paragraph or phrase) as the bookmark {@code title}. */
        void tag(Phrase element, String title, int level) {
            for (Object o : element.getChunks()) {
                if (o instanceof Chunk chunk && !chunk.getContent().isEmpty()) {
                    String tag = "bookmark-" + next++;
                    chunk.setGenericTag(tag);
                    pending.put(tag, new String[] {title, Integer.toString(level)});
                    return;
                }
            }
        }

        @Override
        public void onGenericTag(PdfWriter w, Document document, Rectangle where, String tag) {
            String[] bookmark = pending.remove(tag);
            if (bookmark == null) {
                return; // drawn before (a repeated header) or not ours
            }
            boolean top = "1".equals(bookmark[1]) || section == null;
            PdfOutline parent = top ? w.getRootOutline() : section;
            PdfDestination destination = new PdfDestination(PdfDestination.XYZ, document.left(), where.getTop() + 14f, 0);
            PdfOutline item = new PdfOutline(parent, destination, bookmark[0], false);
            w.getDirectContent().addOutline(item, tag);
            if ("1".equals(bookmark[1])) {
                section = item;
            }
        }
    }

    private void notes(Document document) throws DocumentException {
        List<String> notes = new ArrayList<>();
        for (ReportSection.Part part : content.parts()) {
            notes.addAll(part.notes());
        }
        if (notes.isEmpty() && text.missing().isEmpty()) {
            return;
        }
        document.add(heading(messages.get("report.note.title"), 1));
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
