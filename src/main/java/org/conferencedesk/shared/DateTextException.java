package org.conferencedesk.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import org.conferencedesk.shared.i18n.Messages;

/**
 * A text that {@link DateText} cannot read as a date (or date and time), with the reason as a
 * {@link Problem} and a sentence the user can act on in Chinese or English ({@link #sentence}).
 * {@link #getMessage()} is the English sentence. The text as written is
 * {@link #getParsedString()}.
 *
 * <p>It is a {@link DateTimeParseException}, so code that catches that keeps working.
 */
public final class DateTextException extends DateTimeParseException {

    private static final long serialVersionUID = 1L;

    /** Why a text is not a date. */
    public enum Problem {
        /** Not a date in any form {@link DateText} reads ({@code 明天}, {@code 26th of November}). */
        NOT_A_DATE,
        /** The form of a date, but no such day ({@code 2020-02-30}, {@code 31/04/2020}). */
        IMPOSSIBLE_DAY,
        /** A time that does not exist ({@code 25:00}, {@code 9:75}, {@code 13pm}). */
        IMPOSSIBLE_TIME,
        /** A month without a day ({@code 2020年11月}, {@code 2020-11}, {@code Nov 2020}). */
        MONTH_ONLY,
        /** A year without month and day ({@code 2020年}, a cell holding {@code 2020}). */
        YEAR_ONLY,
        /** A day without a year ({@code 11月28日}, {@code 28 Nov}). */
        NO_YEAR,
        /** The year 0000, which the calendar does not have. */
        YEAR_ZERO,
        /** A two-digit year ({@code 28/11/20}): 1920 or 2020? */
        TWO_DIGIT_YEAR,
        /** {@code 03/04/2020}: day or month first, with nothing to tell which. */
        AMBIGUOUS_ORDER,
        /** A day of the week that the date does not fall on ({@code 2020年11月28日（周五）}). */
        WRONG_WEEKDAY
    }

    private final Problem problem;
    private final transient Object[] arguments;
    private final String key;

    /**
     * @param problem why
     * @param written the text as the user wrote it (stripped)
     * @param key the sentence's key in the {@code dates} bundle
     * @param arguments the sentence's arguments after the text ({@link LocalDate} and
     *                  {@link DayOfWeek} values are written in the reader's language)
     * @param cause the calendar's own refusal, or null
     */
    DateTextException(Problem problem, String written, String key, Object[] arguments, Throwable cause) {
        super(sentence(Locale.ENGLISH, key, written, arguments), written, 0, cause);
        this.problem = Objects.requireNonNull(problem);
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** Why the text is not a date. */
    public Problem problem() {
        return problem;
    }

    /**
     * What is wrong and what to write instead, in {@code locale}'s language (Chinese or English),
     * naming the text: {@code “2020年11月” names a month, not a day. …}. The row is not named:
     * an import adds it.
     */
    public String sentence(Locale locale) {
        return sentence(locale, key, getParsedString(), arguments);
    }

    private static String sentence(Locale locale, String key, String written, Object[] arguments) {
        Messages messages = Messages.of("dates", locale);
        Object[] all = new Object[arguments.length + 1];
        all[0] = written;
        for (int i = 0; i < arguments.length; i++) {
            Object a = arguments[i];
            if (a instanceof DayOfWeek day) {
                a = day.getDisplayName(TextStyle.FULL, messages.locale());
            } else if (a instanceof LocalDate date) {
                a = Messages.isChinese(messages.locale())
                        ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
                        : date.toString();
            }
            all[i + 1] = a;
        }
        return messages.get(key, all);
    }
}
