package org.conferencedesk.storage;

import java.nio.file.Path;

/**
 * Child process of {@link MigrationKillTest}, killed at a random moment: prints "opening", opens (creating
 * or upgrading) the database given as argument, prints "open MILLISECONDS" (the time the open took),
 * closes it and prints "closed".
 */
public final class OpenDatabaseChild {

    private OpenDatabaseChild() {
    }

    public static void main(String[] args) {
        System.out.println("opening");
        System.out.flush();
        long start = System.nanoTime();
        try (Database database = Database.openFile(Path.of(args[0]))) {
            System.out.println("open " + (System.nanoTime() - start) / 1_000_000);
            System.out.flush();
        }
        System.out.println("closed");
        System.out.flush();
    }
}
