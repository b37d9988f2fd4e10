package org.conferencedesk.exhibitors;

import java.util.List;

/**
 * What changed in an event's exhibitors, halls, booths, bookings, rates or deposits after a
 * committed write, so live views (the exhibitors table, the hall plan, the totals) update without a
 * reload where they can. Listeners get it on the thread that made the change.
 */
public sealed interface ExhibitorChange {

    /** The event whose exhibitors changed. */
    long eventId();

    /** Exhibitors were added or edited (a save, a payment status, a fee override, a contact); each as stored. */
    record Saved(long eventId, List<Exhibitor> exhibitors) implements ExhibitorChange {
    }

    /** The exhibitors with these ids were deleted (their bookings released). */
    record Removed(long eventId, List<Long> exhibitorIds) implements ExhibitorChange {
    }

    /**
     * Booths were booked or released: the plan, the fees and the totals change; the exhibitors
     * themselves do not.
     *
     * @param boothIds the booths whose holders changed
     * @param exhibitorIds the exhibitors who gained or lost them
     */
    record BookingsChanged(long eventId, List<Long> boothIds, List<Long> exhibitorIds) implements ExhibitorChange {
    }

    /** Halls, booths or fee rates changed: reload the plan, the fees and the totals. */
    record PlanChanged(long eventId) implements ExhibitorChange {
    }

    /** A deposit of this exhibitor was recorded or removed: its balance and the totals change. */
    record DepositsChanged(long eventId, long exhibitorId) implements ExhibitorChange {
    }

    /** Many records changed at once (an import): reload everything of the event. */
    record Reloaded(long eventId) implements ExhibitorChange {
    }
}
