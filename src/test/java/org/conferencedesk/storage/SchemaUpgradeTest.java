package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conferencedesk.storage.StorageFixtures.sha256;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 9 §2 and §3: upgrades all or nothing, and files an earlier version left half-created started afresh. */
class SchemaUpgradeTest {

    @TempDir
    Path folder;

    @Test
    void anOlderDatabaseIsUpgradedWithEveryRowAndTheFileAsItWasIsKeptAsABackup() throws Exception {
        Path h2File = folder.resolve("wimc.mv.db");
        StorageFixtures.databaseAtVersion(h2File, "3");
        assertThat(Database.inspect(h2File)).isEqualTo(3);

        try (Database database = Database.openFile(h2File)) {
            assertThat(StorageFixtures.projectsWithAmounts(database)).containsExactlyElementsOf(StorageFixtures.OLD_PROJECTS);
            StorageFixtures.addContracts(database, "升级之后的项目");
        }
        assertThat(Database.inspect(h2File)).isEqualTo(latestSchema());

        Path kept;
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            kept = files.filter(p -> p.getFileName().toString().startsWith("before-upgrade-wimc-")).findFirst().orElseThrow();
        }
        try (ZipFile zip = new ZipFile(kept.toFile())) {
            assertThat(zip.stream().map(e -> e.getName()).toList()).containsExactly("wimc.mv.db");
            Path extracted = folder.resolve("extracted/wimc.mv.db");
            Files.createDirectories(extracted.getParent());
            try (var in = zip.getInputStream(zip.getEntry("wimc.mv.db"))) {
                Files.copy(in, extracted);
            }
            assertThat(Database.inspect(extracted)).as("the kept copy is the file as it was").isEqualTo(3);
        }
        // It is a backup like the others: it restores (and is upgraded again when opened).
        BackupService backups = new BackupService(h2File, Clock.systemDefaultZone());
        backups.restore(kept);
        try (Database database = Database.openFile(h2File)) {
            assertThat(StorageFixtures.projectsWithAmounts(database)).containsExactlyElementsOf(StorageFixtures.OLD_PROJECTS);
        }
        assertNothingBesideButBackups(h2File);
    }

    @Test
    void encryptingTheDatabaseEncryptsTheCopiesKeptBeforeAnUpgradeAndBeforeAnImportToo() throws Exception {
        Path h2File = folder.resolve("wimc.mv.db");
        StorageFixtures.databaseAtVersion(h2File, "3");
        BackupService backups = new BackupService(h2File, Clock.systemDefaultZone());
        try (Database database = Database.openFile(h2File)) {
            backups.keepBeforeImport(backups.backupNow(database));
        }
        assertThat(backups.everyBackup()).extracting(p -> p.getFileName().toString()).hasSize(2)
                .anyMatch(n -> n.startsWith("before-upgrade-wimc-")).anyMatch(n -> n.endsWith("-before-import.zip"));

        EncryptionService.of(h2File).encrypt("s3cret!".toCharArray());

        assertThat(EncryptionService.of(h2File).plainBackups()).as("no copy readable without the password").isEmpty();
        assertThat(backups.everyBackup()).hasSize(3).allMatch(BackupService::isEncryptedBackup);
    }

    @Test
    void anUpgradeThatFailsLeavesTheFileAsItWasAndSaysSoWithTheLatestBackup() throws Exception {
        Path h2File = folder.resolve("wimc.mv.db");
        StorageFixtures.databaseAtVersion(h2File, "3");
        // As an earlier version left it when killed in the middle of migration 4: a table without its history.
        execute(h2File, "CREATE TABLE guest_merge (id BIGINT)");
        String before = sha256(h2File);

        assertThatThrownBy(() -> Database.openFile(h2File))
                .isInstanceOfSatisfying(DatabaseUnusableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseUnusableException.Reason.UPGRADE_FAILED);
                    assertThat(e.getMessage()).isEqualTo("The database " + h2File + " could not be brought up to this version "
                            + "of ConferenceDesk (an earlier upgrade was interrupted, or its contents do not fit this version; "
                            + "the details are in the log). Nothing in it was changed. There is no backup in "
                            + folder.resolve("backups") + "; if you have a copy of the database, restore it with: conferencedesk restore FILE.");
                    assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE)).startsWith("数据库 " + h2File + " 无法升级到本版本的 ConferenceDesk");
                });

        assertThat(sha256(h2File)).isEqualTo(before);
        assertThat(folder.resolve("backups")).doesNotExist();
        assertNothingBesideButBackups(h2File);
    }

    @Test
    void aHeaderWithoutDataLeftByAKilledFirstStartIsStartedAfresh() throws Exception {
        Path h2File = folder.resolve("wimc.mv.db");
        // What a process killed before H2 wrote its first chunk leaves: the two header blocks, 8 KB.
        new org.h2.mvstore.MVStore.Builder().fileName(h2File.toString()).open().closeImmediately();
        assertThat(Files.size(h2File)).isEqualTo(8192);

        assertStartedAfresh(h2File);
    }

    @Test
    void anInspectionH2RefusesReadOnlyLeavesTheFileClosedInThisProcess() throws Exception {
        Path h2File = folder.resolve("wimc.mv.db");
        new org.h2.mvstore.MVStore.Builder().fileName(h2File.toString()).open().closeImmediately();

        Database.Inspection found = Database.inspect(h2File, null);

        assertThat(found.holdsNoData()).isTrue();
        // H2 2.3.232 keeps the file (and its lock) after refusing a read-only open until the garbage
        // collector closes it; the inspection closes it at once, so this process can lock it right away.
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(h2File,
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            assertThat(channel.tryLock()).isNotNull();
        }
    }

    /**
     * What an earlier version left when killed in the middle of migration 2 (its tables are there, its history
     * row is not: "not ours") or when a full disk stopped it ("Detected failed migration to version 2"), in a
     * file that never held data: started afresh, not called damaged or another program's database.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '2'",
            "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '2'"})
    void aHalfMadeFileThatNeverHeldDataIsStartedAfresh(String leftBy) throws Exception {
        Path h2File = folder.resolve("wimc.mv.db");
        StorageFixtures.emptyDatabaseAtVersion(h2File, "2");
        execute(h2File, leftBy);

        assertStartedAfresh(h2File);
    }

    @Test
    void aFailedMigrationInAFileWithDataIsRefusedUnchanged() throws Exception {
        Path h2File = folder.resolve("wimc.mv.db");
        StorageFixtures.databaseAtVersion(h2File, "3");
        execute(h2File, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '3'");
        String before = sha256(h2File);

        assertThatThrownBy(() -> Database.openFile(h2File)).isInstanceOfSatisfying(DatabaseUnusableException.class,
                e -> assertThat(e.reason()).isEqualTo(DatabaseUnusableException.Reason.UPGRADE_FAILED));
        assertThat(sha256(h2File)).isEqualTo(before);
    }

    @Test
    void scratchFoldersLeftByAKillAreRemovedOnTheNextOpenAndOthersAreLeftAlone() throws Exception {
        Path h2File = folder.resolve("wimc.mv.db");
        Database.openFile(h2File).close();
        Path leftCreate = Files.createDirectories(folder.resolve(".wimc.create-123"));
        Files.writeString(leftCreate.resolve("wimc.mv.db"), "half");
        Path leftUpgrade = Files.createDirectories(folder.resolve(".wimc.upgrade-456"));
        Path otherDatabase = Files.createDirectories(folder.resolve(".wimc.2020.upgrade-789"));
        Path notOurs = Files.createDirectories(folder.resolve(".wimc.keep"));

        Database.openFile(h2File).close();

        assertThat(leftCreate).doesNotExist();
        assertThat(leftUpgrade).doesNotExist();
        assertThat(otherDatabase).exists();
        assertThat(notOurs).exists();
    }

    private void assertStartedAfresh(Path h2File) throws Exception {
        try (Database database = Database.openFile(h2File)) {
            assertThat(StorageFixtures.projects(database)).isEmpty();
            StorageFixtures.addContracts(database, "机器人产业园");
        }
        assertThat(Database.inspect(h2File)).isEqualTo(latestSchema());
        try (Database database = Database.openFile(h2File)) {
            assertThat(StorageFixtures.projects(database)).containsExactly("机器人产业园");
        }
        assertNothingBesideButBackups(h2File);
    }

    private int latestSchema() throws Exception {
        Path h2File = folder.resolve("latest/wimc.mv.db");
        if (!Files.exists(h2File)) {
            Database.openFile(h2File).close();
        }
        return Database.inspect(h2File);
    }

    private static void execute(Path h2File, String sql) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + Database.basePath(h2File));
        dataSource.setUser("sa");
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute(sql);
            s.execute("SHUTDOWN");
        }
    }

    /** Only the database, H2's trace file and the backups folder: no scratch folder, no second database. */
    private static void assertNothingBesideButBackups(Path h2File) throws Exception {
        try (Stream<Path> files = Files.list(h2File.getParent())) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).allMatch(n -> n.equals("wimc.mv.db") || n.equals("wimc.trace.db") || n.equals("wimc.lock") || n.equals("backups")
                    || n.equals("latest") || n.equals("extracted"), "only the database and its backups");
        }
    }
}
