package org.conferencedesk.shared.record;

/**
 * A record type under optimistic locking (decision 0028): each stored copy carries the version it
 * was read at, and a save based on another version than the stored one is refused
 * ({@code storage.StaleEditException}) instead of overwriting a change made meanwhile elsewhere.
 */
public interface Versioned {

    /** The stored version this copy was read at: 0 when added, one more at every save; 0 for a record never stored. */
    long version();
}
