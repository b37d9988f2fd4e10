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

    /** Deterministic bytes that are not an H2 file. */
    static byte[] garbage(int size) {
        byte[] bytes = new byte[size];
        new java.util.Random(42).nextBytes(bytes);
        return bytes;
    }
}
