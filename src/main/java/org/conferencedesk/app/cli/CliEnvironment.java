package org.conferencedesk.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the command line needs from the world outside it, passed in so that tests can run it
 * in-process with their own values.
 *
 * @param environment the process environment (read for {@code CONFERENCEDESK_DB})
 * @param locale the user's locale; any Chinese locale gets Simplified Chinese messages, else English
 * @param windowOpener opens the window on a database file and returns when it is closed; called when
 *                     no command is given. Kept outside this package so that headless commands never
 *                     load JavaFX classes.
 * @param logFile where unexpected errors are written in full, named in the sentence on stderr
 */
public record CliEnvironment(Map<String, String> environment, Locale locale, Consumer<Path> windowOpener, Path logFile) {

    /** Copies the environment and checks that nothing is missing. */
    public CliEnvironment {
        environment = Map.copyOf(environment);
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(windowOpener, "windowOpener");
        Objects.requireNonNull(logFile, "logFile");
    }
}
