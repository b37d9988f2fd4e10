package org.conferencedesk.guests;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An event's guest figures together with its check-ins per hour, counted by the database in one pass
 * over the guest list ({@link GuestService#counts}): what the summary report draws from, so that it
 * reads the 100,000 guests' rows once.
 *
 * @param totals the guest figures, as {@link GuestService#totals}
 * @param checkInsPerHour hour since the epoch in UTC hours ({@code floor(epoch second / 3600)}, the
 *        buckets of the dashboard's {@code CheckInHours.hourOf}) → guests checked in in it, in hour
 *        order, only hours with a check-in; its counts add up to {@code totals.checkedIn()}
 */
public record GuestCounts(GuestTotals totals, NavigableMap<Long, Integer> checkInsPerHour) {

    /** Checks the parts and makes the map unmodifiable. */
    public GuestCounts {
        Objects.requireNonNull(totals, "totals");
        checkInsPerHour = Collections.unmodifiableNavigableMap(new TreeMap<>(checkInsPerHour));
    }
}
