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
import org.conferencedesk.shared.ProgressMonitor;
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
     * (Simplified Chinese for any Chinese locale, else English), without appendices. See
     * {@link #writePdf(long, ReportOptions, Path, ProgressMonitor)}.
     */
    public void writePdf(long eventId, Locale locale, Path out) {
        writePdf(eventId, ReportOptions.of(locale), out, ProgressMonitor.NONE);
    }

    /**
     * Writes the event's summary report to the file {@code out}. The report is written to a temporary
     * file beside {@code out} and moved into place when complete, so a failure or a cancel never leaves a
     * half-written PDF and an existing file is replaced only by a whole report.
     *
     * @param eventId the event's database id
     * @param options the report's language and whether it has the appendices
     * @param out the PDF file to create or replace; its folder must exist
     * @param monitor receives the progress (blocks and appendix rows laid out) and is asked between them
     *        whether the user cancelled
     * @throws ReportException if there is no event with this id
     * @throws org.conferencedesk.shared.OperationCancelledException if the monitor was cancelled (nothing written)
     * @throws java.io.UncheckedIOException if the file cannot be written (message names the file)
     */
    public void writePdf(long eventId, ReportOptions options, Path out, ProgressMonitor monitor) {
        write(eventId, options, monitor, layout -> PdfFile.write(out, layout));
    }

    /**
     * Writes the event's summary report as a PDF to {@code out}, stamped with the current time of
     * this service's clock, without appendices. The stream is flushed, not closed.
     *
     * @throws ReportException if there is no event with this id
     * @throws java.io.UncheckedIOException if the stream cannot be written
     */
    public void writePdf(long eventId, Locale locale, OutputStream out) {
        writePdf(eventId, ReportOptions.of(locale), out, ProgressMonitor.NONE);
    }

    /**
     * Writes the event's summary report as a PDF to {@code out} with {@code options}; the stream is
     * flushed, not closed. Errors and the monitor as for a file.
     */
    public void writePdf(long eventId, ReportOptions options, OutputStream out, ProgressMonitor monitor) {
        write(eventId, options, monitor, layout -> PdfFile.write(out, layout));
    }

    /** Where a laid-out report goes: a stream or a file ({@link PdfFile}). */
    @FunctionalInterface
    private interface Destination {
        void write(PdfFile.Layout layout) throws DocumentException;
    }

    private void write(long eventId, ReportOptions options, ProgressMonitor monitor, Destination destination) {
        Locale locale = options.locale();
        Event event = events.find(eventId).orElseThrow(() -> new ReportException("error.noEvent", String.valueOf(eventId)));
        ZonedDateTime generatedAt = clock.instant().atZone(event.timeZone());
        Messages messages = Messages.of("report", locale);
        List<ReportSection.Part> parts = new ArrayList<>();
        List<ReportAppendix> appendices = new ArrayList<>();
        ReportReading reading = new ReportReading(); // figures two sections show are read once
        for (ReportSection section : sections) {
            monitor.throwIfCancelled();
            monitor.progress(-1, -1, messages.get("report.progress.reading"));
            parts.add(section.read(eventId, locale, reading));
            if (options.appendices()) {
                appendices.addAll(section.appendices(event, locale));
            }
        }
        ReportContent content = new ReportContent(event, generatedAt, parts, appendices);
        try {
            destination.write(new ReportWriter(content, messages, monitor)::write);
        } catch (DocumentException e) {
            throw new ReportException(e, "error.layout", event.name(), String.valueOf(e.getMessage()));
        }
    }
}
