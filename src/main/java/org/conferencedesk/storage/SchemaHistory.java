package org.conferencedesk.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Tells, without Flyway, whether a database is at exactly this application's schema: the quick answer
 * that lets an up-to-date file open without Flyway's classpath scan, validation and migration
 * (issue 15: about 0.6 s of a command's 1.6 s went there, for a file that needed nothing).
 *
 * <p>"Current" means: Flyway's history table holds one successful SQL migration for each of this
 * application's migrations and nothing else (besides Flyway's own marker row for the table's creation), each with the same version, description, script and
 * checksum (computed as Flyway computes it: CRC-32 over the lines' UTF-8 bytes, line endings left out,
 * a byte-order mark at the start dropped). In that state {@code flyway.validate()} passes and
 * {@code flyway.migrate()} does nothing, so skipping them changes nothing. Anything else (a missing
 * history, a failed or pending migration, a version this application does not know, an edited
 * migration, or migrations on the class path this class cannot list with certainty) answers "not
 * current", and the caller goes through Flyway and {@link Database#checkSchema} as before: a file from
 * a newer version is still refused, a damaged one still fails its checks.
 */
final class SchemaHistory {

    /** Where Flyway looks by default, and where the build puts {@code sql/}. */
    private static final String LOCATION = "db/migration";
    /** The only migration names the quick answer knows: {@code V12__some_words.sql}, versions without leading zeros. */
    private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__([A-Za-z0-9_]+)\\.sql");

    /** One of this application's migrations as Flyway would record it. */
    record Migration(String version, String description, String script, int checksum) {
    }

    private static volatile Optional<Map<String, Migration>> ours;

    private SchemaHistory() {
    }

    /**
     * Whether the database behind {@code connection} is at exactly this application's schema (see the
     * class comment). Reads only; never throws for a database without a history.
     *
     * @return the number of migrations applied when current, else empty
     */
    static Optional<Integer> current(Connection connection) {
        Optional<Map<String, Migration>> expected = ours();
        if (expected.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Migration> applied = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"description\", \"type\", \"script\", \"checksum\", \"success\""
                     + " FROM \"flyway_schema_history\"")) {
            while (rs.next()) {
                String version = rs.getString(1);
                if (version == null && "TABLE".equals(rs.getString(3)) && rs.getBoolean(6)) {
                    continue; // Flyway's "<< Flyway Schema History table created >>" marker, not a migration
                }
                int checksum = rs.getInt(5);
                boolean noChecksum = rs.wasNull();
                if (version == null || noChecksum || !"SQL".equals(rs.getString(3)) || !rs.getBoolean(6)) {
                    return Optional.empty();
                }
                if (applied.put(version, new Migration(version, rs.getString(2), rs.getString(4), checksum)) != null) {
                    return Optional.empty();
                }
            }
        } catch (SQLException e) {
            // No history table (a new or foreign file) or an unreadable one: Flyway and checkSchema decide.
            return Optional.empty();
        }
        return applied.equals(expected.get()) ? Optional.of(applied.size()) : Optional.empty();
    }

    /**
     * This application's migrations by version, listed from the class path once per process; empty when
     * they cannot be listed with certainty (a location that is neither a folder nor a jar, a subfolder,
     * a file of another kind, a name the pattern does not know, a version twice).
     */
    static Optional<Map<String, Migration>> ours() {
        Optional<Map<String, Migration>> known = ours;
        if (known == null) {
            known = list();
            ours = known;
        }
        return known;
    }

    private static Optional<Map<String, Migration>> list() {
        ClassLoader loader = SchemaHistory.class.getClassLoader();
        Map<String, Migration> found = new HashMap<>();
        try {
            Enumeration<URL> locations = loader.getResources(LOCATION);
            while (locations.hasMoreElements()) {
                Optional<List<String>> names = namesAt(locations.nextElement());
                if (names.isEmpty()) {
                    return Optional.empty();
                }
                for (String name : names.get()) {
                    Matcher m = NAME.matcher(name);
                    if (!m.matches()) {
                        return Optional.empty();
                    }
                    Migration migration = new Migration(m.group(1), m.group(2).replace('_', ' '), name,
                            checksum(loader, LOCATION + "/" + name));
                    if (found.put(migration.version(), migration) != null) {
                        return Optional.empty();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(Map.copyOf(found));
    }

    /** The file names directly in the location, or empty if it holds a subfolder or is of an unknown kind. */
    private static Optional<List<String>> namesAt(URL location) throws IOException {
        List<String> names = new ArrayList<>();
        if ("file".equals(location.getProtocol())) {
            Path folder;
            try {
                folder = Path.of(location.toURI());
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
            try (Stream<Path> entries = Files.list(folder)) {
                for (Path entry : (Iterable<Path>) entries::iterator) {
                    if (!Files.isRegularFile(entry)) {
                        return Optional.empty();
                    }
                    names.add(entry.getFileName().toString());
                }
            }
            return Optional.of(names);
        }
        if ("jar".equals(location.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) location.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = LOCATION + "/";
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (!name.startsWith(prefix) || name.equals(prefix)) {
                        continue;
                    }
                    String rest = name.substring(prefix.length());
                    if (entry.isDirectory() || rest.contains("/")) {
                        return Optional.empty();
                    }
                    names.add(rest);
                }
            }
            return Optional.of(names);
        }
        return Optional.empty();
    }

    /**
     * Flyway's checksum of a migration script (its {@code ChecksumCalculator} over a
     * {@code LoadableResource}): CRC-32 of each line's UTF-8 bytes without the line ending, a
     * byte-order mark at the start of the first line left out, as a signed int.
     */
    static int checksum(InputStream script) throws IOException {
        CRC32 crc = new CRC32();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(script, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            if (line != null && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            while (line != null) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
                line = reader.readLine();
            }
        }
        return (int) crc.getValue();
    }

    private static int checksum(ClassLoader loader, String resource) throws IOException {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("Cannot read " + resource);
        }
        return checksum(in);
    }
}
