package org.conferencedesk.reports;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.conferencedesk.contracts.ContractTotals;
import org.conferencedesk.contracts.ContractWithRunningTotal;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.GuestTotals;

/**
 * Everything one report shows, read from the services in one go.
 *
 * @param event the event reported on
 * @param totals its totals (signed, planned, breakdowns of signed CNY contracts, other currencies)
 * @param rows its contracts in signing order with running totals
 * @param generatedAt when the report was generated, in the event's time zone
 * @param guests the event's guest figures ({@link GuestTotals#NONE} when not reported)
 */
record ReportContent(Event event, ContractTotals totals, List<ContractWithRunningTotal> rows,
                     ZonedDateTime generatedAt, GuestTotals guests) {

    ReportContent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(totals, "totals");
        rows = List.copyOf(rows);
        Objects.requireNonNull(generatedAt, "generatedAt");
        guests = guests == null ? GuestTotals.NONE : guests;
    }
}
