package org.conferencedesk.contracts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.conferencedesk.shared.RecordBatch;
import org.conferencedesk.shared.money.MoneyFormat;
import org.conferencedesk.shared.record.ChangeFeed;
import org.conferencedesk.shared.record.FieldProblem;
import org.conferencedesk.storage.DatabaseRefusals;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.AuditedWrites;
import org.conferencedesk.storage.Database;

/**
 * The signing-ceremony ledger of an event: saving and deleting contracts (checked by
 * {@link ContractRules}), importing many at once (all or nothing), and its totals and running
 * totals. Every write records what it changed in the {@link AuditTrail} in the same transaction
 * ({@link AuditedWrites}), then tells the listeners of {@link #changes()}.
 *
 * <p>Thread-safe; knows nothing of JavaFX. Call it off the FX application thread.
 */
public final class ContractService {

    private final Database database;
    private final ContractRepository contracts;
    private final ChangeFeed<Contract> changes = new ChangeFeed<>();
    private final AuditedWrites<Contract> writes;

    /**
     * Creates the service over the database and its repository, recording changes in {@code audit}
     * (whose actor names who makes them).
     */
    public ContractService(Database database, ContractRepository contracts, AuditTrail audit) {
        this.database = database;
        this.contracts = contracts;
        this.writes = new AuditedWrites<>(database, contracts, ContractAudit.TRAIL, audit, changes);
    }

    /**
     * Creates the service over the database and its repository; changes are audited as made by the
     * operating-system user ({@link Actor#osUser()}). For tests and tools; the application passes its trail.
     */
    public ContractService(Database database, ContractRepository contracts) {
        this(database, contracts, new AuditTrail(database, Actor.osUser()));
    }

    /** The committed changes to contracts (live lists listen here). */
    public ChangeFeed<Contract> changes() {
        return changes;
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
     * Adds a contract (no id) or saves an edited one (with id) and returns it as stored. Records a
     * CREATED entry (its values) or an UPDATED one (only the fields that changed, before and after; none
     * if nothing changed) in the audit trail, in the same transaction.
     *
     * @throws ContractException if it breaks a rule (nothing is saved), the contract was deleted meanwhile,
     *         or its signing order is held by another contract of the event (the database's unique
     *         constraint decides, also between two laptops saving at the same moment:
     *         {@code rule.signingOrderTaken} on the signing order field)
     * @throws org.conferencedesk.shared.record.StaleEditException if it was edited from an old copy
     */
    public Contract save(Contract contract) {
        List<FieldProblem<ContractField>> problems = ContractRules.check(contract);
        if (!problems.isEmpty()) {
            throw new ContractException(problems);
        }
        try {
            return writes.save(contract, () -> new ContractException("save.gone"));
        } catch (RuntimeException e) {
            if (contract.signingOrder() == null || !DatabaseRefusals.violates(e, SIGNING_ORDER_UNIQUE)) {
                throw e;
            }
            // Someone else holds the place (perhaps saved on another laptop a moment ago): the database said no.
            String holder = contracts.findByEvent(contract.eventId()).stream()
                    .filter(c -> contract.signingOrder().equals(c.signingOrder())).map(Contract::projectName)
                    .findFirst().orElse("?");
            throw new ContractException(List.of(new FieldProblem<>(ContractField.SIGNING_ORDER, "rule.signingOrderTaken",
                    String.valueOf(contract.signingOrder()), holder)));
        }
    }

    /** The database's unique constraint on a signing order per event (sql/V42). */
    private static final String SIGNING_ORDER_UNIQUE = "contract_signing_order_unique";

    /**
     * Deletes the contract with this id, recording its last values in the audit trail; returns false
     * if it was already gone (nothing recorded).
     */
    public boolean delete(long eventId, long contractId) {
        return writes.delete(contractId).isPresent();
    }

    /**
     * Deletes these contracts in one transaction, all or nothing (the table's "delete selected"), each
     * recorded with its last values; contracts already gone are passed over.
     *
     * @return how many were deleted
     */
    public int deleteAll(long eventId, List<Long> contractIds) {
        return writes.deleteAll(eventId, contractIds).size();
    }

    /**
     * Renames a sector or a district across the event: every contract of the event whose
     * {@code field} reads {@code from} (surrounding blanks ignored) reads {@code to} afterwards, in one
     * transaction, each change recorded in the audit trail as an edit of that contract. Renaming to a
     * value the event already uses joins the two (one total instead of two: how a typo that started a
     * separate total is mended).
     *
     * @param field {@link ContractField#SECTOR} or {@link ContractField#DISTRICT}
     * @return the contracts changed, as stored (empty if none read {@code from})
     * @throws IllegalArgumentException for another field
     * @throws ContractException if {@code to} is empty or too long for the field (nothing changes)
     */
    public List<Contract> renameValue(long eventId, ContractField field, String from, String to) {
        if (field != ContractField.SECTOR && field != ContractField.DISTRICT) {
            throw new IllegalArgumentException("Only a sector or a district is renamed across an event, not " + field);
        }
        String target = to == null ? "" : to.strip();
        if (target.isEmpty()) {
            throw new ContractException(List.of(new FieldProblem<>(field, "rule.renameEmpty")));
        }
        String source = from == null ? "" : from.strip();
        List<Contract> renamed = database.inTransaction(tx -> {
            ContractRepository repository = contracts.within(tx);
            List<Contract> changed = new java.util.ArrayList<>();
            for (Contract c : repository.findByEvent(eventId)) {
                String value = field == ContractField.SECTOR ? c.sector() : c.district();
                if (value == null || !value.strip().equals(source) || value.equals(target)) {
                    continue;
                }
                Contract edited = field == ContractField.SECTOR ? c.withSector(target) : c.withDistrict(target);
                List<FieldProblem<ContractField>> problems = ContractRules.check(edited);
                if (!problems.isEmpty()) {
                    throw new ContractException(problems);
                }
                Contract before = repository.lock(c.id()).orElseThrow(() -> new ContractException("save.gone"));
                Contract after = repository.update(edited).orElseThrow(() -> new ContractException("save.gone"));
                writes.recordUpdate(tx, before, after);
                changed.add(after);
            }
            return changed;
        });
        if (!renamed.isEmpty()) {
            changes.saved(eventId, renamed);
        }
        return renamed;
    }

    /**
     * Adds all {@code newContracts} to the event in one transaction: either every one is saved or
     * none is. Contracts without a signing order are placed after the event's last one and after
     * every order the list gives, in list order.
     * Records one {@link AuditAction#IMPORTED} entry (see {@link #addAll(long, List, String)}).
     *
     * @return the number of contracts added
     * @throws ContractException naming the first contract that breaks a rule (nothing is saved)
     */
    public int addAll(long eventId, List<Contract> newContracts) {
        return addAll(eventId, newContracts, null);
    }

    /**
     * Like {@link #addAll(long, List)}, naming where the contracts came from. The audit trail gets ONE
     * {@link AuditAction#IMPORTED} entry for the whole import, in the same transaction: summary the
     * file name (or null), changes {@code count} (number added), {@code amount} (their CNY amounts
     * added up, every status, plain yuan) and {@code file}. One entry, not one per contract: an import
     * is one act by one person from one file, all or nothing; thousands of lines would bury the hand
     * edits the committee checks, and the contracts themselves (and the file) hold the detail.
     *
     * @param source the file name the contracts were read from, or null
     * @return the number of contracts added
     * @throws ContractException naming the first contract that breaks a rule (nothing is saved)
     */
    public int addAll(long eventId, List<Contract> newContracts, String source) {
        for (int i = 0; i < newContracts.size(); i++) {
            List<FieldProblem<ContractField>> problems = ContractRules.check(newContracts.get(i));
            if (!problems.isEmpty()) {
                throw new ContractException(problems);
            }
        }
        return inImport(eventId, source, (repository, batch) -> {
            // After the event's last place and after every place the new contracts name themselves.
            int next = Math.max(repository.nextSigningOrder(eventId), newContracts.stream()
                    .map(Contract::signingOrder).filter(java.util.Objects::nonNull)
                    .mapToInt(order -> order + 1).max().orElse(1));
            List<Contract> placed = new java.util.ArrayList<>(newContracts.size());
            for (Contract c : newContracts) {
                placed.add(c.signingOrder() == null ? c.withSigningOrder(next++) : c);
            }
            batch.add(placed);
        });
    }

    /**
     * Adds the contracts {@code rows} hands over, a chunk at a time, in one transaction: every one is
     * saved or none is (an exception from {@code rows}, or a contract that breaks a rule, undoes all).
     * The contracts are saved as given (their signing orders already placed). One
     * {@link AuditAction#IMPORTED} entry, as {@link #addAll(long, List, String)} records.
     *
     * @param source the file name the contracts were read from, or null
     * @return the number of contracts added
     * @throws ContractException naming the first contract that breaks a rule (nothing is saved)
     */
    public int importAll(long eventId, String source, Consumer<RecordBatch<Contract>> rows) {
        return inImport(eventId, source, (repository, batch) -> rows.accept(batch));
    }

    private int inImport(long eventId, String source, BiConsumer<ContractRepository, RecordBatch<Contract>> work) {
        int added = database.inTransaction(tx -> {
            ContractRepository repository = contracts.within(tx);
            int[] count = {0};
            BigDecimal[] cny = {new BigDecimal("0.00")};
            work.accept(repository, chunk -> {
                for (Contract c : chunk) {
                    List<FieldProblem<ContractField>> problems = ContractRules.check(c);
                    if (!problems.isEmpty()) {
                        throw new ContractException(problems);
                    }
                    if (c.isCny()) {
                        cny[0] = cny[0].add(c.amount());
                    }
                }
                count[0] += repository.insertAll(chunk);
            });
            writes.recordImport(tx, eventId, source, importValues(count[0], cny[0], source));
            return count[0];
        });
        changes.reloaded(eventId);
        return added;
    }

    private static Map<String, String> importValues(int inserted, BigDecimal cny, String source) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("count", String.valueOf(inserted));
        values.put(ContractField.AMOUNT.jsonName(), MoneyFormat.plain(cny));
        values.put("file", source);
        return values;
    }
}
