package org.conferencedesk.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.ContractTotals;
import org.conferencedesk.contracts.ContractWithRunningTotal;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.GuestTotals;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.money.MoneyFormat;
import org.conferencedesk.shared.pdf.PageFooter;
import org.conferencedesk.shared.pdf.PdfText;

/**
 * Lays out one report on A4 pages with OpenPDF: heading and headline figures, the contracts table
 * (header repeated on every page), totals by sector and by district, notes, and a footer with page
 * numbers. Every sentence comes from the {@code report} bundle. One instance per report.
 */
final class ContractReportWriter {

    private static final float BODY = 9.5f;
    /** Table text size: 7 pt fits 12 to 13 Chinese characters per line in the name columns. */
    private static final float TABLE = 7f;
    private static final Color TEXT = Color.BLACK;
    private static final Color MUTED = new Color(0x66, 0x66, 0x66);
    private static final Color WITHDRAWN = new Color(0x99, 0x99, 0x99);
    private static final Color HEADER_FILL = new Color(0xE4, 0xEA, 0xF2);
    private static final Color TOTAL_FILL = new Color(0xF2, 0xF2, 0xF2);
    private static final Color RULE = new Color(0xB0, 0xB8, 0xC4);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Widths in points (of the 515 pt between the margins) of No., project, investor, partner,
     * sector, district, amount, running total. At {@link #TABLE} size the three name columns hold
     * 11 to 12 Chinese characters a line, so most names take one or two lines; sector holds five
     * (新能源汽车), district four (雨花台区); the amount columns hold "USD 620,000,000.00",
     * "123,456,789,012.34" and their headers ("Running total (yuan)") on one line.
     */
    private static final float[] CONTRACT_WIDTHS = {20f, 95f, 89f, 89f, 42f, 36f, 71f, 73f};

    private final ReportContent content;
    private final Messages messages;
    private final Locale locale;
    private final PdfText text = new PdfText();

    ContractReportWriter(ReportContent content, Messages messages) {
        this.content = content;
        this.messages = messages;
        this.locale = messages.locale();
    }

    /** Writes the whole report to {@code out}; does not close it. */
    void write(OutputStream out) throws DocumentException {
        Event event = content.event();
        Document document = new Document(PageSize.A4, 40, 40, 42, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PageFooter(event.displayName(),
                (page, total) -> messages.get("report.footer.page", page, total), text));
        document.addTitle(event.name() + " – " + messages.get("report.subtitle"));
        document.addAuthor("ConferenceDesk");
        document.addCreator("ConferenceDesk");
        document.addSubject(messages.get("report.subtitle"));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(Messages.isChinese(locale) ? "zh-CN" : "en"));
        document.open();
        // Document.addCreationDate(PdfDate) ignores its argument in OpenPDF 2.0.5 (it stamps "now"),
        // so the generation time is put into the info dictionary directly, after open.
        PdfDate generated = new PdfDate(GregorianCalendar.from(content.generatedAt()));
        writer.getInfo().put(PdfName.CREATIONDATE, generated);
        writer.getInfo().put(PdfName.MODDATE, generated);

        heading(document);
        headline(document);
        guests(document);
        contracts(document);
        breakdown(document, "report.section.bySector", "report.column.sector", content.totals().bySector());
        breakdown(document, "report.section.byDistrict", "report.column.district", content.totals().byDistrict());
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
        document.add(paragraph(messages.get("report.generatedAt", when, event.timeZone().getId()), BODY, MUTED));
    }

    private void headline(Document document) throws DocumentException {
        ContractTotals totals = content.totals();
        Paragraph headline = paragraph(messages.get("report.headline", totals.signed().count(),
                MoneyFormat.inSentence(totals.signed().amount(), locale)), 14f, TEXT);
        headline.setSpacingBefore(10f);
        headline.setSpacingAfter(2f);
        document.add(headline);
        if (!totals.otherCurrencies().isEmpty()) {
            long count = content.rows().stream().map(ContractWithRunningTotal::contract)
                    .filter(c -> c.status() == ContractStatus.SIGNED && !c.isCny()).count();
            String amounts = null;
            for (Map.Entry<String, BigDecimal> e : totals.otherCurrencies().entrySet()) {
                String one = foreignHeadline(e.getValue(), e.getKey());
                amounts = amounts == null ? one : messages.get("report.list.join", amounts, one);
            }
            Paragraph other = paragraph(messages.get("report.otherCurrencies", count, amounts), BODY, TEXT);
            document.add(other);
        }
        // After the foreign-currency line, which speaks of the signed projects ("of these", 其中):
        // planned projects are not among them ("另有").
        if (totals.planned().count() > 0) {
            document.add(paragraph(messages.get("report.planned", totals.planned().count(),
                    MoneyFormat.inSentence(totals.planned().amount(), locale)), BODY, TEXT));
        }
    }

    /**
     * One sentence of guest figures under the headline, categories and attendance with no guest
     * left out: "326 guests: 24 academicians, 102 experts, 200 enterprise representatives; 200 on
     * site, 126 online; 127 checked in." Nothing when the event has no guests.
     */
    private void guests(Document document) throws DocumentException {
        GuestTotals guests = content.guests();
        if (guests.total() == 0) {
            return;
        }
        String separator = messages.get("report.guests.join");
        List<String> categories = new ArrayList<>();
        guests.byCategory().forEach((category, count) -> {
            if (count > 0) {
                categories.add(messages.get("report.guests.category." + category.name(), count));
            }
        });
        List<String> attendance = new ArrayList<>();
        guests.byAttendance().forEach((way, count) -> {
            if (count > 0) {
                attendance.add(messages.get("report.guests.attendance." + way.name(), count));
            }
        });
        Paragraph line = paragraph(messages.get("report.guests", guests.total(), String.join(separator, categories),
                String.join(separator, attendance), guests.checkedIn()), BODY, TEXT);
        line.setSpacingBefore(4f);
        document.add(line);
    }

    private void contracts(Document document) throws DocumentException {
        document.add(section("report.section.contracts"));
        List<ContractWithRunningTotal> rows = content.rows();
        if (rows.isEmpty()) {
            document.add(paragraph(messages.get("report.empty"), BODY, MUTED));
            return;
        }
        PdfPTable table = new PdfPTable(CONTRACT_WIDTHS);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : List.of("report.column.no", "report.column.project", "report.column.investor",
                "report.column.partner", "report.column.sector", "report.column.district",
                "report.column.amount", "report.column.runningTotal")) {
            boolean figure = key.endsWith("amount") || key.endsWith("runningTotal");
            table.addCell(headerCell(messages.get(key), figure));
        }
        for (ContractWithRunningTotal row : rows) {
            Contract c = row.contract();
            Color color = c.status() == ContractStatus.WITHDRAWN ? WITHDRAWN : TEXT;
            table.addCell(cell(c.signingOrder() == null ? "–" : c.signingOrder().toString(), color, Element.ALIGN_RIGHT));
            table.addCell(projectCell(c, color));
            table.addCell(cell(c.investor(), color, Element.ALIGN_LEFT));
            table.addCell(cell(c.partner(), color, Element.ALIGN_LEFT));
            table.addCell(cell(c.sector(), color, Element.ALIGN_LEFT));
            table.addCell(cell(c.district(), color, Element.ALIGN_LEFT));
            String amount = c.isCny() ? MoneyFormat.full(c.amount(), locale)
                    : c.currency() + " " + MoneyFormat.full(c.amount(), locale);
            table.addCell(cell(amount, color, Element.ALIGN_RIGHT));
            table.addCell(cell(MoneyFormat.full(row.runningTotal(), locale), color, Element.ALIGN_RIGHT));
        }
        document.add(table);
    }

    private void breakdown(Document document, String titleKey, String nameKey, Map<String, BigDecimal> amounts)
            throws DocumentException {
        if (amounts.isEmpty()) {
            return;
        }
        BigDecimal signed = content.totals().signed().amount();
        PdfPTable table = new PdfPTable(new float[] {40f, 30f, 14f});
        table.setWidthPercentage(64);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSpacingBefore(12f);
        // The section title is the table's first row, so that title and table move to the next
        // page together (keepTogether) instead of leaving the title alone at a page's foot.
        PdfPCell title = new PdfPCell(phrase(messages.get(titleKey), 12f, TEXT));
        title.setColspan(3);
        title.setBorder(PdfPCell.NO_BORDER);
        title.setPaddingLeft(0f);
        title.setPaddingBottom(5f);
        table.addCell(title);
        table.addCell(headerCell(messages.get(nameKey), false));
        table.addCell(headerCell(messages.get("report.column.amount"), true));
        table.addCell(headerCell(messages.get("report.column.share"), true));
        table.setHeaderRows(2);
        table.setKeepTogether(true);
        for (Map.Entry<String, BigDecimal> e : amounts.entrySet()) {
            String name = ContractTotals.UNSPECIFIED.equals(e.getKey()) ? messages.get("report.unspecified") : e.getKey();
            table.addCell(cell(name, TEXT, Element.ALIGN_LEFT));
            table.addCell(cell(MoneyFormat.full(e.getValue(), locale), TEXT, Element.ALIGN_RIGHT));
            table.addCell(cell(share(e.getValue(), signed), TEXT, Element.ALIGN_RIGHT));
        }
        PdfPCell total = cell(messages.get("report.total"), TEXT, Element.ALIGN_LEFT);
        total.setBackgroundColor(TOTAL_FILL);
        table.addCell(total);
        PdfPCell totalAmount = cell(MoneyFormat.full(signed, locale), TEXT, Element.ALIGN_RIGHT);
        totalAmount.setBackgroundColor(TOTAL_FILL);
        table.addCell(totalAmount);
        PdfPCell totalShare = cell(signed.signum() == 0 ? "–" : "100.0%", TEXT, Element.ALIGN_RIGHT);
        totalShare.setBackgroundColor(TOTAL_FILL);
        table.addCell(totalShare);
        document.add(table);
    }

    /**
     * The share of {@code part} in {@code whole} in percent, rounded half up to one decimal
     * ("12.3%"), or "–" when the whole is zero.
     */
    static String share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "–";
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private void notes(Document document) throws DocumentException {
        document.add(section("report.note.title"));
        List<String> notes = new ArrayList<>();
        notes.add(messages.get("report.note.amounts"));
        notes.add(messages.get("report.note.withdrawn"));
        if (content.rows().stream().anyMatch(r -> r.contract().status() == ContractStatus.PLANNED)) {
            notes.add(messages.get("report.note.planned"));
        }
        if (content.rows().stream().anyMatch(r -> !r.contract().isCny())) {
            notes.add(messages.get("report.note.otherCurrency"));
        }
        notes.add(messages.get("report.note.shares"));
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

    private Paragraph section(String key) {
        Paragraph section = paragraph(messages.get(key), 12f, TEXT);
        section.setSpacingBefore(12f);
        section.setSpacingAfter(5f);
        return section;
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

    private PdfPCell cell(String text, Color color, int alignment) {
        // Names in Arabic or Hebrew read from the right: the cell takes the run's direction.
        PdfPCell cell = this.text.cell(text, TABLE, color);
        cell.setHorizontalAlignment(alignment);
        style(cell);
        return cell;
    }

    private PdfPCell projectCell(Contract c, Color color) {
        Phrase phrase = phrase(c.projectName(), TABLE, color);
        if (c.status() != ContractStatus.SIGNED) {
            String key = c.status() == ContractStatus.PLANNED ? "report.status.planned" : "report.status.withdrawn";
            phrase.add(phrase(" " + messages.get(key), TABLE - 1, c.status() == ContractStatus.WITHDRAWN ? WITHDRAWN : MUTED));
        }
        PdfPCell cell = new PdfPCell(phrase);
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

    /** The figure inside the sentence: "5,000万美元" in Chinese (no space, as 536.3亿元), "USD 50 million". */
    private String foreignHeadline(BigDecimal value, String currency) {
        try {
            return MoneyFormat.inSentence(new Amount(value, currency), locale);
        } catch (IllegalArgumentException notIso) {
            // A currency code the JDK does not know still shows, exactly, with its code.
            return currency + " " + MoneyFormat.full(value, locale);
        }
    }
}
