package org.conferencedesk.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The database file is open in another ConferenceDesk window or command ({@link DatabaseLock}, or
 * H2's own file lock, refused a second writer). Nothing was read or changed. When the other program
 * wrote who it is, the sentence names it (the window, or the command and its words, with its process
 * id, user and since when) and says what to do.
 */
public final class DatabaseInUseException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient DatabaseLock.Holder holder;

    /**
     * @param file the database file ({@code ....mv.db})
     * @param cause H2's refusal, for the log
     */
    public DatabaseInUseException(Path file, Throwable cause) {
        this(file, null, cause);
    }

    /**
     * @param file the database file ({@code ....mv.db})
     * @param holder who holds it, or null if unknown
     * @param cause the refusal, for the log, or null
     */
    public DatabaseInUseException(Path file, DatabaseLock.Holder holder, Throwable cause) {
        super(sentence(Locale.ENGLISH, file, holder), cause);
        this.file = file;
        this.holder = holder;
    }

    /** The database file that is in use. */
    public Path file() {
        return file;
    }

    /** Who holds it, if its lock file says so. */
    public Optional<DatabaseLock.Holder> holder() {
        return Optional.ofNullable(holder);
    }

    /**
     * "The database FILE is open in the ConferenceDesk window (process 4711, user wang.li, since 09:30).
     * Make the change in that window, or close it first and run the command again." (or the command's
     * words and "wait until it has finished"); without a known holder the general sentence.
     */
    @Override
    public String sentence(Locale locale) {
        return sentence(locale, file, holder);
    }

    private static String sentence(Locale locale, Path file, DatabaseLock.Holder holder) {
        Messages m = Messages.of("storage", locale);
        if (holder == null || holder.program() == DatabaseLock.Program.PROGRAM) {
            // Unknown, or a tool or test using the storage directly: the general sentence.
            return m.get("inUse", file);
        }
        String since = DatabaseLock.describeSince(holder.since());
        return switch (holder.program()) {
            case WINDOW -> m.get("inUse.window", file, Long.toString(holder.pid()), holder.user(), since);
            case COMMAND -> m.get("inUse.command", file, holder.command(), Long.toString(holder.pid()), holder.user(), since);
            case PROGRAM -> throw new IllegalStateException("handled above");
        };
    }
}
