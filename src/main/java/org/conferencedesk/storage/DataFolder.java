package org.conferencedesk.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the application keeps its data on this computer: the database, backups, settings and logs.
 *
 * <p>Linux: {@code $XDG_DATA_HOME/ConferenceDesk} or {@code ~/.local/share/ConferenceDesk}; Windows:
 * {@code %APPDATA%\ConferenceDesk}; macOS: {@code ~/Library/Application Support/ConferenceDesk}.
 */
public final class DataFolder {

    /** File name (without H2's {@code .mv.db} suffix) of the default database in the data folder. */
    public static final String DEFAULT_DATABASE_NAME = "conferencedesk";

    private DataFolder() {
    }

    /** Returns the data folder for the running platform; it is not created here. */
    public static Path forThisComputer() {
        return forPlatform(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    /**
     * Returns the data folder for the given platform facts (kept separate so it can be tested).
     *
     * @param osName the {@code os.name} system property
     * @param userHome the user's home folder
     * @param environment the process environment (APPDATA, XDG_DATA_HOME)
     */
    public static Path forPlatform(String osName, String userHome, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("ConferenceDesk");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "ConferenceDesk");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("ConferenceDesk");
    }

    /**
     * Resolves the database file the user asked for: {@code --db PATH}, else the environment variable
     * {@code CONFERENCEDESK_DB}, else the default database in the data folder.
     *
     * @param commandLineDb the value of {@code --db}, or null
     * @return the database path as given (with or without the {@code .mv.db} suffix)
     */
    public static Path resolveDatabase(String commandLineDb, Map<String, String> environment) {
        if (commandLineDb != null && !commandLineDb.isBlank()) {
            return Path.of(commandLineDb);
        }
        String fromEnv = environment.get("CONFERENCEDESK_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        return forThisComputer().resolve(DEFAULT_DATABASE_NAME);
    }
}
