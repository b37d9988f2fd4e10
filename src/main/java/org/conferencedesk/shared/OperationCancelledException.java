package org.conferencedesk.shared;

/** The user cancelled long work; whatever it had started to write was rolled back. */
public class OperationCancelledException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception ("Cancelled; nothing was changed."). */
    public OperationCancelledException() {
        super("shared", "cancelled");
    }
}
