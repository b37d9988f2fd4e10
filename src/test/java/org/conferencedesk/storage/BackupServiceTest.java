package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conferencedesk.storage.StorageFixtures.addContracts;
import static org.conferencedesk.storage.StorageFixtures.projects;
import static org.conferencedesk.storage.StorageFixtures.sha256;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupServiceTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path folder;

    private static Clock at(LocalDateTime time) {
        return Clock.fixed(time.atZone(ZONE).toInstant(), ZONE);
    }

    @Test
    void backupGoesBesideTheDatabaseAndRestoresTheSameContractsKeepingThePreviousFile() throws Exception {
        Path db = folder.resolve("elsewhere/wimc.mv.db");
        BackupService backups = new BackupService(db, at(LocalDateTime.of(2026, 11, 29, 12, 15, 0)));
        Path backup;
        try (Database database = Database.openFile(db)) {
            addContracts(database, "机器人产业园", "芯片项目", "激光项目");
            backup = backups.backupNow(database);
            addContracts(database, "backup 之后的项目");
        }

        assertThat(backup).isEqualTo(folder.resolve("elsewhere/backups/wimc-2026-11-29T12-15-00.zip"));
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.stream().map(e -> e.getName()).toList()).containsExactly("wimc.mv.db");
        }
        assertThat(backups.list()).extracting(BackupService.Backup::takenAt)
                .containsExactly(LocalDateTime.of(2026, 11, 29, 12, 15, 0));

        BackupService.Restored restored = backups.restore(backup);

        Path previous = folder.resolve("elsewhere/backups/before-restore-wimc-2026-11-29T12-15-00.zip");
        assertThat(restored.previous()).contains(previous);
        try (Database database = Database.openFile(db)) {
            assertThat(projects(database)).containsExactly("机器人产业园", "芯片项目", "激光项目");
        }
        // The copy kept before the restore is itself a backup that restores what was replaced.
        backups.restore(previous);
        try (Database database = Database.openFile(db)) {
            assertThat(projects(database)).containsExactly("机器人产业园", "芯片项目", "激光项目", "backup 之后的项目");
        }
        assertThat(backups.latest()).get().extracting(BackupService.Backup::file).isNotNull();
    }

    @Test
    void twoBackupsInTheSameSecondGetDistinctNames() {
        Path db = folder.resolve("wimc");
        BackupService backups = new BackupService(db, at(LocalDateTime.of(2026, 11, 29, 12, 15, 0)));
        try (Database database = Database.openFile(db)) {
            assertThat(backups.backupNow(database).getFileName().toString()).isEqualTo("wimc-2026-11-29T12-15-00.zip");
            addContracts(database, "机器人产业园");
            assertThat(backups.backupNow(database).getFileName().toString()).isEqualTo("wimc-2026-11-29T12-15-00-2.zip");
        }
        assertThat(backups.list()).hasSize(2);
    }

    @Test
    void rotationKeepsTheTenNewestAndTheNewestOfEachOfTheLastThirtyDays() {
        LocalDateTime now = LocalDateTime.of(2026, 11, 29, 20, 0);
        List<BackupService.Backup> all = new ArrayList<>();
        // Four a day (00:00, 06:00, 12:00, 18:00) for 60 days up to today.
        for (int day = 0; day < 60; day++) {
            for (int hour = 0; hour < 24; hour += 6) {
                LocalDateTime t = now.toLocalDate().minusDays(day).atTime(hour, 0);
                all.add(new BackupService.Backup(Path.of("b-" + t + ".zip"), t));
            }
        }

        Set<Path> keep = BackupService.toKeep(all, now);

        // 10 newest: today ×4, yesterday ×4, the day before at 18:00 and 12:00; plus 18:00 of the 27 older days in 30.
        assertThat(keep).hasSize(37);
        assertThat(keep).contains(Path.of("b-2026-11-29T00:00.zip"), Path.of("b-2026-11-27T12:00.zip"),
                Path.of("b-2026-10-31T18:00.zip"));
        assertThat(keep).doesNotContain(Path.of("b-2026-11-27T06:00.zip"), Path.of("b-2026-11-26T12:00.zip"),
                Path.of("b-2026-10-30T18:00.zip"), Path.of("b-2026-10-31T12:00.zip"));
        assertThat(BackupService.toKeep(all.subList(0, 7), now)).hasSize(7);
    }

    @Test
    void rotateDeletesTheBackupsTheRuleDoesNotKeepAndNeverTheCopiesMadeBeforeARestore() throws Exception {
        Path db = folder.resolve("wimc");
        Path backupsFolder = Files.createDirectories(folder.resolve("backups"));
        for (int minute = 0; minute < 15; minute++) {
            Files.writeString(backupsFolder.resolve(String.format("wimc-2026-11-29T09-%02d-00.zip", minute)), "x");
        }
        Files.writeString(backupsFolder.resolve("before-restore-wimc-2026-01-01T09-00-00.zip"), "x");
        Files.writeString(backupsFolder.resolve("other-2026-01-01T09-00-00.zip"), "x");

        List<Path> deleted = new BackupService(db, at(LocalDateTime.of(2026, 11, 29, 12, 0))).rotate();

        assertThat(deleted).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                "wimc-2026-11-29T09-00-00.zip", "wimc-2026-11-29T09-01-00.zip", "wimc-2026-11-29T09-02-00.zip",
                "wimc-2026-11-29T09-03-00.zip", "wimc-2026-11-29T09-04-00.zip");
        try (Stream<Path> left = Files.list(backupsFolder)) {
            assertThat(left.map(p -> p.getFileName().toString())).hasSize(12)
                    .contains("before-restore-wimc-2026-01-01T09-00-00.zip", "other-2026-01-01T09-00-00.zip",
                            "wimc-2026-11-29T09-14-00.zip", "wimc-2026-11-29T09-05-00.zip");
        }
    }

    @Test
    void restoreRefusesFilesThatAreNotGoodBackupsAndChangesNothing() throws Exception {
        Path db = folder.resolve("wimc");
        try (Database database = Database.openFile(db)) {
            addContracts(database, "机器人产业园");
        }
        Path file = folder.resolve("wimc.mv.db");
        String before = sha256(file);
        BackupService backups = new BackupService(db, at(LocalDateTime.of(2026, 11, 29, 12, 15)));

        Path text = Files.writeString(folder.resolve("notes.zip"), "not a zip", StandardCharsets.UTF_8);
        Path empty = StorageFixtures.zip(folder.resolve("empty.zip"), "readme.txt", "hello".getBytes(StandardCharsets.UTF_8));
        Path garbage = StorageFixtures.zip(folder.resolve("garbage.zip"), "wimc.mv.db", StorageFixtures.garbage(32 * 1024));
        Path two = StorageFixtures.zip(folder.resolve("two.zip"), "a.mv.db", new byte[10], "b.mv.db", new byte[10]);

        assertRefused(backups, folder.resolve("missing.zip"), BackupRejectedException.Reason.MISSING);
        assertRefused(backups, text, BackupRejectedException.Reason.NOT_A_ZIP);
        assertRefused(backups, empty, BackupRejectedException.Reason.NO_DATABASE);
        assertRefused(backups, two, BackupRejectedException.Reason.NO_DATABASE);
        assertRefused(backups, garbage, BackupRejectedException.Reason.DAMAGED);

        assertThat(sha256(file)).isEqualTo(before);
        assertThat(folder.resolve("backups")).doesNotExist();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".restore-"));
        }
        assertThatThrownBy(() -> backups.restore(text))
                .isInstanceOfSatisfying(BackupRejectedException.class, e -> assertThat(e.sentence(Locale.ENGLISH))
                        .isEqualTo(text + " is not a ConferenceDesk backup (not a zip file, or a damaged one). "
                                + "Nothing was restored; your database is unchanged."));
    }

    @Test
    void restoreRefusesABackupFromANewerVersion() throws Exception {
        Path other = folder.resolve("newer/wimc");
        Path backup;
        try (Database database = Database.openFile(other)) {
            addContracts(database, "未来项目");
            StorageFixtures.addFutureMigration(database);
            backup = new BackupService(other, Clock.systemDefaultZone()).backupTo(database, folder.resolve("from-newer.zip"));
        }
        Path db = folder.resolve("wimc");
        try (Database database = Database.openFile(db)) {
            addContracts(database, "机器人产业园");
        }
        String before = sha256(folder.resolve("wimc.mv.db"));

        assertRefused(new BackupService(db, Clock.systemDefaultZone()), backup, BackupRejectedException.Reason.TOO_NEW);
        assertThat(sha256(folder.resolve("wimc.mv.db"))).isEqualTo(before);
    }

    @Test
    void restoreRefusesWhileTheDatabaseIsOpen() throws Exception {
        Path db = folder.resolve("wimc");
        try (Database database = Database.openFile(db)) {
            addContracts(database, "机器人产业园");
            BackupService backups = new BackupService(db, Clock.systemDefaultZone());
            Path backup = backups.backupNow(database);
            assertThatThrownBy(() -> backups.restore(backup)).isInstanceOf(DatabaseInUseException.class);
            assertThat(projects(database)).containsExactly("机器人产业园");
        }
    }

    @Test
    void restoreCreatesTheDatabaseWhenThereIsNone() throws Exception {
        Path source = folder.resolve("old/wimc");
        Path backup;
        try (Database database = Database.openFile(source)) {
            addContracts(database, "机器人产业园");
            backup = new BackupService(source, Clock.systemDefaultZone()).backupNow(database);
        }
        Path fresh = folder.resolve("new/wimc");
        BackupService.Restored restored = new BackupService(fresh, Clock.systemDefaultZone()).restore(backup);
        assertThat(restored.previous()).isEmpty();
        try (Database database = Database.openFile(fresh)) {
            assertThat(projects(database)).containsExactly("机器人产业园");
        }
    }

    @Test
    void aBackupIsTakenOnlyWhenTheDatabaseChangedSinceTheLastOne() throws Exception {
        Path db = folder.resolve("wimc");
        SteppingClock clock = new SteppingClock(LocalDateTime.of(2026, 11, 29, 9, 0));
        BackupService backups = new BackupService(db, clock);
        Path first;
        try (Database database = Database.openFile(db)) {
            addContracts(database, "机器人产业园", "芯片项目");
            first = backups.backupNow(database);
            clock.step();
            assertThat(backups.backupNow(database)).as("nothing changed").isEqualTo(first);
        }
        // Closing and opening again rewrites parts of the file, but not its contents.
        try (Database database = Database.openFile(db)) {
            clock.step();
            assertThat(projects(database)).hasSize(2);
            assertThat(backups.backupNow(database)).isEqualTo(first);
            database.dsl().execute("UPDATE contract SET amount = 5200000000.01 WHERE project_name = '芯片项目'");
            clock.step();
            Path afterEdit = backups.backupNow(database);
            assertThat(afterEdit).isNotEqualTo(first);
            database.dsl().execute("UPDATE contract SET amount = 5200000000.00 WHERE project_name = '芯片项目'");
            clock.step();
            assertThat(backups.backupNow(database)).as("back as it was: a change since the last backup all the same")
                    .isNotIn(first, afterEdit);
        }
        assertThat(backups.list()).hasSize(3);
        // A restore puts another file in place: the next backup is taken even though the contents are those of a backup.
        clock.step();
        backups.restore(first);
        try (Database database = Database.openFile(db)) {
            clock.step();
            assertThat(backups.backupNow(database)).isNotIn(backups.list().subList(1, 4).stream().map(BackupService.Backup::file).toList());
        }
        assertThat(backups.list()).hasSize(4);
    }

    @Test
    void theLastBackupBeforeEachImportIsKeptUntilABackupOfALaterDayExists() throws Exception {
        Path db = folder.resolve("wimc");
        SteppingClock clock = new SteppingClock(LocalDateTime.of(2026, 11, 29, 9, 0));
        BackupService backups = new BackupService(db, clock);
        List<Path> beforeImports = new ArrayList<>();
        try (Database database = Database.openFile(db)) {
            // Fifteen imports in one day, each after its backup: more than the ten newest.
            for (int i = 1; i <= 15; i++) {
                Path before = backups.backupNow(database);
                addContracts(database, "第" + i + "批项目");
                beforeImports.add(backups.keepBeforeImport(before));
                clock.step();
            }
            Path endOfDay = backups.backupNow(database);
            assertThat(beforeImports).allMatch(p -> p.getFileName().toString().matches("wimc-2026-11-29T\\d{2}-\\d{2}-00-before-import\\.zip"));
            assertThat(backups.list()).extracting(BackupService.Backup::file)
                    .as("every backup before an import of the day is still there")
                    .containsAll(beforeImports).contains(endOfDay).hasSize(16);
            assertThat(backups.list()).filteredOn(BackupService.Backup::beforeImport).hasSize(15);

            // The first import's backup restores the database as it was before it.
            clock.nextDay();
            addContracts(database, "次日项目");
            backups.backupNow(database);
        }
        List<Path> left = backups.list().stream().map(BackupService.Backup::file).toList();
        assertThat(left).as("a backup of a later day exists: the ten newest and the newest of each day are kept").hasSize(10)
                .doesNotContain(beforeImports.get(0), beforeImports.get(5)).contains(beforeImports.get(14));
    }

    @Test
    void theBackupBeforeAnImportRestoresTheDatabaseAsItWasBeforeIt() throws Exception {
        Path db = folder.resolve("wimc");
        BackupService backups = new BackupService(db, new SteppingClock(LocalDateTime.of(2026, 11, 29, 9, 0)));
        Path before;
        try (Database database = Database.openFile(db)) {
            addContracts(database, "机器人产业园");
            before = backups.keepBeforeImport(backups.backupNow(database));
            addContracts(database, "误导入的项目");
        }
        backups.restore(before);
        try (Database database = Database.openFile(db)) {
            assertThat(projects(database)).containsExactly("机器人产业园");
        }
        assertThatThrownBy(() -> backups.keepBeforeImport(folder.resolve("elsewhere/wimc-2026-11-29T09-00-00.zip")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A clock that shows a local time in {@link #ZONE} and moves on only when told: a minute, or to the next morning. */
    private static final class SteppingClock extends Clock {
        private LocalDateTime now;

        SteppingClock(LocalDateTime start) {
            this.now = start;
        }

        void step() {
            now = now.plusMinutes(1);
        }

        void nextDay() {
            now = now.toLocalDate().plusDays(1).atTime(9, 0);
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.time.Instant instant() {
            return now.atZone(ZONE).toInstant();
        }
    }

    private static void assertRefused(BackupService backups, Path file, BackupRejectedException.Reason reason) {
        assertThatThrownBy(() -> backups.restore(file))
                .isInstanceOfSatisfying(BackupRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
