package org.conferencedesk.guests;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.record.LiveRecords;
import org.conferencedesk.shared.record.Tally;

/**
 * The current event's guests and their figures, live ({@link LiveRecords} over
 * {@link GuestService#changes()}): a save, a status change or a check-in replaces only the rows it
 * names and adjusts the figures by difference; an import or an undone merge reads the event again
 * in the background. Rows carry their search keys ({@link GuestRow}), built off the UI thread.
 * Shared by the guests screen, the check-in desk and the status bar. Imports nothing from
 * {@code javafx.scene}.
 */
public final class LiveGuests extends LiveRecords<Guest, GuestRow, GuestTotals> {

    /** Creates the model; nothing is loaded until {@link #show}. */
    public LiveGuests(GuestService service, TaskExecutor executor) {
        super(service.changes(), event -> {
            // Equal strings (organisations, titles …) shared within one load: docs/BENCHMARKS.md, "Guests screen".
            Map<String, String> pool = new HashMap<>();
            return service.list(event).stream().map(g -> GuestRow.of(g, pool)).toList();
        }, GuestRow::of, GuestRow::id, new Counts(), executor);
    }

    /** The figures, adjusted guest by guest (the same figures {@link GuestTotals#of} counts). */
    private static final class Counts implements Tally<GuestRow, GuestTotals> {
        private final Map<GuestCategory, Integer> category = new HashMap<>();
        private final int[] attendance = new int[Attendance.values().length];
        private final int[] status = new int[InvitationStatus.values().length];
        private int total;
        private int checkedIn;

        @Override
        public void reset(List<GuestRow> rows) {
            category.clear();
            java.util.Arrays.fill(attendance, 0);
            java.util.Arrays.fill(status, 0);
            total = 0;
            checkedIn = 0;
            for (GuestRow r : rows) {
                add(r);
            }
        }

        @Override
        public void add(GuestRow row) {
            count(row.guest(), 1);
        }

        @Override
        public void remove(GuestRow row) {
            count(row.guest(), -1);
        }

        private void count(Guest g, int sign) {
            category.merge(g.category(), sign, Integer::sum);
            attendance[g.attendance().ordinal()] += sign;
            status[g.invitationStatus().ordinal()] += sign;
            total += sign;
            if (g.isCheckedIn()) {
                checkedIn += sign;
            }
        }

        @Override
        public GuestTotals totals() {
            return new GuestTotals(total, GuestTotals.categories(category), map(Attendance.class, attendance),
                    map(InvitationStatus.class, status), checkedIn);
        }

        private static <E extends Enum<E>> Map<E, Integer> map(Class<E> type, int[] counts) {
            Map<E, Integer> m = new EnumMap<>(type);
            for (E e : type.getEnumConstants()) {
                m.put(e, counts[e.ordinal()]);
            }
            return Collections.unmodifiableMap(m);
        }
    }
}
