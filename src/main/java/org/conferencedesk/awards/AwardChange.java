package org.conferencedesk.awards;

/**
 * What changed in an event's awards after a committed write, so live views update. Listeners get it on
 * the thread that made the change.
 */
public sealed interface AwardChange {

    /** The event whose awards changed. */
    long eventId();

    /**
     * Something in one category changed (the category, its prizes, committee, nominees, recusals,
     * criteria, scores, winners, sign-off or reopening): reload that category.
     */
    record CategoryChanged(long eventId, long categoryId) implements AwardChange {
    }

    /** A category was deleted. */
    record CategoryRemoved(long eventId, long categoryId) implements AwardChange {
    }

    /** Many categories changed at once (the running order, an import): reload the event's awards. */
    record Reloaded(long eventId) implements AwardChange {
    }
}
