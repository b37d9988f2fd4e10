package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.record.RecordChange;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.AuditFilter;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.References;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deleting the selected guests is all or nothing: one refused keeps every one. */
class GuestDeleteAllTest {

    private Database database;
    private GuestService guests;
    private AuditTrail audit;
    private final References references = new References();
    private long eventId;
    private long otherEvent;

    @BeforeEach
    void open() {
        database = Database.openInMemory(UUID.randomUUID().toString());
        EventRepository events = new EventRepository(database.dsl());
        eventId = events.insert(Event.named("WIMC 2020")).id();
        otherEvent = events.insert(Event.named("WIMC 2021")).id();
        audit = new AuditTrail(database, Actor.named("李梅"));
        guests = new GuestService(database, new GuestRepository(database.dsl()), audit, Clock.systemUTC(), references);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aRefusalOfOneGuestKeepsEveryGuestAndRecordsNothing() {
        long zhou = guests.save(Guest.named(eventId, "周济")).id();
        long li = guests.save(Guest.named(eventId, "李四")).id();
        long wang = guests.save(Guest.named(eventId, "王五")).id();
        references.add("guest", (tx, event, id) -> {
            if (id == wang) {
                throw new UserFacingException("guests", "rule.nameEmpty");
            }
            return null;
        });
        int entriesBefore = audit.list(eventId, AuditFilter.ALL, 100).size();

        UserFacingException refused = catchThrowableOfType(UserFacingException.class,
                () -> guests.deleteAll(eventId, List.of(zhou, li, wang)));

        assertThat(refused.sentence(Locale.ENGLISH)).isEqualTo("The name is empty; every guest needs one.");
        assertThat(guests.list(eventId)).extracting(Guest::fullName).containsExactly("周济", "李四", "王五");
        assertThat(audit.list(eventId, AuditFilter.ALL, 100)).hasSize(entriesBefore);
    }

    @Test
    void theSelectedGuestsGoInOneTransactionEachRecordedAndPublishedOnceAnotherEventsAreLeft() {
        long zhou = guests.save(Guest.named(eventId, "周济")).id();
        long li = guests.save(Guest.named(eventId, "李四")).id();
        long other = guests.save(Guest.named(otherEvent, "赵六")).id();
        List<RecordChange<Guest>> changes = new ArrayList<>();
        guests.changes().addListener(changes::add);

        assertThat(guests.deleteAll(eventId, List.of(zhou, li, other, 999_999L))).isEqualTo(2);

        assertThat(guests.list(eventId)).isEmpty();
        assertThat(guests.list(otherEvent)).extracting(Guest::fullName).containsExactly("赵六");
        assertThat(changes).containsExactly(new RecordChange.Removed<>(eventId, List.of(zhou, li)));
        assertThat(audit.list(eventId, AuditFilter.ALL, 100)).filteredOn(e -> e.action().name().equals("DELETED"))
                .extracting(e -> e.recordId()).containsExactlyInAnyOrder(zhou, li);
    }
}
