package org.conferencedesk.events;

/** A request about events that cannot be met; the message says what to do instead. */
public class EventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a sentence the user can act on. */
    public EventException(String message) {
        super(message);
    }
}
