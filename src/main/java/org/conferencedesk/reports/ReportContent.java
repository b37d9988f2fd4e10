package org.conferencedesk.reports;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.conferencedesk.events.Event;

/**
 * Everything one report shows, read in one go.
 *
 * @param event the event reported on
 * @param generatedAt when the report was generated, in the event's time zone
 * @param parts what each registered section shows, in order
 * @param appendices the sections' full lists, in order (empty unless the user asked for them)
 */
record ReportContent(Event event, ZonedDateTime generatedAt, List<ReportSection.Part> parts, List<ReportAppendix> appendices) {

    ReportContent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(generatedAt, "generatedAt");
        parts = List.copyOf(parts);
        appendices = List.copyOf(appendices);
    }
}
