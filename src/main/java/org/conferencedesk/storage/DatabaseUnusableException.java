package org.conferencedesk.storage;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The database file cannot be used and was left exactly as it was (not repaired, not migrated, not
 * overwritten): it is damaged or truncated ({@link Reason#DAMAGED}), it was written by a newer version
 * of ConferenceDesk ({@link Reason#TOO_NEW}), it is not a ConferenceDesk database
 * ({@link Reason#NOT_OURS}), or it could not be upgraded to this version ({@link Reason#UPGRADE_FAILED}). The sentence names the latest backup, if any, and how to restore it.
 */
public final class DatabaseUnusableException extends StorageException {

    private static final long serialVersionUID = 1L;

    /** Why the file cannot be used. */
    public enum Reason {
        /** H2 cannot read it: damaged, truncated or not an H2 file. */
        DAMAGED,
        /** Its schema history has migrations newer than this version of the application knows. */
        TOO_NEW,
        /** An H2 database whose schema history does not match ConferenceDesk's migrations. */
        NOT_OURS,
        /**
         * Ours, from an older version, and its upgrade to this version failed (an earlier version was
         * interrupted while it upgraded it, or its contents do not fit a new migration); it was left as it was.
         */
        UPGRADE_FAILED
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient Path file;
    private final Reason reason;
    private final String detail;
    private final transient BackupService.Backup latestBackup;

    /**
     * @param file the database file ({@code ....mv.db})
     * @param reason why it cannot be used
     * @param detail for {@link Reason#TOO_NEW} the newest version in the file (e.g. "7"); else null
     * @param latestBackup the newest backup beside the database, or null if there is none
     * @param cause H2's or Flyway's error for the log, or null
     */
    public DatabaseUnusableException(Path file, Reason reason, String detail, BackupService.Backup latestBackup, Throwable cause) {
        super(sentence(Locale.ENGLISH, file, reason, detail, latestBackup), cause);
        this.file = file;
        this.reason = reason;
        this.detail = detail;
        this.latestBackup = latestBackup;
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** Why it cannot be used. */
    public Reason reason() {
        return reason;
    }

    /** The newest backup beside the database, offered for restore. */
    public Optional<BackupService.Backup> latestBackup() {
        return Optional.ofNullable(latestBackup);
    }

    @Override
    public String sentence(Locale locale) {
        return sentence(locale, file, reason, detail, latestBackup);
    }

    private static String sentence(Locale locale, Path file, Reason reason, String detail, BackupService.Backup backup) {
        Messages m = Messages.of("storage", locale);
        String what = switch (reason) {
            case DAMAGED -> m.get("damaged", file);
            case TOO_NEW -> m.get("tooNew", file, detail);
            case NOT_OURS -> m.get("notOurs", file);
            case UPGRADE_FAILED -> m.get("upgradeFailed", file);
        };
        String next = backup == null
                ? m.get("noBackup", file.resolveSibling("backups"))
                : m.get("latestBackup", backup.file(), WHEN.format(backup.takenAt()));
        String space = Messages.isChinese(locale) ? "" : " ";
        return what + space + m.get("nothingChanged") + space + next;
    }
}
