package org.conferencedesk.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and upgrades database files all or nothing on disk (issue 9 §2).
 *
 * <p>H2 commits every DDL statement on its own, so a migration cut short by a kill, a power cut or a
 * full disk would leave tables without their Flyway history: a file that never opens again. Instead:
 * <ul>
 *   <li>a new database is created and migrated in a scratch folder beside the file, written to the
 *       disk ({@code fsync}), and put in place by one rename (a hard link where the file system has
 *       them, so that a file another process created meanwhile is never replaced);</li>
 *   <li>a database made by an older version is copied into a scratch folder while its file is locked,
 *       the copy is migrated and written to the disk, the file as it was is kept as
 *       {@code backups/before-upgrade-NAME-TIME.zip} (never rotated away), and the copy is renamed over
 *       the file.</li>
 * </ul>
 * A kill at any moment leaves the file as it was or as it will be, never between; the scratch folder
 * ({@code .NAME.create-…}, {@code .NAME.upgrade-…}, {@code .NAME.inspect-…} beside the file) is removed
 * when the database's lock is next taken ({@link Leftovers}). A full disk leaves the file as it was,
 * with a sentence saying that the disk is full.
 *
 * <p>A file that never held data (an earlier version was killed while it created the database: a
 * header without data, tables without their history, a half-applied first migration) is recognised
 * ({@link #holdsNoData}) and created afresh instead of being called damaged or "not ours".
 */
final class SchemaUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaUpgrade.class);
    private static final String HISTORY_TABLE = "flyway_schema_history";
    private static volatile Set<String> ourTables;

    private SchemaUpgrade() {
    }

    /**
     * Creates the database {@code h2File}, which does not exist or is empty, at this application's
     * latest schema version, all or nothing.
     *
     * @param filePassword the password of a new encrypted file, or null for a file that is not encrypted
     * @throws StorageException if the disk is full (with a sentence saying so) or the folder cannot be written;
     *         no file is then left at {@code h2File}
     */
    static void create(Path h2File, char[] filePassword) {
        create(h2File, filePassword, false);
    }

    /**
     * Brings the existing database {@code h2File} up to date after {@link Database#inspect}: a file
     * that never held data is created afresh; one at an older schema version is upgraded beside the
     * file and swapped in; an up-to-date one is left alone.
     *
     * @param found what the inspection found
     * @param filePassword its password if it is encrypted, else null
     * @throws DatabaseInUseException if another process opened it meanwhile
     * @throws DatabaseUnusableException ({@link DatabaseUnusableException.Reason#UPGRADE_FAILED}) if its
     *         migration fails; the file is unchanged
     * @throws StorageException if the disk is full; the file is unchanged
     */
    static void bringUpToDate(Path h2File, Database.Inspection found, char[] filePassword) {
        if (found.holdsNoData()) {
            LOG.info("{} never held data (a process was killed while it created the database): it is created afresh", h2File);
            create(h2File, filePassword, true);
        } else if (found.needsMigration()) {
            upgrade(h2File, filePassword, found);
        }
    }

    private static void create(Path h2File, char[] filePassword, boolean replaceFileWithoutData) {
        try (Scratch scratch = Scratch.create(h2File, "create")) {
            migrate(scratch.file(), h2File, filePassword);
            if (replaceFileWithoutData || isEmptyFile(h2File)) {
                replace(scratch.file(), h2File);
            } else {
                putInPlaceUnlessTaken(scratch.file(), h2File);
            }
            LOG.info("Created {}", h2File);
        } catch (IOException | RuntimeException e) {
            if (e instanceof StorageException storage) {
                throw storage;
            }
            if (DiskFull.causedBy(e, h2File)) {
                throw DiskFull.opening(e, h2File);
            }
            throw StorageException.withSentence(e, "openFailed", h2File);
        }
    }

    private static void upgrade(Path h2File, char[] filePassword, Database.Inspection found) {
        Path kept;
        try (Scratch scratch = Scratch.create(h2File, "upgrade");
             FileChannel original = FileChannel.open(h2File, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            // Locked through this channel only, and read only through it: closing another descriptor of the
            // file in this process would release a POSIX lock.
            FileLock lock = FileReplacement.lockOrRefuse(original, h2File);
            copy(original, scratch.file());
            try {
                migrate(scratch.file(), h2File, filePassword);
            } catch (RuntimeException e) {
                if (e instanceof StorageException storage) {
                    throw storage;
                }
                if (DiskFull.causedBy(e, h2File)) {
                    throw DiskFull.opening(e, h2File);
                }
                throw new DatabaseUnusableException(h2File, DatabaseUnusableException.Reason.UPGRADE_FAILED, null,
                        latestBackup(h2File), e);
            }
            // The file as it was, for going back to the version that made it; then the swap.
            original.position(0);
            kept = new BackupService(h2File, java.time.Clock.systemDefaultZone())
                    .keepCopy(BackupService.BEFORE_UPGRADE, java.nio.channels.Channels.newInputStream(original));
            try {
                FileReplacement.move(scratch.file(), h2File);
            } catch (FileSystemException e) {
                // A file system that will not replace a file this process holds open: let go of it first.
                lock.release();
                original.close();
                FileReplacement.move(scratch.file(), h2File);
            }
            syncFolder(h2File.getParent());
        } catch (IOException e) {
            if (DiskFull.causedBy(e, h2File)) {
                throw DiskFull.opening(e, h2File);
            }
            throw StorageException.withSentence(e, "openFailed", h2File);
        }
        LOG.info("Upgraded {} from schema version {} ({} migrations applied); the file as it was is kept in {}",
                h2File, found.applied(), found.pending(), kept);
    }

    /**
     * {@link Database#inspect} of a file that H2 must write to before it can be read: a copy beside it
     * is opened as H2 would open the file (which finishes or undoes what a killed process left), and the
     * file itself is not written.
     *
     * @param why the read-only open's failure, for the log
     */
    static Database.Inspection inspectCopy(Path h2File, char[] filePassword, Throwable why) {
        LOG.info("{} cannot be read without writing (a process was killed while it wrote); inspecting a copy", h2File, why);
        try (Scratch scratch = Scratch.create(h2File, "inspect")) {
            Files.copy(h2File, scratch.file());
            return Database.inspectSchema(scratch.file(), h2File, filePassword, false);
        } catch (IOException e) {
            if (DiskFull.causedBy(e, h2File)) {
                throw DiskFull.opening(e, h2File);
            }
            throw StorageException.withSentence(e, "openFailed", h2File);
        }
    }

    /**
     * Whether the open database on {@code connection} never held a row of data: every table (in any
     * schema) is one of this application's tables or Flyway's history, and none of this application's
     * tables holds a row. Our migrations insert no rows; one that does must be counted here.
     */
    static boolean holdsNoData(Connection connection) throws SQLException {
        Set<String> ours = ourTables();
        for (String[] table : DataFingerprint.tables(connection)) {
            boolean inPublic = "PUBLIC".equals(table[0]);
            if (!inPublic || !ours.contains(table[1])) {
                return false;
            }
            if (table[1].equals(HISTORY_TABLE)) {
                continue;
            }
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT 1 FROM \"PUBLIC\"." + DataFingerprint.quote(table[1]) + " FETCH FIRST ROW ONLY")) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The tables this application's migrations create (and Flyway's history), read once from an in-memory database. */
    private static Set<String> ourTables() {
        Set<String> tables = ourTables;
        if (tables == null) {
            try (Database database = Database.openInMemory("conferencedesk-schema-" + UUID.randomUUID())) {
                tables = Set.copyOf(database.dsl().fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'").getValues(0, String.class));
            }
            ourTables = tables;
        }
        return tables;
    }

    /** Opens {@code file} (created if missing) and applies every pending migration, then closes it. */
    private static void migrate(Path file, Path h2File, char[] filePassword) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(Database.fileUrl(Database.basePath(file), filePassword != null));
        dataSource.setUser("sa");
        if (filePassword != null) {
            dataSource.setPassword(Database.h2Password(h2File, filePassword));
        }
        // One connection held open: Flyway's own connections then share the one open database.
        try (Connection keepOpen = dataSource.getConnection()) {
            Flyway flyway = Database.flyway(dataSource);
            Database.checkSchema(flyway, dataSource, h2File);
            flyway.migrate();
            try (Statement s = keepOpen.createStatement()) {
                s.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Migrating " + file + " failed", e);
        }
        sync(file);
    }

    /** Copies the file behind {@code from} to the new file {@code to}. */
    private static void copy(FileChannel from, Path to) throws IOException {
        try (FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = from.size();
            for (long done = 0; done < size; ) {
                done += from.transferTo(done, size - done, out);
            }
        }
    }

    /** Puts {@code made} at {@code h2File} unless a file appeared there meanwhile (then {@code made} is dropped). */
    private static void putInPlaceUnlessTaken(Path made, Path h2File) throws IOException {
        try {
            Files.createLink(h2File, made);
            Files.delete(made);
        } catch (FileAlreadyExistsException e) {
            LOG.info("{} was created by another process meanwhile; it is used as it is", h2File);
            return;
        } catch (IOException | UnsupportedOperationException e) {
            // No hard links here (FAT, exFAT): a plain move, which does not replace an existing file.
            try {
                Files.move(made, h2File);
            } catch (FileAlreadyExistsException taken) {
                LOG.info("{} was created by another process meanwhile; it is used as it is", h2File);
                return;
            }
        }
        syncFolder(h2File.getParent());
    }

    /** Replaces the file {@code h2File} (empty, or never holding data) with {@code made}, unless it is open elsewhere. */
    private static void replace(Path made, Path h2File) throws IOException {
        if (Files.exists(h2File)) {
            try (FileChannel channel = FileChannel.open(h2File, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                FileReplacement.lockOrRefuse(channel, h2File).release();
            }
        }
        FileReplacement.move(made, h2File);
        syncFolder(h2File.getParent());
    }

    private static boolean isEmptyFile(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes the file's data to the disk, so that a rename after it never exposes a file still in the cache. */
    private static void sync(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes a folder's entries (a rename) to the disk where the system allows it (not on Windows). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Folder {} not synced", folder, e);
        }
    }

    private static BackupService.Backup latestBackup(Path h2File) {
        try {
            return BackupService.of(h2File).latest().orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A scratch folder beside the database, removed when closed (or on a later open, after a kill). */
    private record Scratch(Path folder, Path file) implements AutoCloseable {

        static Scratch create(Path h2File, String purpose) throws IOException {
            Path folder = Leftovers.scratchFolder(h2File, purpose).toAbsolutePath();
            return new Scratch(folder, folder.resolve(h2File.getFileName()));
        }

        @Override
        public void close() {
            FileReplacement.deleteTree(folder);
        }
    }
}
