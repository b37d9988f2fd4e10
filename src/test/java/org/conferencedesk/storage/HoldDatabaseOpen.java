package org.conferencedesk.storage;

/**
 * Child process of {@link DatabaseSafetyTest}: opens the database given as argument, prints
 * "open", and keeps it open until its stdin is closed.
 */
public final class HoldDatabaseOpen {

    private HoldDatabaseOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Database database = Database.openFile(java.nio.file.Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close stdin
            }
        }
    }
}
