package org.conferencedesk.events;

import static org.conferencedesk.storage.generated.Tables.EVENT;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.conferencedesk.storage.generated.tables.records.EventRecord;
import org.jooq.DSLContext;

/** Reads and writes {@link Event}s; the only class of this feature that touches generated jOOQ code. */
public final class EventRepository {

    private final DSLContext dsl;

    /** Creates a repository over {@code dsl} (the database, or one transaction of it). */
    public EventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The same repository taking part in the transaction {@code tx}. */
    public EventRepository within(DSLContext tx) {
        return new EventRepository(tx);
    }

    /** All events, the most recent start date first (events without dates last, then by name). */
    public List<Event> findAll() {
        return dsl.selectFrom(EVENT)
                .orderBy(EVENT.START_DATE.desc().nullsLast(), EVENT.NAME)
                .fetch(EventRepository::toEvent);
    }

    /** The event with this id, if any. */
    public Optional<Event> findById(long id) {
        return dsl.selectFrom(EVENT).where(EVENT.ID.eq(id)).fetchOptional(EventRepository::toEvent);
    }

    /** The event with exactly this name or short name, if any. */
    public Optional<Event> findByName(String name) {
        return dsl.selectFrom(EVENT)
                .where(EVENT.NAME.eq(name).or(EVENT.SHORT_NAME.eq(name)))
                .orderBy(EVENT.ID)
                .limit(1)
                .fetchOptional(EventRepository::toEvent);
    }

    /** Inserts a new event and returns it with its id. */
    public Event insert(Event event) {
        EventRecord record = dsl.newRecord(EVENT);
        copy(event, record);
        record.store();
        return toEvent(record);
    }

    /** Updates an existing event (matched by id) and returns it as stored. */
    public Event update(Event event) {
        EventRecord record = dsl.fetchSingle(EVENT, EVENT.ID.eq(event.id()));
        copy(event, record);
        record.store();
        return toEvent(record);
    }

    /** The event with this id locked until the caller's transaction ends (SELECT … FOR UPDATE), if any. */
    public Optional<Event> lock(long id) {
        return dsl.selectFrom(EVENT).where(EVENT.ID.eq(id)).forUpdate().fetchOptional(EventRepository::toEvent);
    }

    /** Deletes the event with this id (its records go with it); returns false if it was already gone. */
    public boolean delete(long id) {
        return dsl.deleteFrom(EVENT).where(EVENT.ID.eq(id)).execute() > 0;
    }

    /** Number of events. */
    public int count() {
        return dsl.fetchCount(EVENT);
    }

    private static void copy(Event event, EventRecord record) {
        record.setName(event.name().strip());
        record.setShortName(blankToNull(event.shortName()));
        record.setCity(blankToNull(event.city()));
        record.setVenue(blankToNull(event.venue()));
        record.setStartDate(event.startDate());
        record.setEndDate(event.endDate());
        record.setTimeZone(event.timeZone().getId());
    }

    private static Event toEvent(EventRecord r) {
        return new Event(r.getId(), r.getName(), r.getShortName(), r.getCity(), r.getVenue(),
                r.getStartDate(), r.getEndDate(), ZoneId.of(r.getTimeZone()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
