package org.conferencedesk.storage;

import java.util.Locale;

/**
 * The database could not be opened, migrated, written, backed up or restored; the message says
 * which file and why. Subtypes carry a sentence in the user's language ({@link #sentence(Locale)})
 * that says what happened and what to do; the cause (H2's or Flyway's error) is for the log only.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a sentence for the log and its cause. */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * What happened and what to do, in {@code locale}'s language (Simplified Chinese for any Chinese
     * locale, else English), never a raw H2 message. This class returns {@link #getMessage()}
     * (English); subtypes override it.
     */
    public String sentence(Locale locale) {
        return getMessage();
    }
}
