package org.conferencedesk.guests;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferencedesk.shared.TaskExecutor;

/**
 * The current event's guests and their figures as JavaFX properties, kept current from
 * {@link GuestService}'s change notifications: a save, a status change or a check-in replaces only
 * the rows it names (found by id, the list being in id order) and adjusts the figures by
 * difference; only {@link GuestChange.Reloaded} (an import, an undone merge) reads the event again,
 * in the background. Shared by the guests screen, the check-in desk and the status bar. Imports
 * nothing from {@code javafx.scene}.
 *
 * <p>Lifecycle: {@link #show(long, Consumer)} loads an event in the background (search keys are built
 * there too) and starts listening; {@link #close()} stops listening. Methods are called on the UI thread.
 */
public final class LiveGuests implements AutoCloseable {

    private final GuestService service;
    private final TaskExecutor executor;
    private final Consumer<GuestChange> listener = this::onChange;
    private final ObservableList<GuestRow> rows = FXCollections.observableArrayList();
    private final ObservableList<GuestRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<GuestTotals> totals = new ReadOnlyObjectWrapper<>(this, "totals", GuestTotals.NONE);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyObjectWrapper<Long> eventId = new ReadOnlyObjectWrapper<>(this, "eventId");
    private final Counts counts = new Counts();
    private boolean listening;
    private long loadGeneration;

    /** Creates the model; nothing is loaded until {@link #show}. */
    public LiveGuests(GuestService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
    }

    /**
     * Loads the event's guests in the background (with their search keys) and keeps them live.
     *
     * @param onFailure called on the UI thread if loading fails
     */
    public void show(long event, Consumer<Throwable> onFailure) {
        if (!listening) {
            service.addListener(listener);
            listening = true;
        }
        if (eventId.get() == null || eventId.get() != event) {
            eventId.set(event);
            replaceAll(List.of());
        }
        load(event, onFailure);
    }

    /** Same as {@link #show(long, Consumer)}, ignoring failures (tests). */
    public void show(long event) {
        show(event, e -> { });
    }

    /** The event shown, or null before {@link #show}. */
    public ReadOnlyObjectProperty<Long> eventIdProperty() {
        return eventId.getReadOnlyProperty();
    }

    /** The event's guests in the order they were added (id order); read-only, live. */
    public ObservableList<GuestRow> rows() {
        return readOnlyRows;
    }

    /** The event's figures (live): total, by category, attendance and status, checked in. */
    public ReadOnlyObjectProperty<GuestTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** The figures now. */
    public GuestTotals totals() {
        return totals.get();
    }

    /** Increases on every change. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The row of the guest with this id, or null if not listed. */
    public GuestRow row(long guestId) {
        int i = indexOf(guestId);
        return i < 0 ? null : rows.get(i);
    }

    private void load(long event, Consumer<Throwable> onFailure) {
        long generation = ++loadGeneration;
        executor.execute(() -> {
            java.util.Map<String, String> pool = new java.util.HashMap<>();
            return service.list(event).stream().map(g -> GuestRow.of(g, pool)).toList();
        }, loaded -> {
            if (generation == loadGeneration && eventId.get() != null && eventId.get() == event) {
                replaceAll(loaded);
            }
        }, onFailure);
    }

    private void onChange(GuestChange change) {
        if (change instanceof GuestChange.Saved saved) {
            // Search keys are built on the writing thread, not the UI thread.
            List<GuestRow> built = saved.guests().stream().map(GuestRow::of).toList();
            executor.runOnUiThread(() -> applySaved(saved.eventId(), built));
        } else {
            executor.runOnUiThread(() -> apply(change));
        }
    }

    private void applySaved(long event, List<GuestRow> saved) {
        if (eventId.get() == null || eventId.get() != event) {
            return;
        }
        for (GuestRow row : saved) {
            int i = indexOf(row.id());
            if (i >= 0) {
                counts.add(rows.get(i).guest(), -1);
                rows.set(i, row);
            } else {
                rows.add(-i - 1, row);
            }
            counts.add(row.guest(), 1);
        }
        publish();
    }

    private void apply(GuestChange change) {
        Long shown = eventId.get();
        if (shown == null || shown != change.eventId()) {
            return;
        }
        if (change instanceof GuestChange.Removed removed) {
            for (long id : removed.guestIds()) {
                int i = indexOf(id);
                if (i >= 0) {
                    counts.add(rows.remove(i).guest(), -1);
                }
            }
            publish();
        } else if (change instanceof GuestChange.Reloaded) {
            load(shown, e -> { });
        }
    }

    /** Binary search by id: the index, or (-(insertion point) - 1). */
    private int indexOf(long id) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midId = rows.get(mid).id();
            if (midId < id) {
                low = mid + 1;
            } else if (midId > id) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    private void replaceAll(List<GuestRow> loaded) {
        counts.clear();
        for (GuestRow r : loaded) {
            counts.add(r.guest(), 1);
        }
        rows.setAll(loaded);
        publish();
    }

    private void publish() {
        totals.set(counts.totals());
        revision.set(revision.get() + 1);
    }

    /** Stops listening to changes. */
    @Override
    public void close() {
        if (listening) {
            service.removeListener(listener);
            listening = false;
        }
    }

    /** The figures, adjusted guest by guest (the same figures {@link GuestTotals#of} counts). */
    private static final class Counts {
        private final int[] category = new int[GuestCategory.values().length];
        private final int[] attendance = new int[Attendance.values().length];
        private final int[] status = new int[InvitationStatus.values().length];
        private int total;
        private int checkedIn;

        void clear() {
            java.util.Arrays.fill(category, 0);
            java.util.Arrays.fill(attendance, 0);
            java.util.Arrays.fill(status, 0);
            total = 0;
            checkedIn = 0;
        }

        void add(Guest g, int sign) {
            category[g.category().ordinal()] += sign;
            attendance[g.attendance().ordinal()] += sign;
            status[g.invitationStatus().ordinal()] += sign;
            total += sign;
            if (g.isCheckedIn()) {
                checkedIn += sign;
            }
        }

        GuestTotals totals() {
            return new GuestTotals(total, map(GuestCategory.class, category), map(Attendance.class, attendance),
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
