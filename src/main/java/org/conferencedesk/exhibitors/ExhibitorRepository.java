package org.conferencedesk.exhibitors;

import org.conferencedesk.storage.RecordVersions;
import org.conferencedesk.shared.record.StaleEditException;
import static org.conferencedesk.storage.generated.Tables.BOOTH_RATE;
import static org.conferencedesk.storage.generated.Tables.EXHIBITOR;
import static org.conferencedesk.storage.generated.Tables.EXHIBITOR_DEPOSIT;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.storage.RecordStore;
import org.conferencedesk.storage.generated.tables.records.ExhibitorDepositRecord;
import org.conferencedesk.storage.generated.tables.records.ExhibitorRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Reads and writes {@link Exhibitor}s, their {@link Deposit}s and the event's {@link BoothRate}s
 * (tables {@code exhibitor}, {@code exhibitor_deposit}, {@code booth_rate}, sql/V10). With
 * {@link BoothRepository}, the only classes of this feature that touch generated jOOQ code; they
 * return domain records. Exhibitors are returned as stored: {@code contactPerson} is the name kept
 * on the exhibitor, {@code contactGuestId} the guest as linked (the service shows the guest's own name).
 */
public final class ExhibitorRepository implements RecordStore<Exhibitor> {

    private final DSLContext dsl;

    /** Creates a repository over {@code dsl} (the database, or one transaction of it). */
    public ExhibitorRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The same repository taking part in the transaction {@code tx}. */
    @Override
    public ExhibitorRepository within(DSLContext tx) {
        return new ExhibitorRepository(tx);
    }

    /** The event's exhibitors in the order they were added (id). */
    public List<Exhibitor> findByEvent(long eventId) {
        return dsl.selectFrom(EXHIBITOR).where(EXHIBITOR.EVENT_ID.eq(eventId)).orderBy(EXHIBITOR.ID)
                .fetch(ExhibitorRepository::toExhibitor);
    }

    /** The exhibitor with this id, if any. */
    public Optional<Exhibitor> findById(long id) {
        return dsl.selectFrom(EXHIBITOR).where(EXHIBITOR.ID.eq(id)).fetchOptional(ExhibitorRepository::toExhibitor);
    }

    /** The exhibitor with this id, locked until the caller's transaction ends, if any. */
    @Override
    public Optional<Exhibitor> lock(long id) {
        return dsl.selectFrom(EXHIBITOR).where(EXHIBITOR.ID.eq(id)).forUpdate().fetchOptional(ExhibitorRepository::toExhibitor);
    }

    /** The exhibitors with these ids, locked until the caller's transaction ends (SELECT … FOR UPDATE), in id order. */
    public List<Exhibitor> lock(Collection<Long> ids) {
        return dsl.selectFrom(EXHIBITOR).where(EXHIBITOR.ID.in(ids)).orderBy(EXHIBITOR.ID).forUpdate()
                .fetch(ExhibitorRepository::toExhibitor);
    }

    /** The event's exhibitors linked to these guests (as stored, not following merges). */
    public List<Exhibitor> findByContactGuests(long eventId, Collection<Long> guestIds) {
        return dsl.selectFrom(EXHIBITOR).where(EXHIBITOR.EVENT_ID.eq(eventId).and(EXHIBITOR.CONTACT_GUEST_ID.in(guestIds)))
                .orderBy(EXHIBITOR.ID).fetch(ExhibitorRepository::toExhibitor);
    }

    /** Inserts an exhibitor and returns it with its id. */
    @Override
    public Exhibitor insert(Exhibitor exhibitor) {
        ExhibitorRecord record = dsl.newRecord(EXHIBITOR);
        copy(exhibitor, record);
        record.store();
        return toExhibitor(record);
    }

    /**
     * Adds exhibitors in one JDBC batch (an import's chunk), in the caller's transaction.
     *
     * @return the exhibitors as stored (text stripped, blank text null) with their new ids, in order
     */
    public List<Exhibitor> insertAll(List<Exhibitor> exhibitors) {
        if (exhibitors.isEmpty()) {
            return List.of();
        }
        String sql = dsl.insertInto(EXHIBITOR, EXHIBITOR.EVENT_ID, EXHIBITOR.COMPANY_NAME, EXHIBITOR.OTHER_NAME,
                EXHIBITOR.COUNTRY, EXHIBITOR.SECTOR, EXHIBITOR.MODE, EXHIBITOR.CONTACT_PERSON, EXHIBITOR.CONTACT_GUEST_ID,
                EXHIBITOR.EMAIL, EXHIBITOR.PHONE, EXHIBITOR.WEBSITE, EXHIBITOR.NOTES, EXHIBITOR.PAYMENT_STATUS,
                EXHIBITOR.FEE_OVERRIDE, EXHIBITOR.FEE_OVERRIDE_CURRENCY, EXHIBITOR.FEE_OVERRIDE_REASON)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                .getSQL();
        return dsl.connectionResult(connection -> {
            List<ExhibitorRecord> records = new java.util.ArrayList<>(exhibitors.size());
            try (java.sql.PreparedStatement insert = connection.prepareStatement(sql, new String[] {"ID"})) {
                for (Exhibitor e : exhibitors) {
                    ExhibitorRecord r = dsl.newRecord(EXHIBITOR);
                    copy(e, r);
                    records.add(r);
                    insert.setLong(1, r.getEventId());
                    insert.setString(2, r.getCompanyName());
                    insert.setString(3, r.getOtherName());
                    insert.setString(4, r.getCountry());
                    insert.setString(5, r.getSector());
                    insert.setString(6, r.getMode());
                    insert.setString(7, r.getContactPerson());
                    insert.setObject(8, r.getContactGuestId(), java.sql.Types.BIGINT);
                    insert.setString(9, r.getEmail());
                    insert.setString(10, r.getPhone());
                    insert.setString(11, r.getWebsite());
                    insert.setString(12, r.getNotes());
                    insert.setString(13, r.getPaymentStatus());
                    insert.setBigDecimal(14, r.getFeeOverride());
                    insert.setString(15, r.getFeeOverrideCurrency());
                    insert.setString(16, r.getFeeOverrideReason());
                    insert.addBatch();
                }
                insert.executeBatch();
                List<Exhibitor> stored = new java.util.ArrayList<>(records.size());
                try (java.sql.ResultSet keys = insert.getGeneratedKeys()) {
                    for (ExhibitorRecord r : records) {
                        if (!keys.next()) {
                            throw new IllegalStateException("The database returned fewer ids than exhibitors inserted");
                        }
                        r.setId(keys.getLong(1));
                        stored.add(toExhibitor(r));
                    }
                }
                return stored;
            }
        });
    }

    /**
     * Updates an exhibitor (matched by id).
     *
     * @return the exhibitor as stored, or empty if there is none with that id
     */
    @Override
    public Optional<Exhibitor> update(Exhibitor exhibitor) {
        ExhibitorRecord record = dsl.fetchOne(EXHIBITOR, EXHIBITOR.ID.eq(exhibitor.id()));
        if (record == null) {
            return Optional.empty();
        }
        Exhibitor stored = toExhibitor(record);
        copy(exhibitor, record);
        record.setUpdatedAt(OffsetDateTime.now());
        if (!RecordVersions.write(dsl, record, EXHIBITOR.ID, EXHIBITOR.VERSION, exhibitor.version())) {
            throw new StaleEditException(exhibitor, stored);
        }
        return Optional.of(toExhibitor(record));
    }

    /** Deletes the exhibitor (its booking days and deposits go with it); true if there was one. */
    @Override
    public boolean delete(long id) {
        return dsl.deleteFrom(EXHIBITOR).where(EXHIBITOR.ID.eq(id)).execute() > 0;
    }

    /** The event's deposits, in the order they were recorded. */
    public List<Deposit> findDeposits(long eventId) {
        return dsl.selectFrom(EXHIBITOR_DEPOSIT).where(EXHIBITOR_DEPOSIT.EVENT_ID.eq(eventId))
                .orderBy(EXHIBITOR_DEPOSIT.ID).fetch(ExhibitorRepository::toDeposit);
    }

    /** The exhibitor's deposits, in the order they were recorded. */
    public List<Deposit> findDepositsOf(long exhibitorId) {
        return dsl.selectFrom(EXHIBITOR_DEPOSIT).where(EXHIBITOR_DEPOSIT.EXHIBITOR_ID.eq(exhibitorId))
                .orderBy(EXHIBITOR_DEPOSIT.ID).fetch(ExhibitorRepository::toDeposit);
    }

    /** The deposit with this id, locked for the caller's transaction, if any. */
    public Optional<Deposit> lockDeposit(long id) {
        return dsl.selectFrom(EXHIBITOR_DEPOSIT).where(EXHIBITOR_DEPOSIT.ID.eq(id)).forUpdate()
                .fetchOptional(ExhibitorRepository::toDeposit);
    }

    /** Records a deposit and returns it with its id. */
    public Deposit insertDeposit(Deposit deposit) {
        ExhibitorDepositRecord r = dsl.newRecord(EXHIBITOR_DEPOSIT);
        r.setEventId(deposit.eventId());
        r.setExhibitorId(deposit.exhibitorId());
        r.setAmount(deposit.amount().value());
        r.setCurrency(deposit.amount().currency());
        r.setReceivedOn(deposit.receivedOn());
        r.setNote(clean(deposit.note()));
        r.store();
        return toDeposit(r);
    }

    /** Removes the deposit; true if there was one. */
    public boolean deleteDeposit(long id) {
        return dsl.deleteFrom(EXHIBITOR_DEPOSIT).where(EXHIBITOR_DEPOSIT.ID.eq(id)).execute() > 0;
    }

    /** The event's fee rates, by kind. */
    public List<BoothRate> findRates(long eventId) {
        return dsl.selectFrom(BOOTH_RATE).where(BOOTH_RATE.EVENT_ID.eq(eventId)).orderBy(BOOTH_RATE.KIND)
                .fetch(r -> new BoothRate(BoothKind.valueOf(r.getKind()), r.getRatePerM2(), r.getCurrency(),
                        r.getMinimumAreaM2(), r.getCornerPremiumPercent()));
    }

    /** The event's rate for one kind, locked for the caller's transaction, if any. */
    public Optional<BoothRate> lockRate(long eventId, BoothKind kind) {
        return dsl.selectFrom(BOOTH_RATE).where(BOOTH_RATE.EVENT_ID.eq(eventId).and(BOOTH_RATE.KIND.eq(kind.name())))
                .forUpdate()
                .fetchOptional(r -> new BoothRate(BoothKind.valueOf(r.getKind()), r.getRatePerM2(), r.getCurrency(),
                        r.getMinimumAreaM2(), r.getCornerPremiumPercent()));
    }

    /** Sets the event's rate for the rate's kind (adds it, or replaces the one there). */
    public void putRate(long eventId, BoothRate rate) {
        dsl.mergeInto(BOOTH_RATE)
                .using(DSL.selectOne())
                .on(BOOTH_RATE.EVENT_ID.eq(eventId).and(BOOTH_RATE.KIND.eq(rate.kind().name())))
                .whenMatchedThenUpdate()
                .set(BOOTH_RATE.RATE_PER_M2, rate.ratePerM2())
                .set(BOOTH_RATE.CURRENCY, rate.currency())
                .set(BOOTH_RATE.MINIMUM_AREA_M2, rate.minimumAreaM2())
                .set(BOOTH_RATE.CORNER_PREMIUM_PERCENT, rate.cornerPremiumPercent())
                .set(BOOTH_RATE.UPDATED_AT, OffsetDateTime.now())
                .whenNotMatchedThenInsert(BOOTH_RATE.EVENT_ID, BOOTH_RATE.KIND, BOOTH_RATE.RATE_PER_M2, BOOTH_RATE.CURRENCY,
                        BOOTH_RATE.MINIMUM_AREA_M2, BOOTH_RATE.CORNER_PREMIUM_PERCENT)
                .values(eventId, rate.kind().name(), rate.ratePerM2(), rate.currency(), rate.minimumAreaM2(),
                        rate.cornerPremiumPercent())
                .execute();
    }

    /** Removes the event's rate for {@code kind}; true if there was one. */
    public boolean deleteRate(long eventId, BoothKind kind) {
        return dsl.deleteFrom(BOOTH_RATE).where(BOOTH_RATE.EVENT_ID.eq(eventId).and(BOOTH_RATE.KIND.eq(kind.name())))
                .execute() > 0;
    }

    private static void copy(Exhibitor e, ExhibitorRecord r) {
        r.setEventId(e.eventId());
        r.setCompanyName(e.companyName().strip());
        r.setOtherName(clean(e.otherName()));
        r.setCountry(clean(e.country()));
        r.setSector(clean(e.sector()));
        r.setMode(e.mode().name());
        r.setContactPerson(clean(e.contactPerson()));
        r.setContactGuestId(e.contactGuestId());
        r.setEmail(clean(e.email()));
        r.setPhone(clean(e.phone()));
        r.setWebsite(clean(e.website()));
        r.setNotes(clean(e.notes()));
        r.setPaymentStatus(e.paymentStatus().name());
        r.setFeeOverride(e.feeOverride() == null ? null : e.feeOverride().value());
        r.setFeeOverrideCurrency(e.feeOverride() == null ? null : e.feeOverride().currency());
        r.setFeeOverrideReason(e.feeOverride() == null ? null : clean(e.feeOverrideReason()));
    }

    private static Exhibitor toExhibitor(ExhibitorRecord r) {
        Amount override = r.getFeeOverride() == null ? null : new Amount(r.getFeeOverride(), r.getFeeOverrideCurrency());
        return new Exhibitor(r.getId(), r.getEventId(), r.getCompanyName(), r.getOtherName(), r.getCountry(),
                r.getSector(), ExhibitionMode.valueOf(r.getMode()), r.getContactPerson(), r.getContactGuestId(),
                r.getEmail(), r.getPhone(), r.getWebsite(), r.getNotes(), PaymentStatus.valueOf(r.getPaymentStatus()),
                override, r.getFeeOverrideReason(), RecordVersions.of(r.getVersion()));
    }

    private static Deposit toDeposit(ExhibitorDepositRecord r) {
        return new Deposit(r.getId(), r.getEventId(), r.getExhibitorId(), new Amount(r.getAmount(), r.getCurrency()),
                r.getReceivedOn(), r.getNote());
    }

    /** Surrounding blanks dropped; blank → null. Inside the text nothing changes. */
    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
