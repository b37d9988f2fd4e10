package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferencedesk.storage.StorageFixtures.addContracts;
import static org.conferencedesk.storage.StorageFixtures.projects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database made by the last released version upgrades to this one. Flyway refuses, on an
 * existing database, a migration whose number is below the highest one applied ("Detected resolved
 * migration not applied to database"), so a new migration numbered into a gap (V6 after V32 was
 * released) would stop every organiser's window at start (decision 0022, "Numbers"). Update
 * {@link #RELEASED} when a version with new migrations is handed out.
 */
class ReleasedSchemaUpgradeTest {

    /** The migrations on main at the last release (stop 19, commit 67cc233). */
    static final Set<Integer> RELEASED = Set.of(1, 2, 3, 4, 5, 8, 10, 20, 21, 22, 23, 30, 31, 32, 40);

    private static final Pattern SCRIPT = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path folder;

    @Test
    void everyMigrationAddedSinceTheReleaseIsNumberedAboveTheReleasedOnes() throws IOException {
        int highestReleased = RELEASED.stream().max(Integer::compare).orElseThrow();
        TreeSet<Integer> ours = versions(Path.of("sql"));

        assertThat(ours).as("every released migration is still there").containsAll(RELEASED);
        assertThat(ours.stream().filter(v -> !RELEASED.contains(v)).toList())
                .as("migrations added since the release must be numbered above V%d, or existing databases refuse them",
                        highestReleased)
                .allSatisfy(v -> assertThat(v).isGreaterThan(highestReleased));
    }

    @Test
    void aDatabaseOfTheReleasedSchemaOpensUpgradedWithItsData() throws Exception {
        Path released = Files.createDirectory(folder.resolve("released"));
        try (Stream<Path> scripts = Files.list(Path.of("sql"))) {
            for (Path script : scripts.toList()) {
                Matcher m = SCRIPT.matcher(script.getFileName().toString());
                if (m.matches() && RELEASED.contains(Integer.parseInt(m.group(1)))) {
                    Files.copy(script, released.resolve(script.getFileName()));
                }
            }
        }
        Path db = folder.resolve("wimc");
        JdbcDataSource file = new JdbcDataSource();
        file.setURL("jdbc:h2:file:" + db);
        file.setUser("sa");
        Flyway.configure().dataSource(file).locations("filesystem:" + released).load().migrate();
        try (var connection = file.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }

        try (Database database = Database.openFile(db)) {
            addContracts(database, "机器人产业园");
        }
        try (Database database = Database.openFile(db)) {
            assertThat(projects(database)).containsExactly("机器人产业园");
        }
        JdbcDataSource reread = new JdbcDataSource();
        reread.setURL("jdbc:h2:file:" + db + ";ACCESS_MODE_DATA=r");
        reread.setUser("sa");
        try (var connection = reread.getConnection(); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(versions(Path.of("sql")).last());
        }
    }

    /**
     * A released database could hold one signing order twice (only the import checked it). The
     * upgrade to one place per contract (V42) keeps the place of the contract entered first, takes
     * it from the later one, and says so in the audit trail.
     */
    @Test
    void aSigningOrderHeldTwiceKeepsTheFirstContractAndTheAuditTrailNamesTheOther() throws Exception {
        Path db = releasedDatabase();
        JdbcDataSource file = new JdbcDataSource();
        file.setURL("jdbc:h2:file:" + db);
        file.setUser("sa");
        try (var connection = file.getConnection(); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO event (id, name) VALUES (7, 'WIMC 2020')");
            statement.execute("INSERT INTO contract (id, event_id, signing_order, project_name, amount)"
                    + " VALUES (11, 7, 5, '机器人产业园', 5200000000.00), (12, 7, 5, '新能源汽车基地', 3000000000.00),"
                    + " (13, 7, 6, '智能装备', 100000000.00)");
            statement.execute("SHUTDOWN");
        }

        try (Database database = Database.openFile(db)) {
            assertThat(database.dsl().fetch("SELECT id, signing_order FROM contract ORDER BY id")
                    .map(r -> r.get(0, Long.class) + "=" + r.get(1, Integer.class)))
                    .containsExactly("11=5", "12=null", "13=6");
            java.util.List<AuditEntry> all = new AuditRepository(database.dsl()).findSince(7, java.time.Instant.EPOCH);
            var entries = all.stream().filter(e -> e.recordId() == 12L).toList();
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0).summary()).startsWith("Signing order 5 was also held by a contract entered earlier");
            assertThat(entries.get(0).changes()).extracting(c -> c.field() + ":" + c.before() + "->" + c.after())
                    .containsExactly("signingOrder:5->null");
            assertThat(all).extracting(AuditEntry::recordType, AuditEntry::recordId)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("contract", 12L));
        }
    }

    /** A database file made by the released migrations only, empty, closed. */
    private Path releasedDatabase() throws IOException, java.sql.SQLException {
        Path released = Files.createDirectory(folder.resolve("released-only"));
        try (Stream<Path> scripts = Files.list(Path.of("sql"))) {
            for (Path script : scripts.toList()) {
                Matcher m = SCRIPT.matcher(script.getFileName().toString());
                if (m.matches() && RELEASED.contains(Integer.parseInt(m.group(1)))) {
                    Files.copy(script, released.resolve(script.getFileName()));
                }
            }
        }
        Path db = folder.resolve("twice");
        JdbcDataSource file = new JdbcDataSource();
        file.setURL("jdbc:h2:file:" + db);
        file.setUser("sa");
        Flyway.configure().dataSource(file).locations("filesystem:" + released).load().migrate();
        try (var connection = file.getConnection(); var statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        return db;
    }

    private static TreeSet<Integer> versions(Path sql) throws IOException {
        TreeSet<Integer> versions = new TreeSet<>();
        try (Stream<Path> scripts = Files.list(sql)) {
            for (Path script : (Iterable<Path>) scripts::iterator) {
                Matcher m = SCRIPT.matcher(script.getFileName().toString());
                if (m.matches()) {
                    versions.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        return versions;
    }
}
