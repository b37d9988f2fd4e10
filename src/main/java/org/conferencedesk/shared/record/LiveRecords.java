package org.conferencedesk.shared.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferencedesk.shared.TaskExecutor;

/**
 * The current event's records of one type as a live list with its figures, kept current from the
 * type's {@link ChangeFeed} without re-reading the database: a save replaces only the rows it
 * names (found by id: the list is kept in id order) and the {@link Tally} adjusts the figures by
 * difference; a removal drops rows; only {@link RecordChange.Reloaded} (an import, an undone merge)
 * reads the event again, in the background. One instance per window is shared by the type's
 * screens and the status bar. Imports nothing from {@code javafx.scene}.
 *
 * <p>Stale loads are dropped: if the user switches event, or a second reload starts, while a load
 * is running, the older load's result is ignored when it arrives (the list never shows another
 * event's rows, or an older state over a newer one). Switching event empties the list at once.
 *
 * <p>Lifecycle: {@link #show(long, Consumer)} loads an event in the background and starts
 * listening; {@link #close()} stops listening. Every method is called on the UI thread.
 *
 * <p>A feature subclasses it with its types ({@code LiveContracts}, {@code LiveGuests}) and adds its
 * own views of the rows (the contracts in signing order, the running totals).
 *
 * @param <R> the record type published by the feed
 * @param <W> the row type held (the record itself, or the record with precomputed search keys)
 * @param <T> the figures of the {@link Tally}
 */
public class LiveRecords<R, W, T> implements AutoCloseable {

    private final ChangeFeed<R> feed;
    private final LongFunction<List<W>> load;
    private final Function<R, W> toRow;
    private final ToLongFunction<W> idOf;
    private final Tally<W, T> tally;
    private final TaskExecutor executor;
    private final Consumer<RecordChange<R>> listener = this::onChange;
    private final ObservableList<W> rows = FXCollections.observableArrayList();
    private final ObservableList<W> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<T> totals;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyObjectWrapper<Long> eventId = new ReadOnlyObjectWrapper<>(this, "eventId");
    private boolean listening;
    private long loadGeneration;

    /**
     * @param feed the changes of the record type
     * @param load reads an event's rows (any order); runs in the background (build search keys there)
     * @param toRow the row of a saved record; runs on the writing thread (never the UI thread)
     * @param idOf the database id of a row
     * @param tally the figures, adjusted row by row
     * @param executor background work and the hand-over to the UI thread
     */
    public LiveRecords(ChangeFeed<R> feed, LongFunction<List<W>> load, Function<R, W> toRow, ToLongFunction<W> idOf,
                       Tally<W, T> tally, TaskExecutor executor) {
        this.feed = Objects.requireNonNull(feed);
        this.load = Objects.requireNonNull(load);
        this.toRow = Objects.requireNonNull(toRow);
        this.idOf = Objects.requireNonNull(idOf);
        this.tally = Objects.requireNonNull(tally);
        this.executor = Objects.requireNonNull(executor);
        tally.reset(List.of());
        this.totals = new ReadOnlyObjectWrapper<>(this, "totals", tally.totals());
    }

    /**
     * Shows event {@code event}: loads its rows in the background and keeps them live from then on.
     * Showing another event than the one shown empties the list at once; showing the same event
     * again reads it again.
     *
     * @param onFailure called on the UI thread if loading fails (the list stays as it was)
     */
    public void show(long event, Consumer<Throwable> onFailure) {
        if (!listening) {
            feed.addListener(listener);
            listening = true;
        }
        Long shown = eventId.get();
        if (shown == null || shown != event) {
            eventId.set(event);
            if (shown != null) {
                replaceAll(List.of());
            }
        }
        loadInBackground(event, onFailure);
    }

    /** Same as {@link #show(long, Consumer)}, ignoring failures (tests). */
    public void show(long event) {
        show(event, e -> { });
    }

    /** The event shown, or null before {@link #show}. */
    public ReadOnlyObjectProperty<Long> eventIdProperty() {
        return eventId.getReadOnlyProperty();
    }

    /** The event's rows in id order (the order they were added); read-only, live. */
    public ObservableList<W> rows() {
        return readOnlyRows;
    }

    /** The event's figures (live). */
    public ReadOnlyObjectProperty<T> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** The figures now. */
    public T totals() {
        return totals.get();
    }

    /** Increases on every change (a cell showing a figure that any row can change listens to it). */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The row with this id, or null if it is not listed. */
    public W row(long id) {
        int i = indexOf(id);
        return i < 0 ? null : rows.get(i);
    }

    /** Stops listening to changes (the rows stay as they are). */
    @Override
    public void close() {
        if (listening) {
            feed.removeListener(listener);
            listening = false;
        }
    }

    private void loadInBackground(long event, Consumer<Throwable> onFailure) {
        long generation = ++loadGeneration;
        executor.execute(() -> {
            List<W> loaded = new ArrayList<>(load.apply(event));
            // Kept in id order (found by binary search); a list read in id order is sorted in one pass.
            loaded.sort(java.util.Comparator.comparingLong(idOf));
            return loaded;
        }, loaded -> {
            // A later load (or another event) started meanwhile: this result is stale.
            if (generation == loadGeneration && eventId.get() != null && eventId.get() == event) {
                replaceAll(loaded);
            }
        }, onFailure);
    }

    private void onChange(RecordChange<R> change) {
        if (change instanceof RecordChange.Saved<R> saved) {
            // Rows (search keys …) are built on the writing thread, not the UI thread.
            List<W> built = new ArrayList<>(saved.records().size());
            for (R record : saved.records()) {
                built.add(toRow.apply(record));
            }
            executor.runOnUiThread(() -> applySaved(saved.eventId(), built));
        } else {
            executor.runOnUiThread(() -> apply(change));
        }
    }

    private boolean isShown(long event) {
        Long shown = eventId.get();
        return shown != null && shown == event;
    }

    private void applySaved(long event, List<W> saved) {
        if (!isShown(event)) {
            return;
        }
        for (W row : saved) {
            int i = indexOf(idOf.applyAsLong(row));
            if (i >= 0) {
                tally.replace(rows.get(i), row);
                rows.set(i, row);
            } else {
                rows.add(-i - 1, row);
                tally.add(row);
            }
        }
        publish();
    }

    private void apply(RecordChange<R> change) {
        if (!isShown(change.eventId())) {
            return;
        }
        if (change instanceof RecordChange.Removed<R> removed) {
            for (long id : removed.ids()) {
                int i = indexOf(id);
                if (i >= 0) {
                    tally.remove(rows.remove(i));
                }
            }
            publish();
        } else if (change instanceof RecordChange.Reloaded<R>) {
            loadInBackground(change.eventId(), e -> { });
        }
    }

    /** Binary search by id: the index, or (-(insertion point) - 1). */
    private int indexOf(long id) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midId = idOf.applyAsLong(rows.get(mid));
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

    private void replaceAll(List<W> loaded) {
        tally.reset(loaded);
        rows.setAll(loaded);
        publish();
    }

    private void publish() {
        totals.set(tally.totals());
        revision.set(revision.get() + 1);
    }
}
