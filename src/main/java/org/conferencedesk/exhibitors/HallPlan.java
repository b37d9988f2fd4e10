package org.conferencedesk.exhibitors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hall with its booths and who holds them, as the hall plan draws it: each booth a rectangle
 * labelled with its code and holder(s), coloured by {@link State}.
 *
 * @param hall the hall
 * @param booths its booths, by code ({@link Hall#compareCodes}); placed or not
 */
public record HallPlan(Hall hall, List<PlannedBooth> booths) {

    /** Copies the list. */
    public HallPlan {
        booths = List.copyOf(booths);
    }

    /** How a booth is drawn. */
    public enum State {
        /** Held on no day. */
        FREE,
        /** Held on at least one day, and not every holder has paid. */
        BOOKED,
        /** Held on at least one day, and every holder has paid. */
        PAID
    }

    /**
     * A booth of the plan.
     *
     * @param booth the booth
     * @param bookings who holds it on which days, by first day
     * @param holders the exhibitors of {@code bookings}, each once, in the order of their first day
     * @param state free, booked or paid
     */
    public record PlannedBooth(Booth booth, List<Booking> bookings, List<Exhibitor> holders, State state) {

        /** Copies the lists. */
        public PlannedBooth {
            bookings = List.copyOf(bookings);
            holders = List.copyOf(holders);
        }
    }

    /**
     * The plan of {@code hall} from its booths, their bookings and the event's exhibitors.
     *
     * @param booths the hall's booths
     * @param bookings bookings of (at least) these booths
     * @param exhibitors the exhibitors holding them (others are ignored)
     */
    public static HallPlan of(Hall hall, Collection<Booth> booths, Collection<Booking> bookings,
                              Collection<Exhibitor> exhibitors) {
        Map<Long, Exhibitor> byId = new HashMap<>();
        exhibitors.forEach(e -> byId.put(e.id(), e));
        Map<Long, List<Booking>> byBooth = new HashMap<>();
        for (Booking b : bookings) {
            byBooth.computeIfAbsent(b.boothId(), id -> new ArrayList<>()).add(b);
        }
        List<Booth> ordered = new ArrayList<>(booths);
        ordered.sort(Comparator.comparing(Booth::code, Hall::compareCodes));
        List<PlannedBooth> planned = new ArrayList<>();
        for (Booth booth : ordered) {
            List<Booking> held = new ArrayList<>(byBooth.getOrDefault(booth.id(), List.of()));
            held.sort(Comparator.comparing(Booking::firstDay));
            List<Exhibitor> holders = held.stream().map(b -> byId.get(b.exhibitorId()))
                    .filter(java.util.Objects::nonNull).distinct().toList();
            State state = held.isEmpty() ? State.FREE
                    : holders.stream().allMatch(e -> e.paymentStatus() == PaymentStatus.PAID) ? State.PAID : State.BOOKED;
            planned.add(new PlannedBooth(booth, held, holders, state));
        }
        return new HallPlan(hall, planned);
    }

    /**
     * A copy in which the booths of {@code changed} replace those with the same id (a booking, a
     * payment: the rest of the plan is not read again). A changed booth not on this plan is added and
     * the booths sorted by code again.
     */
    public HallPlan with(Collection<PlannedBooth> changed) {
        Map<Long, PlannedBooth> byId = new HashMap<>();
        changed.forEach(p -> byId.put(p.booth().id(), p));
        List<PlannedBooth> merged = new ArrayList<>();
        for (PlannedBooth p : booths) {
            PlannedBooth now = byId.remove(p.booth().id());
            merged.add(now != null ? now : p);
        }
        if (!byId.isEmpty()) {
            merged.addAll(byId.values());
            merged.sort(Comparator.comparing(p -> p.booth().code(), Hall::compareCodes));
        }
        return new HallPlan(hall, merged);
    }
}
