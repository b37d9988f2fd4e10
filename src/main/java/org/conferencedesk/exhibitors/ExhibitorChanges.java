package org.conferencedesk.exhibitors;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The listeners of one database's exhibitor changes ({@link ExhibitorChange}), shared by
 * {@link ExhibitorService} and {@link BoothService}: a screen that registers once hears about
 * exhibitors, deposits, rates, halls, booths and bookings alike. Listeners are called after each
 * committed change, on the thread that made it. Thread-safe.
 */
public final class ExhibitorChanges {

    private final List<Consumer<ExhibitorChange>> listeners = new CopyOnWriteArrayList<>();

    /** Registers a listener called after every committed change, on the writing thread. */
    public void addListener(Consumer<ExhibitorChange> listener) {
        listeners.add(listener);
    }

    /** Removes a listener added with {@link #addListener}. */
    public void removeListener(Consumer<ExhibitorChange> listener) {
        listeners.remove(listener);
    }

    /** Tells every listener; called by the services after a commit. */
    void publish(ExhibitorChange change) {
        for (Consumer<ExhibitorChange> listener : listeners) {
            listener.accept(change);
        }
    }
}
