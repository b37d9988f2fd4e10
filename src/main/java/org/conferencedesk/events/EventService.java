package org.conferencedesk.events;

import java.util.List;
import java.util.Optional;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.References;

/**
 * Creates, lists and finds events (conference editions).
 *
 * <p>Thread-safe; call it off the FX application thread.
 */
public final class EventService {

    /** Name given to the event created by an import into an empty database without {@code --event}. */
    public static final String DEFAULT_EVENT_NAME = "Default event";

    /** An event's name where other features hold records of it ({@link References}). */
    public static final String RECORD_TYPE = "event";

    private final EventRepository events;
    private final Database database;
    private final References references;

    /** Creates the service over its repository; nothing else is asked before an event is deleted (tests, tools). */
    public EventService(EventRepository events) {
        this.events = events;
        this.database = null;
        this.references = null;
    }

    /**
     * Creates the service over its repository; before an event is deleted, the features that hold
     * its records are asked, in the deleting transaction ({@link References}, record type
     * {@value #RECORD_TYPE}).
     */
    public EventService(Database database, EventRepository events, References references) {
        this.events = events;
        this.database = database;
        this.references = references;
    }

    /** All events, most recent first. */
    public List<Event> list() {
        return events.findAll();
    }

    /** The event with this id, if it exists. */
    public Optional<Event> find(long id) {
        return events.findById(id);
    }

    /** The event with this name or short name, if it exists. */
    public Optional<Event> findByName(String name) {
        return events.findByName(name);
    }

    /**
     * Creates an event.
     *
     * @throws EventException if an event of that name exists already
     */
    public Event create(Event event) {
        if (events.findByName(event.name().strip()).isPresent()) {
            throw new EventException("event.exists", event.name().strip());
        }
        return events.insert(event);
    }

    /** Saves changes to an existing event. */
    public Event update(Event event) {
        return events.update(event);
    }

    /**
     * Deletes an event and every record that belongs to it (contracts, guests, exhibitors, award
     * categories ...), in one transaction. Used to undo an event created for an import that was then
     * refused, so that a refused import changes nothing.
     *
     * @return false if the event was already gone
     * @throws org.conferencedesk.shared.UserFacingException if a feature holding its records refuses
     *         (a signed-off award category); nothing is deleted then
     */
    public boolean delete(long eventId) {
        if (database == null) {
            return events.delete(eventId);
        }
        Runnable[] afterCommit = new Runnable[1];
        boolean deleted = database.inTransaction(tx -> {
            EventRepository repository = events.within(tx);
            if (repository.lock(eventId).isEmpty()) {
                return false;
            }
            afterCommit[0] = references.release(tx, RECORD_TYPE, eventId, eventId);
            return repository.delete(eventId);
        });
        if (deleted) {
            afterCommit[0].run();
        }
        return deleted;
    }

    /**
     * Chooses the event a command works on: the one named (created if {@code createIfMissing}), or the
     * only one there is, or a new "Default event" in an empty database if {@code createIfMissing}.
     *
     * @param name the value of {@code --event}, or null
     * @throws EventException if the name is unknown, or there are several events and no name was given
     */
    public Event choose(String name, boolean createIfMissing) {
        if (name != null && !name.isBlank()) {
            Optional<Event> found = events.findByName(name.strip());
            if (found.isPresent()) {
                return found.get();
            }
            if (createIfMissing) {
                return events.insert(Event.named(name.strip()));
            }
            throw names().isEmpty() ? new EventException("event.unknownNone", name.strip())
                    : new EventException("event.unknown", name.strip(), names());
        }
        List<Event> all = events.findAll();
        if (all.size() == 1) {
            return all.get(0);
        }
        if (all.isEmpty()) {
            if (createIfMissing) {
                return events.insert(Event.named(DEFAULT_EVENT_NAME));
            }
            throw new EventException("event.none");
        }
        throw new EventException("event.several", names());
    }

    private String names() {
        return events.findAll().stream().map(e -> "\"" + e.name() + "\"").collect(java.util.stream.Collectors.joining(", "));
    }
}
