package org.conferencedesk.shared.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.conferencedesk.shared.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs view-model work on a small pool of daemon threads and hands results back on the JavaFX
 * application thread ({@link Platform#runLater}). Every failure is logged with its stack trace
 * before {@code onFailure} turns it into a sentence for the user.
 *
 * <p>Two threads: one for a long job (an import, a PDF) and one so that the screen's own loading
 * is not queued behind it, on a 2-core laptop.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService pool;

    /** Creates the executor with {@code threads} daemon worker threads. */
    public FxTaskExecutor(int threads) {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "conferencedesk-worker-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    /** Creates the executor with two worker threads. */
    public FxTaskExecutor() {
        this(2);
    }

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pool.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable e) {
                LOG.warn("Background work failed", e);
                Platform.runLater(() -> onFailure.accept(e));
                return;
            }
            Platform.runLater(() -> onSuccess.accept(result));
        });
    }

    @Override
    public void runOnUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Stops taking work; running work finishes on its daemon thread. */
    @Override
    public void close() {
        pool.shutdown();
    }

    /**
     * Waits up to {@code millis} for work already given to finish (after {@link #close()}).
     *
     * @return true if all of it finished
     */
    public boolean awaitTermination(long millis) {
        try {
            return pool.awaitTermination(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
