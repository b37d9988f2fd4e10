package org.conferencedesk.app.startup;

import java.nio.file.Path;
import javafx.application.Application;

/**
 * Starts the JavaFX window on a database file. Kept apart from {@link ConferenceDeskApp} so that
 * {@code Main} (which must not extend {@code Application}, STACK.md) can call it.
 */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /**
     * Shows the main window at once and opens the database in the background; returns when the
     * window is closed and its closing backup written (the database closed, its lock released). The settings ({@code settings.properties}) are kept next to the database file.
     *
     * @param databaseFile the H2 database to open (created and migrated if missing), with or without {@code .mv.db}
     */
    public static void launch(Path databaseFile) {
        Application.launch(ConferenceDeskApp.class, "--db=" + databaseFile.toAbsolutePath());
        // The window is gone; the closing backup may still be running: the process exits after it.
        ConferenceDeskApp.awaitClosed();
    }

    /**
     * Like {@link #launch(Path)} for any database: a file path or a {@code postgresql://} address
     * (issue 16), or null for the one chosen in Settings › Database…, else the default file.
     */
    public static void launch(String database) {
        if (database == null || org.conferencedesk.storage.DatabaseLocation.parse(database)
                instanceof org.conferencedesk.storage.DatabaseLocation.PostgreSql) {
            Application.launch(ConferenceDeskApp.class, database == null ? new String[0] : new String[] {"--db=" + database});
            ConferenceDeskApp.awaitClosed();
        } else {
            launch(Path.of(database));
        }
    }
}
