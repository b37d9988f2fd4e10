package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conferencedesk.storage.StorageFixtures.addContracts;
import static org.conferencedesk.storage.StorageFixtures.projects;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer for real (issue 9 §1), with real second processes: the database's lock survives whatever
 * this process reads of the database file, names who holds it, is shared within one process, and
 * is free again when its holder is killed.
 */
class DatabaseLockTest {

    @TempDir
    Path folder;

    @Test
    void readingTheDatabaseFileWhileItIsOpenNoLongerLetsASecondProcessIn() throws Exception {
        // The cause of the lost imports: H2's lock on the .mv.db is a POSIX record lock, which the process
        // loses when it closes any descriptor of the file, as reading its header or backing it up did.
        Path db = folder.resolve("wimc");
        try (Database database = Database.openFile(db)) {
            addContracts(database, "机器人产业园");
            assertThat(Database.isEncrypted(db)).isFalse();
            new BackupService(db, Clock.systemDefaultZone()).backupNow(database);
            try (InputStream in = Files.newInputStream(Database.h2File(db))) {
                assertThat(in.read()).isNotNegative();
            }

            Child other = Child.run(TryOpenDatabase.class, db.toString());

            assertThat(other.exitCode()).isEqualTo(1);
            assertThat(other.firstLine()).isEqualTo("The database " + Database.h2File(db) + " is open in another ConferenceDesk "
                    + "window or command. Close it first, or use --db to work on another file.");
            addContracts(database, "芯片项目");
        }
        Child after = Child.run(TryOpenDatabase.class, db.toString());
        assertThat(after.exitCode()).as(after.firstLine()).isZero();
        try (Database database = Database.openFile(db)) {
            assertThat(projects(database)).containsExactly("机器人产业园", "芯片项目");
        }
    }

    @Test
    void theRefusalNamesTheCommandOrWindowThatHoldsTheDatabaseAndChangesNothing() throws Exception {
        Path db = folder.resolve("wimc");
        try (Database database = Database.openFile(db)) {
            addContracts(database, "机器人产业园");
        }
        Path backup;
        try (Database database = Database.openFile(db)) {
            backup = new BackupService(db, Clock.systemDefaultZone()).backupNow(database);
        }
        String before = StorageFixtures.sha256(Database.h2File(db));
        Path h2 = Database.h2File(db);

        try (Holding command = Holding.start(db, "command", "import guests")) {
            assertThatThrownBy(() -> Database.openFile(db))
                    .isInstanceOfSatisfying(DatabaseInUseException.class, e -> {
                        assertThat(e.holder()).hasValueSatisfying(h -> {
                            assertThat(h.program()).isEqualTo(DatabaseLock.Program.COMMAND);
                            assertThat(h.pid()).isEqualTo(command.pid());
                            assertThat(h.command()).isEqualTo("import guests");
                        });
                        String since = DatabaseLock.describeSince(e.holder().orElseThrow().since());
                        String user = System.getProperty("user.name");
                        assertThat(e.sentence(Locale.ENGLISH)).isEqualTo("The database " + h2 + " is in use by the command \u201cimport guests\u201d "
                                + "(process " + command.pid() + ", user " + user + ", since " + since + "). Wait until it has finished, then try again.");
                        assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE)).isEqualTo("数据库 " + h2 + " 正被命令\u201cimport guests\u201d使用（进程 "
                                + command.pid() + "，用户 " + user + "，" + since + " 起）。请等它完成后再试。");
                    });
            // Restore and encryption are refused too, before they touch anything.
            assertThatThrownBy(() -> new BackupService(db, Clock.systemDefaultZone()).restore(backup))
                    .isInstanceOf(DatabaseInUseException.class);
            assertThatThrownBy(() -> EncryptionService.of(db).encrypt("s3cret".toCharArray()))
                    .isInstanceOf(DatabaseInUseException.class);
        }
        try (Holding window = Holding.start(db, "window", "")) {
            assertThatThrownBy(() -> Database.openFile(db))
                    .isInstanceOf(DatabaseInUseException.class)
                    .hasMessageStartingWith("The database " + h2 + " is open in the ConferenceDesk window (process " + window.pid() + ", user ")
                    .hasMessageEndingWith("Make the change in that window, or close it first and run the command again.");
        }
        assertThat(StorageFixtures.sha256(h2)).isEqualTo(before);
        assertThat(Database.isEncrypted(db)).isFalse();
    }

    @Test
    void theLockIsFreeAgainWhenItsHolderIsKilled() throws Exception {
        Path db = folder.resolve("wimc");
        try (Database database = Database.openFile(db)) {
            addContracts(database, "机器人产业园");
        }
        Process holder = ChildJvm.start(HoldDatabaseOpen.class, db.toString());
        try {
            assertThat(new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine()).isEqualTo("open");
            assertThatThrownBy(() -> Database.openFile(db)).isInstanceOf(DatabaseInUseException.class);
        } finally {
            holder.destroyForcibly(); // SIGKILL: no chance to let go of anything
            assertThat(holder.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        try (Database database = Database.openFile(db)) {
            assertThat(projects(database)).containsExactly("机器人产业园");
            // The lock file now names this process, not the dead one.
            assertThat(Files.readString(DatabaseLock.lockFile(db))).contains("pid=" + ProcessHandle.current().pid());
        }
    }

    @Test
    void withinOneProcessTheLockIsSharedAndTheLastToLetGoReleasesIt() throws Exception {
        Path db = folder.resolve("wimc");
        DatabaseLock window = DatabaseLock.acquire(db, DatabaseLock.Program.WINDOW, "");
        try (Database database = Database.openFile(db)) {
            // The window's own database, restore and encryption share the window's lock.
            addContracts(database, "机器人产业园");
            assertThat(database.encrypted()).isFalse();
        }
        assertThat(DatabaseLock.isHeldHere(db)).isTrue();
        Child refused = Child.run(HoldDatabaseLock.class, db.toString(), "command", "totals");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.firstLine()).startsWith("The database " + Database.h2File(db) + " is open in the ConferenceDesk window (process "
                + ProcessHandle.current().pid() + ",");
        window.close();
        window.close(); // twice does nothing

        assertThat(DatabaseLock.isHeldHere(db)).isFalse();
        assertThat(Files.size(DatabaseLock.lockFile(db))).as("nobody holds it: the text is cleared").isZero();
        try (Holding other = Holding.start(db, "command", "totals")) {
            assertThat(other.pid()).isPositive();
        }
    }

    @Test
    void scratchCopiesLeftByAKilledRestoreOrEncryptionAreRemovedWhenTheLockIsTakenAgain() throws Exception {
        Path db = folder.resolve("wimc.mv.db");
        Path named = Files.createDirectories(folder.resolve(".wimc.encryption-8123456789"));
        Files.writeString(named.resolve("wimc.mv.db"), "plaintext guests' phone numbers");
        Path unnamed = Files.createDirectories(folder.resolve(".encryption-42"));
        Files.writeString(unnamed.resolve("wimc.mv.db"), "plaintext, from an earlier version");
        Path restore = Files.createDirectories(folder.resolve(".wimc.restore-77"));
        Files.writeString(restore.resolve("check.mv.db"), "a backup's copy");
        Path otherDatabase = Files.createDirectories(folder.resolve(".other.encryption-5"));
        Files.writeString(otherDatabase.resolve("other.mv.db"), "another database's, maybe in use");
        Path notScratch = Files.createDirectories(folder.resolve(".wimc.encryption-notes"));

        try (DatabaseLock lock = DatabaseLock.acquire(db, DatabaseLock.Program.COMMAND, "totals")) {
            assertThat(named).doesNotExist();
            assertThat(unnamed).doesNotExist();
            assertThat(restore).doesNotExist();
            assertThat(otherDatabase.resolve("other.mv.db")).exists();
            assertThat(notScratch).exists();
        }
    }

    @Test
    void aFolderThatCannotBeWrittenInGetsASentence() throws Exception {
        Path readOnly = Files.createDirectories(folder.resolve("read-only"));
        readOnly.toFile().setWritable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(readOnly), "the administrator may write anywhere");
            Path db = readOnly.resolve("wimc");
            assertThatThrownBy(() -> Database.openFile(db))
                    .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.sentence(Locale.ENGLISH))
                            .isEqualTo("ConferenceDesk may not write in the folder " + readOnly + " (it is read-only, or belongs to another "
                                    + "user). Choose another folder with --db, or ask for write access to this one."));
            try (var files = Files.list(readOnly)) {
                assertThat(files).isEmpty();
            }
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }

    @Test
    void aDatabaseFileThatCannotBeWrittenGetsASentenceInsteadOfH2sWordsAtTheFirstChange() throws Exception {
        Path db = folder.resolve("wimc.mv.db");
        try (Database database = Database.openFile(db)) {
            addContracts(database, "机器人产业园");
        }
        db.toFile().setWritable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(db), "the administrator may write anything");
            assertThatThrownBy(() -> Database.openFile(db))
                    .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.sentence(Locale.ENGLISH))
                            .isEqualTo("ConferenceDesk may not write to the database " + db + " (the file is read-only, or belongs to "
                                    + "another user). Copy it to a folder of yours and open the copy with --db, or ask for write access to it."));
        } finally {
            db.toFile().setWritable(true, false);
        }
    }

    /** A child process holding a database's lock until closed. */
    private record Holding(Process process, long pid) implements AutoCloseable {
        static Holding start(Path db, String program, String command) throws Exception {
            Process process = ChildJvm.start(HoldDatabaseLock.class, db.toString(), program, command);
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(line).isEqualTo("locked");
            return new Holding(process, process.pid());
        }

        @Override
        public void close() throws Exception {
            process.getOutputStream().close();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** A child process run to its end. */
    private record Child(int exitCode, String firstLine) {
        static Child run(Class<?> main, String... args) throws Exception {
            Process process = ChildJvm.start(main, args);
            process.getOutputStream().close();
            String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Child(process.exitValue(), line);
        }
    }
}
