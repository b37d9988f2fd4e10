package org.conferencedesk.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Recognises a full disk behind an H2, Flyway, jOOQ or file error, so that the user is told the disk
 * is full (and that the database is kept) instead of "damaged" or H2's own words.
 *
 * <p>A full disk shows as an {@link IOException} whose message is the operating system's: "No space
 * left on device" (Linux, macOS: ENOSPC), "Disk quota exceeded" (EDQUOT), "There is not enough space on
 * the disk" (Windows). H2 sometimes reports a failed write without that cause; then the free space of
 * the disk is asked: less than {@value #NEARLY_FULL_BYTES} bytes usable counts as full.
 */
final class DiskFull {

    /** Usable bytes below which a failed write is put down to a full disk. */
    static final long NEARLY_FULL_BYTES = 1024 * 1024;

    private static final List<String> OS_MESSAGES = List.of(
            "no space left on device", "disk quota exceeded", "not enough space on the disk", "disk full");

    private DiskFull() {
    }

    /**
     * Whether {@code error} (or one of its causes) says that the disk is full, or is a write failure on a
     * disk that has (nearly) no room left.
     *
     * @param error any exception
     * @param file a file or folder on the disk in question (its nearest existing ancestor is asked), or null
     */
    static boolean causedBy(Throwable error, Path file) {
        boolean ioFailure = false;
        int depth = 0;
        for (Throwable t = error; t != null && depth < 50; t = t.getCause(), depth++) {
            String message = t.getMessage();
            if (message != null) {
                String lower = message.toLowerCase(Locale.ROOT);
                if (OS_MESSAGES.stream().anyMatch(lower::contains)) {
                    return true;
                }
                if (lower.contains("writing to") || lower.contains("could not write")) {
                    ioFailure = true;
                }
            }
            if (t instanceof IOException || t instanceof java.io.UncheckedIOException) {
                ioFailure = true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (causedBy(suppressed, null)) {
                    return true;
                }
            }
        }
        return ioFailure && file != null && usableSpace(file) < NEARLY_FULL_BYTES;
    }

    /** Usable bytes on the disk of {@code file} (or its nearest existing folder); {@link Long#MAX_VALUE} if unknown. */
    static long usableSpace(Path file) {
        Path existing = file.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Long.MAX_VALUE;
        }
        try {
            return Files.getFileStore(existing).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The database {@code h2File} cannot be opened (created, upgraded, inspected) now: the disk is full; it is unchanged. */
    static StorageException opening(Throwable cause, Path h2File) {
        return StorageException.withSentence(cause, "diskFull.open", h2File);
    }

    /** A change to the database {@code h2File} was not saved: the disk is full; what was saved before is kept. */
    static StorageException saving(Throwable cause, Path h2File) {
        return StorageException.withSentence(cause, "diskFull.save", h2File);
    }
}
