package org.conferencedesk.exhibitors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventService;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.FieldChange;

/**
 * An event's exhibitors and the booths they hold: exhibitors (checked by {@link ExhibitorRules}),
 * their contact (a guest of the event, one person one record), payment status, fee overrides and
 * deposits; halls and booths; bookings of booths by day (the same booth on the same day for two
 * exhibitors is refused, naming the holder; the database refuses it too); the event's fee rates and
 * the fees they give ({@link FeeSchedule}); the hall plan and the figures ({@link ExhibitorTotals}).
 *
 * <p>Every write runs in one transaction and records what it changed in the {@link AuditTrail} in
 * that transaction, then tells the listeners ({@link ExhibitorChange}). A write that breaks a rule
 * throws {@link ExhibitorException} and changes nothing. Thread-safe; knows nothing of JavaFX. Call
 * it off the FX application thread.
 */
public final class ExhibitorService {

    private final Database database;
    private final ExhibitorRepository exhibitors;
    private final BoothRepository booths;
    private final EventService events;
    private final GuestService guests;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<Consumer<ExhibitorChange>> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param database the database (for transactions)
     * @param exhibitors the exhibitor repository over it
     * @param booths the hall and booth repository over it
     * @param events the events (their days bound the bookings)
     * @param guests the guests (an exhibitor's contact may be one)
     * @param audit the trail every change is recorded in
     * @param clock the time bookings are made
     */
    public ExhibitorService(Database database, ExhibitorRepository exhibitors, BoothRepository booths, EventService events,
                            GuestService guests, AuditTrail audit, Clock clock) {
        this.database = database;
        this.exhibitors = exhibitors;
        this.booths = booths;
        this.events = events;
        this.guests = guests;
        this.audit = audit;
        this.clock = clock;
    }

    /** A service over the database with its own repositories, auditing as the operating-system user. For tests and tools. */
    public ExhibitorService(Database database, EventService events, GuestService guests) {
        this(database, new ExhibitorRepository(database.dsl()), new BoothRepository(database.dsl()), events, guests,
                new AuditTrail(database, Actor.osUser()), Clock.systemUTC());
    }

    /** Registers a listener called after every committed change, on the writing thread. */
    public void addListener(Consumer<ExhibitorChange> listener) {
        listeners.add(listener);
    }

    /** Removes a listener added with {@link #addListener}. */
    public void removeListener(Consumer<ExhibitorChange> listener) {
        listeners.remove(listener);
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
        check(ExhibitorRules.check(exhibitor));
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
                audit.record(tx, AuditEntry.of(added.eventId(), ExhibitorAudit.EXHIBITOR, added.id(), AuditAction.CREATED,
                        added.companyName(), FieldChange.between(Map.of(), ExhibitorAudit.fields(added))));
                return added;
            }
            Exhibitor before = repository.lock(List.of(resolved.id())).stream().findFirst()
                    .orElseThrow(() -> new ExhibitorException("exhibitor.gone"));
            if (!resolved.mode().holdsBooths()) {
                refuseIfHoldingBooths(booths.within(tx), before);
            }
            Exhibitor after = repository.update(resolved).orElseThrow(() -> new ExhibitorException("exhibitor.gone"));
            updated(withContacts(before.eventId(), List.of(before)).get(0), after).ifPresent(e -> audit.record(tx, e));
            return after;
        });
        publish(new ExhibitorChange.Saved(stored.eventId(), List.of(stored)));
        return stored;
    }

    /**
     * Deletes the exhibitor, recording its last values; the booths it holds are released (one
     * DELETED booking entry each, so the trail says which booths became free).
     *
     * @return false if it was already gone (nothing recorded)
     * @throws ExhibitorException {@code exhibitor.hasDeposits} if deposits were received from it:
     *         remove them first (give the money back), so that no money disappears with a deletion
     */
    public boolean delete(long eventId, long exhibitorId) {
        List<Booking> released = new ArrayList<>();
        boolean deleted = database.inTransaction(tx -> {
            ExhibitorRepository repository = exhibitors.within(tx);
            List<Exhibitor> before = repository.lock(List.of(exhibitorId));
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
                audit.record(tx, bookingEntry(plan, AuditAction.DELETED, booking, gone));
                released.add(booking);
            }
            repository.delete(exhibitorId);
            audit.record(tx, AuditEntry.of(gone.eventId(), ExhibitorAudit.EXHIBITOR, gone.id(), AuditAction.DELETED,
                    gone.companyName(), FieldChange.between(ExhibitorAudit.fields(gone), Map.of())));
            return true;
        });
        if (deleted) {
            publish(new ExhibitorChange.Removed(eventId, List.of(exhibitorId)));
            if (!released.isEmpty()) {
                publish(new ExhibitorChange.BookingsChanged(eventId,
                        released.stream().map(Booking::boothId).distinct().toList(), List.of(exhibitorId)));
            }
        }
        return deleted;
    }

    /**
     * Sets the payment status of the exhibitors with these ids, in one transaction (bulk "mark
     * paid"); those already in that status are left alone (no audit line).
     *
     * @return the exhibitors changed, as stored
     */
    public List<Exhibitor> setPaymentStatus(long eventId, Collection<Long> exhibitorIds, PaymentStatus status) {
        List<Exhibitor> changed = database.inTransaction(tx -> {
            ExhibitorRepository repository = exhibitors.within(tx);
            List<Exhibitor> saved = new ArrayList<>();
            for (Exhibitor stored : repository.lock(exhibitorIds)) {
                if (stored.eventId() != eventId || stored.paymentStatus() == status) {
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
        if (!changed.isEmpty()) {
            publish(new ExhibitorChange.Saved(eventId, changed));
        }
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
        check(ExhibitorRules.check(deposit));
        Deposit stored = database.inTransaction(tx -> {
            ExhibitorRepository repository = exhibitors.within(tx);
            Exhibitor payer = repository.lock(List.of(deposit.exhibitorId())).stream()
                    .filter(e -> e.eventId() == deposit.eventId()).findFirst()
                    .orElseThrow(() -> new ExhibitorException("exhibitor.gone"));
            Deposit added = repository.insertDeposit(deposit);
            audit.record(tx, AuditEntry.of(added.eventId(), ExhibitorAudit.DEPOSIT, added.id(), AuditAction.CREATED,
                    payer.companyName(), FieldChange.between(Map.of(), ExhibitorAudit.fields(added, payer.companyName()))));
            return added;
        });
        publish(new ExhibitorChange.DepositsChanged(stored.eventId(), stored.exhibitorId()));
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
            audit.record(tx, AuditEntry.of(eventId, ExhibitorAudit.DEPOSIT, gone.id(), AuditAction.DELETED, payer,
                    FieldChange.between(ExhibitorAudit.fields(gone, payer), Map.of())));
            return before;
        });
        removed.ifPresent(d -> publish(new ExhibitorChange.DepositsChanged(eventId, d.exhibitorId())));
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
        check(ExhibitorRules.check(rate));
        boolean changed = database.inTransaction(tx -> {
            ExhibitorRepository repository = exhibitors.within(tx);
            Optional<BoothRate> was = repository.lockRate(eventId, rate.kind());
            Map<String, String> before = was.isPresent() ? ExhibitorAudit.fields(was.get()) : Map.of();
            repository.putRate(eventId, rate);
            BoothRate stored = repository.lockRate(eventId, rate.kind()).orElseThrow();
            List<FieldChange> changes = FieldChange.between(before, ExhibitorAudit.fields(stored));
            if (changes.isEmpty()) {
                return false;
            }
            audit.record(tx, AuditEntry.of(eventId, ExhibitorAudit.RATE, null,
                    before.isEmpty() ? AuditAction.CREATED : AuditAction.UPDATED, rate.kind().name(), changes));
            return true;
        });
        if (changed) {
            publish(new ExhibitorChange.PlanChanged(eventId));
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
            audit.record(tx, AuditEntry.of(eventId, ExhibitorAudit.RATE, null, AuditAction.DELETED, kind.name(),
                    FieldChange.between(ExhibitorAudit.fields(before.get()), Map.of())));
            return true;
        });
        if (removed) {
            publish(new ExhibitorChange.PlanChanged(eventId));
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
        return rates(eventId).feesOf(exhibitors.findByEvent(eventId), booths.findBooths(eventId), bookings(eventId),
                exhibitors.findDeposits(eventId));
    }

    // ---------------------------------------------------------------- halls and booths

    /** The event's halls in code order. */
    public List<Hall> halls(long eventId) {
        return booths.findHalls(eventId);
    }

    /** The event's hall with this code (compared by {@link Hall#codeKey}), if any. */
    public Optional<Hall> findHall(long eventId, String code) {
        return booths.findHallByCodeKey(eventId, Hall.codeKey(code), null);
    }

    /**
     * Adds a hall (no id) or saves an edited one; audited.
     *
     * @throws ExhibitorException if it breaks a rule; {@code hall.duplicate} if the event has a hall
     *         with that code; {@code hall.boothsOutside} if a smaller size would leave placed booths
     *         outside it; {@code hall.gone} if it was deleted meanwhile
     */
    public Hall saveHall(Hall hall) {
        check(ExhibitorRules.check(hall));
        Hall stored = database.inTransaction(tx -> {
            BoothRepository repository = booths.within(tx);
            repository.findHallByCodeKey(hall.eventId(), Hall.codeKey(hall.code()), hall.id()).ifPresent(other -> {
                throw new ExhibitorException("hall.duplicate", hall.code().strip(), other.code());
            });
            if (hall.id() == null) {
                Hall added = repository.insertHall(hall);
                audit.record(tx, AuditEntry.of(added.eventId(), ExhibitorAudit.HALL, added.id(), AuditAction.CREATED,
                        added.code(), FieldChange.between(Map.of(), ExhibitorAudit.fields(added))));
                return added;
            }
            Hall before = repository.lockHall(hall.id()).orElseThrow(() -> new ExhibitorException("hall.gone"));
            if (hall.hasSize()) {
                List<String> outside = repository.findBoothsIn(hall.id()).stream()
                        .filter(b -> b.place() != null && !b.place().fitsIn(hall.widthM(), hall.depthM()))
                        .map(Booth::code).toList();
                if (!outside.isEmpty()) {
                    throw new ExhibitorException("hall.boothsOutside", hall.code().strip(), String.join(", ", outside));
                }
            }
            Hall after = repository.updateHall(hall).orElseThrow(() -> new ExhibitorException("hall.gone"));
            List<FieldChange> changes = FieldChange.between(ExhibitorAudit.fields(before), ExhibitorAudit.fields(after));
            if (!changes.isEmpty()) {
                audit.record(tx, AuditEntry.of(after.eventId(), ExhibitorAudit.HALL, after.id(), AuditAction.UPDATED,
                        after.code(), changes));
            }
            return after;
        });
        publish(new ExhibitorChange.PlanChanged(stored.eventId()));
        return stored;
    }

    /**
     * Deletes a hall and its booths (one DELETED entry for the hall, with how many booths went with it).
     *
     * @return false if it was already gone
     * @throws ExhibitorException {@code hall.booked} if one of its booths is held: release it first
     */
    public boolean deleteHall(long eventId, long hallId) {
        boolean deleted = database.inTransaction(tx -> {
            BoothRepository repository = booths.within(tx);
            Optional<Hall> before = repository.lockHall(hallId).filter(h -> h.eventId() == eventId);
            if (before.isEmpty()) {
                return false;
            }
            List<Booking.Day> held = repository.findDaysInHall(hallId);
            if (!held.isEmpty()) {
                Booking.Day first = held.get(0);
                throw new ExhibitorException("hall.booked", before.get().code(), boothCode(repository, first.boothId()),
                        companyName(exhibitors.within(tx), first.exhibitorId()));
            }
            int boothCount = repository.findBoothsIn(hallId).size();
            repository.deleteHall(hallId);
            Map<String, String> view = ExhibitorAudit.fields(before.get());
            view.put("booths", String.valueOf(boothCount));
            audit.record(tx, AuditEntry.of(eventId, ExhibitorAudit.HALL, hallId, AuditAction.DELETED, before.get().code(),
                    FieldChange.between(view, Map.of())));
            return true;
        });
        if (deleted) {
            publish(new ExhibitorChange.PlanChanged(eventId));
        }
        return deleted;
    }

    /** The event's booths, by hall, then code. */
    public List<Booth> booths(long eventId) {
        return booths.findBooths(eventId);
    }

    /**
     * The event's booths with this code (compared by {@link Hall#codeKey}: "a-101" finds "A-101",
     * "0012" does not find "12"), in the hall with code {@code hallCode}, or in any hall if it is
     * null. More than one means the code is used in several halls: name the hall.
     */
    public List<Booth> findBooths(long eventId, String hallCode, String boothCode) {
        List<Booth> found = booths.findBoothsByCodeKey(eventId, Hall.codeKey(boothCode));
        if (hallCode == null || found.isEmpty()) {
            return found;
        }
        Optional<Hall> hall = findHall(eventId, hallCode);
        return hall.map(h -> found.stream().filter(b -> b.hallId() == h.id()).toList()).orElse(List.of());
    }

    /**
     * Adds a booth (no id) or saves an edited one; audited with its hall's code.
     *
     * @throws ExhibitorException if it breaks a rule (including a place outside its hall);
     *         {@code hall.gone} if its hall is not the event's; {@code booth.duplicate} if its hall has a
     *         booth with that code; {@code booth.overlap} if its place overlaps another booth's;
     *         {@code booth.gone} if it was deleted meanwhile
     */
    public Booth saveBooth(Booth booth) {
        Booth stored = database.inTransaction(tx -> {
            BoothRepository repository = booths.within(tx);
            // The hall is locked so that two booths placed at once cannot both take the same floor.
            Hall hall = repository.lockHall(booth.hallId()).filter(h -> h.eventId() == booth.eventId())
                    .orElseThrow(() -> new ExhibitorException("hall.gone"));
            check(ExhibitorRules.check(booth, hall));
            String key = Hall.codeKey(booth.code());
            for (Booth other : repository.findBoothsIn(hall.id())) {
                if (other.id().equals(booth.id())) {
                    continue;
                }
                if (Hall.codeKey(other.code()).equals(key)) {
                    throw new ExhibitorException("booth.duplicate", booth.code().strip(), hall.code(), other.code());
                }
                if (booth.place() != null && other.place() != null && booth.place().overlaps(other.place())) {
                    throw new ExhibitorException("booth.overlap", booth.code().strip(), other.code(), hall.code());
                }
            }
            if (booth.id() == null) {
                Booth added = repository.insertBooth(booth);
                audit.record(tx, AuditEntry.of(added.eventId(), ExhibitorAudit.BOOTH, added.id(), AuditAction.CREATED,
                        added.code(), FieldChange.between(Map.of(), ExhibitorAudit.fields(added, hall.code()))));
                return added;
            }
            Booth before = repository.lockBooth(booth.id()).filter(b -> b.eventId() == booth.eventId())
                    .orElseThrow(() -> new ExhibitorException("booth.gone"));
            String hallBefore = repository.findHall(before.hallId()).map(Hall::code).orElse(null);
            Booth after = repository.updateBooth(booth).orElseThrow(() -> new ExhibitorException("booth.gone"));
            List<FieldChange> changes = FieldChange.between(ExhibitorAudit.fields(before, hallBefore),
                    ExhibitorAudit.fields(after, hall.code()));
            if (!changes.isEmpty()) {
                audit.record(tx, AuditEntry.of(after.eventId(), ExhibitorAudit.BOOTH, after.id(), AuditAction.UPDATED,
                        after.code(), changes));
            }
            return after;
        });
        publish(new ExhibitorChange.PlanChanged(stored.eventId()));
        return stored;
    }

    /**
     * Deletes a booth, recording its last values.
     *
     * @return false if it was already gone
     * @throws ExhibitorException {@code booth.booked} naming its holder if it is held on any day: release it first
     */
    public boolean deleteBooth(long eventId, long boothId) {
        boolean deleted = database.inTransaction(tx -> {
            BoothRepository repository = booths.within(tx);
            Optional<Booth> before = repository.lockBooth(boothId).filter(b -> b.eventId() == eventId);
            if (before.isEmpty()) {
                return false;
            }
            List<Booking.Day> held = repository.findDaysOfBooths(List.of(boothId));
            if (!held.isEmpty()) {
                throw new ExhibitorException("booth.booked", before.get().code(),
                        companyName(exhibitors.within(tx), held.get(0).exhibitorId()));
            }
            String hallCode = repository.findHall(before.get().hallId()).map(Hall::code).orElse(null);
            repository.deleteBooth(boothId);
            audit.record(tx, AuditEntry.of(eventId, ExhibitorAudit.BOOTH, boothId, AuditAction.DELETED, before.get().code(),
                    FieldChange.between(ExhibitorAudit.fields(before.get(), hallCode), Map.of())));
            return true;
        });
        if (deleted) {
            publish(new ExhibitorChange.PlanChanged(eventId));
        }
        return deleted;
    }

    // ---------------------------------------------------------------- bookings

    /** The event's bookings, by booth, then first day. */
    public List<Booking> bookings(long eventId) {
        return Booking.runsOf(booths.findDays(eventId));
    }

    /** The exhibitor's bookings, by booth, then first day. */
    public List<Booking> bookingsOf(long exhibitorId) {
        return Booking.runsOf(booths.findDaysOfExhibitor(exhibitorId));
    }

    /** The booth's bookings (one holder per day), by first day. */
    public List<Booking> bookingsOfBooth(long boothId) {
        return Booking.runsOf(booths.findDaysOfBooths(List.of(boothId)));
    }

    /** Books the booth for the exhibitor on every day of the event; see {@link #book}. */
    public Booking bookForEvent(long eventId, long boothId, long exhibitorId) {
        Event event = eventWithDays(eventId);
        return book(eventId, boothId, exhibitorId, event.startDate(), event.endDate());
    }

    /**
     * Books the booth for the exhibitor from {@code firstDay} to {@code lastDay} (both included, days
     * of the event). Days the exhibitor already holds stay as they are (booking them again changes
     * nothing and records nothing). Audited as a CREATED {@code booking} naming the booth, its hall,
     * the exhibitor and the days.
     *
     * <p>The same booth on the same day for two exhibitors is refused, naming the holder; the same
     * booth on other days is allowed. The booth's row is locked while the days are checked, and the
     * database's primary key on (booth, day) refuses a day held meanwhile by another program.
     *
     * @return the booking as it stands after (the run of consecutive days held that includes {@code firstDay})
     * @throws ExhibitorException {@code booking.taken} naming the booth, the holder and the days;
     *         {@code booking.noDates} if the event has no dates; {@code booking.outsideEvent} or
     *         {@code booking.daysOrder} for days that are not the event's or out of order;
     *         {@code booking.cloudOnly} if the exhibitor is in the cloud exhibition only;
     *         {@code booth.gone} / {@code exhibitor.gone} if either is not the event's. Nothing changes.
     */
    public Booking book(long eventId, long boothId, long exhibitorId, LocalDate firstDay, LocalDate lastDay) {
        checkDays(eventWithDays(eventId), firstDay, lastDay);
        Booking booked;
        try {
            booked = database.inTransaction(tx -> {
                BoothRepository plan = booths.within(tx);
                Booth booth = plan.lockBooth(boothId).filter(b -> b.eventId() == eventId)
                        .orElseThrow(() -> new ExhibitorException("booth.gone"));
                Exhibitor holder = exhibitors.within(tx).lock(List.of(exhibitorId)).stream()
                        .filter(e -> e.eventId() == eventId).findFirst()
                        .orElseThrow(() -> new ExhibitorException("exhibitor.gone"));
                if (!holder.mode().holdsBooths()) {
                    throw new ExhibitorException("booking.cloudOnly", holder.companyName(), booth.code());
                }
                List<Booking.Day> held = plan.findDaysOfBooths(List.of(boothId)).stream()
                        .filter(d -> !d.day().isBefore(firstDay) && !d.day().isAfter(lastDay)).toList();
                refuseIfTaken(exhibitors.within(tx), booth, exhibitorId, held);
                Set<LocalDate> mine = held.stream().map(Booking.Day::day).collect(Collectors.toSet());
                List<LocalDate> missing = firstDay.datesUntil(lastDay.plusDays(1)).filter(d -> !mine.contains(d)).toList();
                if (!missing.isEmpty()) {
                    plan.insertDays(eventId, boothId, exhibitorId, missing, clock.instant());
                    audit.record(tx, bookingEntry(plan, AuditAction.CREATED, new Booking(boothId, exhibitorId,
                            missing.get(0), missing.get(missing.size() - 1)), holder));
                }
                return runContaining(plan, boothId, exhibitorId, firstDay);
            });
        } catch (BoothRepository.DayTakenException e) {
            // Another program booked one of the days between our check and our insert; our
            // transaction has rolled back. Read who holds it now, to name them.
            Booth booth = booths.findBooth(boothId).orElseThrow(() -> new ExhibitorException("booth.gone"));
            List<Booking.Day> held = booths.findDaysOfBooths(List.of(boothId)).stream()
                    .filter(d -> !d.day().isBefore(firstDay) && !d.day().isAfter(lastDay)).toList();
            refuseIfTaken(exhibitors, booth, exhibitorId, held);
            throw new ExhibitorException("booking.takenMeanwhile", booth.code());
        }
        publish(new ExhibitorChange.BookingsChanged(eventId, List.of(boothId), List.of(exhibitorId)));
        return booked;
    }

    /**
     * Releases the days from {@code firstDay} to {@code lastDay} (both included) on which the
     * exhibitor holds the booth; other days and other holders are left alone. Audited as a DELETED
     * {@code booking} with the first and last day released.
     *
     * @return how many days were released (0: nothing held then, nothing recorded)
     */
    public int release(long eventId, long boothId, long exhibitorId, LocalDate firstDay, LocalDate lastDay) {
        int released = database.inTransaction(tx -> {
            BoothRepository plan = booths.within(tx);
            Optional<Booth> booth = plan.lockBooth(boothId).filter(b -> b.eventId() == eventId);
            if (booth.isEmpty()) {
                return 0;
            }
            List<LocalDate> days = plan.findDaysOfBooths(List.of(boothId)).stream()
                    .filter(d -> d.exhibitorId() == exhibitorId && !d.day().isBefore(firstDay) && !d.day().isAfter(lastDay))
                    .map(Booking.Day::day).toList();
            if (days.isEmpty()) {
                return 0;
            }
            int n = plan.deleteDays(boothId, exhibitorId, firstDay, lastDay);
            Exhibitor holder = exhibitors.within(tx).findById(exhibitorId).orElseThrow();
            audit.record(tx, bookingEntry(plan, AuditAction.DELETED,
                    new Booking(boothId, exhibitorId, days.get(0), days.get(days.size() - 1)), holder));
            return n;
        });
        if (released > 0) {
            publish(new ExhibitorChange.BookingsChanged(eventId, List.of(boothId), List.of(exhibitorId)));
        }
        return released;
    }

    // ---------------------------------------------------------------- plan and figures

    /**
     * The hall's plan: its booths, who holds them on which days, and their state (free, booked, paid).
     *
     * @throws ExhibitorException {@code hall.gone} if it is not a hall of the event
     */
    public HallPlan plan(long eventId, long hallId) {
        Hall hall = booths.findHall(hallId).filter(h -> h.eventId() == eventId)
                .orElseThrow(() -> new ExhibitorException("hall.gone"));
        List<Booking> held = Booking.runsOf(booths.findDaysInHall(hallId));
        Set<Long> holderIds = held.stream().map(Booking::exhibitorId).collect(Collectors.toSet());
        List<Exhibitor> holders = holderIds.isEmpty() ? List.of()
                : exhibitors.findByEvent(eventId).stream().filter(e -> holderIds.contains(e.id())).toList();
        return HallPlan.of(hall, booths.findBoothsIn(hallId), held, holders);
    }

    /** The event's figures ({@link ExhibitorTotals}), read from the database. */
    public ExhibitorTotals totals(long eventId) {
        return ExhibitorTotals.of(exhibitors.findByEvent(eventId), booths.findHalls(eventId), booths.findBooths(eventId),
                bookings(eventId), rates(eventId), exhibitors.findDeposits(eventId));
    }

    // ---------------------------------------------------------------- helpers

    private static void check(List<ExhibitorRules.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ExhibitorException(problems);
        }
    }

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
            String codes = held.stream().map(Booking.Day::boothId).distinct().map(id -> boothCode(repository, id))
                    .collect(Collectors.joining(", "));
            throw new ExhibitorException("exhibitor.cloudHoldsBooths", exhibitor.companyName(), codes);
        }
    }

    /** Throws {@code booking.taken} if a day of {@code held} (days of the booth in the range asked) is another exhibitor's. */
    private static void refuseIfTaken(ExhibitorRepository repository, Booth booth, long exhibitorId, List<Booking.Day> held) {
        List<Booking> others = Booking.runsOf(held.stream().filter(d -> d.exhibitorId() != exhibitorId).toList());
        if (others.isEmpty()) {
            return;
        }
        Map<Long, List<Booking>> byHolder = new LinkedHashMap<>();
        others.forEach(b -> byHolder.computeIfAbsent(b.exhibitorId(), id -> new ArrayList<>()).add(b));
        List<String> parts = new ArrayList<>();
        byHolder.forEach((holderId, runs) -> parts.add(companyName(repository, holderId) + " ("
                + runs.stream().map(ExhibitorService::dayRange).collect(Collectors.joining(", ")) + ")"));
        throw new ExhibitorException("booking.taken", booth.code(), String.join("; ", parts));
    }

    private static String dayRange(Booking b) {
        return b.firstDay().equals(b.lastDay()) ? b.firstDay().toString() : b.firstDay() + "–" + b.lastDay();
    }

    private Event eventWithDays(long eventId) {
        Event event = events.find(eventId).orElseThrow(() -> new ExhibitorException("event.gone"));
        if (event.startDate() == null || event.endDate() == null) {
            throw new ExhibitorException("booking.noDates", event.name());
        }
        return event;
    }

    private static void checkDays(Event event, LocalDate firstDay, LocalDate lastDay) {
        if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
            throw new ExhibitorException("booking.daysOrder", String.valueOf(firstDay), String.valueOf(lastDay));
        }
        if (firstDay.isBefore(event.startDate()) || lastDay.isAfter(event.endDate())) {
            throw new ExhibitorException("booking.outsideEvent", firstDay + "–" + lastDay, event.name(),
                    event.startDate() + "–" + event.endDate());
        }
    }

    private static Booking runContaining(BoothRepository plan, long boothId, long exhibitorId, LocalDate day) {
        return Booking.runsOf(plan.findDaysOfBooths(List.of(boothId))).stream()
                .filter(b -> b.exhibitorId() == exhibitorId && !day.isBefore(b.firstDay()) && !day.isAfter(b.lastDay()))
                .findFirst().orElseThrow();
    }

    /** The audit entry of a booking made (CREATED) or released (DELETED). */
    private static AuditEntry bookingEntry(BoothRepository repository, AuditAction action, Booking booking, Exhibitor holder) {
        Booth booth = repository.findBooth(booking.boothId()).orElseThrow();
        String hallCode = repository.findHall(booth.hallId()).map(Hall::code).orElse(null);
        Map<String, String> view = ExhibitorAudit.fields(booking, booth, hallCode, holder);
        return AuditEntry.of(holder.eventId(), ExhibitorAudit.BOOKING, booth.id(), action,
                booth.code() + " · " + holder.companyName(),
                action == AuditAction.DELETED ? FieldChange.between(view, Map.of()) : FieldChange.between(Map.of(), view));
    }

    private static String boothCode(BoothRepository repository, long boothId) {
        return repository.findBooth(boothId).map(Booth::code).orElse("#" + boothId);
    }

    private static String companyName(ExhibitorRepository repository, long exhibitorId) {
        return repository.findById(exhibitorId).map(Exhibitor::companyName).orElse("#" + exhibitorId);
    }

    /** The UPDATED entry for an edit, or empty if it changed nothing (Save pressed twice leaves no line). */
    private static Optional<AuditEntry> updated(Exhibitor before, Exhibitor after) {
        List<FieldChange> changes = FieldChange.between(ExhibitorAudit.fields(before), ExhibitorAudit.fields(after));
        return changes.isEmpty() ? Optional.empty() : Optional.of(AuditEntry.of(after.eventId(), ExhibitorAudit.EXHIBITOR,
                after.id(), AuditAction.UPDATED, after.companyName(), changes));
    }

    private void publish(ExhibitorChange change) {
        for (Consumer<ExhibitorChange> listener : listeners) {
            listener.accept(change);
        }
    }
}
