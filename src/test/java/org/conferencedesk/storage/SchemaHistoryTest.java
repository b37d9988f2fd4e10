package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conferencedesk.storage.StorageFixtures.addContracts;
import static org.conferencedesk.storage.StorageFixtures.projects;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick "up to date" answer that lets a file open without Flyway (issue 15) says yes only where
 * Flyway would validate and apply nothing, and every other file still goes through Flyway and the checks.
 */
class SchemaHistoryTest {

    @TempDir
    Path folder;

    private static JdbcDataSource memory(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    private static Optional<Integer> current(JdbcDataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return SchemaHistory.current(c);
        }
    }

    private static void execute(JdbcDataSource dataSource, String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void ourMigrationsAreListedWithTheVersionsDescriptionsAndChecksumsFlywayRecords() {
        JdbcDataSource dataSource = memory("history-flyway");
        Flyway flyway = Database.flyway(dataSource);
        flyway.migrate();
        Map<String, SchemaHistory.Migration> byFlyway = Arrays.stream(flyway.info().applied())
                .collect(Collectors.toMap(m -> m.getVersion().getVersion(), (MigrationInfo m) -> new SchemaHistory.Migration(
                        m.getVersion().getVersion(), m.getDescription(), m.getScript(), m.getChecksum())));

        assertThat(byFlyway).hasSizeGreaterThanOrEqualTo(14).containsKeys("1", "2", "10", "20");
        assertThat(SchemaHistory.ours()).contains(byFlyway);
    }

    @Test
    void aDatabaseFlywayMigratedIsCurrentWithItsNumberOfMigrations() throws Exception {
        JdbcDataSource dataSource = memory("history-current");
        int applied = Database.flyway(dataSource).migrate().migrationsExecuted;

        assertThat(current(dataSource)).contains(applied);
        assertThat(applied).isEqualTo(SchemaHistory.ours().orElseThrow().size());
    }

    @Test
    void noHistoryAFutureVersionAFailedOrEditedMigrationOrAMissingOneIsNotCurrent() throws Exception {
        assertThat(current(memory("history-none"))).isEmpty();

        JdbcDataSource future = memory("history-future");
        Database.flyway(future).migrate();
        execute(future, StorageFixtures.FUTURE_MIGRATION);
        assertThat(current(future)).isEmpty();

        JdbcDataSource failed = memory("history-failed");
        Database.flyway(failed).migrate();
        execute(failed, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '2'");
        assertThat(current(failed)).isEmpty();

        JdbcDataSource edited = memory("history-edited");
        Database.flyway(edited).migrate();
        execute(edited, "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1'");
        assertThat(current(edited)).isEmpty();

        JdbcDataSource older = memory("history-older");
        Flyway.configure().dataSource(older).locations("classpath:db/migration").target("5").load().migrate();
        assertThat(current(older)).isEmpty();
    }

    @Test
    void theChecksumIsFlywaysWhateverTheLineEndingsAndAByteOrderMark() throws Exception {
        int plain = SchemaHistory.checksum(new ByteArrayInputStream("CREATE TABLE t (id INT);\nSELECT 1;\n".getBytes(StandardCharsets.UTF_8)));
        int windows = SchemaHistory.checksum(new ByteArrayInputStream("\uFEFFCREATE TABLE t (id INT);\r\nSELECT 1;\r\n"
                .getBytes(StandardCharsets.UTF_8)));
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("CREATE TABLE t (id INT);SELECT 1;".getBytes(StandardCharsets.UTF_8));

        assertThat(plain).isEqualTo(windows).isEqualTo((int) crc.getValue());
    }

    @Test
    void anUpToDateFileIsCurrentAndOpensWithItsData() throws Exception {
        // A file from a newer version is refused unchanged through the same path: DatabaseSafetyTest.
        Path db = folder.resolve("wimc");
        try (Database database = Database.openFile(db)) {
            addContracts(database, "机器人产业园");
        }
        JdbcDataSource file = new JdbcDataSource();
        file.setURL("jdbc:h2:file:" + folder.resolve("wimc") + ";ACCESS_MODE_DATA=r");
        file.setUser("sa");
        assertThat(current(file)).contains(SchemaHistory.ours().orElseThrow().size());

        try (Database database = Database.openFile(db)) {
            assertThat(projects(database)).containsExactly("机器人产业园");
        }
    }

    @Test
    void aFileWhoseHistoryDisagreesWithOurMigrationsIsStillRefusedByFlywaysValidation() throws Exception {
        Path db = folder.resolve("edited");
        try (Database database = Database.openFile(db)) {
            addContracts(database, "机器人产业园");
            database.dsl().execute("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '2'");
        }

        assertThatThrownBy(() -> Database.openFile(db))
                .isInstanceOf(StorageException.class)
                .hasRootCauseInstanceOf(org.flywaydb.core.api.exception.FlywayValidateException.class);
    }
}
