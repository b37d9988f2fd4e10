package org.conferencedesk.contracts;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferencedesk.shared.TaskExecutor;

/**
 * The current event's contracts and totals as JavaFX properties, updated live on every committed
 * change (from any screen, or an import) without re-reading the database: changes from
 * {@link ContractService} are applied to a {@link ContractLedger} on the UI thread. Shared by the
 * contracts screen and the status bar. Imports nothing from {@code javafx.scene}.
 *
 * <p>Lifecycle: {@link #show(long)} loads an event in the background and starts listening;
 * {@link #close()} stops listening. All methods are called on the UI thread.
 */
public final class LiveContracts implements AutoCloseable {

    private final ContractService service;
    private final TaskExecutor executor;
    private final Consumer<ContractChange> listener = this::onChange;
    private final ContractLedger ledger = new ContractLedger();
    private final ObservableList<Contract> contracts = FXCollections.observableArrayList();
    private final ObservableList<Contract> readOnlyContracts = FXCollections.unmodifiableObservableList(contracts);
    private final ReadOnlyObjectWrapper<ContractTotals> totals = new ReadOnlyObjectWrapper<>(this, "totals", ContractTotals.EMPTY);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyObjectWrapper<Long> eventId = new ReadOnlyObjectWrapper<>(this, "eventId");
    private boolean listening;

    /** Creates the model; nothing is loaded until {@link #show(long)}. */
    public LiveContracts(ContractService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
    }

    /**
     * Loads the event's contracts in the background and keeps them live from then on.
     *
     * @param onFailure called on the UI thread if loading fails
     */
    public void show(long event, Consumer<Throwable> onFailure) {
        if (!listening) {
            service.addListener(listener);
            listening = true;
        }
        eventId.set(event);
        executor.execute(() -> service.list(event), loaded -> {
            if (eventId.get() != null && eventId.get() == event) {
                replaceAll(loaded);
            }
        }, onFailure);
    }

    /** Same as {@link #show(long, Consumer)}, ignoring failures (tests). */
    public void show(long event) {
        show(event, e -> { });
    }

    /** The event shown, or null before {@link #show}. */
    public ReadOnlyObjectProperty<Long> eventIdProperty() {
        return eventId.getReadOnlyProperty();
    }

    /** The event's contracts in signing order (read-only, live). */
    public ObservableList<Contract> contracts() {
        return readOnlyContracts;
    }

    /** The event's totals (live). */
    public ReadOnlyObjectProperty<ContractTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** The totals now. */
    public ContractTotals totals() {
        return totals.get();
    }

    /**
     * Increases on every change; a running-total cell listens to it, since one edit can change the
     * running totals of every later row.
     */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The running total at this contract (yuan, scale 2); see {@link ContractLedger#runningTotal(long)}. */
    public BigDecimal runningTotal(long contractId) {
        return ledger.runningTotal(contractId);
    }

    private void onChange(ContractChange change) {
        executor.runOnUiThread(() -> apply(change));
    }

    private void apply(ContractChange change) {
        Long shown = eventId.get();
        if (shown == null || shown != change.eventId()) {
            return;
        }
        if (change instanceof ContractChange.Saved saved) {
            ledger.put(saved.contract());
        } else if (change instanceof ContractChange.Deleted deleted) {
            ledger.remove(deleted.contractId());
        } else if (change instanceof ContractChange.Reloaded reloaded) {
            ledger.reset(reloaded.contracts());
        }
        publish();
    }

    private void replaceAll(List<Contract> loaded) {
        ledger.reset(loaded);
        publish();
    }

    private void publish() {
        contracts.setAll(ledger.inSigningOrder());
        totals.set(ledger.totals());
        revision.set(revision.get() + 1);
    }

    /** Stops listening to changes. */
    @Override
    public void close() {
        if (listening) {
            service.removeListener(listener);
            listening = false;
        }
    }
}
