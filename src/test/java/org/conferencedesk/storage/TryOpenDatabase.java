package org.conferencedesk.storage;

import java.nio.file.Path;

/**
 * Child process of {@link DatabaseLockTest}: opens the database given as argument and prints "opened"
 * (closing it at once) or the refusal's sentence, and exits 0 or 1. A second process, as a window or
 * command on the same database would be.
 */
public final class TryOpenDatabase {

    private TryOpenDatabase() {
    }

    public static void main(String[] args) {
        try (Database database = Database.openFile(Path.of(args[0]))) {
            System.out.println("opened");
        } catch (StorageException e) {
            System.out.println(e.getMessage());
            System.out.flush();
            System.exit(1);
        }
    }
}
