package org.conferencedesk.reports;

import com.lowagie.text.DocumentException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventService;
import org.conferencedesk.shared.i18n.Messages;

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

    /**
     * The bundled fonts are parsed once and shared by all reports. OpenPDF keeps each document's
     * glyphs in its writer, but it does not promise that a font may be used by two writers at once,
     * so reports are laid out one at a time (a user makes one now and then; this costs nothing).
     */
    private static final Object FONT_LOCK = new Object();

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
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException("Cannot write the report to " + target + ": the folder " + folder
                    + " does not exist. Choose an existing folder.", new java.io.FileNotFoundException(folder.toString()));
        }
        // Not Files.createTempFile: its owner-only permissions would stay on the finished report.
        Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                writePdf(eventId, locale, stream);
            }
            moveIntoPlace(temporary, target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report to " + target + ": " + reason(e)
                    + ". Check the disk has room and the file is not open in another program.", e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Nothing the user can do about a leftover hidden .part file; the report itself is fine.
            }
        }
    }

    /**
     * Writes the event's summary report as a PDF to {@code out}, stamped with the current time of
     * this service's clock. The stream is flushed, not closed.
     *
     * @throws ReportException if there is no event with this id
     * @throws java.io.UncheckedIOException if the stream cannot be written
     */
    public void writePdf(long eventId, Locale locale, OutputStream out) {
        Event event = events.find(eventId).orElseThrow(() -> new ReportException("error.noEvent", String.valueOf(eventId)));
        ZonedDateTime generatedAt = clock.instant().atZone(event.timeZone());
        List<ReportSection.Part> parts = new ArrayList<>();
        for (ReportSection section : sections) {
            parts.add(section.read(eventId, locale));
        }
        ReportContent content = new ReportContent(event, generatedAt, parts);
        try {
            synchronized (FONT_LOCK) {
                new ReportWriter(content, Messages.of("report", locale)).write(out);
            }
            out.flush();
        } catch (DocumentException e) {
            throw new ReportException(e, "error.layout", event.name(), String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report: " + reason(e), e);
        } catch (com.lowagie.text.ExceptionConverter e) {
            // OpenPDF wraps I/O failures of the stream in this unchecked exception.
            if (e.getException() instanceof IOException io) {
                throw new UncheckedIOException("Cannot write the report: " + reason(io), io);
            }
            throw e;
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
