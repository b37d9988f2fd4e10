package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;

/**
 * Opening a PostgreSQL database (issue 16): the same migrations as H2, jOOQ in PostgreSQL's own
 * dialect, and a sentence for each way the server can refuse. Skipped without a test server
 * ({@link TestDatabases}), except what needs none.
 */
class PostgreSqlDatabaseTest {

    @Test
    void theSameMigrationsCreateTheSchemaAndTheGeneratedCodeWorksInPostgreSqlsDialect() {
        DatabaseLocation.PostgreSql where = TestDatabases.emptyPostgreSql();
        List<String> h2Versions;
        try (Database h2 = TestDatabases.open(TestDatabases.Backend.H2)) {
            h2Versions = versions(h2);
        }
        try (Database pg = Database.openPostgreSql(where, System.getenv())) {
            assertThat(pg.dialect()).isEqualTo(SQLDialect.POSTGRES);
            assertThat(pg.file()).isEmpty();
            assertThat(pg.description()).isEqualTo(where.display());
            assertThat(versions(pg)).isEqualTo(h2Versions).contains("1", "22", "30", "32");
            // The generated (upper-case) names reach PostgreSQL's lower-case tables, quoted.
            Event saved = new EventRepository(pg.dsl()).insert(Event.named("WIMC 2020"));
            assertThat(new EventRepository(pg.dsl()).findAll()).extracting(Event::name).containsExactly("WIMC 2020");
            assertThat(saved.id()).isPositive();
        }
        // Opened again: nothing to migrate, the data still there.
        try (Database again = Database.openPostgreSql(where, System.getenv())) {
            assertThat(new EventRepository(again.dsl()).findAll()).extracting(Event::name).containsExactly("WIMC 2020");
            assertThat(versions(again)).isEqualTo(h2Versions);
        }
    }

    @Test
    void theVendorScriptsReplaceOnlyTheH2ScriptsWhoseSqlMustDiffer() {
        assertThat(VendorMigrations.of(PostgreSqlOpening.VENDOR, getClass().getClassLoader()).replaced(PostgreSqlOpening.VENDOR))
                .containsExactly("V1__events.sql", "V22__award_freeze.sql", "V30__signing_sessions.sql", "V32__figure_snapshots.sql",
                        "V44__live_changes.sql");
    }

    @Test
    void aDatabaseWithAnotherProgramsTablesIsRefusedAndLeftAlone() {
        DatabaseLocation.PostgreSql where = TestDatabases.emptyPostgreSql();
        TestDatabases.execute(where, "CREATE TABLE invoices (id INT)");
        assertThatThrownBy(() -> Database.openPostgreSql(where, System.getenv()))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.sentence(Locale.ENGLISH))
                        .isEqualTo("The database " + where.display() + " holds tables of another program; ConferenceDesk does not"
                                + " touch them. Create an empty database for ConferenceDesk (createdb NAME) and connect to that one."
                                + " Nothing in it was changed."));
        TestDatabases.execute(where, "DROP TABLE invoices"); // still there, and nothing else was made beside it
        TestDatabases.execute(where, "DO $$ BEGIN IF EXISTS (SELECT 1 FROM information_schema.tables WHERE table_schema = 'public')"
                + " THEN RAISE EXCEPTION 'tables were made'; END IF; END $$");
    }

    @Test
    void aDatabaseOfANewerVersionIsRefused() {
        DatabaseLocation.PostgreSql where = TestDatabases.freshPostgreSql();
        TestDatabases.execute(where, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                + " checksum, installed_by, execution_time, success) VALUES (999, '999', 'from the future', 'SQL',"
                + " 'V999__from_the_future.sql', 0, 'test', 0, TRUE)");
        assertThatThrownBy(() -> Database.openPostgreSql(where, System.getenv()))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.sentence(Locale.ENGLISH))
                        .startsWith("The database " + where.display() + " was set up by a newer version of ConferenceDesk (schema version 999)"));
    }

    @Test
    void aWrongPasswordOrAMissingDatabaseIsSaidSo() {
        DatabaseLocation.PostgreSql server = TestDatabases.requireServer();
        String user = server.login(System.getenv());
        assertThatThrownBy(() -> Database.openPostgreSql(server, Map.of("PGPASSWORD", "not-the-password", "PGUSER", user)))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.sentence(Locale.ENGLISH))
                        .startsWith("The PostgreSQL server of " + server.display() + " refused the login of " + user + ":"));
        DatabaseLocation.PostgreSql missing = new DatabaseLocation.PostgreSql(server.host(), server.port(), "no_such_event_db", server.user());
        assertThatThrownBy(() -> Database.openPostgreSql(missing, System.getenv()))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo(missing.display() + " 的 PostgreSQL 服务器上没有数据库 no_such_event_db。请检查名称，或请服务器管理员创建它（createdb no_such_event_db）。"));
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidSo() {
        // Port 9 (discard) on this computer: nothing listens there. Needs no test server.
        DatabaseLocation.PostgreSql nowhere = new DatabaseLocation.PostgreSql("127.0.0.1", 9, "wimc", Optional.of("desk"));
        assertThatThrownBy(() -> Database.openPostgreSql(nowhere, Map.of("PGPASSWORD", "x")))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.sentence(Locale.ENGLISH))
                        .isEqualTo("The PostgreSQL server of postgresql://desk@127.0.0.1:9/wimc does not answer. Check that it runs"
                                + " and that this computer can reach it (network, firewall, the port), then try again."));
    }

    private static List<String> versions(Database database) {
        return database.dsl().fetch("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")
                .getValues(0, String.class);
    }
}
