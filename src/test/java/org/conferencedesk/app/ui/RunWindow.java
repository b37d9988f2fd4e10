package org.conferencedesk.app.ui;

import org.conferencedesk.app.startup.DesktopLauncher;
import java.nio.file.Path;

/** Opens the real window on a database file, for looking at it (screenshots): {@code RunWindow DBFILE}. */
public final class RunWindow {

    private RunWindow() {
    }

    /** Starts the window on {@code args[0]}. */
    public static void main(String[] args) {
        DesktopLauncher.launch(Path.of(args[0]));
    }
}
