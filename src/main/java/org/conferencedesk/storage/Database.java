package org.conferencedesk.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The embedded H2 database of one organising committee: opened (and created if missing), migrated
 * by Flyway with the scripts of {@code sql/} (packaged as {@code classpath:db/migration}), and
 * handed to repositories as a jOOQ {@link DSLContext}.
 *
 * <p>Only repositories use {@link #dsl()}; services use {@link #inTransaction(Function)} to group
 * the repository calls of one unit of work.
 *
 * <p>Safety (issue 5, issue 9): one writer per file ({@link DatabaseLock}, taken before the file is
 * read and held until {@link #close()}; a second process gets {@link DatabaseInUseException}); every
 * commit is written to the file before it returns ({@code WRITE_DELAY=0}, so a killed process
 * loses no committed change); a damaged file, or one whose Flyway history is newer than this
 * application's migrations, is refused with {@link DatabaseUnusableException} before anything is
 * migrated or written; a new file is created, and an older one upgraded, beside it and put in place by
 * one rename ({@link SchemaUpgrade}), so that a kill or a full disk never leaves it half-migrated; a
 * full disk is named as such ({@link DiskFull}).
 */
public final class Database implements AutoCloseable {

    /** H2's file name suffix. */
    public static final String H2_SUFFIX = ".mv.db";

    /** H2 error code: the database file is locked by another process (DATABASE_ALREADY_OPEN_1). */
    private static final int H2_ALREADY_OPEN = 90020;
    /** H2 error codes meaning the file cannot be read as a database. */
    private static final java.util.Set<Integer> H2_DAMAGED = java.util.Set.of(
            90030 /* FILE_CORRUPTED_1 */, 90048 /* FILE_VERSION_ERROR_1 */, 90049 /* FILE_ENCRYPTION_ERROR_1 */,
            50000 /* GENERAL_ERROR_1 (MVStore: "file corrupt", "unsupported format") */);

    /** H2 error code: a write was refused because the database is open read-only (DATABASE_IS_READ_ONLY). */
    private static final int H2_READ_ONLY = 90097;

    /** H2 error code: the file password does not decrypt the file (FILE_ENCRYPTION_ERROR_1). */
    private static final int H2_ENCRYPTION_ERROR = 90049;
    /** The first bytes of a file H2 encrypted ({@code FilePathEncrypt}'s header). */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final String description;
    private final Path file;
    /** This database's share of the one-writer lock (null in memory); released by {@link #close()}. */
    private final DatabaseLock lock;
    private final boolean encrypted;

    private Database(String jdbcUrl, String description, Path file) {
        this(jdbcUrl, "", description, file, null, false);
    }

    private Database(String jdbcUrl, String password, String description, Path file, DatabaseLock lock, boolean encrypted) {
        this.lock = lock;
        this.encrypted = encrypted;
        this.pool = JdbcConnectionPool.create(jdbcUrl, "sa", password);
        this.pool.setMaxConnections(8);
        this.description = description;
        this.file = file;
        Settings settings = new Settings()
                .withRenderFormatted(false)
                .withExecuteLogging(false);
        org.jooq.Configuration configuration = new org.jooq.impl.DefaultConfiguration()
                .set(pool).set(SQLDialect.H2).set(settings);
        if (file != null) {
            // A statement that fails because the disk is full says so (StorageException), not in H2's words.
            configuration = configuration.set(new org.jooq.impl.DefaultExecuteListenerProvider(new DiskFullListener(file)));
        }
        this.dsl = DSL.using(configuration);
        try {
            migrate(pool, file != null ? file : Path.of(description));
        } catch (RuntimeException | Error e) {
            // Release the file (and its lock) at once: the caller may restore a backup over it.
            close();
            throw e;
        }
    }

    /** Over a pool of another vendor's connections, migrated already ({@link #over}). */
    private Database(JdbcConnectionPool pool, DSLContext dsl, String description) {
        this.pool = pool;
        this.dsl = dsl;
        this.description = description;
        this.file = null;
        this.lock = null;
        this.encrypted = false;
    }

    /**
     * A database over connections to a server (PostgreSQL, {@link PostgreSqlOpening}), migrated by
     * the caller: no file, no lock file, no file backups.
     */
    static Database over(JdbcConnectionPool pool, DSLContext dsl, String description) {
        return new Database(pool, dsl, description);
    }

    /**
     * Opens (and migrates) the database at {@code location}: an H2 file as {@link #openFile(Path, char[])},
     * or a PostgreSQL database as {@link #openPostgreSql}.
     *
     * @param filePassword an H2 file's password, or null; ignored for PostgreSQL
     */
    public static Database open(DatabaseLocation location, char[] filePassword, java.util.Map<String, String> environment) {
        if (location instanceof DatabaseLocation.PostgreSql server) {
            return openPostgreSql(server, environment);
        }
        return openFile(((DatabaseLocation.H2File) location).file(), filePassword);
    }

    /**
     * Opens a database on a PostgreSQL server shared by a team (issue 16), creating its tables or
     * upgrading them with the same migrations as a file. No lock file is taken: several programs
     * work on it at once and the server keeps them apart (docs/decisions/0026).
     *
     * @param environment the process environment ({@code PGPASSWORD}, {@code PGPASSFILE}, {@code PGUSER});
     *        without {@code PGPASSWORD} the password comes from {@code ~/.pgpass}
     * @throws StorageException with a sentence if the server does not answer, refuses the login, has
     *         no such database, or holds a schema this version must not touch
     */
    public static Database openPostgreSql(DatabaseLocation.PostgreSql location, java.util.Map<String, String> environment) {
        return PostgreSqlOpening.open(location, environment);
    }

    /** The SQL dialect of this database: {@link SQLDialect#H2} for a file, {@link SQLDialect#POSTGRES} on a server. */
    public SQLDialect dialect() {
        return dsl.dialect();
    }

    /** Whether this database lives on a server shared by a team (PostgreSQL), not in a file or in memory. */
    public boolean onServer() {
        return dsl.dialect() == SQLDialect.POSTGRES;
    }

    /**
     * The JDBC URL of the database file at {@code base} (absolute, without {@code .mv.db}) as this
     * application opens it for reading and writing, with the settings explained in
     * {@link #openFile(Path, char[])} (DB_CLOSE_ON_EXIT=FALSE, WRITE_DELAY=0, MAX_COMPACT_TIME=0).
     */
    static String fileUrl(Path base, boolean encrypted) {
        // TRACE_LEVEL_FILE=4: H2's own trace goes to our log (SLF4J), not to a .trace.db file beside the database.
        return "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;MAX_COMPACT_TIME=0;TRACE_LEVEL_FILE=4"
                + (encrypted ? ";CIPHER=AES" : "");
    }

    /**
     * The base path H2 is given for a database file: absolute, normalised, without {@code .mv.db}.
     *
     * @param file a database path with or without the suffix
     */
    public static Path basePath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        return name.endsWith(H2_SUFFIX) ? absolute.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length())) : absolute;
    }

    /** The H2 file of a database path given with or without the suffix: {@code ..../NAME.mv.db}, absolute. */
    public static Path h2File(Path file) {
        Path base = basePath(file);
        return base.resolveSibling(base.getFileName() + H2_SUFFIX);
    }

    /**
     * Opens the database file at {@code file}, creating it and its folder if needed, and migrates it.
     *
     * @param file the database path, with or without H2's {@code .mv.db} suffix
     * @throws DatabaseInUseException if another process (window or command) has the file open
     * @throws DatabaseUnusableException if the file is damaged, not a ConferenceDesk database, or
     *         written by a newer version; the file is left unchanged and the sentence names the latest backup
     * @throws StorageException if the folder cannot be created or the file cannot be opened or migrated
     */
    public static Database openFile(Path file) {
        return openFile(file, null);
    }

    /**
     * Opens the database file at {@code file} like {@link #openFile(Path)}, with H2's file encryption
     * (AES) when it is encrypted. A new file is created encrypted when {@code filePassword} is given;
     * an existing file that is not encrypted opens without it (the password is then ignored).
     *
     * @param file the database path, with or without H2's {@code .mv.db} suffix
     * @param filePassword the file password, or null for a file that is not encrypted; not kept
     *        beyond the open (H2 keeps the derived key)
     * @throws PasswordRequiredException if the file is encrypted and {@code filePassword} is null
     * @throws WrongPasswordException if the password does not decrypt the file
     * @throws DatabaseInUseException if another process (window or command) has the file open
     * @throws DatabaseUnusableException if the file is damaged, not ours, or written by a newer version
     * @throws StorageException if the folder cannot be created or the file cannot be opened or migrated,
     *         or the disk is full (the file is then unchanged; it opens once there is room)
     */
    public static Database openFile(Path file, char[] filePassword) {
        // Before anything reads the file: no other process may have it (DatabaseLock says why not H2's lock alone).
        DatabaseLock lock = DatabaseLock.acquire(file, DatabaseLock.Program.PROGRAM, "");
        try {
            return openLocked(file, filePassword, lock);
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
    }

    private static Database openLocked(Path file, char[] filePassword, DatabaseLock lock) {
        Path absolute = basePath(file);
        Path h2File = h2File(file);
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw StorageException.withSentence(e, "folderFailed", absolute.getParent());
        }
        // DB_CLOSE_ON_EXIT=FALSE: we close it ourselves, after the last write has been committed.
        // WRITE_DELAY=0: a commit is in the file (OS buffers) before it returns, so killing the
        // process loses nothing committed (H2's default flushes up to 500 ms later).
        // MAX_COMPACT_TIME=0: no compaction when the database closes. H2 2.3.232's compaction on close
        // trips its own assertion (RandomAccessStore.moveChunkInside; h2database issues #4086, #4247
        // "Compaction causes missing chunks and data loss"); the file is kept tidy by H2's background
        // housekeeping instead, and grows only by the space that compaction would have given back.
        // An empty file (the process was killed while creating it) holds nothing: H2 starts it afresh.
        boolean existed = Files.isRegularFile(h2File) && sizeOf(h2File) > 0;
        if (existed && !Files.isWritable(h2File)) {
            // H2 would open it read-only and fail at the first change with its own words.
            throw StorageException.withSentence(null, "fileReadOnly", h2File);
        }
        boolean encrypted = existed ? isEncrypted(h2File) : filePassword != null;
        if (encrypted && filePassword == null) {
            throw new PasswordRequiredException(h2File);
        }
        if (!existed && encrypted) {
            EncryptionService.requireUsable(filePassword);
        }
        // TRACE_LEVEL_FILE=4 (in fileUrl): H2's own trace goes to our log (SLF4J), never to stderr or a .trace.db
        // file (a folder it cannot write in printed a 50-line stack trace before our sentence).
        String url = fileUrl(absolute, encrypted);
        // A new database is created, and an older one upgraded, beside the file and put in place by one
        // rename: a kill or a full disk meanwhile leaves the file as it was (SchemaUpgrade).
        if (existed) {
            SchemaUpgrade.bringUpToDate(h2File, inspect(h2File, encrypted ? filePassword : null), encrypted ? filePassword : null);
        } else {
            SchemaUpgrade.create(h2File, encrypted ? filePassword : null);
        }
        try {
            return new Database(url, encrypted ? h2Password(h2File, filePassword) : "", h2File.toString(), h2File, lock, encrypted);
        } catch (StorageException e) {
            throw e;
        } catch (RuntimeException e) {
            if (hasErrorCode(e, H2_ALREADY_OPEN)) {
                throw new DatabaseInUseException(h2File, e);
            }
            if (encrypted && hasErrorCode(e, H2_ENCRYPTION_ERROR)) {
                throw new WrongPasswordException(h2File, e);
            }
            if (DiskFull.causedBy(e, h2File)) {
                throw DiskFull.opening(e, h2File);
            }
            if (existed && (hasErrorCode(e, H2_DAMAGED) || isMvStoreError(e))) {
                throw new DatabaseUnusableException(h2File, DatabaseUnusableException.Reason.DAMAGED, null,
                        latestBackup(h2File), e);
            }
            throw StorageException.withSentence(e, "openFailed", h2File);
        }
    }

    /**
     * What {@link #inspect} found in an existing database file.
     *
     * @param applied the migrations applied to it
     * @param pending this application's migrations not yet applied to it
     * @param failed whether its history records a migration that failed (left half-applied by an earlier version)
     * @param holdsNoData whether it never held a row of data (only looked at when it is not up to date):
     *        every table is one of this application's and empty; such a file may be started afresh
     */
    record Inspection(int applied, int pending, boolean failed, boolean holdsNoData) {

        /** Whether the file must be migrated before use. */
        boolean needsMigration() {
            return pending > 0 || failed;
        }
    }

    /**
     * Looks at an existing database file without writing to it: a read-only open of the MVStore
     * (H2's storage layer), then a read-only SQL open with Flyway's history.
     *
     * <p>Truncation: H2 opens a truncated file by falling back to the newest chunk it can still
     * read, which may be far older than the last commit (in a test, a file cut to two thirds opened
     * with empty tables). The file's header records the store version it last vouched for; opening
     * an older version than that means committed data is missing, and the file is refused.
     *
     * <p>A file that H2 must write to before it can be read (a process was killed while it committed or
     * rolled back a transaction, and H2 finishes that on the next open; or it was killed before H2 wrote
     * its first chunk) fails a read-only open with "read-only" although it is intact: such a file is
     * inspected through a copy beside it instead, opened as H2 would open it, and the file itself is
     * still not written.
     *
     * @return the number of migrations applied to the file (0 for an empty H2 file)
     * @throws DatabaseInUseException if another process has the file open
     * @throws DatabaseUnusableException if it is damaged, newer than this application, or not ours
     * @throws StorageException if the disk is full (the copy cannot be made), with a sentence saying so
     */
    static int inspect(Path h2File) {
        return inspect(h2File, null).applied();
    }

    /**
     * {@link #inspect(Path)} of a file that may be encrypted, with all it found.
     *
     * @param filePassword the file password, or null
     * @throws PasswordRequiredException if the file is encrypted and no password is given
     * @throws WrongPasswordException if the password does not decrypt it
     */
    static Inspection inspect(Path h2File, char[] filePassword) {
        boolean encrypted = isEncrypted(h2File);
        if (encrypted && filePassword == null) {
            throw new PasswordRequiredException(h2File);
        }
        if (encrypted && !EncryptionService.isUsable(filePassword)) {
            throw new WrongPasswordException(h2File);
        }
        char[] password = encrypted ? filePassword : null;
        try {
            inspectStore(h2File, password);
            return inspectSchema(h2File, h2File, password, true);
        } catch (NeedsWriting e) {
            InspectionFileSystem.closeAll(basePath(h2File));
            return SchemaUpgrade.inspectCopy(h2File, password, e.getCause());
        } finally {
            // Whatever H2 left open, before anything else opens the file.
            InspectionFileSystem.closeAll(basePath(h2File));
        }
    }

    /** A read-only open failed because H2 has to write to the file before it can be read. */
    static final class NeedsWriting extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NeedsWriting(Throwable cause) {
            super(cause);
        }
    }

    /**
     * The SQL half of {@link #inspect}: Flyway's history of {@code file}, opened read-only or (a copy
     * made for the purpose) read-write. Sentences name {@code h2File}.
     *
     * @throws NeedsWriting if {@code readOnly} and H2 must write to open it
     */
    static Inspection inspectSchema(Path file, Path h2File, char[] filePassword, boolean readOnly) {
        boolean encrypted = filePassword != null;
        org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
        // The file itself is opened through InspectionFileSystem, which closes what H2 leaves open when it refuses.
        dataSource.setURL("jdbc:h2:" + (readOnly ? InspectionFileSystem.name(basePath(file)) : "file:" + basePath(file))
                + ";IFEXISTS=TRUE;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=4"
                + (readOnly ? ";ACCESS_MODE_DATA=r" : ";MAX_COMPACT_TIME=0") + (encrypted ? ";CIPHER=AES" : ""));
        dataSource.setUser("sa");
        if (encrypted) {
            dataSource.setPassword(h2Password(h2File, filePassword));
        }
        // One connection held open: Flyway's own connections then share the one open database.
        try (Connection keepOpen = dataSource.getConnection()) {
            Optional<Integer> current = SchemaHistory.current(keepOpen);
            if (current.isPresent()) {
                // Exactly this application's migrations, all applied: what Flyway's info would say, without its scan.
                return new Inspection(current.get(), 0, false, false);
            }
            Flyway flyway = flyway(dataSource);
            MigrationInfo[] all = flyway.info().all();
            int pending = 0;
            boolean failed = false;
            for (MigrationInfo m : all) {
                pending += m.getState() == MigrationState.PENDING ? 1 : 0;
                failed |= m.getState().isFailed();
            }
            int applied;
            try {
                applied = checkSchema(all, dataSource, h2File);
            } catch (DatabaseUnusableException e) {
                // Tables without a history: a process killed while an earlier version created the database.
                if (e.reason() == DatabaseUnusableException.Reason.NOT_OURS && SchemaUpgrade.holdsNoData(keepOpen)) {
                    return new Inspection(0, pending, failed, true);
                }
                throw e;
            }
            boolean noData = (pending > 0 || failed) && SchemaUpgrade.holdsNoData(keepOpen);
            return new Inspection(applied, pending, failed, noData);
        } catch (SQLException | RuntimeException e) {
            if (e instanceof StorageException storage) {
                throw storage;
            }
            if (hasErrorCode(e, H2_ALREADY_OPEN)) {
                throw new DatabaseInUseException(h2File, e);
            }
            if (encrypted && hasErrorCode(e, H2_ENCRYPTION_ERROR)) {
                throw new WrongPasswordException(h2File, e);
            }
            if (readOnly && wantsToWrite(e)) {
                throw new NeedsWriting(e);
            }
            if (DiskFull.causedBy(e, h2File)) {
                throw DiskFull.opening(e, h2File);
            }
            throw new DatabaseUnusableException(h2File, DatabaseUnusableException.Reason.DAMAGED, null, latestBackup(h2File), e);
        }
    }

    /**
     * Whether a read-only open failed only because H2 wanted to write: "The database is read only"
     * (90097) or the MVStore's "This store is read-only".
     */
    private static boolean wantsToWrite(Throwable e) {
        if (hasErrorCode(e, H2_READ_ONLY)) {
            return true;
        }
        int depth = 0;
        for (Throwable t = e; t != null && depth < 50; t = t.getCause(), depth++) {
            if (t.getMessage() != null && t.getMessage().contains("store is read-only")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code file} (with or without {@code .mv.db}) is a database file encrypted by H2: its
     * first bytes are H2's encryption header. False for a missing, empty or unreadable file.
     */
    public static boolean isEncrypted(Path file) {
        Path h2File = h2File(file);
        try (java.io.InputStream in = Files.newInputStream(h2File)) {
            return java.util.Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * H2's password for an encrypted file: "filePassword userPassword", with our empty user password.
     *
     * @throws WrongPasswordException if the password is empty or holds a space (no such password can be right)
     */
    static String h2Password(Path h2File, char[] filePassword) {
        if (!EncryptionService.isUsable(filePassword)) {
            throw new WrongPasswordException(h2File);
        }
        char[] key = FilePassword.h2Key(h2File, filePassword);
        try {
            return new String(key) + " ";
        } finally {
            java.util.Arrays.fill(key, '\0');
        }
    }

    private static void inspectStore(Path h2File, char[] filePassword) {
        org.h2.mvstore.MVStore store;
        try {
            org.h2.mvstore.MVStore.Builder builder = new org.h2.mvstore.MVStore.Builder()
                    .fileName(InspectionFileSystem.name(h2File)).readOnly();
            if (filePassword != null) {
                builder.encryptionKey(FilePassword.h2Key(h2File, filePassword));
            }
            store = builder.open();
        } catch (org.h2.mvstore.MVStoreException e) {
            if (e.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_FILE_LOCKED) {
                throw new DatabaseInUseException(h2File, e);
            }
            if (filePassword != null && e.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_FILE_CORRUPT) {
                // As H2 itself does (FILE_ENCRYPTION_ERROR_1): an encrypted file that does not read is taken
                // to be a wrong password; a damaged encrypted file cannot be told apart.
                throw new WrongPasswordException(h2File, e);
            }
            throw new DatabaseUnusableException(h2File, DatabaseUnusableException.Reason.DAMAGED, null, latestBackup(h2File), e);
        } catch (RuntimeException e) {
            throw new DatabaseUnusableException(h2File, DatabaseUnusableException.Reason.DAMAGED, null, latestBackup(h2File), e);
        }
        try {
            Object vouched = store.getStoreHeader().get("version");
            long opened = store.getCurrentVersion();
            if (vouched != null && opened < Long.parseLong(vouched.toString(), 16)) {
                throw new DatabaseUnusableException(h2File, DatabaseUnusableException.Reason.DAMAGED, null, latestBackup(h2File),
                        new IllegalStateException("H2 opened store version " + opened + " but the header vouches for version "
                                + Long.parseLong(vouched.toString(), 16) + ": the file was truncated or damaged"));
            }
        } catch (NumberFormatException e) {
            throw new DatabaseUnusableException(h2File, DatabaseUnusableException.Reason.DAMAGED, null, latestBackup(h2File), e);
        } finally {
            store.closeImmediately();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static BackupService.Backup latestBackup(Path h2File) {
        try {
            return new BackupService(h2File, Clock.systemDefaultZone()).latest().orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean hasErrorCode(Throwable e, int code) {
        return hasErrorCode(e, java.util.Set.of(code));
    }

    private static boolean hasErrorCode(Throwable e, java.util.Set<Integer> codes) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && codes.contains(sql.getErrorCode())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean isMvStoreError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.h2.mvstore.MVStoreException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Opens a fresh private in-memory database (for tests and benchmarks), migrated like a file.
     *
     * @param name a name unique to the caller; the database lives until {@link #close()}
     */
    public static Database openInMemory(String name) {
        return new Database("jdbc:h2:mem:" + Objects.requireNonNull(name) + ";DB_CLOSE_DELAY=-1", "memory:" + name, null);
    }

    /**
     * Flyway over {@code dataSource} with this application's migrations. Flyway 13 on its own
     * ignores migrations it does not know ({@code ignoreMigrationPatterns} defaults to
     * {@code *:future}) and would carry on with a file from a newer version; {@link #checkSchema}
     * refuses such files first.
     */
    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateOnMigrate(true)
                .load();
    }

    private static void migrate(DataSource dataSource, Path file) {
        // Up to date (SchemaHistory: the history is exactly our migrations, all applied): Flyway would
        // validate and apply nothing; anything else goes through Flyway and checkSchema as before.
        try (Connection c = dataSource.getConnection()) {
            if (SchemaHistory.current(c).isPresent()) {
                return;
            }
        } catch (SQLException e) {
            // Flyway's own connection below fails with the same cause, which the caller turns into a sentence.
        }
        Flyway flyway = flyway(dataSource);
        checkSchema(flyway, dataSource, file);
        flyway.migrate();
    }

    /**
     * Refuses a database this version must not migrate: one with applied migrations newer than ours
     * ({@link DatabaseUnusableException.Reason#TOO_NEW}) or with tables but no Flyway history
     * ({@link DatabaseUnusableException.Reason#NOT_OURS}). Reads only.
     */
    static int checkSchema(Flyway flyway, DataSource dataSource, Path file) {
        return checkSchema(flyway.info().all(), dataSource, file);
    }

    /** {@link #checkSchema(Flyway, DataSource, Path)} of the migrations Flyway's info listed. */
    static int checkSchema(MigrationInfo[] all, DataSource dataSource, Path file) {
        String newest = null;
        int applied = 0;
        for (MigrationInfo m : all) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                newest = m.getVersion() == null ? m.getDescription() : m.getVersion().getVersion();
            }
            if (m.getState().isApplied()) {
                applied++;
            }
        }
        if (newest != null) {
            throw new DatabaseUnusableException(file, DatabaseUnusableException.Reason.TOO_NEW, newest, latestBackup(file), null);
        }
        if (applied == 0 && hasTables(dataSource, file)) {
            throw new DatabaseUnusableException(file, DatabaseUnusableException.Reason.NOT_OURS, null, latestBackup(file), null);
        }
        return applied;
    }

    private static boolean hasTables(DataSource dataSource, Path file) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw new DatabaseUnusableException(file, DatabaseUnusableException.Reason.DAMAGED, null, latestBackup(file), e);
        }
    }

    /**
     * Writes a consistent copy of the open database to {@code zip} with H2's {@code BACKUP TO}
     * (safe while the application reads and writes). The zip holds one entry, {@code NAME.mv.db}.
     *
     * @throws StorageException if the file cannot be written
     */
    void backupTo(Path zip) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw StorageException.withSentence(e, "backupFailed", zip);
        }
    }

    /** Whether the file is encrypted (known when it was opened: the file itself is not read again while open). */
    public boolean encrypted() {
        return encrypted;
    }

    /** The H2 file of this database ({@code ..../NAME.mv.db}), or empty for an in-memory database. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The jOOQ context over this database; for repositories only. */
    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Runs {@code work} in one transaction: it commits if {@code work} returns, and rolls back
     * everything if it throws (the exception is rethrown unchanged, except that a failure on a full
     * disk becomes a {@link StorageException} saying so; the database keeps what was committed before).
     * On PostgreSQL a connection lost on the way becomes a {@link ConnectionLostException} saying
     * whether nothing was saved (lost before the commit: try again) or the commit's outcome is unknown
     * (lost during it: look first); the work is not run again here.
     *
     * @param work receives a context bound to the transaction; repositories created from it take part
     */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        boolean[] workDone = {false};
        try {
            return dsl.transactionResult(configuration -> {
                T result = work.apply(configuration.dsl());
                workDone[0] = true; // from here on only the commit is left
                return result;
            });
        } catch (RuntimeException e) {
            if (file != null && !(e instanceof StorageException) && DiskFull.causedBy(e, file)) {
                throw DiskFull.saving(e, file);
            }
            if (dialect() == SQLDialect.POSTGRES && !(e instanceof ConnectionLostException)
                    && ConnectionLostException.isConnectionLoss(e)) {
                // The server rolls back the open transaction of a lost session: before the commit nothing was saved.
                throw new ConnectionLostException(e, workDone[0], description());
            }
            throw e;
        }
    }

    /** Turns a statement's failure on a full disk into {@link DiskFull#saving}. */
    private static final class DiskFullListener implements org.jooq.ExecuteListener {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        DiskFullListener(Path file) {
            this.file = file;
        }

        @Override
        public void exception(org.jooq.ExecuteContext ctx) {
            RuntimeException e = ctx.exception();
            if (e != null && !(e instanceof StorageException) && DiskFull.causedBy(e, file)) {
                ctx.exception(DiskFull.saving(e, file));
            }
        }
    }

    /** Where this database lives, for messages and the log (a file path or {@code memory:NAME}). */
    public String description() {
        return description;
    }

    /**
     * Closes the database; committed data is on disk when this returns. A file database closes with
     * its last connection (an explicit SHUTDOWN would leave the pool's other connections to fail and
     * fill the {@code .trace.db} file); an in-memory one is shut down so that its memory is freed.
     */
    @Override
    public void close() {
        if (description.startsWith("memory:")) {
            try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (java.sql.SQLException ignored) {
                // Already closed: nothing left to free.
            }
        }
        pool.dispose();
        if (lock != null) {
            lock.close();
        }
    }
}
