package org.conferencedesk.importexport;

import java.util.List;
import java.util.Locale;

/**
 * What the export ({@link ExportService}) needs to know of one record type: its rows and its
 * columns. A feature writes one in its {@code io/} package; the columns' headers are ones its
 * {@link ImportSpec} recognises, so an export imports back to the same records.
 *
 * @param <R> the rows exported (the record, or the record with figures such as a running total)
 */
public interface ExportSpec<R> {

    /** The i18n area holding {@code io.sheet} (the XLSX sheet's name) and {@code io.count}. */
    String bundle();

    /** The event's rows in the order they are exported. Called off the FX thread. */
    List<R> rows(long eventId);

    /** The columns, headers and words in {@code locale}'s language, values as the event keeps them. */
    List<ExportColumn<R>> columns(long eventId, Locale locale);
}
