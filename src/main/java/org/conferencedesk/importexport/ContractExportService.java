package org.conferencedesk.importexport;

import java.nio.file.Path;
import org.conferencedesk.contracts.ContractService;

/** Exports an event's contracts to CSV or XLSX. (Stub: being built.) */
public final class ContractExportService {

    private final ContractService contracts;

    /** Creates the service over the ledger it exports. */
    public ContractExportService(ContractService contracts) {
        this.contracts = contracts;
    }

    /**
     * Writes the event's contracts to {@code out}: CSV (UTF-8 with BOM) if its name ends in .csv,
     * XLSX if .xlsx.
     *
     * @return the number of contracts written
     * @throws IllegalArgumentException for any other file name ending
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public int export(long eventId, Path out) {
        throw new UnsupportedOperationException("not built yet: " + contracts + eventId + out);
    }
}
