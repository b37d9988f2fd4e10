package org.conferencedesk.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;
import java.util.Properties;
import org.conferencedesk.shared.ui.ScreenMemory;

/**
 * The user's window settings, kept in a {@code settings.properties} file (ISO-8859-1 with escapes,
 * as {@link Properties} writes it): the language ({@code language=system|zh|en}) and the event
 * shown last ({@code lastEventId}). The file lives next to the database file, which is the data
 * folder ({@code DataFolder.forThisComputer()}) for the default database; a database given with
 * {@code --db} keeps its own settings beside it.
 *
 * <p>Not thread-safe: read and change it on one thread; {@link #save()} writes a snapshot.
 */
public final class Settings implements ScreenMemory {

    /** File name of the settings file. */
    public static final String FILE_NAME = "settings.properties";

    private static final String LANGUAGE = "language";
    private static final String LAST_EVENT_ID = "lastEventId";
    private static final String DATABASE = "database";

    private final Path file;
    private final Properties values;

    private Settings(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    /**
     * The settings file that belongs with a database: {@code settings.properties} in the database's folder.
     *
     * @param databaseFile the database path, with or without H2's {@code .mv.db} suffix
     */
    public static Path fileFor(Path databaseFile) {
        Path parent = databaseFile.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of(FILE_NAME) : parent.resolve(FILE_NAME);
    }

    /**
     * Reads the settings from {@code file}; a missing file gives the defaults (system language,
     * no last event). A file that cannot be read also gives the defaults: settings are a convenience,
     * never a reason not to start.
     */
    public static Settings load(Path file) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (NoSuchFileException e) {
            // first start: defaults
        } catch (IOException | IllegalArgumentException e) {
            org.slf4j.LoggerFactory.getLogger(Settings.class).warn("Cannot read {}; using default settings", file, e);
            p.clear();
        }
        return new Settings(file, p);
    }

    /** Where these settings are saved. */
    public Path file() {
        return file;
    }

    /** The chosen language; {@link UiLanguage#SYSTEM} unless the user picked one. */
    public UiLanguage language() {
        return UiLanguage.fromCode(values.getProperty(LANGUAGE));
    }

    /** Chooses the language (saved by {@link #save()}). */
    public void setLanguage(UiLanguage language) {
        values.setProperty(LANGUAGE, language.code());
    }

    /** The id of the event shown last, if any. */
    public OptionalLong lastEventId() {
        String v = values.getProperty(LAST_EVENT_ID);
        if (v == null || v.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(v.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The database the window opens when started without {@code --db} (Settings › Database…, kept in
     * the data folder's settings): a PostgreSQL address without password ({@code postgresql://USER@HOST:PORT/DB}),
     * or empty for the default database file.
     */
    public java.util.Optional<String> database() {
        return java.util.Optional.ofNullable(values.getProperty(DATABASE)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Chooses the database of the next start (null: the default file); saved by {@link #save()}. Never holds a password. */
    public void setDatabase(String address) {
        if (address == null) {
            values.remove(DATABASE);
        } else {
            values.setProperty(DATABASE, address);
        }
    }

    /** What a screen remembered under {@code key} (kept as {@code screen.KEY}), or null. */
    @Override
    public String get(String key) {
        return values.getProperty("screen." + key);
    }

    /** Remembers a screen's {@code value} for {@code key} (saved by {@link #save()}). */
    @Override
    public void put(String key, String value) {
        values.setProperty("screen." + key, value);
    }

    /** Remembers the event shown (saved by {@link #save()}). */
    public void setLastEventId(long eventId) {
        values.setProperty(LAST_EVENT_ID, Long.toString(eventId));
    }

    /**
     * Writes the settings to {@link #file()} (creating its folder), replacing the old file in one step.
     *
     * @throws UncheckedIOException if the file cannot be written
     */
    public void save() {
        Properties snapshot = new Properties();
        snapshot.putAll(values);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                snapshot.store(out, "ConferenceDesk window settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the settings to " + file + ": " + e.getMessage(), e);
        }
    }
}
