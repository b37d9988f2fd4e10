package org.conferencedesk.shared.record;

import org.conferencedesk.shared.UserFacingException;

/**
 * A save was based on an older copy of a record than the one stored now: someone else (another
 * laptop, the check-in desk, a bulk action) saved it meanwhile. Nothing was saved (optimistic
 * locking, decision 0028). A form shows both copies field by field and lets the user merge and save
 * again; elsewhere the sentence ({@code shared}: {@code stale.edit}) says what to do.
 */
public final class StaleEditException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    private final transient Object yours;
    private final transient Object stored;

    /**
     * @param yours the record as the user wanted to save it (its version the one the edit started from)
     * @param stored the record as stored now, with the version that would have to be the base
     */
    public StaleEditException(Object yours, Object stored) {
        super("shared", "stale.edit");
        this.yours = yours;
        this.stored = stored;
    }

    /** The record as the user wanted to save it. */
    @SuppressWarnings("unchecked")
    public <R> R yours() {
        return (R) yours;
    }

    /** The record as stored now (the base of the next save). */
    @SuppressWarnings("unchecked")
    public <R> R stored() {
        return (R) stored;
    }
}
