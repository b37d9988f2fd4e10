package org.conferencedesk.contracts;

import org.conferencedesk.storage.RecordVersions;
import org.conferencedesk.shared.record.StaleEditException;
import static org.conferencedesk.storage.generated.Tables.CONTRACT;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conferencedesk.storage.RecordStore;
import org.conferencedesk.storage.generated.tables.records.ContractRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * Reads and writes {@link Contract}s and computes their totals in the database. The only class of
 * this feature that touches generated jOOQ code; it returns domain records, never jOOQ records.
 */
public final class ContractRepository implements RecordStore<Contract> {

    private static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final Field<BigDecimal> SIGNED_CNY_AMOUNT = DSL
            .when(CONTRACT.STATUS.eq(ContractStatus.SIGNED.name()).and(CONTRACT.CURRENCY.eq(Contract.CNY)), CONTRACT.AMOUNT)
            .otherwise(BigDecimal.ZERO);

    private final DSLContext dsl;

    /** Creates a repository over {@code dsl} (the database, or one transaction of it). */
    public ContractRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The same repository taking part in the transaction {@code tx}. */
    @Override
    public ContractRepository within(DSLContext tx) {
        return new ContractRepository(tx);
    }

    /** The order of the signing ceremony: signing order (unplaced last), then id. */
    static List<SortField<?>> signingOrder() {
        return List.of(CONTRACT.SIGNING_ORDER.asc().nullsLast(), CONTRACT.ID.asc());
    }

    /** The event's contracts in signing order. */
    public List<Contract> findByEvent(long eventId) {
        return dsl.selectFrom(CONTRACT)
                .where(CONTRACT.EVENT_ID.eq(eventId))
                .orderBy(signingOrder())
                .fetch(ContractRepository::toContract);
    }

    /**
     * The event's contracts in signing order, each with its running total: the cumulative CNY amount
     * of signed contracts up to and including it, computed by the database (a window sum).
     */
    public List<ContractWithRunningTotal> findByEventWithRunningTotal(long eventId) {
        Field<BigDecimal> runningTotal = DSL.sum(SIGNED_CNY_AMOUNT)
                .over(DSL.orderBy(signingOrder()).rowsUnboundedPreceding())
                .as("running_total");
        return dsl.select(CONTRACT.asterisk(), runningTotal)
                .from(CONTRACT)
                .where(CONTRACT.EVENT_ID.eq(eventId))
                .orderBy(signingOrder())
                .fetch(r -> new ContractWithRunningTotal(
                        toContract(r.into(CONTRACT)),
                        r.get(runningTotal).setScale(2, java.math.RoundingMode.UNNECESSARY)));
    }

    /** The contract with this id, if any. */
    public Optional<Contract> findById(long id) {
        return dsl.selectFrom(CONTRACT).where(CONTRACT.ID.eq(id)).fetchOptional(ContractRepository::toContract);
    }

    /**
     * The contract with this id, locked until the caller's transaction ends (SELECT … FOR UPDATE), so
     * that the values read are still the ones an update or delete in the same transaction replaces
     * (the audit trail's "before").
     */
    public Optional<Contract> lockById(long id) {
        return dsl.selectFrom(CONTRACT).where(CONTRACT.ID.eq(id)).forUpdate().fetchOptional(ContractRepository::toContract);
    }

    /** Same as {@link #lockById}. */
    @Override
    public Optional<Contract> lock(long id) {
        return lockById(id);
    }

    /** Inserts a contract and returns it with its id. */
    @Override
    public Contract insert(Contract contract) {
        ContractRecord record = dsl.newRecord(CONTRACT);
        copy(contract, record);
        record.store();
        return toContract(record);
    }

    /**
     * Inserts many contracts in JDBC batches (one statement per 1,000 rows), in the caller's
     * transaction. Ids are not returned: read the event back if you need them.
     *
     * @return the number of rows inserted
     */
    public int insertAll(List<Contract> contracts) {
        final int batchSize = 1000;
        int inserted = 0;
        for (int from = 0; from < contracts.size(); from += batchSize) {
            // One prepared statement bound once per row: several times faster than batchInsert(records).
            BatchBindStep batch = dsl.batch(dsl.insertInto(CONTRACT,
                    CONTRACT.EVENT_ID, CONTRACT.PROJECT_NAME, CONTRACT.INVESTOR, CONTRACT.PARTNER, CONTRACT.SECTOR,
                    CONTRACT.DISTRICT, CONTRACT.AMOUNT, CONTRACT.CURRENCY, CONTRACT.SIGNING_ORDER, CONTRACT.STATUS,
                    CONTRACT.SIGNED_ON, CONTRACT.NOTE)
                    .values((Long) null, null, null, null, null, null, null, null, null, null, null, null));
            for (Contract c : contracts.subList(from, Math.min(contracts.size(), from + batchSize))) {
                batch.bind(c.eventId(), c.projectName().strip(), blankToNull(c.investor()), blankToNull(c.partner()),
                        blankToNull(c.sector()), blankToNull(c.district()), c.amount(), c.currency(), c.signingOrder(),
                        c.status().name(), c.signedOn(), blankToNull(c.note()));
            }
            for (int n : batch.execute()) {
                // JDBC may answer SUCCESS_NO_INFO (-2) for a row it did insert.
                inserted += n < 0 ? 1 : n;
            }
        }
        return inserted;
    }

    /**
     * Updates an existing contract (matched by id).
     *
     * @return the contract as stored, or empty if no contract has that id any more
     */
    @Override
    public Optional<Contract> update(Contract contract) {
        ContractRecord record = dsl.fetchOne(CONTRACT, CONTRACT.ID.eq(contract.id()));
        if (record == null) {
            return Optional.empty();
        }
        Contract stored = toContract(record);
        copy(contract, record);
        record.setUpdatedAt(OffsetDateTime.now());
        if (!RecordVersions.write(dsl, record, CONTRACT.ID, CONTRACT.VERSION, contract.version())) {
            throw new StaleEditException(contract, stored);
        }
        return Optional.of(toContract(record));
    }

    /** Deletes the contract with this id; returns true if there was one. */
    @Override
    public boolean delete(long id) {
        return dsl.deleteFrom(CONTRACT).where(CONTRACT.ID.eq(id)).execute() > 0;
    }

    /** The next free signing order of the event (1 for an event without placed contracts). */
    public int nextSigningOrder(long eventId) {
        Integer max = dsl.select(DSL.max(CONTRACT.SIGNING_ORDER)).from(CONTRACT)
                .where(CONTRACT.EVENT_ID.eq(eventId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    /** Number of contracts of the event. */
    public int countByEvent(long eventId) {
        return dsl.fetchCount(CONTRACT, CONTRACT.EVENT_ID.eq(eventId));
    }

    /** The event's totals, computed by the database with GROUP BY (see {@link ContractTotals}). */
    public ContractTotals totals(long eventId) {
        Map<ContractStatus, ContractTotals.CountAndAmount> byStatus = new LinkedHashMap<>();
        dsl.select(CONTRACT.STATUS, DSL.count(),
                        DSL.sum(DSL.when(CONTRACT.CURRENCY.eq(Contract.CNY), CONTRACT.AMOUNT).otherwise(BigDecimal.ZERO)))
                .from(CONTRACT)
                .where(CONTRACT.EVENT_ID.eq(eventId))
                .groupBy(CONTRACT.STATUS)
                .forEach(r -> byStatus.put(ContractStatus.valueOf(r.value1()),
                        new ContractTotals.CountAndAmount(r.value2(), orZero(r.value3()))));
        var signed = byStatus.getOrDefault(ContractStatus.SIGNED, ContractTotals.CountAndAmount.ZERO);
        var planned = byStatus.getOrDefault(ContractStatus.PLANNED, ContractTotals.CountAndAmount.ZERO);
        var total = new ContractTotals.CountAndAmount(signed.count() + planned.count(),
                signed.amount().add(planned.amount()));
        var signedCny = CONTRACT.EVENT_ID.eq(eventId)
                .and(CONTRACT.STATUS.eq(ContractStatus.SIGNED.name()))
                .and(CONTRACT.CURRENCY.eq(Contract.CNY));
        // The empty string inline, not a bind value: PostgreSQL matches the GROUP BY expression with the
        // selected one only when both are the same text (coalesce(sector, $1) is not coalesce(sector, $4)).
        Field<String> sector = DSL.coalesce(CONTRACT.SECTOR, DSL.inline(""));
        Field<String> district = DSL.coalesce(CONTRACT.DISTRICT, DSL.inline(""));
        Map<String, BigDecimal> bySector = sums(dsl.select(sector, DSL.sum(CONTRACT.AMOUNT))
                .from(CONTRACT).where(signedCny).groupBy(sector).fetch());
        Map<String, BigDecimal> byDistrict = sums(dsl.select(district, DSL.sum(CONTRACT.AMOUNT))
                .from(CONTRACT).where(signedCny).groupBy(district).fetch());
        Map<String, BigDecimal> others = sums(dsl.select(CONTRACT.CURRENCY, DSL.sum(CONTRACT.AMOUNT))
                .from(CONTRACT)
                .where(CONTRACT.EVENT_ID.eq(eventId)
                        .and(CONTRACT.STATUS.eq(ContractStatus.SIGNED.name()))
                        .and(CONTRACT.CURRENCY.ne(Contract.CNY)))
                .groupBy(CONTRACT.CURRENCY).fetch());
        return new ContractTotals(signed, planned, total, bySector, byDistrict, others);
    }

    private static Map<String, BigDecimal> sums(List<? extends Record2<String, BigDecimal>> rows) {
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (Record2<String, BigDecimal> r : rows) {
            sums.put(r.value1(), orZero(r.value2()));
        }
        return TotalsOrder.sorted(sums);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? ZERO : value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static void copy(Contract c, ContractRecord r) {
        r.setEventId(c.eventId());
        r.setProjectName(c.projectName().strip());
        r.setInvestor(blankToNull(c.investor()));
        r.setPartner(blankToNull(c.partner()));
        r.setSector(blankToNull(c.sector()));
        r.setDistrict(blankToNull(c.district()));
        r.setAmount(c.amount());
        r.setCurrency(c.currency());
        r.setSigningOrder(c.signingOrder());
        r.setStatus(c.status().name());
        r.setSignedOn(c.signedOn());
        r.setNote(blankToNull(c.note()));
    }

    private static Contract toContract(ContractRecord r) {
        return new Contract(r.getId(), r.getEventId(), r.getProjectName(), r.getInvestor(), r.getPartner(),
                r.getSector(), r.getDistrict(), r.getAmount(), r.getCurrency().strip(), r.getSigningOrder(),
                ContractStatus.valueOf(r.getStatus()), r.getSignedOn(), r.getNote(), RecordVersions.of(r.getVersion()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
