package org.conferencedesk.app.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.EncryptionService;
import org.conferencedesk.storage.PasswordRequiredException;
import org.conferencedesk.storage.StorageException;

/**
 * Passwords of encrypted databases on the command line: from the environment
 * ({@value #PASSWORD}, {@value #NEW_PASSWORD}) or typed at the console without echo. There is
 * deliberately no {@code --password} option: it would be kept in the shell's history.
 */
final class Passwords {

    /** The current password of the database (or backup) a command works on. */
    static final String PASSWORD = "CONFERENCEDESK_PASSWORD";
    /** The new password for {@code encryption set} and {@code encryption change}. */
    static final String NEW_PASSWORD = "CONFERENCEDESK_NEW_PASSWORD";

    private final Map<String, String> environment;
    private final Messages messages;

    Passwords(Map<String, String> environment, Messages messages) {
        this.environment = environment;
        this.messages = messages;
    }

    /**
     * The password of the encrypted {@code file}: {@value #PASSWORD}, else asked once at the console.
     *
     * @throws StorageException naming {@value #PASSWORD} if neither is available (no console: a script or a pipe)
     * @throws PasswordRequiredException if nothing was typed
     */
    char[] current(Path file) {
        String fromEnvironment = environment.get(PASSWORD);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            // A script, a pipe or a scheduled task: say where the password can come from.
            throw new StorageException(messages.get("password.noTerminal", file, PASSWORD), new PasswordRequiredException(file));
        }
        char[] typed = console.readPassword("%s", messages.get("password.prompt", file));
        if (typed == null || typed.length == 0) {
            throw new PasswordRequiredException(file);
        }
        return typed;
    }

    /**
     * A new password: {@value #NEW_PASSWORD}, else typed twice at the console.
     *
     * @throws StorageException (a sentence in the user's language) if there is none, the two differ, or it is not usable
     */
    char[] fresh() {
        String fromEnvironment = environment.get(NEW_PASSWORD);
        char[] password;
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            password = fromEnvironment.toCharArray();
        } else {
            Console console = System.console();
            if (console == null) {
                throw new StorageException(messages.get("password.noNew", NEW_PASSWORD), null);
            }
            password = console.readPassword("%s", messages.get("password.new"));
            char[] again = console.readPassword("%s", messages.get("password.again"));
            if (password == null || again == null || !Arrays.equals(password, again)) {
                throw new StorageException(messages.get("password.mismatch"), null);
            }
        }
        EncryptionService.requireUsable(password);
        return password;
    }
}
