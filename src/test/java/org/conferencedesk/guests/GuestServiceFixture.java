package org.conferencedesk.guests;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.storage.AuditRepository;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.Database;

/**
 * For service tests: a {@link GuestService} over a fresh in-memory database holding one event
 * ("WIMC 2020"), its clock fixed at {@link #NINE} and its audit trail written as 秘书处. Close it after the test.
 */
final class GuestServiceFixture implements AutoCloseable {

    /** 2020-11-26 09:00 Beijing time: the clock of merges and audit entries. */
    static final Instant NINE = Instant.parse("2020-11-26T01:00:00Z");

    final Database database;
    final AuditTrail audit;
    final GuestService service;
    final long eventId;

    GuestServiceFixture() {
        this(org.conferencedesk.storage.TestDatabases.Backend.H2);
    }

    /** The same over a fresh database on {@code backend} (issue 16: H2 or PostgreSQL). */
    GuestServiceFixture(org.conferencedesk.storage.TestDatabases.Backend backend) {
        database = org.conferencedesk.storage.TestDatabases.open(backend);
        eventId = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
        Clock clock = Clock.fixed(NINE, ZoneOffset.UTC);
        audit = new AuditTrail(new AuditRepository(database.dsl()), () -> "秘书处", clock);
        service = new GuestService(database, new GuestRepository(database.dsl()), audit, clock);
    }

    /** A new event of the same database, for a test that needs a fresh list each time. */
    long newEvent() {
        return new EventRepository(database.dsl()).insert(Event.named("WIMC " + UUID.randomUUID())).id();
    }

    @Override
    public void close() {
        database.close();
    }
}
