package org.conferencedesk.importexport;

import java.io.IOException;

/**
 * The rows of one file or sheet, read from its start each time {@link #open()} is called: every
 * row in file order, blank ones too, numbered as the user sees them. A big file is gone through
 * this way several times (the reader's first pass, the check, the save) instead of being held in
 * memory. Package-private: the reader's own plumbing.
 */
interface RowSource {

    /** A new reading from the first row on. */
    Cursor open() throws IOException;

    /** One reading of the rows; not thread-safe. */
    interface Cursor extends AutoCloseable {

        /**
         * The next row, or null at the end.
         *
         * @throws IOException if the file cannot be read on
         * @throws IllegalStateException or {@link java.io.UncheckedIOException} if it cannot be parsed on
         *         (a CSV quote never closed)
         */
        SpreadsheetRow next() throws IOException;

        @Override
        void close() throws IOException;
    }
}
