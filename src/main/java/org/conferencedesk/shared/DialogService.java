package org.conferencedesk.shared;

/**
 * How view models speak to the user without knowing about windows: a short localised sentence the
 * user can act on. The stack trace, if any, goes to the log, never to the user.
 */
public interface DialogService {

    /** Shows an error sentence (what happened and what to do). */
    void showError(String title, String message);

    /** Shows an information sentence. */
    void showInformation(String title, String message);

    /** Asks a yes/no question; returns true if the user agreed. */
    boolean confirm(String title, String question);
}
