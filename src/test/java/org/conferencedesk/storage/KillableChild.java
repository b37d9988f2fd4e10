package org.conferencedesk.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@link ChildJvm} whose standard output is read line by line as it comes, and that the test kills
 * with SIGKILL ({@link Process#destroyForcibly()} on Linux and macOS) at the moment it chooses.
 */
public final class KillableChild implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;
    private boolean ended;

    private KillableChild(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code main} with {@code args} in a second JVM. */
    public static KillableChild start(Class<?> main, String... args) throws IOException {
        return new KillableChild(ChildJvm.start(main, args));
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (this) {
                    lines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException ignored) {
            // the process was killed
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    /**
     * Waits until the child prints a line matching {@code wanted}, or its output ends.
     *
     * @return whether such a line was printed
     */
    public synchronized boolean awaitLine(Predicate<String> wanted, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (lines.stream().noneMatch(wanted) && !ended) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return lines.stream().anyMatch(wanted);
    }

    /** Kills the child with SIGKILL (if it still runs) and waits until it is gone and its output read. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the child did not die");
        }
        reader.join(10_000);
    }

    /** The child's process id. */
    public long pid() {
        return process.pid();
    }

    /**
     * Sends the child {@code signal} ({@code "STOP"}, {@code "CONT"}) with the system's {@code kill} command
     * (Linux, macOS): a stopped child holds what it holds (files, locks) until it is continued.
     */
    public void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + signal + " " + process.pid() + " failed");
        }
    }

    /** Waits for the child to end by itself, at most {@code seconds}; returns its exit code. */
    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            throw new AssertionError("the child did not end within " + seconds + " s; it printed " + lines());
        }
        reader.join(10_000);
        return process.exitValue();
    }

    /** Every line printed so far. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** The first line printed so far that starts with {@code prefix}, or null. */
    public synchronized String lineStartingWith(String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().orElse(null);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
