package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conferencedesk.storage.StorageFixtures.addContracts;
import static org.conferencedesk.storage.StorageFixtures.addFutureMigration;
import static org.conferencedesk.storage.StorageFixtures.sha256;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer, damaged files and files from a newer version: refused with a sentence, never changed. */
class DatabaseSafetyTest {

    @TempDir
    Path folder;

    @Test
    void aSecondProcessOpeningOrRestoringTheSameFileIsToldItIsInUse() throws Exception {
        Path db = folder.resolve("wimc");
        Path file = folder.resolve("wimc.mv.db");
        Path backup;
        try (Database database = Database.openFile(db)) {
            addContracts(database, "机器人产业园");
            // A good backup without the second project: restoring it would change the contracts.
            backup = new BackupService(db, Clock.systemDefaultZone()).backupTo(database, folder.resolve("elsewhere/good.zip"));
            addContracts(database, "芯片项目");
        }
        Process holder = ChildJvm.start(HoldDatabaseOpen.class, db.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");

            assertThatThrownBy(() -> Database.openFile(db))
                    .isInstanceOf(DatabaseInUseException.class)
                    .isInstanceOf(StorageException.class)
                    .hasMessage("The database " + folder.resolve("wimc.mv.db") + " is open in another ConferenceDesk window "
                            + "or command. Close it first, or use --db to work on another file.")
                    .satisfies(e -> assertThat(((StorageException) e).sentence(Locale.SIMPLIFIED_CHINESE))
                            .startsWith("数据库 " + folder.resolve("wimc.mv.db") + " 已在另一个 ConferenceDesk 窗口或命令中打开"));
            // Restore refuses too, and leaves the file alone: no byte changed, no copy kept before a restore.
            String before = sha256(file);
            assertThatThrownBy(() -> new BackupService(db, Clock.systemDefaultZone()).restore(backup))
                    .isInstanceOf(DatabaseInUseException.class)
                    .hasMessageStartingWith("The database " + file + " is open in another ConferenceDesk window or command.");
            assertThat(sha256(file)).isEqualTo(before);
            assertThat(folder.resolve("backups")).doesNotExist();
            try (java.util.stream.Stream<Path> left = Files.list(folder)) {
                assertThat(left.map(p -> p.getFileName().toString())).as("no scratch folder").noneMatch(name -> name.startsWith("."));
            }
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        try (Database again = Database.openFile(db)) {
            assertThat(StorageFixtures.projects(again)).containsExactly("机器人产业园", "芯片项目");
        }
    }

    @Test
    void aGarbageFileIsRefusedAsDamagedAndLeftByteForByteUnchanged() throws Exception {
        Path file = Files.write(folder.resolve("wimc.mv.db"), StorageFixtures.garbage(64 * 1024));
        String before = sha256(file);

        assertThatThrownBy(() -> Database.openFile(file))
                .isInstanceOfSatisfying(DatabaseUnusableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseUnusableException.Reason.DAMAGED);
                    assertThat(e.getMessage()).isEqualTo("The database " + file + " is damaged or incomplete and cannot be opened. "
                            + "Nothing in it was changed. There is no backup in " + folder.resolve("backups")
                            + "; if you have a copy of the database, restore it with: conferencedesk restore FILE.");
                });

        assertThat(sha256(file)).isEqualTo(before);
        // H2 may leave its trace file (wimc.trace.db) beside it, and the one-writer lock file stays (empty); nothing else is written.
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).containsAnyOf("wimc.mv.db")
                .allMatch(name -> name.equals("wimc.mv.db") || name.equals("wimc.trace.db") || name.equals("wimc.lock"));
    }

    @Test
    void aTruncatedFileIsRefusedNamingTheLatestBackupAndLeftUnchanged() throws Exception {
        Path db = folder.resolve("wimc");
        Clock clock = Clock.fixed(LocalDateTime.of(2026, 11, 29, 12, 15).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        try (Database database = Database.openFile(db)) {
            addContracts(database, "机器人产业园", "芯片项目");
            new BackupService(db, clock).backupNow(database);
        }
        Path file = folder.resolve("wimc.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        String before = sha256(file);

        Path backup = folder.resolve("backups/wimc-2026-11-29T12-15-00.zip");
        assertThatThrownBy(() -> Database.openFile(db))
                .isInstanceOfSatisfying(DatabaseUnusableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseUnusableException.Reason.DAMAGED);
                    assertThat(e.latestBackup()).get().extracting(BackupService.Backup::file).isEqualTo(backup);
                    assertThat(e.getMessage()).endsWith("Nothing in it was changed. The latest good backup is " + backup
                            + " (2026-11-29 12:15); restore it with: conferencedesk restore \"" + backup
                            + "\" (or in the window: File → Restore…).");
                });
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void aFileFromANewerVersionIsRefusedAndNeitherMigratedNorChanged() throws Exception {
        Path db = folder.resolve("wimc");
        try (Database database = Database.openFile(db)) {
            addContracts(database, "机器人产业园");
            addFutureMigration(database);
        }
        Path file = folder.resolve("wimc.mv.db");
        String before = sha256(file);

        assertThatThrownBy(() -> Database.openFile(db))
                .isInstanceOfSatisfying(DatabaseUnusableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseUnusableException.Reason.TOO_NEW);
                    assertThat(e.getMessage()).startsWith("The database " + file
                            + " was written by a newer version of ConferenceDesk (schema version 99); this version cannot open it.");
                });

        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void flywayAloneWouldAcceptAFileFromANewerVersionWhichIsWhyDatabaseChecksFirst() {
        // Documents Flyway 13's default (ignoreMigrationPatterns "*:future"): validate and migrate
        // pass on a history with a version it does not know.
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:future-check;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        flyway.migrate();
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute(StorageFixtures.FUTURE_MIGRATION);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
        assertThat(flyway.migrate().migrationsExecuted).isZero();
        assertThatThrownBy(() -> Database.openInMemory("future-check"))
                .isInstanceOfSatisfying(DatabaseUnusableException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseUnusableException.Reason.TOO_NEW));
    }

    @Test
    void anH2FileWithOtherTablesIsRefusedAsNotOurs() throws Exception {
        Path base = folder.resolve("other");
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + base);
        dataSource.setUser("sa");
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("CREATE TABLE guests (id INT)");
            s.execute("SHUTDOWN");
        }
        String before = sha256(folder.resolve("other.mv.db"));
        assertThatThrownBy(() -> Database.openFile(base))
                .isInstanceOfSatisfying(DatabaseUnusableException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseUnusableException.Reason.NOT_OURS));
        assertThat(sha256(folder.resolve("other.mv.db"))).isEqualTo(before);
    }

    @Test
    void anEmptyFileLeftByAKilledFirstStartIsStartedAfresh() throws Exception {
        Path file = Files.createFile(folder.resolve("wimc.mv.db"));
        try (Database database = Database.openFile(file)) {
            addContracts(database, "机器人产业园");
            assertThat(StorageFixtures.projects(database)).containsExactly("机器人产业园");
        }
    }
}
