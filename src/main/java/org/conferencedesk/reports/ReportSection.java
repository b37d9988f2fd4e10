package org.conferencedesk.reports;

import java.util.List;
import java.util.Locale;
import org.conferencedesk.events.Event;

/**
 * A feature's part of the summary report (the signing ceremony's figures and contracts, the
 * guests' figures …). The report is assembled from the sections registered with
 * {@link SummaryReportService}, in order: a cover, every section's headline blocks under "概要 /
 * Summary", then every section's body, then every section's notes, then (if asked) every section's
 * appendices. A section reads its figures
 * through its own service, so the report shows the same figures as the window and the command line.
 */
public interface ReportSection {

    /**
     * Reads the section of event {@code eventId} in {@code locale}. Called once per report, off the
     * JavaFX thread.
     *
     * @return what the section shows; {@link Part#EMPTY} to show nothing (e.g. an event with no guests)
     */
    Part read(long eventId, Locale locale);

    /**
     * Reads the section as {@link #read(long, Locale)}, taking the figures other sections of the same report
     * also show from {@code reading} (read once per report). The report calls this one; by default it reads
     * everything itself.
     */
    default Part read(long eventId, Locale locale, ReportReading reading) {
        return read(eventId, locale);
    }

    /**
     * The section's full lists for the report's appendices, read only when the user asks for them
     * ({@link ReportOptions#appendices()}). Called once per report, off the JavaFX thread, after
     * {@link #read}.
     *
     * @return the appendices, in order; none by default
     */
    default List<ReportAppendix> appendices(long eventId, Locale locale) {
        return List.of();
    }

    /**
     * The appendices of {@code event}, for a section whose lists show times (in the event's time zone,
     * {@link Event#timeZone()}). The report calls this one; by default {@link #appendices(long, Locale)}.
     */
    default List<ReportAppendix> appendices(Event event, Locale locale) {
        return appendices(event.id(), locale);
    }

    /**
     * What a section shows.
     *
     * @param headline blocks under the event's heading (headline figures)
     * @param body blocks of the report's body (tables, totals)
     * @param notes sentences for the report's notes at the end
     */
    record Part(List<ReportBlock> headline, List<ReportBlock> body, List<String> notes) {
        /** Nothing. */
        public static final Part EMPTY = new Part(List.of(), List.of(), List.of());

        /** Copies the lists. */
        public Part {
            headline = List.copyOf(headline);
            body = List.copyOf(body);
            notes = List.copyOf(notes);
        }
    }
}
