package org.conferencedesk.shared;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A {@link TaskExecutor} fake whose background work waits until the test lets it finish, in any
 * order ({@link #finishNewest()}, {@link #finishOldest()}): for what happens when a slow load ends
 * after a newer one. UI-thread hand-overs run at once on the calling thread.
 */
public final class DeferredTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> pending = new ArrayDeque<>();

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pending.addLast(() -> new CurrentThreadTaskExecutor().execute(work, onSuccess, onFailure));
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    /** How many pieces of work wait. */
    public int pending() {
        return pending.size();
    }

    /** Runs the work started last (and hands its result over). */
    public void finishNewest() {
        pending.removeLast().run();
    }

    /** Runs the work started first (and hands its result over). */
    public void finishOldest() {
        pending.removeFirst().run();
    }

    /** Runs every piece of work waiting, oldest first. */
    public void finishAll() {
        while (!pending.isEmpty()) {
            finishOldest();
        }
    }
}
