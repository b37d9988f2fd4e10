package org.conferencedesk.importexport;

import java.nio.file.Path;
import java.util.Locale;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Exports an event's records of one type to CSV or XLSX through the one {@link SpreadsheetWriter},
 * headers and words in the user's language. Thread-safe; call it off the FX application thread.
 *
 * @param <R> the rows exported
 */
public final class ExportService<R> {

    private final ExportSpec<R> spec;

    /** The export of the record type {@code spec} describes. */
    public ExportService(ExportSpec<R> spec) {
        this.spec = spec;
    }

    /** The record type exported. */
    public ExportSpec<R> spec() {
        return spec;
    }

    /**
     * Writes the event's records to {@code out}: CSV (UTF-8 with BOM) if its name ends in .csv, XLSX
     * if .xlsx, headers and words in {@code locale}'s language. A failed export leaves no
     * half-written file.
     *
     * @return the number of records written
     * @throws IllegalArgumentException if the name ends neither in .csv nor in .xlsx
     * @throws java.io.UncheckedIOException if the file cannot be written; its message says which file,
     *         why and what to do, in {@code locale}'s language
     */
    public int export(long eventId, Path out, Locale locale) {
        return SpreadsheetWriter.write(out, spec.columns(eventId, locale), spec.rows(eventId),
                Messages.of(spec.bundle(), locale).get("io.sheet"), locale);
    }
}
