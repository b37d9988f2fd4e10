package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditFilter;
import org.conferencedesk.storage.AuditRepository;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.DatabaseLocation;
import org.conferencedesk.storage.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Two check-in desks at the same entrance, each its own program with its own connections to one
 * shared PostgreSQL database (issue 16): the same guest checked in at both at the same moment is
 * counted once, keeps one time, and has one line in the audit trail; the other desk is told the
 * guest was already checked in. Guaranteed by the database (the row lock of
 * {@code GuestRepository.lockListed} and the conditional update), not by one program's memory.
 * Skipped without a test server ({@link TestDatabases}).
 */
class TwoCheckInDesksTest {

    private static final int GUESTS = 40;

    /** One desk: a program of its own over the shared database. */
    private record Desk(Database database, GuestService guests) implements AutoCloseable {
        static Desk open(DatabaseLocation.PostgreSql where, String who) {
            Database database = Database.openPostgreSql(where, System.getenv());
            Clock clock = Clock.fixed(Instant.parse("2020-11-26T01:00:00Z"), ZoneOffset.UTC);
            AuditTrail audit = new AuditTrail(new AuditRepository(database.dsl()), () -> who, clock);
            return new Desk(database, new GuestService(database, new GuestRepository(database.dsl()), audit, clock));
        }

        @Override
        public void close() {
            database.close();
        }
    }

    @Test
    void theSameGuestCheckedInAtTwoDesksAtOnceIsCountedOnce() throws Exception {
        DatabaseLocation.PostgreSql where = TestDatabases.freshPostgreSql();
        try (Desk north = Desk.open(where, "北门签到台"); Desk south = Desk.open(where, "南门签到台")) {
            long eventId = new EventRepository(north.database().dsl()).insert(Event.named("WIMC 2020")).id();
            List<Guest> invited = new ArrayList<>();
            for (int i = 1; i <= GUESTS; i++) {
                invited.add(Guest.named(eventId, "嘉宾" + i));
            }
            north.guests().addAll(eventId, invited, "test");
            List<Long> ids = north.guests().list(eventId).stream().map(Guest::id).toList();
            assertThat(ids).hasSize(GUESTS);

            // Each guest arrives at both desks at once: both press Enter on the same name together.
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService desks = Executors.newFixedThreadPool(2);
            List<Future<List<GuestService.CheckIn>>> done = new ArrayList<>();
            for (Desk desk : List.of(north, south)) {
                Instant deskTime = desk == north ? Instant.parse("2020-11-26T01:30:00Z") : Instant.parse("2020-11-26T01:30:00.5Z");
                done.add(desks.submit(() -> {
                    List<GuestService.CheckIn> mine = new ArrayList<>();
                    for (long id : ids) {
                        together.await(30, TimeUnit.SECONDS);
                        mine.add(desk.guests().checkIn(eventId, id, deskTime));
                    }
                    return mine;
                }));
            }
            List<GuestService.CheckIn> atNorth = done.get(0).get(120, TimeUnit.SECONDS);
            List<GuestService.CheckIn> atSouth = done.get(1).get(120, TimeUnit.SECONDS);
            desks.shutdown();

            int firstAtNorth = 0;
            for (int i = 0; i < GUESTS; i++) {
                // Exactly one desk checked the guest in; the other was told so, with the time that counts.
                assertThat(atNorth.get(i).alreadyCheckedIn()).as("guest %d", i).isNotEqualTo(atSouth.get(i).alreadyCheckedIn());
                GuestService.CheckIn winner = atNorth.get(i).alreadyCheckedIn() ? atSouth.get(i) : atNorth.get(i);
                GuestService.CheckIn told = atNorth.get(i).alreadyCheckedIn() ? atNorth.get(i) : atSouth.get(i);
                assertThat(told.guest().checkedInAt()).isEqualTo(winner.guest().checkedInAt());
                firstAtNorth += atNorth.get(i).alreadyCheckedIn() ? 0 : 1;
            }
            // Both desks, and a third program, count the same: every guest once.
            assertThat(north.guests().totals(eventId).checkedIn()).isEqualTo(GUESTS);
            assertThat(south.guests().totals(eventId).checkedIn()).isEqualTo(GUESTS);
            List<AuditEntry> checkIns = new AuditTrail(new AuditRepository(south.database().dsl()), () -> "读", Clock.systemUTC())
                    .list(eventId, new AuditFilter("guest", null), 10_000).stream()
                    .filter(e -> e.action() == AuditAction.UPDATED).toList();
            assertThat(checkIns).hasSize(GUESTS);
            assertThat(checkIns.stream().map(AuditEntry::recordId).distinct()).hasSize(GUESTS);
            assertThat(checkIns.stream().filter(e -> e.actor().equals("北门签到台"))).hasSize(firstAtNorth);
        }
    }
}
