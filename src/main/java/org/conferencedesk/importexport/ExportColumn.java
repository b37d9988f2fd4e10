package org.conferencedesk.importexport;

import java.util.function.Function;

/**
 * One column of an export: its header in the user's language, how its values are written, its width
 * in an XLSX sheet, and how a record gives its value.
 *
 * @param header the header as written in the file
 * @param kind how values are written ({@link Kind})
 * @param width the XLSX column width, in characters
 * @param value the record's value: a String for {@link Kind#TEXT} and {@link Kind#WORD}, an Integer for
 *              {@link Kind#WHOLE_NUMBER}, a BigDecimal in yuan for {@link Kind#AMOUNT}, a LocalDate for
 *              {@link Kind#DATE}, a LocalDateTime (local time in the event's zone) for
 *              {@link Kind#DATE_TIME}; null for an empty cell
 * @param <R> the record type
 */
public record ExportColumn<R>(String header, Kind kind, int width, Function<R, Object> value) {

    /** How a column's values are written. */
    public enum Kind {
        /** Free text, exactly as stored (made harmless for spreadsheets, see {@link SpreadsheetWriter#harmless}). */
        TEXT,
        /** A word of the application's own (a status, a category), in the user's language. */
        WORD,
        /** A whole number (a signing order); a number cell in XLSX. */
        WHOLE_NUMBER,
        /** Yuan with two decimals, plain in CSV ({@code 53630000000.00}); a {@code #,##0.00} number cell in XLSX. */
        AMOUNT,
        /** ISO date in CSV ({@code 2020-11-28}); a date cell in XLSX. */
        DATE,
        /** Local time in CSV ({@code 2020-11-26 09:30}, seconds only when not zero); a date-time cell in XLSX. */
        DATE_TIME
    }
}
