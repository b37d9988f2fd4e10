package org.conferencedesk.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs several desks' actions at the same moment, each on its own thread (and so on its own
 * database connection), for the concurrency tests of issue 16: all wait at one gate, which opens at
 * once; each outcome is its value or its failure, in the order of the tasks.
 */
public final class AtOnce {

    private AtOnce() {
    }

    /**
     * One task's outcome.
     *
     * @param value what it returned (null if it failed)
     * @param failure what it threw (null if it succeeded)
     */
    public record Outcome<T>(T value, Throwable failure) {

        /** True if the task returned. */
        public boolean succeeded() {
            return failure == null;
        }
    }

    /**
     * Starts every task at once and waits for all (two minutes at most).
     *
     * @return the outcomes, in the order of {@code tasks}
     * @throws AssertionError if a task has not finished within two minutes
     */
    public static <T> List<Outcome<T>> run(List<? extends Callable<T>> tasks) throws InterruptedException {
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> running = new ArrayList<>();
            for (Callable<T> task : tasks) {
                running.add(pool.submit(() -> {
                    gate.await();
                    return task.call();
                }));
            }
            gate.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> f : running) {
                try {
                    outcomes.add(new Outcome<>(f.get(120, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("A desk did not finish within two minutes (waiting for a lock?)", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
