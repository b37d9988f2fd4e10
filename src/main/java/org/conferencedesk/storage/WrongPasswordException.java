package org.conferencedesk.storage;

import java.nio.file.Path;
import java.util.Locale;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The password does not decrypt the database file (or the encrypted file is damaged: H2 cannot tell the two apart). Nothing was read or changed.
 * The sentence ({@link #sentence(Locale)}) names the file and what to do; H2's error is for the log.
 */
public final class WrongPasswordException extends StorageException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /**
     * @param file the database file ({@code ....mv.db}), or the backup that holds it
     * @param cause H2's error for the log, or null
     */
    public WrongPasswordException(Path file, Throwable cause) {
        super(Messages.of("storage", Locale.ENGLISH).get("wrongPassword", file), cause);
        this.file = file;
    }

    /** Without a cause. */
    public WrongPasswordException(Path file) {
        this(file, null);
    }

    /** The encrypted file. */
    public Path file() {
        return file;
    }

    @Override
    public String sentence(Locale locale) {
        return Messages.of("storage", locale).get("wrongPassword", file);
    }
}
