package org.conferencedesk.events;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A conference edition (e.g. "2020 World Intelligent Manufacturing Conference", WIMC 2020, Nanjing,
 * 26–28 November 2020). Every other record belongs to one event.
 *
 * @param id database id, or null for an event not yet saved
 * @param name full name, unique, 1–200 characters
 * @param shortName optional short name (up to 50 characters), e.g. "WIMC 2020"
 * @param city optional city
 * @param venue optional venue
 * @param startDate optional first day, in the event's time zone
 * @param endDate optional last day; not before {@code startDate}
 * @param timeZone the event's time zone (Asia/Shanghai by default, per DOMAIN.md)
 */
public record Event(Long id, String name, String shortName, String city, String venue,
                    LocalDate startDate, LocalDate endDate, ZoneId timeZone) {

    /** The default time zone of an event (DOMAIN.md). */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Shanghai");

    /** Validates the shape; throws IllegalArgumentException for a blank name or dates out of order. */
    public Event {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An event needs a name");
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("The event ends (" + endDate + ") before it starts (" + startDate + ")");
        }
        timeZone = timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
    }

    /** A new, unsaved event with only a name. */
    public static Event named(String name) {
        return new Event(null, name, null, null, null, null, null, DEFAULT_TIME_ZONE);
    }

    /** The short name if there is one, else the name: for window titles and headers. */
    public String displayName() {
        return shortName != null && !shortName.isBlank() ? shortName : name;
    }
}
