package org.conferencedesk.reports;

import com.lowagie.text.DocumentException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventService;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.guests.GuestTotals;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.pdf.PdfFile;

/**
 * Writes the PDF summary report of an event's signing ceremony, the document a press release is
 * written from (issue 3, "PDF summary report"): one A4 PDF with the event's name, dates and venue;
 * the headline figures ("30 projects signed, total RMB 53.63 billion" /
 * "签约项目30个，总金额536.3 亿元"), planned contracts and contracts in other currencies (never added
 * to the RMB total); the contracts in signing order with amount and running total in yuan; totals
 * and shares by sector and by district; the time it was generated in the event's time zone; page
 * numbers. Chinese or English. The figures are those of {@link ContractService#totals} and
 * {@link ContractService#listWithRunningTotals}, the same as on screen and on the command line.
 *
 * <p>Fonts are bundled and embedded (see {@code docs/decisions/0003-pdf-fonts.md}), so the PDF
 * prints right on a laptop without Chinese fonts. Withdrawn contracts are listed in grey and
 * counted in no total; the report says so in its notes.
 *
 * <p>Thread-safe; knows nothing of JavaFX. Call it off the FX application thread: the first report
 * of a session reads the 10.5 MB main font.
 */
public final class ContractReportService {

    private final EventService events;
    private final ContractService contracts;
    private final Clock clock;
    private final GuestService guests;

    /** Creates the service over the events and the ledger it reports on, stamping reports with the system clock. */
    public ContractReportService(EventService events, ContractService contracts) {
        this(events, contracts, Clock.systemUTC());
    }

    /**
     * Creates the service with the clock that gives the "generated at" time (its zone is ignored:
     * the time is shown in the event's time zone).
     */
    public ContractReportService(EventService events, ContractService contracts, Clock clock) {
        this(events, contracts, null, clock);
    }

    /**
     * Creates the service that also reports the event's guest figures (a line under the headline:
     * how many guests, by category and attendance, checked in), as the press release does
     * ("more than 320 important guests … including 24 academicians").
     *
     * @param guests the guest list, or null to leave guests out
     */
    public ContractReportService(EventService events, ContractService contracts, GuestService guests, Clock clock) {
        this.events = Objects.requireNonNull(events, "events");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.guests = guests;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes the event's summary report to the file {@code out} in the language of {@code locale}
     * (Simplified Chinese for any Chinese locale, else English). The report is written to a
     * temporary file beside {@code out} and moved into place when complete, so a failure never
     * leaves a half-written PDF and an existing file is replaced only by a whole report.
     *
     * @param eventId the event's database id
     * @param locale the report's language
     * @param out the PDF file to create or replace; its folder must exist
     * @throws ReportException if there is no event with this id
     * @throws java.io.UncheckedIOException if the file cannot be written (message names the file)
     */
    public void writePdf(long eventId, Locale locale, Path out) {
        write(eventId, locale, layout -> PdfFile.write(out, layout));
    }

    /**
     * Writes the event's summary report as a PDF to {@code out}, stamped with the current time of
     * this service's clock. The stream is flushed, not closed.
     *
     * @throws ReportException if there is no event with this id
     * @throws java.io.UncheckedIOException if the stream cannot be written
     */
    public void writePdf(long eventId, Locale locale, OutputStream out) {
        write(eventId, locale, layout -> PdfFile.write(out, layout));
    }

    /** Where a laid-out report goes: a stream or a file ({@link PdfFile}). */
    @FunctionalInterface
    private interface Destination {
        void write(PdfFile.Layout layout) throws DocumentException;
    }

    private void write(long eventId, Locale locale, Destination destination) {
        Event event = events.find(eventId).orElseThrow(() -> new ReportException("error.noEvent", String.valueOf(eventId)));
        ZonedDateTime generatedAt = clock.instant().atZone(event.timeZone());
        ReportContent content = new ReportContent(event, contracts.totals(eventId),
                contracts.listWithRunningTotals(eventId), generatedAt,
                guests == null ? GuestTotals.NONE : guests.totals(eventId));
        try {
            destination.write(new ContractReportWriter(content, Messages.of("report", locale))::write);
        } catch (DocumentException e) {
            throw new ReportException(e, "error.layout", event.name(), String.valueOf(e.getMessage()));
        }
    }
}
