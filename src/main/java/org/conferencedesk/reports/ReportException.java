package org.conferencedesk.reports;

import org.conferencedesk.shared.UserFacingException;

/**
 * A report could not be made: the event does not exist, or its content could not be laid out.
 * {@link #sentence(java.util.Locale)} says what to do, in the user's language (keys {@code error.*}
 * of the {@code report} bundle). (File errors are {@link java.io.UncheckedIOException}.)
 */
public final class ReportException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    /** The sentence {@code key} of the {@code report} bundle, with its arguments. */
    public ReportException(String key, Object... arguments) {
        super("report", key, arguments);
    }

    /** Like {@link #ReportException(String, Object...)}, caused by {@code cause} (for the log). */
    public ReportException(Throwable cause, String key, Object... arguments) {
        super(cause, "report", key, arguments);
    }
}
