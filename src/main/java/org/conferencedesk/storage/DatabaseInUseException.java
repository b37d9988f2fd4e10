package org.conferencedesk.storage;

import java.nio.file.Path;
import java.util.Locale;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The database file is open in another ConferenceDesk window or command (H2's file lock refused a
 * second writer). Nothing was read or changed.
 */
public final class DatabaseInUseException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file the database file ({@code ....mv.db})
     * @param cause H2's refusal, for the log
     */
    public DatabaseInUseException(Path file, Throwable cause) {
        super(Messages.of("storage", Locale.ENGLISH).get("inUse", file), cause);
        this.file = file;
    }

    /** The database file that is in use. */
    public Path file() {
        return file;
    }

    /** "The database FILE is open in another ConferenceDesk window or command. Close it first, or use --db …". */
    @Override
    public String sentence(Locale locale) {
        return Messages.of("storage", locale).get("inUse", file);
    }
}
