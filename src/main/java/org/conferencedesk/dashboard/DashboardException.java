package org.conferencedesk.dashboard;

import org.conferencedesk.shared.UserFacingException;

/**
 * An announced figure, a snapshot or a comparison was refused or could not be made, with a sentence in
 * the user's language (bundle {@code dashboard}). Nothing was changed.
 */
public class DashboardException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    /** The sentence {@code key} of the {@code dashboard} bundle, with its arguments. */
    public DashboardException(String key, Object... arguments) {
        super("dashboard", key, arguments);
    }
}
