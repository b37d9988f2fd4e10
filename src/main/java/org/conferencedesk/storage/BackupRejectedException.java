package org.conferencedesk.storage;

import java.nio.file.Path;
import java.util.Locale;
import org.conferencedesk.shared.i18n.Messages;

/**
 * A file given to restore is not a usable ConferenceDesk backup (not a zip, no database in it, a
 * database H2 cannot open, or one from a newer version). Nothing was changed.
 */
public final class BackupRejectedException extends StorageException {

    private static final long serialVersionUID = 1L;

    /** Why the backup was refused; each has its sentence in the {@code storage} bundle. */
    public enum Reason {
        /** The file does not exist. */
        MISSING("restore.missing"),
        /** Not a zip file, or a zip that cannot be read. */
        NOT_A_ZIP("restore.notZip"),
        /** A zip without exactly one {@code .mv.db} file. */
        NO_DATABASE("restore.noDatabase"),
        /** The database in the zip cannot be opened by H2. */
        DAMAGED("restore.damaged"),
        /** The database in the zip has no ConferenceDesk schema history. */
        NOT_OURS("restore.notOurs"),
        /** The database in the zip was written by a newer version of ConferenceDesk. */
        TOO_NEW("restore.tooNew");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final transient Path backup;
    private final Reason reason;

    /**
     * @param backup the file given to restore
     * @param reason why it was refused
     * @param cause the underlying error for the log, or null
     */
    public BackupRejectedException(Path backup, Reason reason, Throwable cause) {
        super(Messages.of("storage", Locale.ENGLISH).get(reason.key, backup), cause);
        this.backup = backup;
        this.reason = reason;
    }

    /** Why the backup was refused. */
    public Reason reason() {
        return reason;
    }

    @Override
    public String sentence(Locale locale) {
        Messages m = Messages.of("storage", locale);
        return m.get(reason.key, backup) + (Messages.isChinese(locale) ? "" : " ") + m.get("restore.nothingChanged");
    }
}
