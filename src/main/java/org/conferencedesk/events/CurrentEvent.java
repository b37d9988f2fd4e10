package org.conferencedesk.events;

import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The event the window shows, one per window and shared by every screen: the main window sets it
 * (start-up, File › Switch event, a new event); the live lists load its records, the forms start a
 * new record of it, tables show times in its time zone, exports and the report are of it. Imports
 * nothing from {@code javafx.scene}; use on the UI thread.
 */
public final class CurrentEvent {

    private final ReadOnlyObjectWrapper<Event> event = new ReadOnlyObjectWrapper<>(this, "event");
    private final ObjectBinding<Long> id = Bindings.createObjectBinding(
            () -> event.get() == null ? null : event.get().id(), event);
    private final ObjectBinding<ZoneId> zone = Bindings.createObjectBinding(
            () -> event.get() == null ? Event.DEFAULT_TIME_ZONE : event.get().timeZone(), event);

    /** None yet: {@link #get()} is null until {@link #set}. */
    public CurrentEvent() {
    }

    /** The event shown, or null while there is none (a new database, before the first event). */
    public ReadOnlyObjectProperty<Event> eventProperty() {
        return event.getReadOnlyProperty();
    }

    /** The event shown, or null. */
    public Event get() {
        return event.get();
    }

    /**
     * Shows {@code shown}; setting an event equal to the one shown changes nothing.
     *
     * @param shown a stored event (with an id), or null for none
     * @throws IllegalArgumentException if {@code shown} has no id
     */
    public void set(Event shown) {
        if (shown != null && shown.id() == null) {
            throw new IllegalArgumentException("The current event must be stored (it has no id): " + shown.name());
        }
        event.set(shown);
    }

    /** The id of the event shown (changes only when another event is shown), or null. */
    public ObjectBinding<Long> idProperty() {
        return id;
    }

    /** The id of the event shown, or null. */
    public Long id() {
        return id.get();
    }

    /** The time zone of the event shown; Asia/Shanghai (the default of events) while there is none. */
    public ObjectBinding<ZoneId> zoneProperty() {
        return zone;
    }

    /** The time zone of the event shown, see {@link #zoneProperty()}. */
    public ZoneId zone() {
        return zone.get();
    }
}
