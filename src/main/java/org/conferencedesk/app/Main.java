package org.conferencedesk.app;

/**
 * Entry point. With no command it opens the window; with a command ({@code import}, {@code export},
 * {@code list}, {@code totals}, {@code report}, {@code events}) it runs headless and exits with
 * 0 (success), 1 (bad input, nothing changed) or 2 (wrong usage).
 *
 * <p>This class must not extend {@code javafx.application.Application}: with JavaFX on the class
 * path, the launcher would refuse to start (STACK.md).
 */
public final class Main {

    private Main() {
    }

    /** Starts the window or runs a command; see the class comment. */
    public static void main(String[] args) {
        // Filled in by the command line and the window (see app.cli and app.ui).
        throw new UnsupportedOperationException("not yet wired");
    }
}
