package org.conferencedesk.storage;

import java.util.Locale;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The database could not be opened, migrated, written, backed up or restored; the message says
 * which file and why. Subtypes carry a sentence in the user's language ({@link #sentence(Locale)})
 * that says what happened and what to do; the cause (H2's or Flyway's error) is for the log only.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String sentenceKey;
    private final transient Object[] sentenceArguments;

    /** Creates the exception with a sentence for the log and its cause. */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
        this.sentenceKey = null;
        this.sentenceArguments = null;
    }

    /**
     * Creates the exception with the sentence {@code key} of the {@code storage} bundle (its English
     * text is the message) and its cause, for the log.
     */
    static StorageException withSentence(Throwable cause, String key, Object... arguments) {
        return new StorageException(key, arguments, cause);
    }

    /**
     * ConferenceDesk makes no backups of a shared PostgreSQL database: its server does (issue 16).
     *
     * @param database the database as {@link Database#description()} names it
     */
    public static StorageException backupsOnServer(String database) {
        return withSentence(null, "pg.backupsOnServer", database);
    }

    private StorageException(String key, Object[] arguments, Throwable cause) {
        super(Messages.of("storage", Locale.ENGLISH).get(key, arguments), cause);
        this.sentenceKey = key;
        this.sentenceArguments = arguments.clone();
    }

    /** Whether the PostgreSQL server refused the login, or asked for a password none was given for (issue 16). */
    public boolean loginRefused() {
        return "pg.loginRefused".equals(sentenceKey);
    }

    /**
     * What happened and what to do, in {@code locale}'s language (Simplified Chinese for any Chinese
     * locale, else English), never a raw H2 message. This class returns {@link #getMessage()}
     * (English); subtypes override it.
     */
    public String sentence(Locale locale) {
        return sentenceKey == null || sentenceArguments == null
                ? getMessage() : Messages.of("storage", locale).get(sentenceKey, sentenceArguments);
    }
}
