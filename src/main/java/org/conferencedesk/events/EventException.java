package org.conferencedesk.events;

import org.conferencedesk.shared.UserFacingException;

/**
 * A request about events that cannot be met; {@link #sentence(java.util.Locale)} says what to do
 * instead, in the user's language (keys of the {@code events} bundle).
 */
public class EventException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the sentence {@code key} of the {@code events} bundle. */
    public EventException(String key, Object... arguments) {
        super("events", key, arguments);
    }
}
