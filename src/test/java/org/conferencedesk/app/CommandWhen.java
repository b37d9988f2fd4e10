package org.conferencedesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.conferencedesk.app.cli.CliRunner;

/**
 * Child process of {@link OneWriterProcessTest}: a command, started early and warmed up, that runs the
 * moment something happens to the database, as a user's command could at any moment. Arguments:
 * {@code part FOLDER} (a backup is being written: a {@code .zip.part} appears in FOLDER) or
 * {@code lock LOCKFILE TEXT} (the lock file contains TEXT), then {@code --}, then the command line.
 * Prints "ready", then when it runs: "attempt" and whether the condition still held when it had
 * finished ("still true|false"), what the command printed ("out: …", "err: …") and "exit N".
 */
public final class CommandWhen {

    private CommandWhen() {
    }

    public static void main(String[] args) throws Exception {
        int dash = Arrays.asList(args).indexOf("--");
        String[] condition = Arrays.copyOfRange(args, 0, dash);
        String[] command = Arrays.copyOfRange(args, dash + 1, args.length);
        // Warm up: the command line's classes loaded before the moment comes.
        run(new String[] {"--help"});
        System.out.println("ready");
        System.out.flush();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!holds(condition)) {
            if (System.nanoTime() > until) {
                System.out.println("timeout");
                System.exit(3);
            }
            Thread.sleep(1);
        }
        System.out.println("attempt");
        CliRunner.Result result = run(command);
        System.out.println("still " + holds(condition));
        result.out().lines().forEach(line -> System.out.println("out: " + line));
        result.err().lines().forEach(line -> System.out.println("err: " + line));
        System.out.println("exit " + result.exitCode());
        System.out.flush();
        System.exit(0);
    }

    private static CliRunner.Result run(String[] args) {
        return new CliRunner(System.getenv(), Locale.ENGLISH, Path.of(System.getProperty("java.io.tmpdir"), "conferencedesk-test.log")).run(args);
    }

    private static boolean holds(String[] condition) throws Exception {
        return switch (condition[0]) {
            case "part" -> {
                Path folder = Path.of(condition[1]);
                if (!Files.isDirectory(folder)) {
                    yield false;
                }
                try (Stream<Path> files = Files.list(folder)) {
                    yield files.anyMatch(f -> f.getFileName().toString().endsWith(".zip.part"));
                } catch (java.io.IOException e) {
                    yield false;
                }
            }
            case "lock" -> {
                Path file = Path.of(condition[1]);
                try {
                    yield Files.isRegularFile(file) && Files.readString(file).contains(condition[2]);
                } catch (java.io.IOException e) {
                    yield false;
                }
            }
            default -> throw new IllegalArgumentException(condition[0]);
        };
    }
}
