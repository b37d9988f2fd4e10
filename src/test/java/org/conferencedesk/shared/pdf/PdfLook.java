package org.conferencedesk.shared.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps a copy of a PDF a test wrote, to look at its pages ({@code pdftoppm -png}) when the system
 * property {@code conferencedesk.pdfLook} names a folder: {@code mvn -o test -Dtest=... -Dconferencedesk.pdfLook=/tmp/look}.
 * Does nothing otherwise.
 */
public final class PdfLook {

    private PdfLook() {
    }

    /** Saves {@code pdf} as {@code NAME.pdf} in the look folder, if one is set. */
    public static void save(String name, byte[] pdf) {
        String folder = System.getProperty("conferencedesk.pdfLook");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            Path dir = Path.of(folder);
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
