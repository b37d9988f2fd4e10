package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conferencedesk.storage.StorageFixtures.addContracts;
import static org.conferencedesk.storage.StorageFixtures.projects;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String SECRET = "机密项目";
    private static final String MARKER = "Confidential Robot Park 4711";

    @TempDir
    Path folder;

    private static Clock at(int minute) {
        return Clock.fixed(LocalDateTime.of(2026, 11, 29, 12, minute, 0).atZone(ZONE).toInstant(), ZONE);
    }

    private static char[] pw(String text) {
        return text.toCharArray();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private Path encryptedDatabase(String password) {
        Path db = folder.resolve("wimc.mv.db");
        try (Database database = Database.openFile(db, pw(password))) {
            addContracts(database, SECRET, "芯片项目");
        }
        return db;
    }

    @Test
    void encryptedFileOpensWithTheRightPasswordAndReadsBack() {
        Path db = encryptedDatabase("s3cret!");

        assertThat(Database.isEncrypted(db)).isTrue();
        try (Database database = Database.openFile(db, pw("s3cret!"))) {
            assertThat(projects(database)).containsExactly(SECRET, "芯片项目");
        }
    }

    @Test
    void encryptedFileDoesNotHoldTheProjectNameInPlainText() throws Exception {
        Path db = folder.resolve("wimc.mv.db");
        try (Database database = Database.openFile(db, pw("s3cret!"))) {
            addContracts(database, SECRET, MARKER);
        }
        byte[] bytes = Files.readAllBytes(db);

        assertThat(contains(bytes, SECRET.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(contains(bytes, MARKER.getBytes(StandardCharsets.US_ASCII))).isFalse();

        // The same data unencrypted does hold the (ASCII) marker: the check above can fail. (H2 stores
        // Chinese characters in its own encoding, not UTF-8, so the marker is the control.)
        Path plain = folder.resolve("plain.mv.db");
        try (Database database = Database.openFile(plain)) {
            addContracts(database, SECRET, MARKER);
        }
        assertThat(contains(Files.readAllBytes(plain), MARKER.getBytes(StandardCharsets.US_ASCII))).isTrue();
    }

    @Test
    void wrongPasswordIsRefusedWithASentenceAndNoH2Text() {
        Path db = encryptedDatabase("s3cret!");

        assertThatThrownBy(() -> Database.openFile(db, pw("guess")))
                .isInstanceOf(WrongPasswordException.class)
                .satisfies(e -> {
                    StorageException s = (StorageException) e;
                    assertThat(s.sentence(Locale.ENGLISH)).isEqualTo("The password is not right for " + db
                            + ". Try again; without it the data cannot be read.");
                    assertThat(s.sentence(Locale.SIMPLIFIED_CHINESE)).isEqualTo("密码与 " + db + " 不符。请重试；没有正确的密码，数据无法读取。");
                    assertThat(s.sentence(Locale.ENGLISH)).doesNotContain("90049", "Encryption error");
                });
        assertThatThrownBy(() -> Database.openFile(db, pw("with space")))
                .isInstanceOf(WrongPasswordException.class);
        // Still opens with the right one afterwards.
        try (Database database = Database.openFile(db, pw("s3cret!"))) {
            assertThat(projects(database)).containsExactly(SECRET, "芯片项目");
        }
    }

    @Test
    void encryptedFileWithoutAPasswordAsksForOne() {
        Path db = encryptedDatabase("s3cret!");

        assertThatThrownBy(() -> Database.openFile(db))
                .isInstanceOf(PasswordRequiredException.class)
                .satisfies(e -> assertThat(((StorageException) e).sentence(Locale.ENGLISH))
                        .isEqualTo("The database " + db + " is encrypted; enter its password to open it."));
    }

    @Test
    void setChangeAndRemoveKeepEveryContractAndACopyBeforeEachChange() throws Exception {
        Path db = folder.resolve("wimc.mv.db");
        try (Database database = Database.openFile(db)) {
            addContracts(database, SECRET, "芯片项目", "激光项目");
        }

        Path first = new EncryptionService(db, at(1)).encrypt(pw("one"));
        assertThat(Database.isEncrypted(db)).isTrue();
        assertThat(first).isEqualTo(folder.resolve("backups/before-encryption-wimc-2026-11-29T12-01-00.zip"));
        assertThatThrownBy(() -> Database.openFile(db)).isInstanceOf(PasswordRequiredException.class);
        try (Database database = Database.openFile(db, pw("one"))) {
            assertThat(projects(database)).containsExactly(SECRET, "芯片项目", "激光项目");
        }

        EncryptionService later = new EncryptionService(db, at(2));
        assertThatThrownBy(() -> later.changePassword(pw("wrong"), pw("two")))
                .isInstanceOf(WrongPasswordException.class);
        assertThat(Database.isEncrypted(db)).isTrue();
        later.changePassword(pw("one"), pw("two"));
        assertThatThrownBy(() -> Database.openFile(db, pw("one"))).isInstanceOf(WrongPasswordException.class);
        try (Database database = Database.openFile(db, pw("two"))) {
            assertThat(projects(database)).containsExactly(SECRET, "芯片项目", "激光项目");
        }

        new EncryptionService(db, at(3)).removeEncryption(pw("two"));
        assertThat(Database.isEncrypted(db)).isFalse();
        try (Database database = Database.openFile(db)) {
            assertThat(projects(database)).containsExactly(SECRET, "芯片项目", "激光项目");
        }
        // The copies: encrypted with "one" (set), with "two" (change), with "two" (remove: the file as it was);
        // none readable without a password, no scratch left beside the database.
        assertThat(folder.resolve("backups/before-encryption-wimc-2026-11-29T12-02-00.zip")).exists();
        assertThat(folder.resolve("backups/before-encryption-wimc-2026-11-29T12-03-00.zip")).exists();
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("wimc.mv.db", "wimc.lock", "backups");
        }
    }

    @Test
    void newPasswordMustBeUsable() {
        Path db = folder.resolve("wimc.mv.db");
        try (Database database = Database.openFile(db)) {
            addContracts(database, SECRET);
        }
        EncryptionService encryption = EncryptionService.of(db);

        assertThatThrownBy(() -> encryption.encrypt(pw("")))
                .isInstanceOf(StorageException.class).hasMessage("The password must not be empty.");
        assertThatThrownBy(() -> encryption.encrypt(pw("two words")))
                .isInstanceOf(StorageException.class).hasMessage("The password must not contain spaces.");
        assertThatThrownBy(() -> encryption.removeEncryption(pw("x")))
                .isInstanceOf(StorageException.class).hasMessage("The database " + db.toAbsolutePath()
                        + " is not encrypted; there is no password to change or remove.");
        assertThat(Database.isEncrypted(db)).isFalse();
    }

    @Test
    void encryptionIsRefusedWhileTheDatabaseIsOpen() {
        Path db = folder.resolve("wimc.mv.db");
        try (Database database = Database.openFile(db)) {
            addContracts(database, SECRET);
            assertThatThrownBy(() -> EncryptionService.of(db).encrypt(pw("one")))
                    .isInstanceOf(DatabaseInUseException.class);
        }
        assertThat(Database.isEncrypted(db)).isFalse();
    }

    @Test
    void backupOfAnEncryptedDatabaseIsEncryptedAndRestoresOnlyWithThePassword() throws Exception {
        Path db = encryptedDatabase("s3cret!");
        BackupService backups = new BackupService(db, at(10));
        Path backup;
        try (Database database = Database.openFile(db, pw("s3cret!"))) {
            backup = backups.backupNow(database);
            addContracts(database, "之后的项目");
        }

        Path extracted = folder.resolve("extracted/wimc.mv.db");
        Files.createDirectories(extracted.getParent());
        try (ZipFile zip = new ZipFile(backup.toFile()); InputStream in = zip.getInputStream(zip.getEntry("wimc.mv.db"))) {
            Files.copy(in, extracted);
        }
        assertThat(Database.isEncrypted(extracted)).isTrue();
        assertThat(BackupService.isEncryptedBackup(backup)).isTrue();
        assertThat(contains(Files.readAllBytes(extracted), SECRET.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThatThrownBy(() -> Database.openFile(extracted)).isInstanceOf(PasswordRequiredException.class);

        assertThatThrownBy(() -> backups.check(backup)).isInstanceOf(PasswordRequiredException.class)
                .hasMessageContaining(backup.toString());
        assertThatThrownBy(() -> backups.restore(backup, pw("guess"))).isInstanceOf(WrongPasswordException.class);
        backups.check(backup, pw("s3cret!"));
        backups.restore(backup, pw("s3cret!"));

        try (Database database = Database.openFile(db, pw("s3cret!"))) {
            assertThat(projects(database)).containsExactly(SECRET, "芯片项目");
        }
    }
}
