package org.conferencedesk.shared.record;

import java.util.List;

/**
 * The figures of a live list, kept by difference as rows come and go, so that a change costs the
 * rows it touches and not a re-count of the event (a check-in among 100,000 guests adjusts two
 * counters). Plugged into {@link LiveRecords}: a feature writes one over its own figures (a
 * contract ledger with running totals, guest counts by category).
 *
 * <p>Called on the UI thread only; not thread-safe. Must give the same figures as counting the
 * event's records in the database (each feature tests this side by side).
 *
 * @param <W> the row type held by the live list
 * @param <T> the figures (immutable)
 */
public interface Tally<W, T> {

    /** Forgets everything and counts {@code rows} (the event's rows, just loaded). */
    void reset(List<W> rows);

    /** Counts a row that joined the list. */
    void add(W row);

    /** Uncounts a row that left the list. */
    void remove(W row);

    /** A row was replaced by a newer version of itself (same id); by default remove then add. */
    default void replace(W before, W after) {
        remove(before);
        add(after);
    }

    /** The figures now (a new immutable value). */
    T totals();
}
