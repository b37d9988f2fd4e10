package org.conferencedesk.exhibitors;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A booth held by one exhibitor from {@code firstDay} to {@code lastDay} (both included), days of
 * the event. The database keeps one row per booth and day (sql/V10, {@code booking_day}); a booking
 * is a run of consecutive days of one booth held by one exhibitor. Two exhibitors never hold the same
 * booth on the same day; the same booth on other days may be held by another exhibitor.
 *
 * @param boothId the booth
 * @param exhibitorId the exhibitor holding it
 * @param firstDay the first day held (a date of the event, in its time zone)
 * @param lastDay the last day held, not before {@code firstDay}
 */
public record Booking(long boothId, long exhibitorId, LocalDate firstDay, LocalDate lastDay) {

    /** Orders bookings by booth, then first day. */
    public static final Comparator<Booking> BY_BOOTH_AND_DAY =
            Comparator.comparingLong(Booking::boothId).thenComparing(Booking::firstDay);

    /** Checks that both days are given and in order (IllegalArgumentException otherwise). */
    public Booking {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("A booking ends (" + lastDay + ") before it starts (" + firstDay + ")");
        }
    }

    /** Number of days held (1 for a one-day booking). */
    public int dayCount() {
        return (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }

    /** Every day held, in order. */
    public List<LocalDate> days() {
        return firstDay.datesUntil(lastDay.plusDays(1)).toList();
    }

    /** True if this booking holds a day from {@code from} to {@code to} (both included). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !firstDay.isAfter(to) && !from.isAfter(lastDay);
    }

    /**
     * One booth held by one exhibitor on one day: a row of {@code booking_day}.
     *
     * @param boothId the booth
     * @param day the day held
     * @param exhibitorId the holder
     */
    public record Day(long boothId, LocalDate day, long exhibitorId) {
    }

    /**
     * The bookings these days make: each run of consecutive days of one booth held by one exhibitor
     * is one booking. Sorted by booth, then first day.
     */
    public static List<Booking> runsOf(List<Day> days) {
        List<Day> sorted = new ArrayList<>(days);
        sorted.sort(Comparator.comparingLong(Day::boothId).thenComparing(Day::day));
        List<Booking> runs = new ArrayList<>();
        Day start = null;
        Day previous = null;
        for (Day d : sorted) {
            boolean continues = previous != null && previous.boothId() == d.boothId()
                    && previous.exhibitorId() == d.exhibitorId() && previous.day().plusDays(1).equals(d.day());
            if (!continues) {
                if (start != null) {
                    runs.add(new Booking(start.boothId(), start.exhibitorId(), start.day(), previous.day()));
                }
                start = d;
            }
            previous = d;
        }
        if (start != null) {
            runs.add(new Booking(start.boothId(), start.exhibitorId(), start.day(), previous.day()));
        }
        return runs;
    }
}
