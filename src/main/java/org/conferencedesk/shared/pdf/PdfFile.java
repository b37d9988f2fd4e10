package org.conferencedesk.shared.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes one PDF document, the same way for every PDF the application makes: laid out one document at a
 * time (the bundled fonts are shared; see {@link PdfFonts}), and into a file only whole.
 *
 * <p>A file is written to a hidden temporary file beside it ({@code .NAME.UUID.part}) and moved into
 * place when complete, so a failure, a full disk or a kill never leaves a half-written PDF, and an
 * existing file is replaced only by a whole document. Thread-safe.
 */
public final class PdfFile {

    /**
     * OpenPDF keeps each document's glyphs in its writer, but it does not promise that a font may be
     * used by two writers at once, so documents are laid out one at a time (a user makes one now and
     * then; this costs nothing).
     */
    private static final Object FONT_LOCK = new Object();

    private PdfFile() {
    }

    /** Lays a document out onto a stream (which it must not close). */
    @FunctionalInterface
    public interface Layout {
        /**
         * Writes the whole document to {@code out}.
         *
         * @throws DocumentException if OpenPDF cannot lay the content out
         */
        void writeTo(OutputStream out) throws DocumentException, IOException;
    }

    /**
     * Lays the document out onto {@code out} and flushes it (does not close it).
     *
     * @throws DocumentException if OpenPDF cannot lay the content out
     * @throws UncheckedIOException if the stream cannot be written (OpenPDF's wrapped I/O errors unwrapped)
     */
    public static void write(OutputStream out, Layout layout) throws DocumentException {
        try {
            synchronized (FONT_LOCK) {
                layout.writeTo(out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF: " + reason(e), e);
        } catch (ExceptionConverter e) {
            // OpenPDF wraps I/O failures of the stream in this unchecked exception.
            if (e.getException() instanceof IOException io) {
                throw new UncheckedIOException("Cannot write the PDF: " + reason(io), io);
            }
            throw e;
        }
    }

    /**
     * Lays the document out into the file {@code out}, created or replaced only when whole.
     *
     * @param out the PDF file; its folder must exist
     * @throws DocumentException if OpenPDF cannot lay the content out (nothing is written)
     * @throws UncheckedIOException if the folder does not exist or the file cannot be written; the message
     *         names the file and says what to do
     */
    public static void write(Path out, Layout layout) throws DocumentException {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            throw new UncheckedIOException("Cannot write " + target + ": the folder " + folder
                    + " does not exist. Choose an existing folder.", new FileNotFoundException(folder.toString()));
        }
        // Not Files.createTempFile: its owner-only permissions would stay on the finished file.
        Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                write(stream, layout);
            }
            moveIntoPlace(temporary, target);
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new UncheckedIOException("Cannot write " + target + ": " + reason(io)
                    + ". Check the disk has room and the file is not open in another program.", io);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Nothing the user can do about a leftover hidden .part file; the PDF itself is fine.
            }
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
