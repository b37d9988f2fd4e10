package org.conferencedesk.shared;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the UI thread and hands the result back on it. View models call services
 * only through this, so that no database, file or PDF work runs on the FX application thread;
 * tests pass {@link CurrentThreadTaskExecutor} instead and need no FX thread.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} with its result, or
     * {@code onFailure} with what it threw, on the UI thread.
     */
    <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (now if already on it); for change notifications from services. */
    void runOnUiThread(Runnable action);
}
