package org.conferencedesk.storage;

import java.nio.file.Path;

/**
 * Child process of {@link DatabaseLockTest}: takes the lock of the database given as first argument as
 * the program named second ({@code command} or {@code window}) with the command words third, prints
 * "locked" (or the refusal's sentence and exits 1), and holds it until its stdin is closed.
 */
public final class HoldDatabaseLock {

    private HoldDatabaseLock() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseLock.Program program = DatabaseLock.Program.valueOf(args[1].toUpperCase(java.util.Locale.ROOT));
        try (DatabaseLock lock = DatabaseLock.acquire(Path.of(args[0]), program, args.length > 2 ? args[2] : "")) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the test to close stdin
            }
        } catch (DatabaseInUseException e) {
            System.out.println(e.getMessage());
            System.out.flush();
            System.exit(1);
        }
    }
}
