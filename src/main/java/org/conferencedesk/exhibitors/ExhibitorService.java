package org.conferencedesk.exhibitors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.shared.record.ChangeFeed;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.References;

/**
 * An event's exhibitors: exhibitors (checked by {@link ExhibitorRules}), their contact (a guest of
 * the event: one person, one record), payment status, fee overrides and deposits; the event's fee
 * rates and the fees they give ({@link FeeSchedule}); and the figures ({@link ExhibitorTotals}).
 * Halls, booths and bookings are {@link BoothService}'s.
 *
 * <p>Every write runs in one transaction and records what it changed in the {@link AuditTrail} in
 * that transaction (record types {@code exhibitor}, {@code deposit}, {@code boothRate}, and
 * {@code booking} for the booths released when an exhibitor is deleted), then publishes it on
 * {@link #changes()}: an exhibitor saved (also when its deposits, and so its balance, change, and
 * when {@link BoothService} books or releases a booth for it), removed, or every exhibitor of the
 * event reloaded (a fee rate changed every fee). A write that breaks a rule throws
 * {@link ExhibitorException} and changes nothing. Thread-safe; knows nothing of JavaFX. Call it off
 * the FX application thread.
 */
public final class ExhibitorService {

    private final Database database;
    private final ExhibitorRepository exhibitors;
    private final BoothRepository booths;
    private final GuestService guests;
    private final AuditTrail audit;
    private final References references;
    private final ChangeFeed<Exhibitor> changes = new ChangeFeed<>();

    /**
     * @param database the database (for transactions)
     * @param exhibitors the exhibitor repository over it
     * @param booths the hall and booth repository over it (fees and totals read the booths held)
     * @param guests the guests (an exhibitor's contact may be one)
     * @param audit the trail every change is recorded in
     */
    public ExhibitorService(Database database, ExhibitorRepository exhibitors, BoothRepository booths, GuestService guests,
                            AuditTrail audit) {
        this(database, exhibitors, booths, guests, audit, new References());
    }

    /**
     * A service whose deletions first ask the features holding exhibitors ({@code references}, record
     * type {@value ExhibitorAudit#EXHIBITOR}) to let go or refuse, in the deleting transaction.
     */
    public ExhibitorService(Database database, ExhibitorRepository exhibitors, BoothRepository booths, GuestService guests,
                            AuditTrail audit, References references) {
        this.database = database;
        this.exhibitors = exhibitors;
        this.booths = booths;
        this.guests = guests;
        this.audit = audit;
        this.references = references;
    }

    /** A service over the database with its own repositories, auditing as the operating-system user. For tests and tools. */
    public ExhibitorService(Database database, GuestService guests) {
        this(database, new ExhibitorRepository(database.dsl()), new BoothRepository(database.dsl()), guests,
                new AuditTrail(database, Actor.osUser()));
    }

    /** The committed changes of exhibitors, as stored (contacts as in {@link #list}); listeners run on the writing thread. */
    public ChangeFeed<Exhibitor> changes() {
        return changes;
    }

    // ---------------------------------------------------------------- exhibitors

    /**
     * The event's exhibitors in the order they were added. A contact linked to a guest shows the
     * guest's name as it is now, and the guest it was merged into if it was merged away.
     */
    public List<Exhibitor> list(long eventId) {
        return withContacts(eventId, exhibitors.findByEvent(eventId));
    }

    /** The exhibitor with this id (contact as in {@link #list}), if any. */
    public Optional<Exhibitor> find(long exhibitorId) {
        return exhibitors.findById(exhibitorId).map(e -> withContacts(e.eventId(), List.of(e)).get(0));
    }

    /** The guests on the event's list, any of whom can be an exhibitor's contact ({@code contactGuestId}). */
    public List<Guest> contactCandidates(long eventId) {
        return guests.list(eventId);
    }

    /** The event's exhibitors whose contact is this guest (or a guest merged into it), in the order they were added. */
    public List<Exhibitor> contactsOf(long eventId, long guestId) {
        return list(eventId).stream().filter(e -> Long.valueOf(guestId).equals(e.contactGuestId())).toList();
    }

    /**
     * Adds an exhibitor (no id) or saves an edited one (with id) and returns it as stored; audited as
     * CREATED (its values) or UPDATED (only the fields that changed; nothing if none did). A contact
     * guest ({@code contactGuestId}) must be on the event's guest list; a guest merged away is
     * replaced by the guest it was merged into, and the guest's name is kept as the contact's name.
     *
     * @throws ExhibitorException if it breaks a rule; {@code exhibitor.duplicate} if another exhibitor
     *         of the event has the same company name ({@link Exhibitor#companyKey}); {@code contact.gone}
     *         if the contact guest is not on the list; {@code exhibitor.cloudHoldsBooths} if the mode
     *         becomes cloud while it holds booths; {@code exhibitor.gone} if it was deleted meanwhile
     */
    public Exhibitor save(Exhibitor exhibitor) {
        ExhibitorException.refuseIfAny(ExhibitorRules.check(exhibitor));
        Exhibitor resolved = linkContact(exhibitor);
        Exhibitor stored = database.inTransaction(tx -> {
            ExhibitorRepository repository = exhibitors.within(tx);
            String key = Exhibitor.companyKey(resolved.companyName());
            for (Exhibitor other : repository.findByEvent(resolved.eventId())) {
                if (!other.id().equals(resolved.id()) && Exhibitor.companyKey(other.companyName()).equals(key)) {
                    throw new ExhibitorException("exhibitor.duplicate", resolved.companyName().strip(), other.companyName(), other.id());
                }
            }
            if (resolved.id() == null) {
                Exhibitor added = repository.insert(resolved);
                audit.record(tx, AuditEntry.created(added.eventId(), ExhibitorAudit.EXHIBITOR, added.id(),
                        added.companyName(), ExhibitorAudit.fields(added)));
                return added;
            }
            Exhibitor before = repository.lock(List.of(resolved.id())).stream()
                    .filter(e -> e.eventId() == resolved.eventId()).findFirst()
                    .orElseThrow(() -> new ExhibitorException("exhibitor.gone"));
            if (!resolved.mode().holdsBooths()) {
                refuseIfHoldingBooths(booths.within(tx), before);
            }
            Exhibitor after = repository.update(resolved).orElseThrow(() -> new ExhibitorException("exhibitor.gone"));
            updated(withContacts(before.eventId(), List.of(before)).get(0), after).ifPresent(e -> audit.record(tx, e));
            return after;
        });
        changes.saved(stored.eventId(), List.of(stored));
        return stored;
    }

    /**
     * Deletes the exhibitor, recording its last values; the booths it holds are released (one
     * DELETED booking entry each, so the trail says which booths became free). Published as removed
     * on {@link #changes()} only: a hall plan listens to it too (its booths may have become free).
     *
     * @return false if it was already gone (nothing recorded)
     * @throws ExhibitorException {@code exhibitor.hasDeposits} if deposits were received from it:
     *         remove them first (give the money back), so that no money disappears with a deletion
     * @throws org.conferencedesk.shared.UserFacingException if a feature holding the exhibitor refuses
     *         (a nominee of a signed-off award category); nothing is deleted then
     */
    public boolean delete(long eventId, long exhibitorId) {
        Runnable[] afterCommit = new Runnable[1];
        boolean deleted = database.inTransaction(tx -> {
            ExhibitorRepository repository = exhibitors.within(tx);
            List<Exhibitor> before = repository.lock(List.of(exhibitorId)).stream().filter(e -> e.eventId() == eventId).toList();
            if (before.isEmpty()) {
                return false;
            }
            Exhibitor gone = before.get(0);
            List<Deposit> deposits = repository.findDepositsOf(exhibitorId);
            if (!deposits.isEmpty()) {
                throw new ExhibitorException("exhibitor.hasDeposits", gone.companyName(), deposits.size());
            }
            BoothRepository plan = booths.within(tx);
            for (Booking booking : Booking.runsOf(plan.findDaysOfExhibitor(exhibitorId))) {
                audit.record(tx, BoothService.bookingEntry(plan, AuditAction.DELETED, booking, gone));
            }
            afterCommit[0] = references.release(tx, ExhibitorAudit.EXHIBITOR, eventId, exhibitorId);
            repository.delete(exhibitorId);
            audit.record(tx, AuditEntry.deleted(gone.eventId(), ExhibitorAudit.EXHIBITOR, gone.id(), gone.companyName(),
                    ExhibitorAudit.fields(gone)));
            return true;
        });
        if (deleted) {
            afterCommit[0].run();
            changes.removed(eventId, List.of(exhibitorId));
        }
        return deleted;
    }

    /**
     * Sets the payment status of the exhibitors with these ids, in one transaction (bulk "mark
     * paid"), all or nothing: one UPDATED audit entry per exhibitor changed; those already in that
     * status are left alone (no audit line).
     *
     * @return the exhibitors changed, as stored
     * @throws ExhibitorException {@code payment.gone} if any of them is no longer an exhibitor of the
     *         event (deleted meanwhile): nothing is changed then
     */
    public List<Exhibitor> setPaymentStatus(long eventId, Collection<Long> exhibitorIds, PaymentStatus status) {
        List<Exhibitor> changed = database.inTransaction(tx -> {
            ExhibitorRepository repository = exhibitors.within(tx);
            List<Exhibitor> locked = repository.lock(exhibitorIds).stream().filter(e -> e.eventId() == eventId).toList();
            long missing = exhibitorIds.stream().distinct().count() - locked.size();
            if (missing > 0) {
                throw new ExhibitorException("payment.gone", missing);
            }
            List<Exhibitor> saved = new ArrayList<>();
            for (Exhibitor stored : locked) {
                if (stored.paymentStatus() == status) {
                    continue;
                }
                Exhibitor before = withContacts(eventId, List.of(stored)).get(0);
                Exhibitor after = repository.update(before.withPaymentStatus(status))
                        .orElseThrow(() -> new ExhibitorException("exhibitor.gone"));
                updated(before, after).ifPresent(e -> audit.record(tx, e));
                saved.add(after);
            }
            return saved;
        });
        changes.saved(eventId, changed);
        return changed;
    }

    // ---------------------------------------------------------------- deposits and fees

    /** The exhibitor's deposits, in the order they were recorded. */
    public List<Deposit> deposits(long exhibitorId) {
        return exhibitors.findDepositsOf(exhibitorId);
    }

    /**
     * Records a deposit received from an exhibitor of the event; audited as a CREATED deposit.
     *
     * @return the deposit with its id
     * @throws ExhibitorException if it breaks a rule, or {@code exhibitor.gone} if the exhibitor is not the event's
     */
    public Deposit addDeposit(Deposit deposit) {
        ExhibitorException.refuseIfAny(ExhibitorRules.check(deposit));
        Deposit stored = database.inTransaction(tx -> {
            ExhibitorRepository repository = exhibitors.within(tx);
            Exhibitor payer = repository.lock(List.of(deposit.exhibitorId())).stream()
                    .filter(e -> e.eventId() == deposit.eventId()).findFirst()
                    .orElseThrow(() -> new ExhibitorException("exhibitor.gone"));
            Deposit added = repository.insertDeposit(deposit);
            audit.record(tx, AuditEntry.created(added.eventId(), ExhibitorAudit.DEPOSIT, added.id(), payer.companyName(),
                    ExhibitorAudit.fields(added, payer.companyName())));
            return added;
        });
        find(stored.exhibitorId()).ifPresent(e -> changes.saved(e.eventId(), List.of(e)));
        return stored;
    }

    /** Removes a deposit (given back, or recorded by mistake), recording its values; false if it was already gone. */
    public boolean removeDeposit(long eventId, long depositId) {
        Optional<Deposit> removed = database.inTransaction(tx -> {
            ExhibitorRepository repository = exhibitors.within(tx);
            Optional<Deposit> before = repository.lockDeposit(depositId).filter(d -> d.eventId() == eventId);
            if (before.isEmpty() || !repository.deleteDeposit(depositId)) {
                return Optional.<Deposit>empty();
            }
            Deposit gone = before.get();
            String payer = repository.findById(gone.exhibitorId()).map(Exhibitor::companyName).orElse(null);
            audit.record(tx, AuditEntry.deleted(eventId, ExhibitorAudit.DEPOSIT, gone.id(), payer,
                    ExhibitorAudit.fields(gone, payer)));
            return before;
        });
        removed.flatMap(d -> find(d.exhibitorId())).ifPresent(e -> changes.saved(eventId, List.of(e)));
        return removed.isPresent();
    }

    /** The event's fee rates. */
    public FeeSchedule rates(long eventId) {
        return FeeSchedule.of(exhibitors.findRates(eventId));
    }

    /**
     * Sets the event's rate for the rate's kind; audited as a CREATED or UPDATED {@code boothRate}
     * (nothing if it did not change). Every fee at this rate changes with it.
     *
     * @throws ExhibitorException if it breaks a rule
     */
    public void setRate(long eventId, BoothRate rate) {
        ExhibitorException.refuseIfAny(ExhibitorRules.check(rate));
        boolean changed = database.inTransaction(tx -> {
            ExhibitorRepository repository = exhibitors.within(tx);
            Optional<BoothRate> before = repository.lockRate(eventId, rate.kind());
            repository.putRate(eventId, rate);
            Map<String, String> after = ExhibitorAudit.fields(repository.lockRate(eventId, rate.kind()).orElseThrow());
            if (before.isEmpty()) {
                audit.record(tx, AuditEntry.created(eventId, ExhibitorAudit.RATE, null, rate.kind().name(), after));
                return true;
            }
            Optional<AuditEntry> edit = AuditEntry.updated(eventId, ExhibitorAudit.RATE, null, rate.kind().name(),
                    ExhibitorAudit.fields(before.get()), after);
            edit.ifPresent(e -> audit.record(tx, e));
            return edit.isPresent();
        });
        if (changed) {
            changes.reloaded(eventId);
        }
    }

    /** Removes the event's rate for {@code kind} (its booths can no longer be priced); false if there was none. */
    public boolean removeRate(long eventId, BoothKind kind) {
        boolean removed = database.inTransaction(tx -> {
            ExhibitorRepository repository = exhibitors.within(tx);
            Optional<BoothRate> before = repository.lockRate(eventId, kind);
            if (before.isEmpty() || !repository.deleteRate(eventId, kind)) {
                return false;
            }
            audit.record(tx, AuditEntry.deleted(eventId, ExhibitorAudit.RATE, null, kind.name(),
                    ExhibitorAudit.fields(before.get())));
            return true;
        });
        if (removed) {
            changes.reloaded(eventId);
        }
        return removed;
    }

    /**
     * The exhibitor's fee ({@link FeeSchedule#feeOf}): each booth it holds priced at the event's
     * rates, or its override; its deposits and balance.
     *
     * @throws ExhibitorException {@code exhibitor.gone} if there is no such exhibitor of the event
     */
    public ExhibitorFee fee(long eventId, long exhibitorId) {
        Exhibitor exhibitor = exhibitors.findById(exhibitorId).filter(e -> e.eventId() == eventId)
                .orElseThrow(() -> new ExhibitorException("exhibitor.gone"));
        Set<Long> held = new LinkedHashSet<>();
        booths.findDaysOfExhibitor(exhibitorId).forEach(d -> held.add(d.boothId()));
        List<Booth> heldBooths = held.stream().map(booths::findBooth).flatMap(Optional::stream).toList();
        return rates(eventId).feeOf(exhibitor, heldBooths, exhibitors.findDepositsOf(exhibitorId));
    }

    /** Every exhibitor's fee, by exhibitor id, in the order they were added. */
    public Map<Long, ExhibitorFee> fees(long eventId) {
        return rates(eventId).feesOf(exhibitors.findByEvent(eventId), booths.findBooths(eventId),
                Booking.runsOf(booths.findDays(eventId)), exhibitors.findDeposits(eventId));
    }

    /**
     * The event's exhibitors as a list shows them, in the order they were added: each with the halls
     * and booths it holds on any day (booths in hall and code order), their area in m² and the fee due
     * per currency ({@link ExhibitorFee#due()}). What the export and {@code list exhibitors} write.
     */
    public List<ListedExhibitor> listings(long eventId) {
        return listed(eventId, list(eventId), booths.findDays(eventId), fees(eventId));
    }

    /**
     * One exhibitor as {@link #listings} shows it (its halls, booths, area and fee due now), read for
     * that exhibitor alone: what a live table needs after one exhibitor changed (a booking, a payment).
     *
     * @param exhibitor an exhibitor as published on {@link #changes()} or listed
     * @return its row; no booths and no fee if it is no longer in the database
     */
    public ListedExhibitor listing(Exhibitor exhibitor) {
        long eventId = exhibitor.eventId();
        Map<Long, ExhibitorFee> fees = new java.util.HashMap<>();
        exhibitors.findById(exhibitor.id()).ifPresent(stored -> fees.put(stored.id(), fee(eventId, stored.id())));
        return listed(eventId, List.of(exhibitor), booths.findDaysOfExhibitor(exhibitor.id()), fees).get(0);
    }

    private List<ListedExhibitor> listed(long eventId, List<Exhibitor> which, List<Booking.Day> days,
                                         Map<Long, ExhibitorFee> fees) {
        Map<Long, Hall> halls = new java.util.HashMap<>();
        booths.findHalls(eventId).forEach(h -> halls.put(h.id(), h));
        Map<Long, Booth> byId = new java.util.HashMap<>();
        booths.findBooths(eventId).forEach(b -> byId.put(b.id(), b));
        Map<Long, Set<Booth>> held = new java.util.HashMap<>();
        for (Booking.Day d : days) {
            Booth b = byId.get(d.boothId());
            if (b != null) {
                held.computeIfAbsent(d.exhibitorId(), k -> new java.util.TreeSet<>(java.util.Comparator
                        .comparing((Booth x) -> halls.get(x.hallId()).code(), Hall::compareCodes)
                        .thenComparing(Booth::code, Hall::compareCodes).thenComparing(Booth::id))).add(b);
            }
        }
        List<ListedExhibitor> rows = new java.util.ArrayList<>();
        for (Exhibitor e : which) {
            Set<Booth> mine = held.getOrDefault(e.id(), Set.of());
            String hallCodes = mine.stream().map(b -> halls.get(b.hallId()).code()).distinct()
                    .collect(java.util.stream.Collectors.joining(", "));
            java.math.BigDecimal area = mine.stream().map(Booth::areaM2).reduce(new java.math.BigDecimal("0.00"),
                    java.math.BigDecimal::add);
            ExhibitorFee fee = fees.get(e.id());
            rows.add(new ListedExhibitor(e, hallCodes.isEmpty() ? null : hallCodes,
                    mine.stream().map(Booth::code).toList(), area.setScale(2, java.math.RoundingMode.UNNECESSARY),
                    fee == null ? org.conferencedesk.shared.money.AmountsByCurrency.NONE : fee.due()));
        }
        return rows;
    }

    // ---------------------------------------------------------------- figures

    /** The event's figures ({@link ExhibitorTotals}), read from the database. */
    public ExhibitorTotals totals(long eventId) {
        return ExhibitorTotals.of(exhibitors.findByEvent(eventId), booths.findHalls(eventId), booths.findBooths(eventId),
                Booking.runsOf(booths.findDays(eventId)), rates(eventId), exhibitors.findDeposits(eventId));
    }
    // ---------------------------------------------------------------- helpers

    /** The exhibitors with their contacts as the guests now are (see {@link GuestService#listedAs}). */
    private List<Exhibitor> withContacts(long eventId, List<Exhibitor> stored) {
        Set<Long> guestIds = new HashSet<>();
        stored.forEach(e -> {
            if (e.contactGuestId() != null) {
                guestIds.add(e.contactGuestId());
            }
        });
        if (guestIds.isEmpty()) {
            return stored;
        }
        Map<Long, Guest> now = guests.listedAs(eventId, guestIds);
        return stored.stream().map(e -> {
            if (e.contactGuestId() == null) {
                return e;
            }
            Guest g = now.get(e.contactGuestId());
            // A guest no longer on the list (cannot be found): the name kept on the exhibitor stays.
            return g == null ? e.withContact(e.contactPerson(), null) : e.withContact(g.fullName(), g.id());
        }).toList();
    }

    /** The exhibitor with its contact guest resolved (merged → kept guest) and the guest's name as the contact's. */
    private Exhibitor linkContact(Exhibitor exhibitor) {
        if (exhibitor.contactGuestId() == null) {
            return exhibitor;
        }
        Guest guest = guests.listedAs(exhibitor.eventId(), List.of(exhibitor.contactGuestId())).get(exhibitor.contactGuestId());
        if (guest == null) {
            throw new ExhibitorException("contact.gone", exhibitor.contactGuestId());
        }
        return exhibitor.withContact(guest.fullName(), guest.id());
    }

    private static void refuseIfHoldingBooths(BoothRepository repository, Exhibitor exhibitor) {
        List<Booking.Day> held = repository.findDaysOfExhibitor(exhibitor.id());
        if (!held.isEmpty()) {
            String codes = held.stream().map(Booking.Day::boothId).distinct().map(id -> BoothService.boothCode(repository, id))
                    .collect(Collectors.joining(", "));
            throw new ExhibitorException("exhibitor.cloudHoldsBooths", exhibitor.companyName(), codes);
        }
    }

    /** The UPDATED entry for an edit, or empty if it changed nothing (Save pressed twice leaves no line). */
    private static Optional<AuditEntry> updated(Exhibitor before, Exhibitor after) {
        return AuditEntry.updated(after.eventId(), ExhibitorAudit.EXHIBITOR, after.id(), after.companyName(),
                ExhibitorAudit.fields(before), ExhibitorAudit.fields(after));
    }

}
