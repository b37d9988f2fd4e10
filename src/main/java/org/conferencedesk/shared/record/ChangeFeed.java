package org.conferencedesk.shared.record;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Who is told about committed changes to one record type: a service owns one feed and
 * {@link #publish}es after each committed write; live lists and other screens
 * {@link #addListener listen}. Listeners run on the writing thread (a background thread in the
 * window, the main thread on the command line), in the order they were added; a view hands the
 * change to the UI thread itself ({@link LiveRecords} does).
 *
 * <p>Thread-safe. Knows nothing of JavaFX.
 *
 * @param <R> the record type
 */
public final class ChangeFeed<R> {

    private final List<Consumer<RecordChange<R>>> listeners = new CopyOnWriteArrayList<>();

    /** Registers a listener called after every committed change, on the writing thread. */
    public void addListener(Consumer<RecordChange<R>> listener) {
        listeners.add(listener);
    }

    /** Removes a listener added with {@link #addListener}; nothing if it was not added. */
    public void removeListener(Consumer<RecordChange<R>> listener) {
        listeners.remove(listener);
    }

    /** Tells every listener about {@code change}; call only after the transaction committed. */
    public void publish(RecordChange<R> change) {
        for (Consumer<RecordChange<R>> listener : listeners) {
            listener.accept(change);
        }
    }

    /** Publishes {@link RecordChange.Saved} for these records (nothing for an empty list). */
    public void saved(long eventId, List<R> records) {
        if (!records.isEmpty()) {
            publish(new RecordChange.Saved<>(eventId, records));
        }
    }

    /** Publishes {@link RecordChange.Removed} for these ids (nothing for an empty list). */
    public void removed(long eventId, List<Long> ids) {
        if (!ids.isEmpty()) {
            publish(new RecordChange.Removed<>(eventId, ids));
        }
    }

    /** Publishes {@link RecordChange.Reloaded}: many records of the event changed at once. */
    public void reloaded(long eventId) {
        publish(new RecordChange.Reloaded<>(eventId));
    }
}
