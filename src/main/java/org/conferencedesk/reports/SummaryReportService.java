package org.conferencedesk.reports;

import com.lowagie.text.DocumentException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventService;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.pdf.PdfFile;

/**
 * Writes the PDF summary report of an event, the document a press release is written from: one A4
 * PDF with the event's name, dates and venue, then the sections the features registered, in order
 * (the signing ceremony's headline figures, contracts and totals by sector and district; the
 * guests' figures …), their notes, the time it was generated in the event's time zone, and page
 * numbers. Chinese or English. Each section reads its figures through its feature's service, the
 * same figures as on screen and on the command line. Knows no record type.
 *
 * <p>Fonts are bundled and embedded (see {@code docs/decisions/0003-pdf-fonts.md}), so the PDF
 * prints right on a laptop without Chinese fonts.
 *
 * <p>Thread-safe; knows nothing of JavaFX. Call it off the FX application thread: the first report
 * of a session reads the 10.5 MB main font.
 */
public final class SummaryReportService {

    private final EventService events;
    private final List<ReportSection> sections;
    private final Clock clock;

    /**
     * @param events the events reported on
     * @param sections the report's sections, in order (one per feature that reports)
     * @param clock gives the "generated at" time (its zone is ignored: the time is shown in the event's time zone)
     */
    public SummaryReportService(EventService events, List<ReportSection> sections, Clock clock) {
        this.events = Objects.requireNonNull(events, "events");
        this.sections = List.copyOf(sections);
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
        List<ReportSection.Part> parts = new ArrayList<>();
        for (ReportSection section : sections) {
            parts.add(section.read(eventId, locale));
        }
        ReportContent content = new ReportContent(event, generatedAt, parts);
        try {
            destination.write(new ReportWriter(content, Messages.of("report", locale))::write);
        } catch (DocumentException e) {
            throw new ReportException(e, "error.layout", event.name(), String.valueOf(e.getMessage()));
        }
    }
}
