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

    /**
     * Asks before something that destroys or replaces what is stored (delete, merge, restore): the
     * question names what would be lost, the button that does it is named by {@code action}
     * ("Delete", "Merge", "Restore"), and Cancel is the default button, so Enter or Esc keeps
     * everything. By default the same as {@link #confirm}; the window's implementation overrides it.
     *
     * @return true only if the user chose {@code action}
     */
    default boolean confirmDestructive(String title, String question, String action) {
        return confirm(title, question);
    }

    /**
     * A save was based on an old copy (someone saved the record meanwhile): shows both copies field by
     * field, differences highlighted, and lets the user choose per field (or keep all theirs, take all
     * the database's). Returns when the user has chosen.
     *
     * @return true to save the merge ({@code merge}'s choices), false to go back to the form with the
     *         typing kept and nothing saved. By default false (a service without a window: the caller
     *         shows the refusal's sentence instead)
     */
    default boolean mergeStaleEdit(StaleEditMerge merge) {
        return false;
    }
}
