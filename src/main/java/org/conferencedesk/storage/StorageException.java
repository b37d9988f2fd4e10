package org.conferencedesk.storage;

/** The database could not be opened, migrated or written; the message says which file and why. */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a sentence for the log and its cause. */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
