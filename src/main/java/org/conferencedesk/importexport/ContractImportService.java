package org.conferencedesk.importexport;

import java.nio.file.Path;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.shared.ProgressMonitor;

/**
 * Imports signing-ceremony contracts from CSV and XLSX files, all or nothing. (Stub: being built.)
 */
public final class ContractImportService {

    private final ContractService contracts;

    /** Creates the service over the ledger it imports into. */
    public ContractImportService(ContractService contracts) {
        this.contracts = contracts;
    }

    /**
     * Reads, checks and imports every row of {@code file} into the event in one transaction.
     *
     * @return the number of contracts imported
     * @throws ImportRejectedException listing every bad row (line, column, reason); nothing is imported
     * @throws org.conferencedesk.shared.OperationCancelledException if the monitor cancelled; nothing is imported
     */
    public int importContracts(long eventId, Path file, ImportOptions options, ProgressMonitor monitor) {
        throw new UnsupportedOperationException("not built yet: " + contracts + eventId + file + options + monitor);
    }
}
