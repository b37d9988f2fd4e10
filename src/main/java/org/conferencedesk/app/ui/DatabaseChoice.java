package org.conferencedesk.app.ui;

import java.nio.file.Path;
import org.conferencedesk.storage.DataFolder;
import org.conferencedesk.storage.DatabaseLocation;
import org.conferencedesk.storage.StorageException;

/**
 * Which database the window opens (issue 16): {@code --db} when given (a file or
 * {@code postgresql://…}), else the one chosen in Settings › Database… (kept in this computer's
 * settings, {@link Settings#database()}, without password), else the default database file in the
 * data folder.
 */
public final class DatabaseChoice {

    private DatabaseChoice() {
    }

    /** This computer's settings file (the data folder's), where Settings › Database… keeps its choice. */
    public static Path settingsFile() {
        return DataFolder.forThisComputer().resolve(Settings.FILE_NAME);
    }

    /**
     * The database to open at start.
     *
     * @param named the {@code --db} parameter, or null
     * @param computer this computer's settings ({@link #settingsFile()})
     * @throws StorageException with a sentence if {@code --db} is a malformed PostgreSQL address (a
     *         malformed remembered address falls back to the default file, logged)
     */
    public static DatabaseLocation atStart(String named, Settings computer) {
        if (named != null) {
            return DatabaseLocation.parse(named);
        }
        if (computer.database().isPresent()) {
            try {
                return DatabaseLocation.parse(computer.database().get());
            } catch (StorageException e) {
                org.slf4j.LoggerFactory.getLogger(DatabaseChoice.class).warn("Ignored the remembered database {}", computer.database().get(), e);
            }
        }
        return new DatabaseLocation.H2File(DataFolder.forThisComputer().resolve(DataFolder.DEFAULT_DATABASE_NAME));
    }
}
