package org.conferencedesk.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the database file is replaced by a restore or an encryption change: only while no
 * ConferenceDesk window or command holds it, by one rename, with the scratch folder removed after.
 */
final class FileReplacement {

    private static final Logger LOG = LoggerFactory.getLogger(FileReplacement.class);

    private FileReplacement() {
    }

    /**
     * Locks the open database file {@code h2File} through {@code channel}.
     *
     * @throws DatabaseInUseException if another process or this one holds it
     */
    static FileLock lockOrRefuse(FileChannel channel, Path h2File) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            throw new DatabaseInUseException(h2File, e);
        }
        if (lock == null) {
            throw new DatabaseInUseException(h2File, null);
        }
        return lock;
    }

    /** Moves {@code from} over {@code to}, atomically where the file system allows. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes {@code folder} and everything in it; what cannot be deleted is logged and left. */
    static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    LOG.debug("Not deleted: {}", f, e);
                }
            });
        } catch (IOException e) {
            LOG.debug("Not deleted: {}", folder, e);
        }
    }
}
