package org.conferencedesk.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates organisers type: {@code 2020-11-26}, {@code 2020/11/26}, {@code 2020.11.26},
 * {@code 2020年11月26日} (also with 号, spaces, one-digit month or day, and full-width digits such as
 * {@code ２０２０年１１月２６日}), and {@code 20201126}. Writes dates as ISO {@code 2020-11-26}.
 *
 * <p>Day first or month first ({@code 26/11/2020}) is refused rather than guessed: 03/04/2020
 * means different days to different people. Thread-safe; no state.
 */
public final class DateText {

    private static final Pattern SEPARATED =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private DateText() {
    }

    /**
     * True if {@code e}, thrown by {@link #parse}, means the text had a date's form but names a day
     * that does not exist (2020-02-30), rather than not being a date at all.
     */
    public static boolean isImpossibleDay(DateTimeParseException e) {
        return e.getCause() instanceof DateTimeException;
    }

    /**
     * Parses one date.
     *
     * @param text what the user typed (surrounding blanks ignored)
     * @return the date, or null if {@code text} is null or blank
     * @throws DateTimeParseException if the text is not a date in one of the forms above, or names a
     *         day that does not exist (2020-02-30); the message says which forms are accepted
     */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // NFKC folds full-width digits and separators (２０２０／１１／２６, the ideographic space).
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher m = SEPARATED.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
        }
        if (!m.matches()) {
            throw new DateTimeParseException("\"" + text.strip() + "\" is not a date; write it as 2020-11-26, 2020/11/26 or 2020年11月26日", text, 0);
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new DateTimeParseException("\"" + text.strip() + "\" is not a day of the calendar; check the month and the day", text, 0, e);
        }
    }

    /** ISO form ({@code 2020-11-26}), or an empty string for null. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
