package org.conferencedesk.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.conferencedesk.storage.Database;

/**
 * What the command line needs from the world outside it, passed in so that tests can run it
 * in-process with their own values.
 *
 * @param environment the process environment (read for {@code CONFERENCEDESK_DB})
 * @param locale the user's locale; any Chinese locale gets Simplified Chinese messages, else English
 * @param windowOpener opens the window on a database and returns when it is closed; called when
 *                     no command is given, with the database as {@code --db} names it (a file path or a
 *                     {@code postgresql://} address), or null when none was named (the window opens the
 *                     one chosen in Settings › Database…, else the default file). Kept outside this package so that headless commands never
 *                     load JavaFX classes.
 * @param logFile where unexpected errors are written in full, named in the sentence on stderr
 * @param windowDatabase null for a command of its own; for a command forwarded to the window
 *                       ({@link ForwardedCommands}), the window's open database, which the command
 *                       reads instead of opening the file (and does not close)
 * @param workingDirectory null for a command of its own; for a forwarded one, the folder the user ran
 *                         it in, against which relative file names ({@code --out wimc.pdf}) are read
 */
public record CliEnvironment(Map<String, String> environment, Locale locale, Consumer<String> windowOpener, Path logFile,
                             Database windowDatabase, Path workingDirectory) {

    /** Copies the environment and checks that nothing is missing. */
    public CliEnvironment {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(windowOpener, "windowOpener");
        Objects.requireNonNull(logFile, "logFile");
    }

    /** A command of its own (not forwarded to a window). */
    public CliEnvironment(Map<String, String> environment, Locale locale, Consumer<String> windowOpener, Path logFile) {
        this(environment, locale, windowOpener, logFile, null, null);
    }
}
