package org.conferencedesk.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Check-ins over time as a chart series: how many guests were checked in in each hour, labelled in the
 * event's time zone ("11-28 09:00"). The dashboard keeps the counts by difference as guests check in
 * ({@code CheckInTimeline}); the report counts them from the guest list once; both draw the same series
 * from the same counts with {@link #series}.
 *
 * <p>Within one day (from the hour of the first check-in to the hour of the last, at most
 * {@value #MAX_HOURS} hours) the series has every hour, those without a check-in at 0; over a longer span
 * (the desk open on three days) only the hours that have check-ins, so the chart stays readable.
 */
public final class CheckInHours {

    /** The longest span drawn with every hour (a day). */
    public static final int MAX_HOURS = 24;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private CheckInHours() {
    }

    /** The hour a check-in falls in, counted in whole hours since the epoch (UTC hours). */
    public static long hourOf(Instant checkedInAt) {
        return Math.floorDiv(checkedInAt.getEpochSecond(), 3600);
    }

    /** The counts per hour of {@code checkIns} (null entries, guests not checked in, are skipped). */
    public static NavigableMap<Long, Integer> count(Iterable<Instant> checkIns) {
        TreeMap<Long, Integer> perHour = new TreeMap<>();
        for (Instant at : checkIns) {
            if (at != null) {
                perHour.merge(hourOf(at), 1, Integer::sum);
            }
        }
        return perHour;
    }

    /** The series of the counts {@code perHour} (hour since the epoch → check-ins), labelled in {@code zone}. */
    public static List<ChartPoint> series(NavigableMap<Long, Integer> perHour, ZoneId zone) {
        List<ChartPoint> points = new ArrayList<>();
        if (perHour.isEmpty()) {
            return points;
        }
        long first = perHour.firstKey();
        long last = perHour.lastKey();
        if (last - first < MAX_HOURS) {
            for (long h = first; h <= last; h++) {
                points.add(ChartPoint.count(label(h, zone), perHour.getOrDefault(h, 0)));
            }
        } else {
            for (Map.Entry<Long, Integer> e : perHour.entrySet()) {
                points.add(ChartPoint.count(label(e.getKey(), zone), e.getValue()));
            }
        }
        return points;
    }

    private static String label(long epochHour, ZoneId zone) {
        // Hours are counted in UTC hours: every zone in use is a whole number of hours from UTC except a few
        // (India, Nepal …), where the label shows the half hour at which the bucket starts.
        ZonedDateTime start = Instant.ofEpochSecond(epochHour * 3600).atZone(zone);
        return start.truncatedTo(ChronoUnit.MINUTES).format(LABEL);
    }
}
