package org.conferencedesk.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file whole or not at all: the content goes to a hidden temporary file beside the target
 * ({@code .NAME.UUID.part}), which is moved over the target (atomically where the file system allows)
 * only once it is complete. A failure, a full disk or a kill midway never leaves a half-written file,
 * and an existing file is replaced only by a complete one. Thread-safe; knows nothing of JavaFX.
 */
public final class WholeFile {

    /** Writes the content to a stream (which the caller closes). */
    @FunctionalInterface
    public interface Content {
        /** Writes everything to {@code out}; throws what writing throws. */
        void writeTo(OutputStream out) throws IOException;
    }

    private WholeFile() {
    }

    /**
     * Writes {@code content} to {@code target}, replacing it only when complete.
     *
     * @throws UserFacingException {@code file.folderMissing} if the target's folder does not exist;
     *         {@code file.cannotWrite} naming the file and the reason (no room, in use, no permission)
     *         if it cannot be written. The target is then unchanged.
     */
    public static void write(Path target, Content content) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserFacingException("shared", "file.folderMissing", absolute.toString(), String.valueOf(folder));
        }
        // Not Files.createTempFile: its owner-only permissions would stay on the finished file.
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "shared", "file.cannotWrite", absolute.toString(), reason(e));
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // A leftover hidden .part file is harmless; the target is whole either way.
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
