package org.conferencedesk.exhibitors;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.events.EventService;
import org.conferencedesk.guests.GuestRepository;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.shared.record.RecordChange;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditFilter;
import org.conferencedesk.storage.AuditRepository;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.Database;

/**
 * A fresh in-memory database with WIMC 2020 (26–28 November 2020, Nanjing) and the services over it,
 * for the exhibitor tests. Close it after each test.
 */
public final class ExhibitorFixture implements AutoCloseable {

    public static final LocalDate DAY1 = LocalDate.of(2020, 11, 26);
    public static final LocalDate DAY2 = LocalDate.of(2020, 11, 27);
    public static final LocalDate DAY3 = LocalDate.of(2020, 11, 28);
    public static final Instant NINE = Instant.parse("2020-11-26T01:00:00Z");

    public final Database database;
    public final long eventId;
    public final EventService events;
    public final GuestService guests;
    public final ExhibitorService service;
    public final BoothService booths;
    public final AuditTrail audit;
    /** What the exhibitor feed published, then what the booth feed published, each in order. */
    final List<RecordChange<Exhibitor>> exhibitorChanges = new ArrayList<>();
    final List<RecordChange<Booth>> boothChanges = new ArrayList<>();

    /** A fresh database with the event. */
    public ExhibitorFixture() {
        this(org.conferencedesk.storage.TestDatabases.Backend.H2);
    }

    /** A fresh database with the event on {@code backend} (issue 16: H2 or PostgreSQL). */
    public ExhibitorFixture(org.conferencedesk.storage.TestDatabases.Backend backend) {
        database = org.conferencedesk.storage.TestDatabases.open(backend);
        EventRepository eventRepository = new EventRepository(database.dsl());
        eventId = eventRepository.insert(new Event(null, "2020 World Intelligent Manufacturing Conference", "WIMC 2020",
                "Nanjing", "南京国际博览中心", DAY1, DAY3, Event.DEFAULT_TIME_ZONE)).id();
        events = new EventService(eventRepository);
        Clock clock = Clock.fixed(NINE, ZoneOffset.UTC);
        audit = new AuditTrail(new AuditRepository(database.dsl()), () -> "展商部", clock);
        guests = new GuestService(database, new GuestRepository(database.dsl()), audit, clock);
        ExhibitorRepository exhibitorRepository = new ExhibitorRepository(database.dsl());
        BoothRepository boothRepository = new BoothRepository(database.dsl());
        service = new ExhibitorService(database, exhibitorRepository, boothRepository, guests, audit);
        booths = new BoothService(database, boothRepository, exhibitorRepository, events, audit, clock, service);
        service.changes().addListener(exhibitorChanges::add);
        booths.changes().addListener(boothChanges::add);
    }

    /** Saves an exhibitor of the event with this name, on site, unpaid. */
    public Exhibitor exhibitor(String companyName) {
        return service.save(Exhibitor.named(eventId, companyName));
    }

    /** Saves hall "5" (5号馆), 120 m × 80 m. */
    public Hall hall5() {
        return booths.saveHall(Hall.of(eventId, "5", "5号馆").withSize(new BigDecimal("120"), new BigDecimal("80")));
    }

    /** Saves a booth in the hall: code, kind, area in m², corner or not, not placed. */
    Booth booth(Hall hall, String code, BoothKind kind, String areaM2, boolean corner) {
        return booths.saveBooth(Booth.of(eventId, hall.id(), code, kind, new BigDecimal(areaM2)).withCorner(corner));
    }

    /** Forgets what the feeds published so far. */
    void forgetChanges() {
        exhibitorChanges.clear();
        boothChanges.clear();
    }

    /** The event's audit entries of one record type, oldest first. */
    List<AuditEntry> auditOf(String recordType) {
        List<AuditEntry> entries = new ArrayList<>(audit.list(eventId, new AuditFilter(recordType, null), 1000));
        java.util.Collections.reverse(entries);
        return entries;
    }

    @Override
    public void close() {
        database.close();
    }
}
