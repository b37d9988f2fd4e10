package org.conferencedesk.exhibitors;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.function.Consumer;
import org.conferencedesk.shared.RecordBatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventService;
import org.conferencedesk.shared.record.ChangeFeed;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.Database;

/**
 * An event's halls, their booths, and the bookings of booths by day: the same booth on the same day
 * for two exhibitors is refused, naming the holder (and the database refuses it too: one row per
 * booth and day, sql/V10); the same booth on other days is allowed. Also the hall plan (who holds
 * which booth, free, booked or paid).
 *
 * <p>Every write runs in one transaction and records what it changed in the {@link AuditTrail} in
 * that transaction (record types {@code hall}, {@code booth}, {@code booking}), then publishes it on
 * {@link #changes()}: a booth saved (also when it is booked or released; its holder is then
 * published as saved on {@link ExhibitorService#changes()}, its fee having changed), removed, or
 * every booth of the event reloaded (a hall changed). A hall plan listens to both feeds: holders'
 * names and payment status are the exhibitors'. A write that breaks a rule throws
 * {@link ExhibitorException} and changes nothing. Thread-safe; knows nothing of JavaFX. Call it off the FX application thread.
 */
public final class BoothService {

    private final Database database;
    private final BoothRepository booths;
    private final ExhibitorRepository exhibitors;
    private final EventService events;
    private final AuditTrail audit;
    private final Clock clock;
    private final ExhibitorService exhibitorService;
    private final ChangeFeed<Booth> changes = new ChangeFeed<>();

    /**
     * @param database the database (for transactions)
     * @param booths the hall and booth repository over it
     * @param exhibitors the exhibitor repository over it (bookings name and lock their holders)
     * @param events the events (their days bound the bookings)
     * @param audit the trail every change is recorded in
     * @param clock the time bookings are made
     * @param exhibitorService the exhibitors (a booking publishes its holder, with its contact, on their feed)
     */
    public BoothService(Database database, BoothRepository booths, ExhibitorRepository exhibitors, EventService events,
                        AuditTrail audit, Clock clock, ExhibitorService exhibitorService) {
        this.database = database;
        this.booths = booths;
        this.exhibitors = exhibitors;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.exhibitorService = exhibitorService;
    }

    /** A service over the database with its own repositories, auditing as the operating-system user. For tests and tools. */
    public BoothService(Database database, EventService events, ExhibitorService exhibitorService) {
        this(database, new BoothRepository(database.dsl()), new ExhibitorRepository(database.dsl()), events,
                new AuditTrail(database, Actor.osUser()), Clock.systemUTC(), exhibitorService);
    }

    /** The committed changes of booths (and, through them, of bookings); listeners run on the writing thread. */
    public ChangeFeed<Booth> changes() {
        return changes;
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
        ExhibitorException.refuseIfAny(ExhibitorRules.check(hall));
        Hall stored = database.inTransaction(tx -> {
            BoothRepository repository = booths.within(tx);
            repository.findHallByCodeKey(hall.eventId(), Hall.codeKey(hall.code()), hall.id()).ifPresent(other -> {
                throw new ExhibitorException("hall.duplicate", hall.code().strip(), other.code());
            });
            if (hall.id() == null) {
                Hall added = repository.insertHall(hall);
                audit.record(tx, AuditEntry.created(added.eventId(), ExhibitorAudit.HALL, added.id(), added.code(),
                        ExhibitorAudit.fields(added)));
                return added;
            }
            Hall before = repository.lockHall(hall.id()).filter(h -> h.eventId() == hall.eventId())
                    .orElseThrow(() -> new ExhibitorException("hall.gone"));
            if (hall.hasSize()) {
                List<String> outside = repository.findBoothsIn(hall.id()).stream()
                        .filter(b -> b.place() != null && !b.place().fitsIn(hall.widthM(), hall.depthM()))
                        .map(Booth::code).toList();
                if (!outside.isEmpty()) {
                    throw new ExhibitorException("hall.boothsOutside", hall.code().strip(), String.join(", ", outside));
                }
            }
            Hall after = repository.updateHall(hall).orElseThrow(() -> new ExhibitorException("hall.gone"));
            AuditEntry.updated(after.eventId(), ExhibitorAudit.HALL, after.id(), after.code(), ExhibitorAudit.fields(before),
                    ExhibitorAudit.fields(after)).ifPresent(e -> audit.record(tx, e));
            return after;
        });
        changes.reloaded(stored.eventId());
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
            audit.record(tx, AuditEntry.deleted(eventId, ExhibitorAudit.HALL, hallId, before.get().code(), view));
            return true;
        });
        if (deleted) {
            changes.reloaded(eventId);
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
            ExhibitorException.refuseIfAny(ExhibitorRules.check(booth, hall));
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
                audit.record(tx, AuditEntry.created(added.eventId(), ExhibitorAudit.BOOTH, added.id(), added.code(),
                        ExhibitorAudit.fields(added, hall.code())));
                return added;
            }
            Booth before = repository.lockBooth(booth.id()).filter(b -> b.eventId() == booth.eventId())
                    .orElseThrow(() -> new ExhibitorException("booth.gone"));
            String hallBefore = repository.findHall(before.hallId()).map(Hall::code).orElse(null);
            Booth after = repository.updateBooth(booth).orElseThrow(() -> new ExhibitorException("booth.gone"));
            AuditEntry.updated(after.eventId(), ExhibitorAudit.BOOTH, after.id(), after.code(),
                    ExhibitorAudit.fields(before, hallBefore), ExhibitorAudit.fields(after, hall.code()))
                    .ifPresent(e -> audit.record(tx, e));
            return after;
        });
        changes.saved(stored.eventId(), List.of(stored));
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
            audit.record(tx, AuditEntry.deleted(eventId, ExhibitorAudit.BOOTH, boothId, before.get().code(),
                    ExhibitorAudit.fields(before.get(), hallCode)));
            return true;
        });
        if (deleted) {
            changes.removed(eventId, List.of(boothId));
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
        bookingsChanged(eventId, boothId, exhibitorId);
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
            bookingsChanged(eventId, boothId, exhibitorId);
        }
        return released;
    }

    // ---------------------------------------------------------------- the hall plan

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

    /**
     * These booths of the hall as {@link #plan} draws them (their bookings and holders now), for a plan
     * that redraws only what changed after a booking or a payment. A booth not in the hall (moved, or
     * deleted) is left out: the caller reads the whole plan then.
     *
     * @param boothIds the booths to read
     * @throws ExhibitorException {@code hall.gone} if the hall is not the event's
     */
    public List<HallPlan.PlannedBooth> plannedBooths(long eventId, long hallId, Collection<Long> boothIds) {
        Hall hall = booths.findHall(hallId).filter(h -> h.eventId() == eventId)
                .orElseThrow(() -> new ExhibitorException("hall.gone"));
        List<Booth> found = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(boothIds)) {
            booths.findBooth(id).filter(b -> b.hallId() == hallId).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            return List.of();
        }
        List<Booking> held = Booking.runsOf(booths.findDaysOfBooths(found.stream().map(Booth::id).toList()));
        Set<Long> holderIds = held.stream().map(Booking::exhibitorId).collect(Collectors.toSet());
        List<Exhibitor> holders = new ArrayList<>();
        for (Long id : holderIds) {
            exhibitors.findById(id).ifPresent(holders::add);
        }
        return HallPlan.of(hall, found, held, holders).booths();
    }

    // ---------------------------------------------------------------- helpers

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
                + runs.stream().map(BoothService::dayRange).collect(Collectors.joining(", ")) + ")"));
        throw new ExhibitorException("booking.taken", booth.code(), String.join("; ", parts));
    }

    // ---------------------------------------------------------------- imports

    /** The event's halls, booths and booked days as they are now, to check an import's rows against. */
    public BoothIndex index(long eventId) {
        return BoothIndex.of(booths.findHalls(eventId), booths.findBooths(eventId), booths.findDays(eventId));
    }

    /**
     * Saves an import of exhibitors in one transaction, all or nothing, from what {@code rows} hands
     * over a chunk at a time: each exhibitor is added and books the booths its row names for every
     * day of the event. One IMPORTED audit entry (exhibitors added, booths booked, file).
     *
     * @param source the file, or null
     * @return the number of exhibitors added
     * @throws ExhibitorException if an exhibitor breaks a rule or is already in the event, a booth is
     *         unknown or held by another exhibitor, or the event has no dates; nothing is saved
     */
    public int importExhibitors(long eventId, String source, Consumer<RecordBatch<ListedExhibitor>> rows) {
        Event event = events.find(eventId).orElseThrow(() -> new ExhibitorException("event.gone"));
        int[] counts = new int[2];
        database.inTransaction(tx -> {
            ExhibitorRepository people = exhibitors.within(tx);
            BoothRepository plan = booths.within(tx);
            BoothIndex index = BoothIndex.of(plan.findHalls(eventId), plan.findBooths(eventId), plan.findDays(eventId));
            Map<String, Exhibitor> byKey = byCompany(people, eventId);
            rows.accept(chunk -> {
                List<Exhibitor> fresh = new ArrayList<>(chunk.size());
                for (ListedExhibitor listed : chunk) {
                    Exhibitor e = listed.exhibitor();
                    ExhibitorException.refuseIfAny(ExhibitorRules.check(e));
                    String key = Exhibitor.companyKey(e.companyName());
                    Exhibitor twin = byKey.get(key);
                    if (twin != null) {
                        throw new ExhibitorException("exhibitor.duplicate", e.companyName().strip(), twin.companyName(),
                                twin.id() == null ? 0 : twin.id());
                    }
                    byKey.put(key, e);
                    fresh.add(e);
                }
                List<Exhibitor> added = people.insertAll(fresh);
                counts[0] += added.size();
                for (int i = 0; i < added.size(); i++) {
                    ListedExhibitor listed = chunk.get(i);
                    byKey.put(Exhibitor.companyKey(added.get(i).companyName()), added.get(i));
                    for (String code : listed.booths()) {
                        Booth booth = index.booth(listed.hall(), code);
                        hold(plan, people, index, event, booth, added.get(i), null, null);
                        counts[1]++;
                    }
                }
            });
            audit.record(tx, importEntry(eventId, ExhibitorAudit.EXHIBITOR, source, "count", counts[0], "booths", counts[1]));
            return null;
        });
        exhibitorService.changes().reloaded(eventId);
        changes.reloaded(eventId);
        return counts[0];
    }

    /**
     * Saves an import of booths in one transaction, all or nothing: each row's hall is found by code,
     * or added with the row's name and size; its booth is added there; a holder named (an exhibitor of
     * the event, by company name) books it for the row's days (the whole event if none). One IMPORTED
     * audit entry (booths added, halls added, bookings, file).
     *
     * @return the number of booths added
     * @throws ExhibitorException if a hall or booth breaks a rule, a booth is already in its hall or
     *         overlaps another, a holder is not an exhibitor of the event or cannot hold the booth on
     *         those days; nothing is saved
     */
    public int importBooths(long eventId, String source, Consumer<RecordBatch<ListedBooth>> rows) {
        Event event = events.find(eventId).orElseThrow(() -> new ExhibitorException("event.gone"));
        int[] counts = new int[3];
        database.inTransaction(tx -> {
            ExhibitorRepository people = exhibitors.within(tx);
            BoothRepository plan = booths.within(tx);
            BoothIndex index = BoothIndex.of(plan.findHalls(eventId), plan.findBooths(eventId), plan.findDays(eventId));
            Map<String, Exhibitor> byKey = byCompany(people, eventId);
            rows.accept(chunk -> {
                for (ListedBooth listed : chunk) {
                    Hall hall = index.hall(listed.hall().code());
                    if (hall == null) {
                        Hall wanted = new Hall(null, eventId, listed.hall().code(), listed.hall().name(),
                                listed.hall().widthM(), listed.hall().depthM());
                        ExhibitorException.refuseIfAny(ExhibitorRules.check(wanted));
                        hall = plan.insertHall(wanted);
                        index.addHall(hall);
                        audit.record(tx, AuditEntry.created(eventId, ExhibitorAudit.HALL, hall.id(), hall.code(),
                                ExhibitorAudit.fields(hall)));
                        counts[1]++;
                    }
                    Booth b = listed.booth();
                    Booth booth = new Booth(null, eventId, hall.id(), b.code(), b.kind(), b.areaM2(), b.place(), b.corner());
                    ExhibitorException.refuseIfAny(ExhibitorRules.check(booth, hall));
                    String key = Hall.codeKey(booth.code());
                    for (Booth other : index.boothsIn(hall.id())) {
                        if (Hall.codeKey(other.code()).equals(key)) {
                            throw new ExhibitorException("booth.duplicate", booth.code().strip(), hall.code(), other.code());
                        }
                        if (booth.place() != null && other.place() != null && booth.place().overlaps(other.place())) {
                            throw new ExhibitorException("booth.overlap", booth.code().strip(), other.code(), hall.code());
                        }
                    }
                    Booth added = plan.insertBooth(booth);
                    index.addBooth(added);
                    counts[0]++;
                    if (listed.holder() != null) {
                        Exhibitor holder = byKey.get(Exhibitor.companyKey(listed.holder()));
                        if (holder == null) {
                            throw new ExhibitorException("import.noSuchExhibitor", listed.holder().strip());
                        }
                        hold(plan, people, index, event, added, holder, listed.firstDay(), listed.lastDay());
                        counts[2]++;
                    }
                }
            });
            audit.record(tx, importEntry(eventId, ExhibitorAudit.BOOTH, source, "count", counts[0], "halls", counts[1],
                    "bookings", counts[2]));
            return null;
        });
        changes.reloaded(eventId);
        exhibitorService.changes().reloaded(eventId);
        return counts[0];
    }

    /**
     * Books {@code booth} for {@code holder} from {@code first} to {@code last} (null: the event's
     * first or last day) inside an import's transaction, checked against {@code index} and kept in it.
     */
    private void hold(BoothRepository plan, ExhibitorRepository people, BoothIndex index, Event event, Booth booth,
                      Exhibitor holder, LocalDate first, LocalDate last) {
        checkImportDays(event, holder, booth);
        LocalDate from = first != null ? first : event.startDate();
        LocalDate to = last != null ? last : event.endDate();
        checkDays(event, from, to);
        Long other = index.otherHolder(booth.id(), holder.id(), from, to);
        if (other != null) {
            throw new ExhibitorException("booking.taken", booth.code(), companyName(people, other));
        }
        try {
            plan.insertDays(event.id(), booth.id(), holder.id(), from.datesUntil(to.plusDays(1)).toList(), clock.instant());
        } catch (BoothRepository.DayTakenException e) {
            throw new ExhibitorException("booking.takenMeanwhile", booth.code());
        }
        index.hold(booth.id(), holder.id(), from, to);
    }

    /** The event's exhibitors by {@link Exhibitor#companyKey}, the first of each name. */
    private static Map<String, Exhibitor> byCompany(ExhibitorRepository people, long eventId) {
        Map<String, Exhibitor> byKey = new HashMap<>();
        people.findByEvent(eventId).forEach(e -> byKey.putIfAbsent(Exhibitor.companyKey(e.companyName()), e));
        return byKey;
    }

    /**
     * The one IMPORTED entry of an import: the figures given as name, number, name, number … in
     * that order ({@code "count", 12, "booths", 3}), then the file.
     */
    private static AuditEntry importEntry(long eventId, String recordType, String source, Object... figures) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < figures.length; i += 2) {
            values.put(String.valueOf(figures[i]), String.valueOf(figures[i + 1]));
        }
        values.put("file", source);
        return AuditEntry.of(eventId, recordType, null, AuditAction.IMPORTED, source,
                org.conferencedesk.storage.FieldChange.between(Map.of(), values));
    }

    /** Refuses a booking by import that the event or the holder cannot take: no dates, cloud only. */
    static void checkImportDays(Event event, Exhibitor holder, Booth booth) {
        if (event.startDate() == null || event.endDate() == null) {
            throw new ExhibitorException("booking.noDates", event.name());
        }
        if (!holder.mode().holdsBooths()) {
            throw new ExhibitorException("booking.cloudOnly", holder.companyName(), booth.code());
        }
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

    static void checkDays(Event event, LocalDate firstDay, LocalDate lastDay) {
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

    private static String companyName(ExhibitorRepository repository, long exhibitorId) {
        return repository.findById(exhibitorId).map(Exhibitor::companyName).orElse("#" + exhibitorId);
    }

    /** The audit entry of a booking made (CREATED) or released (DELETED): booth, hall, exhibitor, days. */
    static AuditEntry bookingEntry(BoothRepository repository, AuditAction action, Booking booking, Exhibitor holder) {
        Booth booth = repository.findBooth(booking.boothId()).orElseThrow();
        String hallCode = repository.findHall(booth.hallId()).map(Hall::code).orElse(null);
        Map<String, String> view = ExhibitorAudit.fields(booking, booth, hallCode, holder);
        String summary = booth.code() + " · " + holder.companyName();
        return action == AuditAction.DELETED ? AuditEntry.deleted(holder.eventId(), ExhibitorAudit.BOOKING, booth.id(), summary, view)
                : AuditEntry.created(holder.eventId(), ExhibitorAudit.BOOKING, booth.id(), summary, view);
    }

    /** Publishes the booth, and its holder (whose fee changed), as saved. */
    private void bookingsChanged(long eventId, long boothId, long exhibitorId) {
        booths.findBooth(boothId).ifPresent(b -> changes.saved(eventId, List.of(b)));
        exhibitorService.find(exhibitorId).ifPresent(e -> exhibitorService.changes().saved(eventId, List.of(e)));
    }

    /** The booth's code, or "#id" if it is gone. */
    static String boothCode(BoothRepository repository, long boothId) {
        return repository.findBooth(boothId).map(Booth::code).orElse("#" + boothId);
    }
}
