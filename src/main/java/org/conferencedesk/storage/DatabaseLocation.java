package org.conferencedesk.storage;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the database lives: an H2 file on this computer (the default, nothing to install), or a
 * PostgreSQL database on a server that a team shares (issue 16, docs/decisions/0026).
 *
 * <p>{@link #parse(String)} reads what the user wrote after {@code --db} (or in
 * {@code CONFERENCEDESK_DB}): {@code postgresql://[USER@]HOST[:PORT]/DATABASE} names a PostgreSQL
 * database, anything else a file path.
 */
public sealed interface DatabaseLocation {

    /** The PostgreSQL server's port when the address names none. */
    int POSTGRESQL_DEFAULT_PORT = 5432;

    /** How the location reads in messages, the log and settings; never holds a password. */
    String display();

    /**
     * An H2 database file on this computer.
     *
     * @param file the path as given, with or without H2's {@code .mv.db} suffix
     */
    record H2File(Path file) implements DatabaseLocation {
        public H2File {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String display() {
            return Database.h2File(file).toString();
        }
    }

    /**
     * A database on a PostgreSQL server.
     *
     * @param host the server's host name or address (an IPv6 address without brackets)
     * @param port its TCP port (5432 unless the address names another)
     * @param database the database's name on the server
     * @param user the login named in the address ({@code postgresql://USER@HOST/...}), or empty:
     *        then {@code PGUSER}, else the operating-system user, as PostgreSQL's own tools do
     */
    record PostgreSql(String host, int port, String database, Optional<String> user) implements DatabaseLocation {
        public PostgreSql {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(user, "user");
        }

        /** The address as the user writes it, without a password: {@code postgresql://HOST:PORT/DATABASE}. */
        @Override
        public String display() {
            String shownHost = host.contains(":") ? "[" + host + "]" : host;
            return "postgresql://" + user.map(u -> u + "@").orElse("") + shownHost + ":" + port + "/" + database;
        }

        /** The JDBC URL of this database for the PostgreSQL driver, without user or password. */
        public String jdbcUrl() {
            String shownHost = host.contains(":") ? "[" + host + "]" : host;
            return "jdbc:postgresql://" + shownHost + ":" + port + "/" + database;
        }

        /**
         * The login to use: the one in the address, else {@code PGUSER}, else the operating-system user.
         *
         * @param environment the process environment
         */
        public String login(Map<String, String> environment) {
            if (user.isPresent()) {
                return user.get();
            }
            String fromEnv = environment.get("PGUSER");
            return fromEnv != null && !fromEnv.isBlank() ? fromEnv : System.getProperty("user.name", "");
        }
    }

    /**
     * Reads a database location as the user wrote it.
     *
     * @param written a file path, or {@code postgresql://[USER@]HOST[:PORT]/DATABASE} (also
     *        {@code postgres://}, the other scheme libpq accepts); no password may be written in it
     * @return the location
     * @throws StorageException with a sentence saying how to write the address, if it starts like a
     *         PostgreSQL address but is not one (no host, no database, a bad port, a password in it,
     *         query parameters)
     */
    static DatabaseLocation parse(String written) {
        Objects.requireNonNull(written, "written");
        String trimmed = written.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("postgresql:") && !lower.startsWith("postgres:")) {
            return new H2File(Path.of(trimmed));
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw StorageException.withSentence(e, "pg.badAddress", trimmed);
        }
        String host = uri.getHost();
        String path = uri.getRawPath();
        if (host == null || host.isEmpty() || path == null || path.length() < 2 || path.indexOf('/', 1) >= 0
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw StorageException.withSentence(null, "pg.badAddress", trimmed);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String userInfo = uri.getRawUserInfo();
        Optional<String> user = Optional.empty();
        if (userInfo != null) {
            if (userInfo.contains(":")) {
                // A password in the address would end up in settings, the shell history and the log.
                throw StorageException.withSentence(null, "pg.passwordInAddress", trimmed);
            }
            user = Optional.of(URLDecoder.decode(userInfo, StandardCharsets.UTF_8)).filter(u -> !u.isEmpty());
        }
        int port = uri.getPort() == -1 ? POSTGRESQL_DEFAULT_PORT : uri.getPort();
        if (port <= 0 || port > 65535) {
            throw StorageException.withSentence(null, "pg.badAddress", trimmed);
        }
        String database = URLDecoder.decode(path.substring(1), StandardCharsets.UTF_8);
        return new PostgreSql(host, port, database, user);
    }

    /**
     * The location the user asked for: {@code --db}, else {@code CONFERENCEDESK_DB}, else the default
     * database file in the data folder ({@link DataFolder#resolveDatabase}).
     *
     * @param commandLineDb the value of {@code --db}, or null
     * @param environment the process environment
     * @throws StorageException if a PostgreSQL address is malformed (see {@link #parse(String)})
     */
    static DatabaseLocation resolve(String commandLineDb, Map<String, String> environment) {
        if (commandLineDb != null && !commandLineDb.isBlank()) {
            return parse(commandLineDb);
        }
        String fromEnv = environment.get("CONFERENCEDESK_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return parse(fromEnv);
        }
        return new H2File(DataFolder.resolveDatabase(null, environment));
    }

    /** Whether {@code written} is meant as a PostgreSQL address (it starts with {@code postgresql:} or {@code postgres:}). */
    static boolean isPostgreSql(String written) {
        if (written == null) {
            return false;
        }
        String lower = written.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql:") || lower.startsWith("postgres:");
    }
}
