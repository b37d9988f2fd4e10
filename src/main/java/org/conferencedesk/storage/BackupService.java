package org.conferencedesk.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups and restore of one database file.
 *
 * <p>Backups live in the folder {@code backups} beside the database file (wherever {@code --db}
 * put it), named {@code NAME-2026-11-29T12-15-00.zip} after the database ({@code conferencedesk}
 * by default) and the local time they were taken. Each is a zip holding one {@code NAME.mv.db},
 * written by H2's {@code BACKUP TO} while the database is open (a consistent copy) under a
 * temporary name and then renamed, so a half-written backup never looks like one.
 *
 * <p>A backup is taken only when the database changed since the last one ({@link #backupNow}): a
 * fingerprint of its contents ({@link DataFingerprint}) and the identity of its file are kept beside the
 * backups in {@code .NAME.last-backup}; when both are as they were at the newest backup, that backup is
 * returned instead of writing another, so that refused imports and idle starts push no good backup out
 * of the rotation.
 *
 * <p>Rotation ({@link #toKeep}): the 10 newest, plus the newest of each day of the last 30 days, plus
 * every backup taken before an import that changed data ({@code NAME-…-before-import.zip}, see
 * {@link #keepBeforeImport}) until a backup of a later day exists; the others are deleted after each
 * automatic backup. Copies made before a restore or an upgrade ({@code before-restore-NAME-…zip},
 * {@code before-upgrade-NAME-…zip}) are never deleted automatically.
 *
 * <p>Restore ({@link #restore}) works on the closed database file: it checks the backup, copies the
 * current file to {@code backups/before-restore-NAME-TIME.zip}, then replaces it in one rename.
 */
public final class BackupService {

    /** Backups kept whatever their age. */
    public static final int KEEP_LATEST = 10;
    /** Days for which the newest backup of each day is kept. */
    public static final int KEEP_DAILY_DAYS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss", Locale.ROOT);
    private static final String BEFORE_RESTORE = "before-restore-";
    /** Prefix of the copy {@link SchemaUpgrade} keeps of a database as it was before an upgrade. */
    static final String BEFORE_UPGRADE = "before-upgrade-";
    /** Prefix of the copy {@link EncryptionService} keeps of a database before an encryption change. */
    static final String BEFORE_ENCRYPTION = "before-encryption-";
    private static final String BEFORE_IMPORT = "-before-import";
    private static final String ZIP = ".zip";
    /** "-2" in NAME-2026-11-29T12-15-00-2.zip: the second backup of that second. */
    private static final Pattern SAME_SECOND = Pattern.compile("T\\d{2}-\\d{2}-\\d{2}-(\\d+)");
    /** Newest first: by the time in the name, then by the number of a later backup in the same second. */
    private static final Comparator<Backup> NEWEST_FIRST = Comparator.comparing(Backup::takenAt)
            .thenComparingInt(BackupService::numberInItsSecond).reversed();

    /**
     * One backup file and the local time it was taken (from its name).
     *
     * @param beforeImport whether it is the last backup before an import that changed data ({@link #keepBeforeImport})
     */
    public record Backup(Path file, LocalDateTime takenAt, boolean beforeImport) {

        /** A backup not marked as taken before an import. */
        public Backup(Path file, LocalDateTime takenAt) {
            this(file, takenAt, false);
        }
    }

    /** What a restore did. */
    public record Restored(Path from, Path previousCopy) {
        /** The copy of the database as it was before the restore, if there was one. */
        public Optional<Path> previous() {
            return Optional.ofNullable(previousCopy);
        }
    }

    private final Path h2File;
    private final String name;
    private final Path folder;
    private final Clock clock;
    private final Pattern regular;
    private final Pattern beforeRestore;
    private final Pattern beforeUpgrade;
    private final Pattern keptCopies;
    private final Path lastBackup;

    /**
     * @param databaseFile the database, with or without {@code .mv.db}; need not exist (restore creates it)
     * @param clock gives the local time of backup names and the rotation's "today"
     */
    public BackupService(Path databaseFile, Clock clock) {
        this.h2File = Database.h2File(databaseFile);
        this.name = Database.basePath(databaseFile).getFileName().toString();
        this.folder = h2File.resolveSibling("backups");
        this.clock = clock;
        // Groups: 1 the local time, 2 the number of a second backup in the same second, 3 the before-import mark.
        String stamp = "-(\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2})(?:-(\\d+))?";
        this.regular = Pattern.compile(Pattern.quote(name) + stamp + "(" + Pattern.quote(BEFORE_IMPORT) + ")?\\.zip");
        this.beforeRestore = Pattern.compile(Pattern.quote(BEFORE_RESTORE + name) + stamp + "\\.zip");
        this.beforeUpgrade = Pattern.compile(Pattern.quote(BEFORE_UPGRADE + name) + stamp + "\\.zip");
        this.keptCopies = Pattern.compile("(?:" + Pattern.quote(BEFORE_RESTORE) + "|" + Pattern.quote(BEFORE_UPGRADE) + "|"
                + Pattern.quote(BEFORE_ENCRYPTION) + ")" + Pattern.quote(name) + stamp + "\\.zip");
        this.lastBackup = folder.resolve("." + name + ".last-backup");
    }

    /** Backups of the database at {@code databaseFile} with the system clock (local time zone). */
    public static BackupService of(Path databaseFile) {
        return new BackupService(databaseFile, Clock.systemDefaultZone());
    }

    /** The folder of the backups: {@code backups} beside the database file. */
    public Path folder() {
        return folder;
    }

    /** The database's H2 file ({@code ..../NAME.mv.db}). */
    public Path databaseFile() {
        return h2File;
    }

    /**
     * Backs up the open database into {@link #folder()} if it changed since the newest backup, and
     * deletes the backups the rotation does not keep (failing to delete one is logged, not thrown).
     *
     * <p>"Changed" means its contents ({@link DataFingerprint}) or its file (a restore, an upgrade or an
     * encryption change put another file in place) differ from what they were when the newest regular
     * backup was taken; if that cannot be told (the fingerprint cannot be read, the record of the last
     * backup is missing, or the newest backup is not the one recorded), a backup is taken.
     *
     * @param database the open database of this file
     * @return the backup written, or the newest backup if the database has not changed since it was taken
     * @throws StorageException if the backup cannot be written (a full disk says so)
     */
    public Path backupNow(Database database) {
        requireSameFile(database);
        String state = currentState(database);
        Optional<Path> unchanged = state == null ? Optional.empty() : newestHolding(state);
        if (unchanged.isPresent()) {
            LOG.info("{} has not changed since the backup {}; no new backup", h2File, unchanged.get());
            return unchanged.get();
        }
        Path target = freeName(name + "-");
        backupTo(database, target);
        if (state != null) {
            remember(state, target.getFileName().toString());
        }
        rotate();
        return target;
    }

    /**
     * Marks {@code backup}, a regular backup of this database (the one {@link #backupNow} returned before an
     * import), as the last backup before an import that changed data: it is renamed
     * {@code NAME-TIME-before-import.zip} and the rotation keeps it until a backup of a later day exists,
     * however many backups follow on its day.
     *
     * @return the backup's path now (the same if it was marked already, or could not be renamed: logged)
     * @throws IllegalArgumentException if {@code backup} is not a regular backup in {@link #folder()}
     */
    public Path keepBeforeImport(Path backup) {
        String fileName = backup.getFileName().toString();
        Matcher m = regular.matcher(fileName);
        Path parent = backup.toAbsolutePath().getParent();
        if (!m.matches() || parent == null || !parent.equals(folder.toAbsolutePath())) {
            throw new IllegalArgumentException(backup + " is not a backup in " + folder);
        }
        if (m.group(3) != null) {
            return backup;
        }
        Path marked = marked(backup);
        String markedName = marked.getFileName().toString();
        try {
            FileReplacement.move(backup, marked);
        } catch (IOException e) {
            // The import is done; only the longer keeping of this backup is lost.
            LOG.warn("{} could not be marked as the last backup before an import", backup, e);
            return backup;
        }
        String[] last = readLastBackup();
        if (last != null && last[1].equals(fileName)) {
            remember(last[0], markedName);
        }
        LOG.info("Kept {} as the last backup before an import", marked);
        return marked;
    }

    /** Contents fingerprint and file identity of the open database, or null if they cannot be read. */
    private String currentState(Database database) {
        try {
            java.nio.file.attribute.BasicFileAttributes file = Files.readAttributes(h2File, java.nio.file.attribute.BasicFileAttributes.class);
            // The file's identity is read from its attributes (stat), never by opening it: closing a second
            // descriptor of the open file would release H2's lock on it.
            Object identity = file.fileKey() != null ? file.fileKey() : file.creationTime();
            return DataFingerprint.of(database) + " " + identity;
        } catch (IOException | RuntimeException e) {
            LOG.warn("The contents of {} could not be compared with the last backup; backing up", h2File, e);
            return null;
        }
    }

    /** The newest regular backup, if it was taken when the database was in {@code state}. */
    private Optional<Path> newestHolding(String state) {
        String[] last = readLastBackup();
        List<Backup> all = list();
        if (last == null || !last[0].equals(state) || all.isEmpty()
                || !all.get(0).file().getFileName().toString().equals(last[1])) {
            return Optional.empty();
        }
        return Optional.of(all.get(0).file());
    }

    /** The record of the newest backup: {state, file name}, or null if there is none or it cannot be read. */
    private String[] readLastBackup() {
        try {
            if (!Files.isRegularFile(lastBackup)) {
                return null;
            }
            List<String> lines = Files.readAllLines(lastBackup, java.nio.charset.StandardCharsets.UTF_8);
            return lines.size() >= 2 ? new String[] {lines.get(0), lines.get(1)} : null;
        } catch (IOException e) {
            LOG.debug("{} not read", lastBackup, e);
            return null;
        }
    }

    /** Records that the backup {@code fileName} holds the database in {@code state} (replaced in one rename). */
    private void remember(String state, String fileName) {
        Path part = lastBackup.resolveSibling(lastBackup.getFileName() + ".part");
        try {
            Files.writeString(part, state + "\n" + fileName + "\n", java.nio.charset.StandardCharsets.UTF_8);
            FileReplacement.move(part, lastBackup);
        } catch (IOException e) {
            // Not fatal: the next backupNow takes a backup.
            LOG.warn("{} not written", lastBackup, e);
            deleteQuietly(part);
        }
    }

    /**
     * Backs up the open database to {@code out} (any folder; not rotated). An existing file is replaced.
     *
     * @param database the open database of this file
     * @param out the zip to write
     * @return {@code out}
     * @throws StorageException if the file cannot be written
     */
    public Path backupTo(Database database, Path out) {
        requireSameFile(database);
        Path target = out.toAbsolutePath();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(part);
            database.backupTo(part);
            FileReplacement.move(part, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part);
            if (DiskFull.causedBy(e, target)) {
                throw StorageException.withSentence(e, "diskFull.backup", target);
            }
            throw e instanceof RuntimeException runtime ? runtime : StorageException.withSentence(e, "backupFailed", target);
        }
        LOG.info("Backed up {} to {}", h2File, target);
        return target;
    }

    /** The regular (rotated) backups of this database, newest first. */
    public List<Backup> list() {
        return list(regular);
    }

    /**
     * Every backup file of this database in {@link #folder()}: the regular ones (with those kept before an
     * import) and the copies kept before a restore, an upgrade or an encryption change; newest first.
     */
    public List<Path> everyBackup() {
        List<Backup> all = new ArrayList<>(list(regular));
        all.addAll(list(keptCopies));
        all.sort(NEWEST_FIRST);
        return all.stream().map(Backup::file).toList();
    }

    /** The newest backup of this database, regular or made before a restore or an upgrade, if any. */
    public Optional<Backup> latest() {
        List<Backup> all = new ArrayList<>(list(regular));
        all.addAll(list(beforeRestore));
        all.addAll(list(beforeUpgrade));
        return all.stream().max(Comparator.comparing(Backup::takenAt));
    }

    /**
     * The backups the rotation keeps: the {@value #KEEP_LATEST} newest, plus the newest of each of
     * the last {@value #KEEP_DAILY_DAYS} days counting today (local dates), plus each backup taken before
     * an import that changed data ({@link Backup#beforeImport()}) as long as no backup of a later day
     * exists (then that day's newest, kept as a daily backup, has taken over). A pure function.
     *
     * @param backups any order
     * @param now the local time now
     * @return the files to keep; every other one is to be deleted
     */
    public static Set<Path> toKeep(List<Backup> backups, LocalDateTime now) {
        List<Backup> newestFirst = backups.stream()
                .sorted(Comparator.comparing(Backup::takenAt).reversed()).toList();
        Set<Path> keep = new LinkedHashSet<>();
        newestFirst.stream().limit(KEEP_LATEST).forEach(b -> keep.add(b.file()));
        LocalDate firstDay = now.toLocalDate().minusDays(KEEP_DAILY_DAYS - 1L);
        Set<LocalDate> days = new HashSet<>();
        for (Backup b : newestFirst) {
            LocalDate day = b.takenAt().toLocalDate();
            if (!day.isBefore(firstDay) && days.add(day)) {
                keep.add(b.file());
            }
        }
        LocalDate newestDay = newestFirst.isEmpty() ? null : newestFirst.get(0).takenAt().toLocalDate();
        for (Backup b : newestFirst) {
            if (b.beforeImport() && !newestDay.isAfter(b.takenAt().toLocalDate())) {
                keep.add(b.file());
            }
        }
        return keep;
    }

    /**
     * Deletes the regular backups that {@link #toKeep} does not keep, and any {@code .part} file left
     * by a backup that was interrupted; returns the backups deleted.
     */
    public List<Path> rotate() {
        deleteUnfinished();
        List<Backup> all = list();
        Set<Path> keep = toKeep(all, LocalDateTime.now(clock));
        List<Path> deleted = new ArrayList<>();
        for (Backup b : all) {
            if (!keep.contains(b.file())) {
                try {
                    Files.deleteIfExists(b.file());
                    deleted.add(b.file());
                } catch (IOException e) {
                    LOG.warn("Old backup {} not deleted", b.file(), e);
                }
            }
        }
        return deleted;
    }

    private void deleteUnfinished() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".zip.part")
                            && f.getFileName().toString().contains(name + "-"))
                    .filter(f -> {
                        try {
                            // Not one being written right now by another backup of this database.
                            return Files.getLastModifiedTime(f).toInstant().isBefore(clock.instant().minusSeconds(3600));
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .forEach(BackupService::deleteQuietly);
        } catch (IOException e) {
            LOG.debug("Unfinished backups not listed in {}", folder, e);
        }
    }

    /**
     * Checks that {@code zip} is a backup this version can restore: a zip holding exactly one
     * {@code .mv.db} file that H2 opens and whose Flyway history is not newer than this
     * application's migrations. Changes nothing.
     *
     * @throws BackupRejectedException saying why not
     */
    public void check(Path zip) {
        check(zip, null);
    }

    /**
     * {@link #check(Path)} of a backup that may be encrypted (a backup of an encrypted database is
     * encrypted with the password the database had when it was taken).
     *
     * @param filePassword the backup's password, or null
     * @throws PasswordRequiredException if the backup is encrypted and no password is given (naming the zip)
     * @throws WrongPasswordException if the password does not decrypt it (naming the zip)
     * @throws BackupRejectedException if it is not a usable backup
     */
    public void check(Path zip, char[] filePassword) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("conferencedesk-check-");
            extractAndCheck(zip, scratch, filePassword);
        } catch (IOException e) {
            throw StorageException.withSentence(e, "restoreFailed", zip, h2File);
        } finally {
            FileReplacement.deleteTree(scratch);
        }
    }

    /**
     * Replaces the database file with the one in {@code zip}. The database must be closed (no
     * window or command may have it open). First checks the backup ({@link #check}), then keeps
     * the current file as {@code backups/before-restore-NAME-TIME.zip}, then puts the backup's
     * file in place with one rename.
     *
     * @return the backup restored and the copy of the previous database (none if there was no file)
     * @throws BackupRejectedException if {@code zip} is not a usable backup (nothing changed)
     * @throws DatabaseInUseException if the database is open (nothing changed)
     * @throws StorageException if a file cannot be read or written (the database is unchanged)
     */
    public Restored restore(Path zip) {
        return restore(zip, null);
    }

    /**
     * Whether the database inside the backup {@code zip} is encrypted (needs a password to check and
     * restore). False if it is not a readable zip with a database in it ({@link #check} then says why).
     */
    public static boolean isEncryptedBackup(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            var entry = file.stream().filter(e -> !e.isDirectory() && e.getName().endsWith(Database.H2_SUFFIX)).findFirst();
            if (entry.isEmpty()) {
                return false;
            }
            try (InputStream in = file.getInputStream(entry.get())) {
                byte[] header = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                return java.util.Arrays.equals(in.readNBytes(header.length), header);
            }
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * {@link #restore(Path)} of a backup that may be encrypted; the restored database keeps the
     * backup's encryption and password.
     *
     * @param filePassword the backup's password, or null
     * @throws PasswordRequiredException if the backup is encrypted and no password is given (nothing changed)
     * @throws WrongPasswordException if the password does not decrypt it (nothing changed)
     */
    public Restored restore(Path zip, char[] filePassword) {
        // No other window or command may touch the file from here to the rename (shared if this process holds it).
        try (DatabaseLock lock = DatabaseLock.acquire(h2File, DatabaseLock.Program.PROGRAM, "")) {
            return restoreLocked(zip, filePassword);
        }
    }

    private Restored restoreLocked(Path zip, char[] filePassword) {
        Path parent = h2File.getParent();
        Path scratch = null;
        try {
            if (Files.exists(h2File)) {
                // Refuse at once if a window or command has it open, before any work.
                try (FileChannel channel = FileChannel.open(h2File, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                    FileReplacement.lockOrRefuse(channel, h2File).release();
                }
            }
            Files.createDirectories(parent);
            // Beside the database, so that the final rename stays on one disk.
            scratch = Leftovers.scratchFolder(h2File, "restore");
            Path restored = extractAndCheck(zip, scratch, filePassword);
            Path previous = null;
            if (Files.exists(h2File)) {
                try (FileChannel channel = FileChannel.open(h2File, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                    FileLock lock = FileReplacement.lockOrRefuse(channel, h2File);
                    try {
                        previous = copyBeforeRestore();
                    } finally {
                        lock.release();
                    }
                }
            }
            FileReplacement.move(restored, h2File);
            LOG.info("Restored {} from {}; the previous file is kept in {}", h2File, zip, previous);
            return new Restored(zip, previous);
        } catch (IOException e) {
            throw StorageException.withSentence(e, "restoreFailed", zip, h2File);
        } finally {
            FileReplacement.deleteTree(scratch);
        }
    }

    private Path copyBeforeRestore() throws IOException {
        return keepCopy(BEFORE_RESTORE);
    }

    /**
     * Zips the closed database file as H2's BACKUP would (one entry NAME.mv.db) into
     * {@code backups/PREFIXNAME-TIME.zip}; never rotated away. The caller holds the file closed.
     */
    Path keepCopy(String prefix) throws IOException {
        return keepCopy(prefix, h2File);
    }

    /** {@link #keepCopy(String)} of {@code source}, a database file of this database's name (e.g. a converted copy). */
    Path keepCopy(String prefix, Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return keepCopy(prefix, in);
        }
    }

    /**
     * {@link #keepCopy(String)} of the database's bytes read from {@code source} (not closed here): for
     * a caller that holds the file locked and must not open it a second time.
     */
    Path keepCopy(String prefix, InputStream source) throws IOException {
        Path target = freeName(prefix + name + "-");
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(h2File.getFileName().toString()));
            source.transferTo(zip);
            zip.closeEntry();
        } catch (IOException e) {
            deleteQuietly(part);
            throw e;
        }
        FileReplacement.move(part, target);
        return target;
    }

    /** Extracts the one .mv.db of {@code zip} into {@code scratch} and checks it; returns the extracted file. */
    private Path extractAndCheck(Path zip, Path scratch, char[] filePassword) throws IOException {
        if (!Files.isRegularFile(zip)) {
            throw new BackupRejectedException(zip, BackupRejectedException.Reason.MISSING, null);
        }
        Path extracted = scratch.resolve("check" + Database.H2_SUFFIX);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> databases = file.stream()
                    .filter(e -> !e.isDirectory() && e.getName().endsWith(Database.H2_SUFFIX)).toList();
            if (databases.size() != 1) {
                throw new BackupRejectedException(zip, BackupRejectedException.Reason.NO_DATABASE, null);
            }
            try (InputStream in = file.getInputStream(databases.get(0))) {
                Files.copy(in, extracted);
            }
        } catch (ZipException e) {
            throw new BackupRejectedException(zip, BackupRejectedException.Reason.NOT_A_ZIP, e);
        }
        checkDatabase(zip, extracted, filePassword);
        return extracted;
    }

    private static void checkDatabase(Path zip, Path extracted, char[] filePassword) {
        int applied;
        try {
            applied = Database.inspect(extracted, filePassword).applied();
        } catch (PasswordRequiredException e) {
            throw new PasswordRequiredException(zip, e);
        } catch (WrongPasswordException e) {
            throw new WrongPasswordException(zip, e);
        } catch (DatabaseUnusableException e) {
            throw new BackupRejectedException(zip, switch (e.reason()) {
                case TOO_NEW -> BackupRejectedException.Reason.TOO_NEW;
                case NOT_OURS -> BackupRejectedException.Reason.NOT_OURS;
                case DAMAGED, UPGRADE_FAILED -> BackupRejectedException.Reason.DAMAGED;
            }, e);
        } catch (RuntimeException e) {
            throw new BackupRejectedException(zip, BackupRejectedException.Reason.DAMAGED, e);
        }
        if (applied == 0) {
            throw new BackupRejectedException(zip, BackupRejectedException.Reason.NOT_OURS, null);
        }
    }

    private List<Backup> list(Pattern pattern) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Backup> backups = new ArrayList<>();
            files.forEach(f -> {
                Matcher m = pattern.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(f)) {
                    try {
                        boolean beforeImport = m.groupCount() >= 3 && m.group(3) != null;
                        backups.add(new Backup(f, LocalDateTime.parse(m.group(1), STAMP), beforeImport));
                    } catch (DateTimeParseException ignored) {
                        // Not one of ours.
                    }
                }
            });
            backups.sort(NEWEST_FIRST);
            return backups;
        } catch (IOException e) {
            throw StorageException.withSentence(e, "listFailed", folder);
        }
    }

    /** {@code folder/PREFIX2026-11-29T12-15-00.zip}, or with -2, -3… if taken in the same second. */
    private Path freeName(String prefix) {
        String stamp = STAMP.format(LocalDateTime.now(clock));
        Path candidate = folder.resolve(prefix + stamp + ZIP);
        for (int i = 2; Files.exists(candidate) || Files.exists(marked(candidate)); i++) {
            candidate = folder.resolve(prefix + stamp + "-" + i + ZIP);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw StorageException.withSentence(e, "folderFailed", folder);
        }
        return candidate;
    }

    private static int numberInItsSecond(Backup backup) {
        Matcher m = SAME_SECOND.matcher(backup.file().getFileName().toString());
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    /** {@code NAME-TIME.zip} as {@link #keepBeforeImport} renames it. */
    private static Path marked(Path backup) {
        String fileName = backup.getFileName().toString();
        return backup.resolveSibling(fileName.substring(0, fileName.length() - ZIP.length()) + BEFORE_IMPORT + ZIP);
    }

    private void requireSameFile(Database database) {
        Path open = database.file().orElseThrow(() -> new IllegalArgumentException("An in-memory database has no backups"));
        if (!open.equals(h2File)) {
            throw new IllegalArgumentException(open + " is not " + h2File);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Not deleted: {}", file, e);
        }
    }

}
