package org.conferencedesk.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writer per database, for the whole life of a window or a command (issue 9 §1): an exclusive
 * lock on {@code NAME.lock} beside the database file ({@code NAME.mv.db}), taken before anything
 * touches the database (inspection, opening, backup, restore, encryption change, import) and
 * released when the program is done with it; the operating system releases it when the process
 * dies (kill -9, power cut), so a stale file never blocks.
 *
 * <p>Why a file of its own: H2's lock on the {@code .mv.db} is a POSIX record lock, and POSIX
 * drops all of a process's record locks on a file as soon as the process closes <em>any</em>
 * descriptor of that file (reading its header, backing it up). The lock file is opened exactly
 * once per process and never anywhere else in it, so nothing can drop this lock by accident.
 * Within one process the lock is shared (counted): the window, its database, its restore and its
 * encryption change all take it, and it is released when the last of them lets go.
 *
 * <p>The file holds who has it ({@link Holder}: window or command, process id, user, since when),
 * so that the refused side can say which program to close or wait for. The lock itself covers one
 * byte far beyond that text, so that the text stays readable on Windows, where locks are mandatory.
 */
public final class DatabaseLock implements AutoCloseable {

    /** The file name suffix of the lock file beside {@code NAME.mv.db}. */
    public static final String SUFFIX = ".lock";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseLock.class);
    /** Where the lock byte lies: beyond any holder text, so that the text is never under the lock. */
    private static final long LOCK_POSITION = 1L << 30;

    /** Locks this process holds, by lock file (real path of its folder); guarded by itself. */
    private static final Map<Path, Held> HELD = new HashMap<>();

    /** Which kind of program holds a database. */
    public enum Program {
        /** The ConferenceDesk window. */
        WINDOW,
        /** A command ({@code conferencedesk import …}). */
        COMMAND,
        /** Another program using the storage directly (tests, tools). */
        PROGRAM
    }

    /**
     * Who holds a database's lock, as written in its lock file.
     *
     * @param program window, command or another program
     * @param command the command's words ({@code "import guests"}), or "" for a window or program
     * @param pid the process id
     * @param user the operating-system user
     * @param since when it took the lock (local time with offset, to the second)
     */
    public record Holder(Program program, String command, long pid, String user, OffsetDateTime since) {

        /** This process, now. */
        public static Holder thisProcess(Program program, String command) {
            String user = System.getProperty("user.name", "");
            return new Holder(program, command == null ? "" : command, ProcessHandle.current().pid(),
                    user.isBlank() ? "?" : user.strip(), OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS));
        }

        String toText() {
            return "program=" + program.name().toLowerCase(java.util.Locale.ROOT) + "\n"
                    + "command=" + oneLine(command) + "\n"
                    + "pid=" + pid + "\n"
                    + "user=" + oneLine(user) + "\n"
                    + "since=" + since + "\n";
        }

        /** The holder written in {@code text}, or empty if it is not complete (being written, or not ours). */
        static Optional<Holder> parse(String text) {
            Map<String, String> values = new LinkedHashMap<>();
            text.lines().forEach(line -> {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            });
            try {
                return Optional.of(new Holder(Program.valueOf(values.get("program").toUpperCase(java.util.Locale.ROOT)),
                        values.getOrDefault("command", ""), Long.parseLong(values.get("pid")),
                        values.getOrDefault("user", "?"), OffsetDateTime.parse(values.get("since"))));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        private static String oneLine(String s) {
            return s.replace('\n', ' ').replace('\r', ' ');
        }
    }

    /** One lock held by this process. */
    private static final class Held {
        final Path key;
        final FileChannel channel;
        final FileLock lock;
        final Holder holder;
        int count;

        Held(Path key, FileChannel channel, FileLock lock, Holder holder) {
            this.key = key;
            this.channel = channel;
            this.lock = lock;
            this.holder = holder;
        }
    }

    private final Held held;
    private final Path databaseFile;
    private boolean closed;

    private DatabaseLock(Held held, Path databaseFile) {
        this.held = held;
        this.databaseFile = databaseFile;
    }

    /** The lock file of a database given with or without {@code .mv.db}: {@code ..../NAME.lock}, absolute. */
    public static Path lockFile(Path databaseFile) {
        Path base = Database.basePath(databaseFile);
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    /**
     * Takes the database's lock for {@code program}, or shares it if this process holds it already
     * (the first taker's {@link Holder} stays written). Creates the database's folder if needed, but
     * never the database. When this process takes the lock afresh it also removes what a killed
     * predecessor left behind ({@link Leftovers}).
     *
     * @param databaseFile the database, with or without {@code .mv.db}
     * @param program what this process is
     * @param command the command's words for {@link Program#COMMAND}, else ignored
     * @return the lock; close it when done with the database
     * @throws DatabaseInUseException if another process holds it (naming it, when its lock file says who)
     * @throws StorageException if the folder or the lock file cannot be created (a read-only folder, a
     *         missing disk), with a sentence naming the folder
     */
    public static DatabaseLock acquire(Path databaseFile, Program program, String command) {
        Path h2File = Database.h2File(databaseFile);
        Path lockFile = lockFile(databaseFile);
        Path folder = lockFile.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw StorageException.withSentence(e, e instanceof AccessDeniedException ? "folderReadOnly" : "folderFailed", folder);
        }
        Path key;
        try {
            // realpath(3) opens nothing: the same folder reached by another path (a symbolic link) is the same key.
            key = folder.toRealPath().resolve(lockFile.getFileName());
        } catch (IOException e) {
            throw StorageException.withSentence(e, "folderFailed", folder);
        }
        synchronized (HELD) {
            Held held = HELD.get(key);
            if (held != null) {
                held.count++;
                return new DatabaseLock(held, h2File);
            }
            Held taken = take(key, h2File, Holder.thisProcess(program, program == Program.COMMAND ? command : ""));
            taken.count = 1;
            HELD.put(key, taken);
            Leftovers.removeFor(h2File);
            return new DatabaseLock(taken, h2File);
        }
    }

    private static Held take(Path key, Path h2File, Holder holder) {
        FileChannel channel;
        try {
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw StorageException.withSentence(e, "folderReadOnly", key.getParent());
        } catch (IOException e) {
            throw StorageException.withSentence(e, "openFailed", h2File);
        }
        try {
            FileLock lock;
            try {
                lock = channel.tryLock(LOCK_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                // Cannot happen: this process takes each lock file once (HELD). Refuse rather than guess.
                throw new IllegalStateException("The lock " + key + " is held in this process outside DatabaseLock", e);
            }
            if (lock == null) {
                Holder other = readHolder(channel).orElse(null);
                channel.close();
                throw new DatabaseInUseException(h2File, other, null);
            }
            byte[] text = holder.toText().getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text), 0);
            LOG.debug("Locked {} as {}", key, holder);
            return new Held(key, channel, lock, holder);
        } catch (IOException e) {
            closeQuietly(channel);
            throw StorageException.withSentence(e, "openFailed", h2File);
        } catch (RuntimeException e) {
            if (channel.isOpen()) {
                closeQuietly(channel);
            }
            throw e;
        }
    }

    /** What the holder wrote; it may be writing it right now, so an empty or partial text is read again briefly. */
    private static Optional<Holder> readHolder(FileChannel channel) throws IOException {
        for (int attempt = 0; attempt < 10; attempt++) {
            long size = Math.min(channel.size(), 4096);
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            channel.read(buffer, 0);
            Optional<Holder> holder = Holder.parse(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
            if (holder.isPresent()) {
                return holder;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    /** Whether this process holds the lock of the database at {@code databaseFile}. */
    public static boolean isHeldHere(Path databaseFile) {
        Path lockFile = lockFile(databaseFile);
        try {
            Path key = lockFile.getParent().toRealPath().resolve(lockFile.getFileName());
            synchronized (HELD) {
                return HELD.containsKey(key);
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Who holds this lock (the first taker in this process). */
    public Holder holder() {
        return held.holder;
    }

    /** The database ({@code ..../NAME.mv.db}) this lock is for. */
    public Path databaseFile() {
        return databaseFile;
    }

    /** Lets go of this share of the lock; the last share in the process releases it. Closing twice does nothing. */
    @Override
    public void close() {
        synchronized (HELD) {
            if (closed) {
                return;
            }
            closed = true;
            if (--held.count > 0) {
                return;
            }
            HELD.remove(held.key);
            try {
                // Nobody holds it now: the text would name a program that is gone.
                held.channel.truncate(0);
                held.lock.release();
            } catch (IOException e) {
                LOG.debug("Lock {} not cleared", held.key, e);
            } finally {
                closeQuietly(held.channel);
            }
            LOG.debug("Unlocked {}", held.key);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Lock file not closed", e);
        }
    }

    /** For messages: when it took the lock, to the minute; the date too if not today. */
    static String describeSince(OffsetDateTime since) {
        OffsetDateTime local = since.atZoneSameInstant(java.time.ZoneId.systemDefault()).toOffsetDateTime();
        boolean today = local.toLocalDate().equals(java.time.LocalDate.now());
        return local.format(java.time.format.DateTimeFormatter.ofPattern(today ? "HH:mm" : "yyyy-MM-dd HH:mm"));
    }
}
