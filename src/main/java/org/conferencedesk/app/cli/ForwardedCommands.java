package org.conferencedesk.app.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.conferencedesk.app.WindowActivation;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.Database;
import picocli.CommandLine;

/**
 * The window's side of {@link WindowActivation#forward}: runs a command that only reads
 * ({@link CommandSession#READ_ONLY}) over the window's open database, in the language and folder of
 * the user who ran it, and hands back what it printed and its exit code. The command line is the
 * same as a command of its own ({@link ConferenceDeskCli#create}), so it prints exactly the same.
 *
 * <p>The window holds the database's lock; the command neither opens nor closes the file. An
 * encrypted database's command must bring the password the window opened it with (from
 * {@code CONFERENCEDESK_PASSWORD} or typed), as opening it would require.
 */
public final class ForwardedCommands implements WindowActivation.CommandRunner {

    /** The window's database as it is now: open (with the password it was opened with, or null), or not. */
    public record Open(Database database, char[] password) {
    }

    private static final long WAIT_FOR_OPEN_MILLIS = TimeUnit.SECONDS.toMillis(10);

    private final Supplier<Optional<Open>> open;
    private final Path databaseFile;
    private final Path logFile;

    /**
     * @param open the window's open database now, or empty while it is opening, restoring or changing encryption
     * @param databaseFile the window's database, for the sentence when it is not open
     * @param logFile the window's log file, named in sentences about unexpected errors
     */
    public ForwardedCommands(Supplier<Optional<Open>> open, Path databaseFile, Path logFile) {
        this.open = open;
        this.databaseFile = databaseFile;
        this.logFile = logFile;
    }

    @Override
    public Optional<Integer> run(WindowActivation.CommandRequest request, Writer out, Writer err) {
        Locale locale = Locale.forLanguageTag(request.languageTag());
        PrintWriter stdout = new PrintWriter(out, true);
        PrintWriter stderr = new PrintWriter(err, true);
        Optional<Open> now = awaitOpen();
        if (now.isEmpty()) {
            stderr.println(Messages.of("cli", locale).get("forward.notOpen", Database.h2File(databaseFile)));
            stderr.flush();
            return Optional.of(ConferenceDeskCli.BAD_INPUT);
        }
        if (now.get().database().encrypted() && !samePassword(now.get().password(), request.password())) {
            return Optional.empty();
        }
        CliEnvironment environment = new CliEnvironment(Map.of(), locale, file -> {
            throw new IllegalStateException("A forwarded command never opens a window");
        }, logFile, now.get().database(), request.workingDirectory());
        CommandLine commandLine = ConferenceDeskCli.create(environment);
        commandLine.setOut(stdout);
        commandLine.setErr(stderr);
        int exitCode = commandLine.execute(request.args().toArray(String[]::new));
        stdout.flush();
        stderr.flush();
        return Optional.of(exitCode);
    }

    private Optional<Open> awaitOpen() {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_FOR_OPEN_MILLIS);
        Optional<Open> now = open.get();
        while (now.isEmpty() && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            now = open.get();
        }
        return now;
    }

    private static boolean samePassword(char[] expected, char[] given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(bytes(expected), bytes(given));
    }

    private static byte[] bytes(char[] password) {
        var buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
