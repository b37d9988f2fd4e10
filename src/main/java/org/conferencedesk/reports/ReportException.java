package org.conferencedesk.reports;

/**
 * A report could not be made: the event does not exist, or its content could not be laid out. The
 * message is a sentence the user can act on. (File errors are {@link java.io.UncheckedIOException}.)
 */
public final class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public ReportException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
