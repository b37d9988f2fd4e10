package org.conferencedesk.shared;

/**
 * Receives the progress of long work (imports, exports, reports) and tells it whether the user
 * cancelled. Implementations must be thread-safe: work calls them from a background thread.
 */
public interface ProgressMonitor {

    /** A monitor that ignores progress and never cancels (for the command line and tests). */
    ProgressMonitor NONE = new ProgressMonitor() {
        @Override
        public void progress(long done, long total, String what) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /**
     * Reports that {@code done} of {@code total} steps are finished.
     *
     * @param what a short sentence for the user about the current step (may be null)
     */
    void progress(long done, long total, String what);

    /** True once the user asked to stop; the work then throws {@link OperationCancelledException}. */
    boolean isCancelled();

    /** Throws {@link OperationCancelledException} if the user asked to stop. */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new OperationCancelledException();
        }
    }
}
