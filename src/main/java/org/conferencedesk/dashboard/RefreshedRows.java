package org.conferencedesk.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import org.conferencedesk.shared.TaskExecutor;

/**
 * Rows of the shown event kept by id, each read again in the background when a change names it (a
 * booth whose bookings changed, an award category whose winners changed), for the figures whose
 * change feed does not carry what they count. Every request gets a number; a result older than what a
 * row already holds (another read of it finished first, or a whole reload) is dropped, and so is a
 * result for another event. The owner is told each row that changed, to adjust its figures by
 * difference.
 *
 * <p>Every method is called on the UI thread; reads run on the executor's background thread.
 *
 * @param <V> what is kept per id
 */
final class RefreshedRows<V> {

    /** Told of each row that changed, on the UI thread. */
    interface Listener<V> {
        /** {@code before} null: the row joined; {@code after} null: it left. */
        void changed(long id, V before, V after);

        /** A batch of changes is complete: publish the figures. */
        void settled();
    }

    private final TaskExecutor executor;
    private final Listener<V> listener;
    private final Consumer<Throwable> onFailure;
    private final Map<Long, V> rows = new HashMap<>();
    private final Map<Long, Long> stamps = new HashMap<>();
    private long sequence;
    private long reloadStamp;
    private Long eventId;

    RefreshedRows(TaskExecutor executor, Listener<V> listener, Consumer<Throwable> onFailure) {
        this.executor = Objects.requireNonNull(executor);
        this.listener = Objects.requireNonNull(listener);
        this.onFailure = Objects.requireNonNull(onFailure);
    }

    /** The rows now (read-only view). */
    Map<Long, V> rows() {
        return java.util.Collections.unmodifiableMap(rows);
    }

    /** The event shown, or null. */
    Long eventId() {
        return eventId;
    }

    /** Shows another event: forgets every row (each reported as left) and remembers the event. */
    void show(long event) {
        if (eventId == null || eventId != event) {
            for (Map.Entry<Long, V> e : new ArrayList<>(rows.entrySet())) {
                listener.changed(e.getKey(), e.getValue(), null);
            }
            rows.clear();
            stamps.clear();
            reloadStamp = ++sequence;
            eventId = event;
            listener.settled();
        }
    }

    /**
     * Reads every row of the shown event again in the background.
     *
     * @param load what to read (runs in the background)
     * @param rowsOf the rows in what was read
     * @param alsoOnUi given what was read, on the UI thread, before the rows are applied (unless it is stale)
     */
    <T> void reload(Callable<T> load, Function<T, Map<Long, V>> rowsOf, Consumer<T> alsoOnUi) {
        if (eventId == null) {
            return;
        }
        long stamp = ++sequence;
        long event = eventId;
        executor.execute(load, loaded -> {
            if (!isShown(event) || stamp < reloadStamp) {
                return;
            }
            reloadStamp = stamp;
            alsoOnUi.accept(loaded);
            Map<Long, V> all = rowsOf.apply(loaded);
            for (Long id : new ArrayList<>(rows.keySet())) {
                if (!all.containsKey(id) && stamps.getOrDefault(id, 0L) < stamp) {
                    listener.changed(id, rows.remove(id), null);
                    stamps.put(id, stamp);
                }
            }
            for (Map.Entry<Long, V> e : all.entrySet()) {
                if (stamps.getOrDefault(e.getKey(), 0L) < stamp) {
                    V before = rows.put(e.getKey(), e.getValue());
                    stamps.put(e.getKey(), stamp);
                    listener.changed(e.getKey(), before, e.getValue());
                }
            }
            listener.settled();
        }, onFailure);
    }

    /** Reads one row again in the background ({@code load} answers null if it is gone). */
    void refresh(long id, Callable<V> load) {
        if (eventId == null) {
            return;
        }
        long stamp = ++sequence;
        long event = eventId;
        executor.execute(load, value -> {
            if (isShown(event)) {
                apply(id, value, stamp);
                listener.settled();
            }
        }, onFailure);
    }

    /** A row left (its record was deleted). */
    void remove(long id) {
        if (eventId != null) {
            apply(id, null, ++sequence);
            listener.settled();
        }
    }

    private boolean isShown(long event) {
        return eventId != null && eventId == event;
    }

    private void apply(long id, V value, long stamp) {
        // Older than what the row holds, or than a reload that has no word of it (it was gone by then).
        if (stamps.getOrDefault(id, 0L) > stamp || stamp < reloadStamp && !stamps.containsKey(id)) {
            return;
        }
        stamps.put(id, stamp);
        V before = value == null ? rows.remove(id) : rows.put(id, value);
        if (before != null || value != null) {
            listener.changed(id, before, value);
        }
    }

    /** Ids of rows matching {@code test} (e.g. the booths an exhibitor held). */
    List<Long> idsWhere(java.util.function.Predicate<V> test) {
        List<Long> ids = new ArrayList<>();
        rows.forEach((id, v) -> {
            if (test.test(v)) {
                ids.add(id);
            }
        });
        return ids;
    }
}
