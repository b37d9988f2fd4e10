package org.conferencedesk.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;

/** Small databases and files for the storage tests. */
final class StorageFixtures {

    private StorageFixtures() {
    }

    /** Adds an event (if there is none) and one contract per project name, amounts in yuan. */
    static void addContracts(Database database, String... projects) {
        EventRepository events = new EventRepository(database.dsl());
        long eventId = events.findAll().isEmpty()
                ? events.insert(Event.named("WIMC 2020")).id() : events.findAll().get(0).id();
        for (String project : projects) {
            database.dsl().execute("INSERT INTO contract (event_id, project_name, amount) VALUES (?, ?, ?)",
                    eventId, project, new BigDecimal("5200000000.00"));
        }
    }

    /** The project names of every contract, in id order. */
    static List<String> projects(Database database) {
        return database.dsl().fetch("SELECT project_name FROM contract ORDER BY id").getValues(0, String.class);
    }

    /** Marks the database as written by a newer application: a successful migration 99 in its history. */
    static void addFutureMigration(Database database) {
        database.dsl().execute(FUTURE_MIGRATION);
    }

    /** The SQL of {@link #addFutureMigration}. */
    static final String FUTURE_MIGRATION = "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                + "VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'sa', 1, TRUE)";

    /** SHA-256 of a file, hex. */
    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** A zip with the given entries (name, bytes). */
    static Path zip(Path zip, Object... nameThenBytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < nameThenBytes.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) nameThenBytes[i]));
                z.write((byte[]) nameThenBytes[i + 1]);
                z.closeEntry();
            }
        }
        return zip;
    }

    /** The projects {@link #databaseAtVersion} signs, with their amounts in yuan. */
    static final List<String> OLD_PROJECTS = List.of("智能网联新能源汽车整车制造基地 6000000000.00", "机器人产业园 5200000000.00",
            "激光项目 35000000.00", "芯片封装测试基地 1234567890.12");

    /**
     * Builds the database file {@code h2File} as a version of ConferenceDesk at schema version
     * {@code version} would have left it (Flyway's target), holding one event, the contracts
     * {@link #OLD_PROJECTS} and one audit entry per contract, all committed.
     */
    static void databaseAtVersion(Path h2File, String version) throws java.sql.SQLException {
        atVersion(h2File, version, s -> {
            s.execute("INSERT INTO event (id, name, short_name, city) VALUES (1, '2020 World Intelligent Manufacturing Conference', "
                    + "'WIMC 2020', '南京')");
            for (String project : OLD_PROJECTS) {
                String[] nameAndAmount = project.split(" ");
                s.execute("INSERT INTO contract (event_id, project_name, amount) VALUES (1, '" + nameAndAmount[0] + "', "
                        + nameAndAmount[1] + ")");
                s.execute("INSERT INTO audit_entry (event_id, occurred_at, actor, record_type, action, summary) VALUES "
                        + "(1, TIMESTAMP WITH TIME ZONE '2020-11-28 10:00:00+08:00', 'secretariat', 'contract', 'CREATED', '"
                        + nameAndAmount[0] + "')");
            }
        });
    }

    /** Builds the database file {@code h2File} at schema version {@code version} (Flyway's target), with no rows. */
    static void emptyDatabaseAtVersion(Path h2File, String version) throws java.sql.SQLException {
        atVersion(h2File, version, s -> { });
    }

    /** SQL run on a database being built. */
    private interface Filling {
        void fill(java.sql.Statement statement) throws java.sql.SQLException;
    }

    private static void atVersion(Path h2File, String version, Filling filling) throws java.sql.SQLException {
        org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + Database.basePath(h2File));
        dataSource.setUser("sa");
        try (var keepOpen = dataSource.getConnection(); var s = keepOpen.createStatement()) {
            org.flywaydb.core.Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .target(version).load().migrate();
            filling.fill(s);
            s.execute("SHUTDOWN");
        }
    }

    /** The contracts of an open database as "project amount", in id order (compare with {@link #OLD_PROJECTS}). */
    static List<String> projectsWithAmounts(Database database) {
        return database.dsl().fetch("SELECT project_name, amount FROM contract ORDER BY id")
                .map(r -> r.get(0, String.class) + " " + r.get(1, java.math.BigDecimal.class).toPlainString());
    }

    /** Deterministic bytes that are not an H2 file. */
    static byte[] garbage(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(42).nextBytes(bytes);
        return bytes;
    }
}
