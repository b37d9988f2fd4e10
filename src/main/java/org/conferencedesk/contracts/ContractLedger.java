package org.conferencedesk.contracts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The running totals of one event's signing ceremony, kept incrementally in memory so that an edit
 * updates every figure in constant time (plus a logarithmic re-sort) instead of re-reading every
 * contract: what the contracts screen and the status bar show live.
 *
 * <p>Gives the same figures as {@link ContractRepository#totals(long)} and
 * {@link ContractRepository#findByEventWithRunningTotal(long)} to the fen (tested side by side).
 * Running totals are prefix sums over the signing order, recomputed lazily from the first changed
 * position, so an edit costs nothing until a running total is read, and a read costs only the rows
 * between the change and the row read.
 *
 * <p>Not thread-safe: use it from one thread (the FX application thread in the UI).
 */
public final class ContractLedger {

    private static final BigDecimal ZERO = new BigDecimal("0.00");
    /** The order of the signing ceremony: signing order (unplaced last), then id. */
    static final Comparator<Contract> SIGNING_ORDER = Comparator
            .comparing((Contract c) -> c.signingOrder() == null ? Integer.MAX_VALUE : c.signingOrder())
            .thenComparing(c -> c.id() == null ? Long.MAX_VALUE : c.id());

    private final Map<Long, Contract> byId = new HashMap<>();
    private final TreeMap<Contract, Contract> ordered = new TreeMap<>(SIGNING_ORDER);
    private final Map<ContractStatus, Integer> counts = new HashMap<>();
    private final Map<ContractStatus, BigDecimal> cnyAmounts = new HashMap<>();
    private final Map<String, BigDecimal> bySector = new HashMap<>();
    private final Map<String, BigDecimal> byDistrict = new HashMap<>();
    private final Map<String, BigDecimal> otherCurrencies = new HashMap<>();

    /** Contracts in signing order with their running totals; valid up to {@code validPrefix}. */
    private List<Contract> orderCache = List.of();
    private BigDecimal[] prefixCache = new BigDecimal[0];
    private Map<Long, Integer> positionCache = Map.of();
    private boolean orderValid = true;
    private int validPrefix = 0;

    /** Creates an empty ledger. */
    public ContractLedger() {
    }

    /** Creates a ledger holding {@code contracts} (each with an id). */
    public ContractLedger(Collection<Contract> contracts) {
        contracts.forEach(this::put);
    }

    /** Replaces everything with {@code contracts}. */
    public void reset(Collection<Contract> contracts) {
        byId.clear();
        ordered.clear();
        counts.clear();
        cnyAmounts.clear();
        bySector.clear();
        byDistrict.clear();
        otherCurrencies.clear();
        contracts.forEach(this::put);
        invalidateOrder();
    }

    /**
     * Adds a contract or replaces the one with the same id, updating every total.
     *
     * @throws IllegalArgumentException if the contract has no id
     */
    public void put(Contract contract) {
        if (contract.id() == null) {
            throw new IllegalArgumentException("Only saved contracts (with an id) go into the ledger");
        }
        Contract previous = byId.put(contract.id(), contract);
        if (previous != null) {
            ordered.remove(previous);
            account(previous, -1);
        }
        ordered.put(contract, contract);
        account(contract, +1);
        if (previous == null || SIGNING_ORDER.compare(previous, contract) != 0) {
            invalidateOrder();
        } else {
            invalidateFrom(positionCache.getOrDefault(contract.id(), 0));
        }
    }

    /** Removes the contract with this id, if present, updating every total. */
    public void remove(long id) {
        Contract previous = byId.remove(id);
        if (previous != null) {
            ordered.remove(previous);
            account(previous, -1);
            invalidateOrder();
        }
    }

    /** Number of contracts held (all statuses). */
    public int size() {
        return byId.size();
    }

    /** The totals now; O(number of sectors + districts) to copy the breakdowns. */
    public ContractTotals totals() {
        var signed = countAndAmount(ContractStatus.SIGNED);
        var planned = countAndAmount(ContractStatus.PLANNED);
        var total = new ContractTotals.CountAndAmount(signed.count() + planned.count(), signed.amount().add(planned.amount()));
        return new ContractTotals(signed, planned, total, TotalsOrder.sorted(bySector),
                TotalsOrder.sorted(byDistrict), TotalsOrder.sorted(otherCurrencies));
    }

    /** The signed CNY amount now, in yuan (scale 2); O(1). */
    public BigDecimal signedAmount() {
        return cnyAmounts.getOrDefault(ContractStatus.SIGNED, ZERO);
    }

    /** The contracts in signing order. */
    public List<Contract> inSigningOrder() {
        ensureOrder();
        return java.util.Collections.unmodifiableList(orderCache);
    }

    /**
     * The running total at this contract: cumulative CNY amount of signed contracts in signing order
     * up to and including it, in yuan (scale 2).
     *
     * @throws IllegalArgumentException if the ledger holds no contract with this id
     */
    public BigDecimal runningTotal(long contractId) {
        ensureOrder();
        Integer position = positionCache.get(contractId);
        if (position == null) {
            throw new IllegalArgumentException("No contract with id " + contractId + " in the ledger");
        }
        for (int i = validPrefix; i <= position; i++) {
            BigDecimal before = i == 0 ? ZERO : prefixCache[i - 1];
            Contract c = orderCache.get(i);
            prefixCache[i] = c.countsAsSignedCny() ? before.add(c.amount()) : before;
        }
        validPrefix = Math.max(validPrefix, position + 1);
        return prefixCache[position];
    }

    private ContractTotals.CountAndAmount countAndAmount(ContractStatus status) {
        return new ContractTotals.CountAndAmount(counts.getOrDefault(status, 0), cnyAmounts.getOrDefault(status, ZERO));
    }

    private void account(Contract c, int sign) {
        counts.merge(c.status(), sign, Integer::sum);
        BigDecimal signedAmount = sign > 0 ? c.amount() : c.amount().negate();
        if (c.isCny()) {
            cnyAmounts.merge(c.status(), signedAmount, BigDecimal::add);
        }
        if (c.status() != ContractStatus.SIGNED) {
            return;
        }
        if (c.isCny()) {
            addTo(bySector, key(c.sector()), signedAmount);
            addTo(byDistrict, key(c.district()), signedAmount);
        } else {
            addTo(otherCurrencies, c.currency(), signedAmount);
        }
    }

    private static void addTo(Map<String, BigDecimal> sums, String key, BigDecimal delta) {
        BigDecimal sum = sums.getOrDefault(key, ZERO).add(delta);
        sums.put(key, sum);
    }

    private static String key(String s) {
        return s == null || s.isBlank() ? ContractTotals.UNSPECIFIED : s.strip();
    }

    private void invalidateOrder() {
        orderValid = false;
        validPrefix = 0;
    }

    private void invalidateFrom(int position) {
        validPrefix = Math.min(validPrefix, position);
        if (orderValid) {
            Contract c = orderCache.get(position);
            orderCache.set(position, byId.get(c.id()));
        }
    }

    private void ensureOrder() {
        if (orderValid) {
            return;
        }
        orderCache = new ArrayList<>(ordered.keySet());
        prefixCache = new BigDecimal[orderCache.size()];
        Map<Long, Integer> positions = new HashMap<>(orderCache.size() * 2);
        for (int i = 0; i < orderCache.size(); i++) {
            positions.put(orderCache.get(i).id(), i);
        }
        positionCache = positions;
        validPrefix = 0;
        orderValid = true;
    }
}
