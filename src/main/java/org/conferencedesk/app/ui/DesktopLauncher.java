package org.conferencedesk.app.ui;

import java.nio.file.Path;

/** Starts the JavaFX window on the given database file. (Stub: being built.) */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    /**
     * Shows the main window at once and opens the database in the background; returns when the
     * window is closed.
     *
     * @param databaseFile the H2 database to open (created and migrated if missing)
     */
    public static void launch(Path databaseFile) {
        throw new UnsupportedOperationException("not built yet: " + databaseFile);
    }
}
