package org.conferencedesk.shared;

/** The user cancelled long work; whatever it had started to write was rolled back. */
public class OperationCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public OperationCancelledException() {
        super("Cancelled; nothing was changed.");
    }
}
