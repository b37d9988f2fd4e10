package org.conferencedesk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A second program on this computer, for the tests of one writer (issue 9): a JVM on the test class
 * path running {@link Main} (a command, or the window headless with Monocle) or a test's own main,
 * with its data folder (logs) under {@code home}, the production logging (thread names in the log),
 * and its stdout collected line by line.
 */
final class RealProcess implements AutoCloseable {

    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private final Path stderr;

    private RealProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    out.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "stdout of " + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code main} with {@code args} in {@code workingDirectory}; XDG_DATA_HOME is {@code home}.
     * The window's classes run headless (Monocle), as TestFX runs them.
     */
    static RealProcess start(Path home, Path workingDirectory, Class<?> main, String... args) throws IOException {
        List<String> command = org.conferencedesk.storage.ChildJvm.command(main, List.of(
                "-Dconferencedesk.productionLogging=true",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Duser.language=en", "-Duser.country=US", "-Dfile.encoding=UTF-8"), args);
        Files.createDirectories(home);
        Path stderr = Files.createTempFile(home, "stderr-", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectError(stderr.toFile());
        builder.environment().put("XDG_DATA_HOME", home.toString());
        builder.environment().put("LANG", "en_US.UTF-8");
        builder.environment().remove("LC_ALL");
        builder.environment().remove("CONFERENCEDESK_DB");
        return new RealProcess(builder.start(), stderr);
    }

    /** Runs {@link Main} with {@code args} to its end (at most two minutes). */
    static Ended run(Path home, Path workingDirectory, String... args) throws Exception {
        try (RealProcess p = start(home, workingDirectory, Main.class, args)) {
            return p.awaitEnd(120);
        }
    }

    /** What a process printed and returned. */
    record Ended(int exitCode, List<String> out, String err) {
        String outText() {
            return String.join("\n", out);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The lines printed so far. */
    List<String> out() {
        return List.copyOf(out);
    }

    /** Waits until a line printed starts with {@code prefix}; returns it. */
    String awaitLine(String prefix, long seconds) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            for (String line : out) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            if (!process.isAlive()) {
                reader.join(2000);
                for (String line : out) {
                    if (line.startsWith(prefix)) {
                        return line;
                    }
                }
                throw new AssertionError("Ended (" + process.exitValue() + ") without printing " + prefix + ": " + out + "\n" + err());
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No line " + prefix + " within " + seconds + " s: " + out + "\n" + err());
    }

    /** Closes its stdin (the window harness then closes the window) and waits for the end. */
    Ended closeInputAndAwaitEnd(long seconds) throws Exception {
        process.getOutputStream().close();
        return awaitEnd(seconds);
    }

    Ended awaitEnd(long seconds) throws Exception {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Still running after " + seconds + " s: " + out + "\n" + err());
        }
        reader.join(5000);
        return new Ended(process.exitValue(), List.copyOf(out), err());
    }

    /** SIGKILL, as a crash or a power cut would end it. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    String err() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            return "(stderr unreadable: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
