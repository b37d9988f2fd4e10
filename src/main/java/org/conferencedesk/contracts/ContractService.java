package org.conferencedesk.contracts;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.conferencedesk.storage.Database;

/**
 * The signing-ceremony ledger of an event: saving and deleting contracts (checked by
 * {@link ContractRules}), importing many at once (all or nothing), and its totals and running
 * totals. After each committed write it tells its listeners what changed ({@link ContractChange}).
 *
 * <p>Thread-safe; knows nothing of JavaFX. Call it off the FX application thread.
 */
public final class ContractService {

    private final Database database;
    private final ContractRepository contracts;
    private final List<Consumer<ContractChange>> listeners = new CopyOnWriteArrayList<>();

    /** Creates the service over the database and its repository. */
    public ContractService(Database database, ContractRepository contracts) {
        this.database = database;
        this.contracts = contracts;
    }

    /** Registers a listener called after every committed change, on the writing thread. */
    public void addListener(Consumer<ContractChange> listener) {
        listeners.add(listener);
    }

    /** Removes a listener added with {@link #addListener}. */
    public void removeListener(Consumer<ContractChange> listener) {
        listeners.remove(listener);
    }

    /** The event's contracts in signing order. */
    public List<Contract> list(long eventId) {
        return contracts.findByEvent(eventId);
    }

    /** The event's contracts in signing order with their running totals, computed by the database. */
    public List<ContractWithRunningTotal> listWithRunningTotals(long eventId) {
        return contracts.findByEventWithRunningTotal(eventId);
    }

    /** The event's totals, computed by the database. */
    public ContractTotals totals(long eventId) {
        return contracts.totals(eventId);
    }

    /** The signing order a new contract of the event gets by default. */
    public int nextSigningOrder(long eventId) {
        return contracts.nextSigningOrder(eventId);
    }

    /**
     * Adds a contract (no id) or saves an edited one (with id) and returns it as stored.
     *
     * @throws ContractException if it breaks a rule (nothing is saved), or the contract was deleted meanwhile
     */
    public Contract save(Contract contract) {
        List<ContractRules.Problem> problems = ContractRules.check(contract);
        if (!problems.isEmpty()) {
            throw new ContractException(problems);
        }
        Contract stored = contract.id() == null
                ? contracts.insert(contract)
                : contracts.update(contract).orElseThrow(() -> new ContractException(
                        "This contract was deleted meanwhile; add it again if it is still needed."));
        publish(new ContractChange.Saved(stored.eventId(), stored));
        return stored;
    }

    /** Deletes the contract with this id; returns false if it was already gone. */
    public boolean delete(long eventId, long contractId) {
        boolean deleted = contracts.delete(contractId);
        if (deleted) {
            publish(new ContractChange.Deleted(eventId, contractId));
        }
        return deleted;
    }

    /**
     * Adds all {@code newContracts} to the event in one transaction: either every one is saved or
     * none is. Contracts without a signing order are placed after the event's last one and after
     * every order the list gives, in list order.
     *
     * @return the number of contracts added
     * @throws ContractException naming the first contract that breaks a rule (nothing is saved)
     */
    public int addAll(long eventId, List<Contract> newContracts) {
        for (int i = 0; i < newContracts.size(); i++) {
            List<ContractRules.Problem> problems = ContractRules.check(newContracts.get(i));
            if (!problems.isEmpty()) {
                throw new ContractException(problems);
            }
        }
        int added = database.inTransaction(tx -> {
            ContractRepository repository = contracts.within(tx);
            // After the event's last place and after every place the new contracts name themselves.
            int next = Math.max(repository.nextSigningOrder(eventId), newContracts.stream()
                    .map(Contract::signingOrder).filter(java.util.Objects::nonNull)
                    .mapToInt(order -> order + 1).max().orElse(1));
            List<Contract> placed = new java.util.ArrayList<>(newContracts.size());
            for (Contract c : newContracts) {
                placed.add(c.signingOrder() == null ? c.withSigningOrder(next++) : c);
            }
            return repository.insertAll(placed);
        });
        publish(new ContractChange.Reloaded(eventId, contracts.findByEvent(eventId)));
        return added;
    }

    private void publish(ContractChange change) {
        for (Consumer<ContractChange> listener : listeners) {
            listener.accept(change);
        }
    }
}
