package org.conferencedesk.contracts;

import java.math.BigDecimal;
import java.util.List;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.record.LiveRecords;
import org.conferencedesk.shared.record.Tally;

/**
 * The current event's contracts and totals, live ({@link LiveRecords} over
 * {@link ContractService#changes()}), without re-reading the database on an edit: the figures and
 * running totals are kept by a {@link ContractLedger}. Shared by the contracts screen and the status
 * bar. Imports nothing from {@code javafx.scene}.
 */
public final class LiveContracts extends LiveRecords<Contract, Contract, ContractTotals> {

    private final ContractLedger ledger;
    private final SortedList<Contract> inSigningOrder;

    /** Creates the model; nothing is loaded until {@link #show}. */
    public LiveContracts(ContractService service, TaskExecutor executor) {
        this(service, executor, new ContractLedger());
    }

    private LiveContracts(ContractService service, TaskExecutor executor, ContractLedger ledger) {
        super(service.changes(), service::list, c -> c, Contract::id, new LedgerTally(ledger), executor);
        this.ledger = ledger;
        this.inSigningOrder = new SortedList<>(rows(), ContractLedger.SIGNING_ORDER);
    }

    /** The event's contracts in signing order (read-only, live). */
    public ObservableList<Contract> contracts() {
        return inSigningOrder;
    }

    /** The running total at this contract (yuan, scale 2); see {@link ContractLedger#runningTotal(long)}. */
    public BigDecimal runningTotal(long contractId) {
        return ledger.runningTotal(contractId);
    }

    /** The ledger as the live list's tally: an edit in place keeps the running totals before it. */
    private record LedgerTally(ContractLedger ledger) implements Tally<Contract, ContractTotals> {
        @Override
        public void reset(List<Contract> rows) {
            ledger.reset(rows);
        }

        @Override
        public void add(Contract row) {
            ledger.put(row);
        }

        @Override
        public void remove(Contract row) {
            ledger.remove(row.id());
        }

        @Override
        public void replace(Contract before, Contract after) {
            ledger.put(after);
        }

        @Override
        public ContractTotals totals() {
            return ledger.totals();
        }
    }
}
