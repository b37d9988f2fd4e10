package org.conferencedesk.guests;

import java.util.List;

/**
 * What changed in an event's guests after a committed write, so live views update without a
 * reload where they can. Listeners get it on the thread that made the change.
 */
public sealed interface GuestChange {

    /** The event whose guests changed. */
    long eventId();

    /** Guests were added or edited (a save, a status change, a check-in); each as stored. */
    record Saved(long eventId, List<Guest> guests) implements GuestChange {
    }

    /** The guests with these ids left the list (deleted, or merged into another). */
    record Removed(long eventId, List<Long> guestIds) implements GuestChange {
    }

    /** Many guests changed at once (an import, an undone merge): reload the event's guests. */
    record Reloaded(long eventId) implements GuestChange {
    }
}
