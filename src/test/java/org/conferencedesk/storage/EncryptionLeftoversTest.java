package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferencedesk.storage.StorageFixtures.projects;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.h2.tools.ChangeFileEncryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passwords in any script, and no readable copy beside an encrypted database (issue 9 §4, §5): not
 * the copy kept by {@code encryption set}, not the scratch copy a killed run leaves behind.
 */
class EncryptionLeftoversTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final byte[] ENCRYPTED = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path folder;

    @Test
    void aPasswordInAnyScriptSetsChangesAndRemovesTheEncryption() throws Exception {
        Path db = plainDatabase();

        new EncryptionService(db, at(1)).encrypt("会议密码2020".toCharArray());
        try (Database database = Database.openFile(db, "会议密码2020".toCharArray())) {
            assertThat(projects(database)).containsExactly("机密项目");
            assertThat(database.encrypted()).isTrue();
        }
        // A password that differs only beyond Latin-1 is another password (H2 alone kept only each character's low byte).
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Database.openFile(db, "亂議密碼2020".toCharArray())))
                .isInstanceOf(WrongPasswordException.class);

        new EncryptionService(db, at(2)).changePassword("会议密码2020".toCharArray(), "Пароль№1€".toCharArray());
        assertOpensWith(db, "Пароль№1€");
        // A backup of it checks and restores with that password too.
        Path backup;
        try (Database database = Database.openFile(db, "Пароль№1€".toCharArray())) {
            backup = new BackupService(db, at(3)).backupNow(database);
        }
        new BackupService(db, at(4)).check(backup, "Пароль№1€".toCharArray());

        new EncryptionService(db, at(5)).removeEncryption("Пароль№1€".toCharArray());
        assertOpensWith(db, null);
    }

    @Test
    void aFileEncryptedBeforeWithLatin1LettersBeyondAsciiStillOpens() throws Exception {
        Path db = plainDatabase();
        // As earlier versions encrypted it: the password's characters as they are.
        ChangeFileEncryption.execute(folder.toString(), "wimc", "AES", null, "café".toCharArray(), true);

        assertOpensWith(db, "café");
        new EncryptionService(db, at(1)).changePassword("café".toCharArray(), "café".toCharArray());
        assertOpensWith(db, "café");
    }

    @Test
    void theCopyKeptWhenEncryptingIsEncryptedToo() throws Exception {
        Path db = plainDatabase();

        Path kept = new EncryptionService(db, at(1)).encrypt("会议密码2020".toCharArray());

        assertThat(kept.getFileName().toString()).isEqualTo("before-encryption-wimc-2026-11-29T12-01-00.zip");
        assertThat(databaseIn(kept)).startsWith(ENCRYPTED);
        new BackupService(db, at(2)).check(kept, "会议密码2020".toCharArray());
        assertThat(plaintextDatabasesBeside(db)).isEmpty();
    }

    @Test
    void encryptingTheDatabaseEncryptsTheBackupsTakenBeforeAndNamesOneItCannot() throws Exception {
        Path db = folder.resolve("wimc.mv.db");
        Path regular;
        try (Database database = Database.openFile(db)) {
            StorageFixtures.addContracts(database, "机密项目");
            regular = new BackupService(db, at(1)).backupNow(database);
            StorageFixtures.addContracts(database, "芯片项目");
            new BackupService(db, at(2)).backupNow(database);
        }
        Path beforeRestore = new BackupService(db, at(3)).restore(regular).previous().orElseThrow();
        Path damaged = StorageFixtures.zip(folder.resolve("backups/wimc-2026-11-29T11-00-00.zip"), "wimc.mv.db", StorageFixtures.garbage(9000));
        Path otherDatabase = StorageFixtures.zip(folder.resolve("backups/other-2026-11-29T11-00-00.zip"), "other.mv.db", new byte[] {1});
        EncryptionService encryption = new EncryptionService(db, at(4));
        assertThat(encryption.plainBackups()).hasSize(4).contains(regular, beforeRestore, damaged).doesNotContain(otherDatabase);

        encryption.encrypt("会议密码2020".toCharArray());

        assertThat(encryption.plainBackups()).containsExactly(damaged);
        assertThat(databaseIn(regular)).startsWith(ENCRYPTED);
        assertThat(databaseIn(beforeRestore)).startsWith(ENCRYPTED);
        // Still backups: they check and restore with the new password, holding what they held.
        new BackupService(db, at(5)).check(beforeRestore, "会议密码2020".toCharArray());
        new BackupService(db, at(6)).restore(regular, "会议密码2020".toCharArray());
        try (Database database = Database.openFile(db, "会议密码2020".toCharArray())) {
            assertThat(projects(database)).containsExactly("机密项目");
        }
        assertThat(scratchFolders()).isEmpty();
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aKillDuringEncryptionLeavesNoReadableCopyOnceTheDatabaseIsOpenedAgain() throws Exception {
        Path db = folder.resolve("wimc.mv.db");
        try (Database database = Database.openFile(db)) {
            fill(database, 30_000);
        }
        Process child = ChildJvm.start(EncryptInChild.class, db.toString(), "会议密码2020");
        boolean sawScratch = false;
        try {
            // Kill it (SIGKILL) as soon as its plaintext scratch copy exists, or when it is done.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (child.isAlive() && System.nanoTime() < until && !sawScratch) {
                sawScratch = !scratchFolders().isEmpty();
                Thread.sleep(1);
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(sawScratch).as("the child was killed during the conversion").isTrue();

        // The next program to open the database (here without a password: it was not encrypted yet, or with it).
        boolean encrypted = Database.isEncrypted(db);
        try (Database database = Database.openFile(db, encrypted ? "会议密码2020".toCharArray() : null)) {
            assertThat(projects(database)).hasSize(30_000);
        }
        assertThat(scratchFolders()).isEmpty();
        if (encrypted) {
            assertThat(plaintextDatabasesBeside(db)).isEmpty();
        }
    }

    /** wimc.mv.db, not encrypted, with one contract "机密项目". */
    private Path plainDatabase() {
        Path db = folder.resolve("wimc.mv.db");
        try (Database database = Database.openFile(db)) {
            StorageFixtures.addContracts(database, "机密项目");
        }
        return db;
    }

    private static void assertOpensWith(Path db, String password) {
        try (Database database = Database.openFile(db, password == null ? null : password.toCharArray())) {
            assertThat(projects(database)).containsExactly("机密项目");
        }
    }

    private List<Path> scratchFolders() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".wimc.encryption-")).toList();
        }
    }

    /** Every .mv.db beside the database (scratch folders, zips in backups/) that is not encrypted. */
    private static List<String> plaintextDatabasesBeside(Path db) throws IOException {
        List<String> plain = new ArrayList<>();
        try (Stream<Path> files = Files.walk(db.getParent())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".mv.db") && !startsWithEncrypted(Files.readAllBytes(f))) {
                    plain.add(f.toString());
                }
                if (name.endsWith(".zip") && !startsWithEncrypted(databaseIn(f))) {
                    plain.add(f.toString());
                }
            }
        }
        return plain;
    }

    private static boolean startsWithEncrypted(byte[] bytes) {
        return bytes.length >= ENCRYPTED.length && java.util.Arrays.equals(java.util.Arrays.copyOf(bytes, ENCRYPTED.length), ENCRYPTED);
    }

    private static byte[] databaseIn(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.stream().filter(e -> e.getName().endsWith(".mv.db")).findFirst().orElseThrow();
            try (InputStream in = file.getInputStream(entry)) {
                return in.readNBytes(ENCRYPTED.length);
            }
        }
    }

    /** {@code contracts} contracts with random text (so that the file does not compress to nothing). */
    private static void fill(Database database, int contracts) {
        StorageFixtures.addContracts(database, "seed");
        database.dsl().execute("DELETE FROM contract");
        database.dsl().execute("INSERT INTO contract (event_id, project_name, investor, amount, signing_order) "
                + "SELECT (SELECT MIN(id) FROM event), 'project ' || X || ' ' || RANDOM_UUID(), 'investor ' || RANDOM_UUID(), X, X "
                + "FROM SYSTEM_RANGE(1, " + contracts + ")");
    }

    private static Clock at(int minute) {
        return Clock.fixed(LocalDateTime.of(2026, 11, 29, 12, minute, 0).atZone(ZONE).toInstant(), ZONE);
    }
}
