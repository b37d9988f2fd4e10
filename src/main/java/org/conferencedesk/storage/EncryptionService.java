package org.conferencedesk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Encryption at rest of one closed database file with H2's file encryption (AES, key derived from
 * the password by H2): set up ({@link #encrypt}), change the password ({@link #changePassword}) and
 * remove it ({@link #removeEncryption}).
 *
 * <p>Each works on the closed file, under its {@link DatabaseLock} (no other window or command may
 * have it open): it checks the current password by reading the file, converts a copy beside the
 * database with H2's {@link ChangeFileEncryption}, checks that the converted copy opens with the new
 * password, keeps a copy in {@code backups/before-encryption-NAME-TIME.zip} (never rotated away), and
 * only then replaces the database in one rename. If anything fails the database is unchanged.
 *
 * <p>No readable copy is left beside an encrypted database (issue 9 §4): the copy kept by
 * {@link #encrypt} and {@link #changePassword} is the converted file (the same data, under the new
 * password); the one kept by {@link #removeEncryption} is the file as it was (under the old password);
 * {@link #encrypt} also encrypts the backups taken before, with the new password ({@link #plainBackups()}).
 * The scratch copy is deleted at the end, or by {@link Leftovers} when the next program takes the
 * lock after a killed run.
 *
 * <p>Passwords: not empty and without spaces (H2 takes "filePassword userPassword" separated by a
 * space), in any script ({@link FilePassword}). There is no way to recover a lost password: without it
 * the data cannot be read.
 */
public final class EncryptionService {

    private static final Logger LOG = LoggerFactory.getLogger(EncryptionService.class);
    private static final String BEFORE_ENCRYPTION = BackupService.BEFORE_ENCRYPTION;

    private final Path h2File;
    private final BackupService backups;

    /**
     * @param databaseFile the database, with or without {@code .mv.db}
     * @param clock for the name of the copy kept before each change
     */
    public EncryptionService(Path databaseFile, Clock clock) {
        this.h2File = Database.h2File(databaseFile);
        this.backups = new BackupService(databaseFile, clock);
    }

    /** Encryption of the database at {@code databaseFile}, with the system clock. */
    public static EncryptionService of(Path databaseFile) {
        return new EncryptionService(databaseFile, Clock.systemDefaultZone());
    }

    /**
     * The backups of this database in {@code backups/} (regular and kept before an import, before a restore,
     * an upgrade or an encryption change) whose database is not encrypted: readable by anyone who finds the laptop.
     * {@link #encrypt} encrypts them too.
     */
    public List<Path> plainBackups() {
        Path folder = backups.folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        // Every kind BackupService knows: regular (and kept before an import), before a restore, an upgrade, an encryption change.
        return backups.everyBackup().stream().filter(f -> !BackupService.isEncryptedBackup(f)).sorted().toList();
    }

    /**
     * Encrypts every backup of {@link #plainBackups()} with {@code password}, each replaced in one
     * rename after its converted copy has been checked; one that cannot be (damaged) is logged and left.
     */
    private void encryptBackups(char[] password) {
        for (Path zip : plainBackups()) {
            try {
                encryptBackup(zip, password);
                LOG.info("Backup {} encrypted with the database", zip);
            } catch (IOException | SQLException | RuntimeException e) {
                LOG.warn("Backup {} could not be encrypted and stays readable without a password", zip, e);
            }
        }
    }

    private void encryptBackup(Path zip, char[] password) throws IOException, SQLException {
        Path scratch = Leftovers.scratchFolder(h2File, "encryption");
        Path part = zip.resolveSibling(zip.getFileName() + ".part");
        try {
            String entryName;
            Path extracted;
            try (ZipFile file = new ZipFile(zip.toFile())) {
                ZipEntry entry = file.stream().filter(e -> !e.isDirectory() && e.getName().endsWith(Database.H2_SUFFIX))
                        .findFirst().orElseThrow(() -> new IOException(zip + " holds no database"));
                entryName = Path.of(entry.getName()).getFileName().toString();
                extracted = scratch.resolve(entryName);
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, extracted);
                }
            }
            ChangeFileEncryption.execute(scratch.toString(), entryName.substring(0, entryName.length() - Database.H2_SUFFIX.length()),
                    "AES", null, FilePassword.forH2(password), true);
            Database.inspect(extracted, password);
            try (OutputStream out = Files.newOutputStream(part); ZipOutputStream zipped = new ZipOutputStream(out)) {
                zipped.putNextEntry(new ZipEntry(entryName));
                Files.copy(extracted, zipped);
                zipped.closeEntry();
            }
            FileReplacement.move(part, zip);
        } finally {
            Files.deleteIfExists(part);
            FileReplacement.deleteTree(scratch);
        }
    }

    /** Whether the database file is encrypted now. */
    public boolean isEncrypted() {
        return Database.isEncrypted(h2File);
    }

    /** The database's H2 file ({@code ..../NAME.mv.db}). */
    public Path databaseFile() {
        return h2File;
    }

    /** Whether {@code password} can be a file password: not null, not empty, no whitespace. */
    public static boolean isUsable(char[] password) {
        if (password == null || password.length == 0) {
            return false;
        }
        for (char c : password) {
            if (Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Refuses a password that cannot be a file password, with a sentence ({@code password.empty} or
     * {@code password.space} of the {@code storage} bundle).
     *
     * @throws StorageException if it is null, empty or holds a space
     */
    public static void requireUsable(char[] password) {
        if (password == null || password.length == 0) {
            throw StorageException.withSentence(null, "password.empty");
        }
        if (!isUsable(password)) {
            throw StorageException.withSentence(null, "password.space");
        }
    }

    /**
     * Encrypts the closed, unencrypted database with {@code newPassword}.
     *
     * @return the copy kept (the data as it was, encrypted with the new password)
     * @throws StorageException if the password is not usable, the file is already encrypted, or it cannot be converted
     * @throws DatabaseInUseException if a window or command has it open
     */
    public Path encrypt(char[] newPassword) {
        requireUsable(newPassword);
        if (isEncrypted()) {
            throw StorageException.withSentence(null, "password.alreadyEncrypted", h2File);
        }
        return convert(null, newPassword);
    }

    /**
     * Changes the password of the closed, encrypted database.
     *
     * @return the copy kept (the data as it was, encrypted with the new password)
     * @throws WrongPasswordException if {@code oldPassword} is not right (nothing changed)
     * @throws StorageException if the file is not encrypted, the new password is not usable, or it cannot be converted
     * @throws DatabaseInUseException if a window or command has it open
     */
    public Path changePassword(char[] oldPassword, char[] newPassword) {
        requireUsable(newPassword);
        requireEncrypted();
        return convert(oldPassword == null ? new char[0] : oldPassword, newPassword);
    }

    /**
     * Decrypts the closed, encrypted database: afterwards it opens without a password.
     *
     * @return the copy kept of the file as it was (encrypted)
     * @throws WrongPasswordException if {@code oldPassword} is not right (nothing changed)
     * @throws StorageException if the file is not encrypted or cannot be converted
     * @throws DatabaseInUseException if a window or command has it open
     */
    public Path removeEncryption(char[] oldPassword) {
        requireEncrypted();
        return convert(oldPassword == null ? new char[0] : oldPassword, null);
    }

    private void requireEncrypted() {
        if (!isEncrypted()) {
            throw StorageException.withSentence(null, "password.notEncrypted", h2File);
        }
    }

    private Path convert(char[] oldPassword, char[] newPassword) {
        // No other window or command may touch the file from here to the rename (shared if this process holds it).
        try (DatabaseLock lock = DatabaseLock.acquire(h2File, DatabaseLock.Program.PROGRAM, "")) {
            return convertLocked(oldPassword, newPassword);
        }
    }

    private Path convertLocked(char[] oldPassword, char[] newPassword) {
        if (!Files.isRegularFile(h2File)) {
            throw StorageException.withSentence(new java.nio.file.NoSuchFileException(h2File.toString()), "encryptionFailed", h2File);
        }
        // Checks the old password, that the file is ours and usable, and that no one in this process has it open.
        Database.inspect(h2File, oldPassword);
        Path scratch = null;
        try {
            Path kept;
            Path converted;
            try (FileChannel channel = FileChannel.open(h2File, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileLock lock = FileReplacement.lockOrRefuse(channel, h2File);
                try {
                    // Beside the database, so that the final rename stays on one disk. Until the conversion is done
                    // this copy is readable without a password: a killed run leaves it for Leftovers to remove.
                    scratch = Leftovers.scratchFolder(h2File, "encryption");
                    String name = Database.basePath(h2File).getFileName().toString();
                    converted = scratch.resolve(h2File.getFileName());
                    Files.copy(h2File, converted);
                    ChangeFileEncryption.execute(scratch.toString(), name, "AES",
                            oldPassword == null ? null : FilePassword.h2Key(converted, oldPassword),
                            newPassword == null ? null : FilePassword.forH2(newPassword), true);
                    Database.inspect(converted, newPassword);
                    if (oldPassword == null) {
                        // Before the database is swapped: a killed run leaves it unencrypted, and running again finishes.
                        encryptBackups(newPassword);
                    }
                    // The copy kept is never readable without a password when the database will not be: once
                    // encrypted (set, change) it is the converted file, the same data under the new password;
                    // once decrypted (remove), the file as it was, under the old one.
                    kept = newPassword == null ? backups.keepCopy(BEFORE_ENCRYPTION) : backups.keepCopy(BEFORE_ENCRYPTION, converted);
                } finally {
                    lock.release();
                }
            }
            // The channel is closed before the rename (Windows refuses to replace an open file).
            FileReplacement.move(converted, h2File);
            LOG.info("Encryption of {} changed (now {}); a copy is kept in {}",
                    h2File, newPassword == null ? "not encrypted" : "encrypted", kept);
            return kept;
        } catch (IOException | SQLException e) {
            throw StorageException.withSentence(e, "encryptionFailed", h2File);
        } finally {
            FileReplacement.deleteTree(scratch);
        }
    }

}
