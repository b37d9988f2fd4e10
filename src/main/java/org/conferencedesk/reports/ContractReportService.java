package org.conferencedesk.reports;

import java.nio.file.Path;
import java.util.Locale;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.events.EventService;

/** Writes the PDF summary report of an event's signing ceremony. (Stub: being built.) */
public final class ContractReportService {

    private final EventService events;
    private final ContractService contracts;

    /** Creates the service over the events and the ledger it reports on. */
    public ContractReportService(EventService events, ContractService contracts) {
        this.events = events;
        this.contracts = contracts;
    }

    /**
     * Writes the event's summary report to {@code out} in the language of {@code locale}
     * (Simplified Chinese for any Chinese locale, else English).
     *
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public void writePdf(long eventId, Locale locale, Path out) {
        throw new UnsupportedOperationException("not built yet: " + events + contracts + eventId + locale + out);
    }
}
