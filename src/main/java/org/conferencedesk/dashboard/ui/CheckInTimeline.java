package org.conferencedesk.dashboard.ui;

import org.conferencedesk.dashboard.ChartPoint;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.conferencedesk.dashboard.CheckInHours;
import org.conferencedesk.guests.GuestRow;

/**
 * Check-ins over time: how many guests were checked in in each hour of the event's time zone, kept by
 * difference from the live guest list (a check-in among 100,000 guests moves one count; a reload of the
 * list counts again). Imports nothing from {@code javafx.scene}; used on the UI thread.
 *
 * <p>Within one day (from the hour of the first check-in to the hour of the last, at most
 * {@value #MAX_HOURS} hours) the series has every hour, those without a check-in at 0; over a longer span
 * (the desk open on three days) only the hours that have check-ins, so the chart stays readable on a laptop.
 */
public final class CheckInTimeline {

    /** The longest span drawn with every hour (a day). */
    static final int MAX_HOURS = CheckInHours.MAX_HOURS;

    private final ObservableList<GuestRow> rows;
    private final Consumer<List<ChartPoint>> onChange;
    private final TreeMap<Long, Integer> perHour = new TreeMap<>();
    private final ListChangeListener<GuestRow> listener = this::changed;
    private ZoneId zone = ZoneId.of("Asia/Shanghai");
    private boolean attached;

    /**
     * @param rows the live guest list's rows
     * @param onChange receives the series after every change that moves a count
     */
    public CheckInTimeline(ObservableList<GuestRow> rows, Consumer<List<ChartPoint>> onChange) {
        this.rows = Objects.requireNonNull(rows);
        this.onChange = Objects.requireNonNull(onChange);
    }

    /** Starts listening, counting the rows as they are, in {@code zone}'s hours; publishes the series. */
    public void attach(ZoneId eventZone) {
        this.zone = Objects.requireNonNull(eventZone);
        if (!attached) {
            rows.addListener(listener);
            attached = true;
        }
        perHour.clear();
        rows.forEach(r -> count(r, 1));
        onChange.accept(series());
    }

    /** Stops listening. */
    public void detach() {
        if (attached) {
            rows.removeListener(listener);
            attached = false;
        }
    }

    /** The series now: one point per hour ("11-28 09:00" in the event's zone, check-ins in that hour); see {@link CheckInHours}. */
    public List<ChartPoint> series() {
        return CheckInHours.series(perHour, zone);
    }

    private void changed(ListChangeListener.Change<? extends GuestRow> change) {
        boolean moved = false;
        while (change.next()) {
            for (GuestRow r : change.getRemoved()) {
                moved |= count(r, -1);
            }
            for (GuestRow r : change.getAddedSubList()) {
                moved |= count(r, 1);
            }
        }
        if (moved) {
            onChange.accept(series());
        }
    }

    private boolean count(GuestRow row, int sign) {
        Instant at = row.guest().checkedInAt();
        if (at == null) {
            return false;
        }
        long hour = CheckInHours.hourOf(at);
        int now = perHour.getOrDefault(hour, 0) + sign;
        if (now == 0) {
            perHour.remove(hour);
        } else {
            perHour.put(hour, now);
        }
        return true;
    }
}
