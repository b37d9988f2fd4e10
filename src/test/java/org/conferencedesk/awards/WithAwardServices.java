package org.conferencedesk.awards;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.events.EventService;
import org.conferencedesk.exhibitors.BoothRepository;
import org.conferencedesk.exhibitors.ExhibitorRepository;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.guests.GuestRepository;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.shared.record.RecordChange;
import org.conferencedesk.storage.AuditRepository;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.References;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * For each test, a fresh in-memory database with WIMC 2020's award categories ({@link Wimc2020Awards})
 * and the services over it, wired as the composition root wires them: nominees read guests and
 * exhibitors through their services, and deleting a guest, exhibitor or event asks awards first. The
 * clock is the ceremony's (28 November 2020, 10:00 in Nanjing); the trail's actor is 秘书处; new seeded
 * draws get seed 42. Closed after each test.
 */
public abstract class WithAwardServices {

    protected static final Instant CEREMONY = Instant.parse("2020-11-28T02:00:00Z");

    protected Database database;
    protected long eventId;
    protected AuditTrail audit;
    protected EventService events;
    protected GuestService guests;
    protected ExhibitorService exhibitors;
    protected AwardService service;
    protected Wimc2020Awards wimc;
    /** What the awards' feed published after the sample was created, in order. */
    protected final List<RecordChange<AwardCategory>> changes = new ArrayList<>();

    /** The database the test runs on: H2 unless a test class says otherwise (issue 16). */
    protected org.conferencedesk.storage.TestDatabases.Backend backend() {
        return org.conferencedesk.storage.TestDatabases.Backend.H2;
    }

    @BeforeEach
    protected void openDatabaseWithTheSample() {
        database = org.conferencedesk.storage.TestDatabases.open(backend());
        EventRepository eventRepository = new EventRepository(database.dsl());
        eventId = eventRepository.insert(Event.named("2020 World Intelligent Manufacturing Conference")).id();
        Clock clock = Clock.fixed(CEREMONY, ZoneOffset.UTC);
        audit = new AuditTrail(new AuditRepository(database.dsl()), () -> "秘书处", clock);
        References references = new References();
        events = new EventService(database, eventRepository, references);
        guests = new GuestService(database, new GuestRepository(database.dsl()), audit, clock, references);
        exhibitors = new ExhibitorService(database, new ExhibitorRepository(database.dsl()), new BoothRepository(database.dsl()),
                guests, audit, references);
        service = new AwardService(database, new AwardRepository(database.dsl()), audit, AwardLinks.of(guests, exhibitors), clock,
                () -> 42L);
        service.registerReferences(references);
        wimc = Wimc2020Awards.create(service, eventId);
        service.changes().addListener(changes::add);
    }

    /** The category's id by its English name ({@link Wimc2020Awards#CONTEST} …). */
    protected long category(String name) {
        return wimc.categories.get(name);
    }

    @AfterEach
    protected void closeDatabase() {
        if (database != null) { // null when the PostgreSQL variant was skipped before opening
            database.close();
        }
    }
}
