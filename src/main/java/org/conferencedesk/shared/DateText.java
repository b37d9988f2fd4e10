package org.conferencedesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conferencedesk.shared.DateTextException.Problem;

/**
 * Reads dates (and times) as people write them, for every import and every form. Writes ISO dates.
 *
 * <p>Dates read ({@code 2020-11-28} in each example; full-width digits and separators too):
 * <ul>
 *   <li>year first: {@code 2020-11-28}, {@code 2020/11/28}, {@code 2020.11.28}, {@code 20201128},
 *       {@code 2020年11月28日} (also 号, spaces, one-digit month or day, the 日 left out);</li>
 *   <li>in Chinese numerals: {@code 二〇二〇年十一月二十八日} (year digit by digit with 〇, ○ or 零;
 *       month and day with 十, also 廿 and 卅);</li>
 *   <li>year last, day or month first: {@code 28.11.2020}, {@code 28/11/2020}, {@code 11/28/2020},
 *       {@code 28-11-2020}: clear when one of the two numbers is above 12; otherwise (03/04/2020)
 *       read with the {@link Reading#order() order} of the column, see {@link #readingOf};</li>
 *   <li>with the month's English name: {@code Nov 28, 2020}, {@code November 28 2020},
 *       {@code 28 Nov 2020}, {@code 28-Nov-2020} (Excel's d-mmm-yyyy), {@code 28th November, 2020};</li>
 *   <li>with the day of the week, which must be right: {@code 2020年11月28日（周六）}, {@code 星期六},
 *       {@code Sat, Nov 28, 2020};</li>
 *   <li>with a time after it: {@code 2020年11月28日 10:00}, {@code 2020-11-28T10:00:00+08:00},
 *       {@code 10:00:15.5}, {@code 10时30分}, {@code 下午3点}, {@code 3:00 pm};</li>
 *   <li>Excel serial numbers ({@code 44163}, {@code 44163.75} = 2020-11-28 18:00) where the caller
 *       says they can occur ({@link Serials}: a workbook's cell, in its 1900 or 1904 date system).</li>
 * </ul>
 * Refused, each with its {@link DateTextException.Problem}: a month or a year alone (for a day
 * field), a day without a year, the year 0000, two-digit years, a day or time that does not exist, a
 * wrong day of the week, and day-or-month-first dates that nothing tells apart.
 *
 * <p>Thread-safe; no state.
 */
public final class DateText {

    /** How {@code 03/04/2020} is read: day first (3 April) or month first (March 4). */
    public enum DayMonthOrder {
        /** 03/04/2020 is 3 April 2020 (as written in most of the world, and with dots). */
        DAY_FIRST,
        /** 03/04/2020 is March 4, 2020 (as Excel writes dates in US English). */
        MONTH_FIRST
    }

    /** Whether a bare number is an Excel date, and in which of Excel's two date systems. */
    public enum Serials {
        /** A bare number is not a date (text typed in a form, a CSV file). */
        NONE,
        /** Excel's default: 1 is 1900-01-01 (with Excel's 1900-02-29 that never was, serial 60). */
        EXCEL_1900,
        /** Excel's 1904 date system (old Mac workbooks): 0 is 1904-01-01. */
        EXCEL_1904
    }

    /**
     * How to read the dates of one field or one column.
     *
     * @param order how to read dates whose day and month are both 12 or less, or null to refuse them
     * @param serials whether bare numbers are Excel dates
     * @param dayFirstExample for a column: a date of it that can only be day first (28/11/2020), or null
     * @param monthFirstExample for a column: a date of it that can only be month first (11/28/2020), or null
     * @param column true if this reading was decided from a whole column ({@link #readingOf}); it
     *               then says why an unclear date is refused
     */
    public record Reading(DayMonthOrder order, Serials serials, String dayFirstExample, String monthFirstExample,
                          boolean column) {

        /** Forms: no serials, no guessing of the order. */
        public static final Reading STRICT = new Reading(null, Serials.NONE, null, null, false);

        /** Requires {@code serials}. */
        public Reading {
            Objects.requireNonNull(serials, "serials");
        }

        /** One value (not a column) with these serials and no order. */
        public static Reading of(Serials serials) {
            return new Reading(null, serials, null, null, false);
        }

        /** This reading with {@code order} for dates that cannot tell (e.g. the user chose it). */
        public Reading withOrder(DayMonthOrder order) {
            return new Reading(order, serials, dayFirstExample, monthFirstExample, column);
        }
    }

    /**
     * A date as written, with its time and offset if written.
     *
     * @param date the day
     * @param time the time of day, or null if none was written
     * @param offset the UTC offset written ({@code +08:00}, {@code Z}), or null
     */
    public record Written(LocalDate date, LocalTime time, ZoneOffset offset) {

        /** The date and time; midnight if no time was written. */
        public LocalDateTime dateTime() {
            return LocalDateTime.of(date, time == null ? LocalTime.MIDNIGHT : time);
        }

        /** The instant: at the offset written, else in {@code zone} (e.g. the event's Asia/Shanghai). */
        public Instant at(ZoneId zone) {
            return offset != null ? dateTime().toInstant(offset) : dateTime().atZone(zone).toInstant();
        }
    }

    private static final String MONTH_NAME = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern YMD_ZH = Pattern.compile("(\\d+)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})(?!\\d)\\s*[日号]?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?![\\d.])");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d+)(?![\\d.])");
    private static final Pattern NAME_DMY = Pattern.compile(
            "(\\d{1,2})" + ORDINAL + "(?:\\s*-\\s*|\\s+|(?=[a-z]))(?:of\\s+)?" + MONTH_NAME + "(?:\\s*-\\s*|\\s*,?\\s+)(\\d+)(?!\\d)", FLAGS);
    private static final Pattern NAME_MDY = Pattern.compile(
            MONTH_NAME + "\\s*(\\d{1,2})" + ORDINAL + "(?:\\s*,\\s*|\\s+)(\\d+)(?!\\d)", FLAGS);
    private static final Pattern YM_ZH = Pattern.compile("(\\d+)\\s*年\\s*(\\d{1,2})\\s*月(?:份)?");
    private static final Pattern YM = Pattern.compile("(\\d{4})\\s*[-/.]\\s*(\\d{1,2})|(\\d{1,2})\\s*[-/.]\\s*(\\d{4})");
    private static final Pattern NAME_MY = Pattern.compile(MONTH_NAME + "\\s*,?\\s*(\\d{4})", FLAGS);
    private static final Pattern Y_ZH = Pattern.compile("(\\d{4})\\s*年(?:度)?");
    private static final Pattern MD_ZH = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern MD = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})");
    private static final Pattern NAME_MD = Pattern.compile(
            "(?:(\\d{1,2})" + ORDINAL + "\\s*(?:of\\s+)?" + MONTH_NAME + "|" + MONTH_NAME + "\\s*(\\d{1,2})" + ORDINAL + ")", FLAGS);
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private static final Pattern TIME = Pattern.compile(
            "(?:(上午|早上|凌晨|中午|下午|晚上)\\s*)?(\\d{1,2})"
                    + "(?:\\s*:\\s*(\\d{2})(?:\\s*:\\s*(\\d{2})(?:[.,](\\d{1,9}))?)?"
                    + "|\\s*[时点點]\\s*(?:(\\d{1,2})\\s*分\\s*(?:(\\d{1,2})\\s*秒)?)?)"
                    + "\\s*(am|pm|a\\.m\\.|p\\.m\\.)?\\s*(z|[+-]\\d{2}(?::?\\d{2})?)?", FLAGS);

    private static final Pattern WEEKDAY_ZH = Pattern.compile("[(\\[]?\\s*(?:周|星期|礼拜|週|禮拜)([一二三四五六日天])\\s*[)\\]]?");
    private static final Pattern WEEKDAY_EN = Pattern.compile(
            "\\(?\\b(mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\b\\.?\\)?,?",
            FLAGS);

    private static final Pattern CN_YEAR = Pattern.compile("([〇○零一二三四五六七八九]{2,4})\\s*年");
    private static final Pattern CN_MONTH = Pattern.compile("([一二三四五六七八九十]{1,3})\\s*月");
    private static final Pattern CN_DAY = Pattern.compile("([一二三四五六七八九十廿卅]{1,4})\\s*([日号])");
    private static final String CHINESE_NUMERALS = "〇○零一二三四五六七八九十廿卅";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** Excel's day 0 in the 1900 system, for serials from 61 on (after Excel's 1900-02-29). */
    private static final LocalDate EXCEL_1900_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EXCEL_1904_EPOCH = LocalDate.of(1904, 1, 1);
    /** 9999-12-31 in the 1900 system: Excel's last day. */
    private static final int LAST_SERIAL = 2_958_465;
    private static final BigDecimal MILLIS_PER_DAY = BigDecimal.valueOf(86_400_000L);

    private DateText() {
    }

    /**
     * Parses one date typed in a form or given on the command line: {@link Reading#STRICT} (no
     * serials, 03/04/2020 refused); a time after the date is allowed and left out.
     *
     * @param text what the user typed (surrounding blanks ignored)
     * @return the date, or null if {@code text} is null or blank
     * @throws DateTextException if the text is not a day (see {@link DateTextException.Problem})
     */
    public static LocalDate parse(String text) {
        return parse(text, Reading.STRICT);
    }

    /**
     * Parses one day; a time written after it is allowed and left out (a signing date written
     * {@code 2020年11月28日 10:00} is 2020-11-28).
     *
     * @param text the text (surrounding blanks ignored)
     * @param reading how to read unclear dates and bare numbers (for a column: {@link #readingOf})
     * @return the date, or null if {@code text} is null or blank
     * @throws DateTextException if the text is not a day
     */
    public static LocalDate parse(String text, Reading reading) {
        Written written = parseWritten(text, reading);
        return written == null ? null : written.date();
    }

    /**
     * Parses a date with an optional time and UTC offset (a check-in time).
     *
     * @param text the text (surrounding blanks ignored)
     * @param reading how to read unclear dates and bare numbers
     * @return the date, time (null if none written) and offset (null if none written); null if the
     *         text is null or blank
     * @throws DateTextException if the text is not a date, or its time does not exist
     */
    public static Written parseWritten(String text, Reading reading) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Objects.requireNonNull(reading, "reading");
        String written = text.strip();
        Parts parts = parts(written, reading.serials());
        return parts.resolve(written, reading);
    }

    /**
     * Decides how one column's dates are read: the order (day or month first) its unclear dates
     * (03/04/2020) take from its clear ones. A column with day-first dates only (28/11/2020) reads
     * 03/04/2020 as 3 April; with month-first dates only (11/28/2020) as March 4; a column whose
     * day-first-or-month-first dates are all 12/12 or below cannot tell, and one with both kinds is
     * mixed: in those two, every unclear date is refused ({@link Problem#AMBIGUOUS_ORDER}, the
     * sentence says why), and the import names their rows. Dates in other forms (ISO, 年月日, month
     * names) do not take part. Texts that are not dates are left for {@link #parse} to refuse.
     *
     * <p>For the import pipeline: call once per date column with its cells in row order, then
     * {@link #parse(String, Reading)} or {@link #parseWritten} each cell with the result.
     *
     * @param column the column's texts (blank and null ones are skipped)
     * @param serials whether bare numbers in the column are Excel dates (a workbook's date system)
     * @return the reading for every cell of the column
     */
    public static Reading readingOf(Iterable<String> column, Serials serials) {
        String dayFirst = null;
        String monthFirst = null;
        for (String text : column) {
            if (text == null || text.isBlank() || (dayFirst != null && monthFirst != null)) {
                continue;
            }
            Parts parts;
            try {
                parts = parts(text.strip(), serials);
            } catch (DateTextException notADate) {
                continue;
            }
            if (parts.kind == Kind.DAY_OR_MONTH_FIRST) {
                if (parts.first > 12 && parts.second <= 12 && dayFirst == null) {
                    dayFirst = text.strip();
                } else if (parts.second > 12 && parts.first <= 12 && monthFirst == null) {
                    monthFirst = text.strip();
                }
            }
        }
        DayMonthOrder order = dayFirst != null && monthFirst == null ? DayMonthOrder.DAY_FIRST
                : monthFirst != null && dayFirst == null ? DayMonthOrder.MONTH_FIRST : null;
        return new Reading(order, serials, dayFirst, monthFirst, true);
    }

    /**
     * True if {@code e}, thrown by {@link #parse}, means the text had a date's form but names a day
     * that does not exist (2020-02-30), rather than not being a date at all.
     */
    public static boolean isImpossibleDay(DateTimeParseException e) {
        return e instanceof DateTextException d ? d.problem() == Problem.IMPOSSIBLE_DAY
                : e.getCause() instanceof DateTimeException;
    }

    /** ISO form ({@code 2020-11-26}), or an empty string for null. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    // ------------------------------------------------------------------------------------------

    private enum Kind { DATE, DAY_OR_MONTH_FIRST, SERIAL }

    /** What a text says before the calendar is asked: the numbers as written, the time, the weekday. */
    private static final class Parts {
        Kind kind;
        String year;
        int month;
        int day;
        /** For DAY_OR_MONTH_FIRST: the first and second number as written. */
        int first;
        int second;
        BigDecimal serial;
        Serials serials;
        String timeText;
        DayOfWeek weekday;

        Written resolve(String written, Reading reading) {
            if (kind == Kind.SERIAL) {
                return fromSerial(written, serial, serials);
            }
            int y = year(written, year);
            int m = month;
            int d = day;
            if (kind == Kind.DAY_OR_MONTH_FIRST) {
                boolean dayFirst;
                if (first > 12 || second > 12 || first == second) {
                    dayFirst = first > 12;
                } else if (reading.order() != null) {
                    dayFirst = reading.order() == DayMonthOrder.DAY_FIRST;
                } else {
                    throw ambiguous(written, y, reading);
                }
                d = dayFirst ? first : second;
                m = dayFirst ? second : first;
            }
            LocalDate date;
            try {
                date = LocalDate.of(y, m, d);
            } catch (DateTimeException e) {
                throw fail(Problem.IMPOSSIBLE_DAY, written, e);
            }
            if (weekday != null && date.getDayOfWeek() != weekday) {
                throw new DateTextException(Problem.WRONG_WEEKDAY, written, "date.WRONG_WEEKDAY",
                        new Object[] {date, date.getDayOfWeek(), weekday}, null);
            }
            return time(written, date, timeText);
        }

        private DateTextException ambiguous(String written, int y, Reading reading) {
            Object[] readings = {dateOrText(y, second, first), dateOrText(y, first, second)};
            if (!reading.column()) {
                return new DateTextException(Problem.AMBIGUOUS_ORDER, written, "date.AMBIGUOUS_ORDER", readings, null);
            }
            if (reading.dayFirstExample() != null && reading.monthFirstExample() != null) {
                return new DateTextException(Problem.AMBIGUOUS_ORDER, written, "date.AMBIGUOUS_ORDER.mixed",
                        new Object[] {readings[0], readings[1], reading.dayFirstExample(), reading.monthFirstExample()}, null);
            }
            return new DateTextException(Problem.AMBIGUOUS_ORDER, written, "date.AMBIGUOUS_ORDER.column", readings, null);
        }
    }

    private static Object dateOrText(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return year + "-" + month + "-" + day;
        }
    }

    private static Parts parts(String written, Serials serials) {
        String s = written;
        if (!isPlainAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        Parts parts = new Parts();
        parts.serials = serials;
        s = withoutWeekday(s, parts, written);
        if (containsAny(s, CHINESE_NUMERALS)) {
            s = chineseNumeralsAsDigits(s);
        }
        s = s.strip();
        Matcher m;
        if ((m = YMD.matcher(s)).lookingAt() || (m = YMD_ZH.matcher(s)).lookingAt() || (m = COMPACT.matcher(s)).lookingAt()) {
            boolean separated = m.pattern() == YMD;
            parts.kind = Kind.DATE;
            parts.year = m.group(1);
            parts.month = Integer.parseInt(m.group(separated ? 3 : 2));
            parts.day = Integer.parseInt(m.group(separated ? 4 : 3));
        } else if ((m = DMY.matcher(s)).lookingAt()) {
            parts.kind = Kind.DAY_OR_MONTH_FIRST;
            parts.first = Integer.parseInt(m.group(1));
            parts.second = Integer.parseInt(m.group(3));
            parts.year = m.group(4);
        } else if ((m = NAME_DMY.matcher(s)).lookingAt()) {
            parts.kind = Kind.DATE;
            parts.day = Integer.parseInt(m.group(1));
            parts.month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
            parts.year = m.group(3);
        } else if ((m = NAME_MDY.matcher(s)).lookingAt()) {
            parts.kind = Kind.DATE;
            parts.month = MONTHS.get(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT));
            parts.day = Integer.parseInt(m.group(2));
            parts.year = m.group(3);
        } else {
            DateTextException noDay = withoutDay(written, s);
            if (noDay != null) {
                throw noDay;
            }
            if (serials != Serials.NONE && NUMBER.matcher(s).matches()) {
                parts.kind = Kind.SERIAL;
                parts.serial = new BigDecimal(s);
                return parts;
            }
            throw fail(Problem.NOT_A_DATE, written, null);
        }
        parts.timeText = s.substring(m.end()).strip();
        return parts;
    }

    /** The text has no day: what it has instead (a month, a year, a day without year), or null. */
    private static DateTextException withoutDay(String written, String s) {
        if (YM_ZH.matcher(s).matches() || YM.matcher(s).matches() || NAME_MY.matcher(s).matches()) {
            return fail(Problem.MONTH_ONLY, written, null);
        }
        if (Y_ZH.matcher(s).matches() || s.matches("\\d{4}") && s.compareTo("1000") >= 0) {
            return fail(Problem.YEAR_ONLY, written, null);
        }
        if (MD_ZH.matcher(s).matches() || NAME_MD.matcher(s).matches() || MD.matcher(s).matches() && s.contains("/")) {
            return fail(Problem.NO_YEAR, written, null);
        }
        return null;
    }

    private static String withoutWeekday(String s, Parts parts, String written) {
        Matcher zh = WEEKDAY_ZH.matcher(s);
        if (zh.find()) {
            parts.weekday = switch (zh.group(1).charAt(0)) {
                case '一' -> DayOfWeek.MONDAY;
                case '二' -> DayOfWeek.TUESDAY;
                case '三' -> DayOfWeek.WEDNESDAY;
                case '四' -> DayOfWeek.THURSDAY;
                case '五' -> DayOfWeek.FRIDAY;
                case '六' -> DayOfWeek.SATURDAY;
                default -> DayOfWeek.SUNDAY;
            };
            return (s.substring(0, zh.start()) + " " + s.substring(zh.end())).strip();
        }
        if (s.chars().anyMatch(c -> c >= 'A' && c <= 'z')) {
            Matcher en = WEEKDAY_EN.matcher(s);
            if (en.find()) {
                String day = en.group(1).toLowerCase(Locale.ROOT).substring(0, 2);
                parts.weekday = switch (day) {
                    case "mo" -> DayOfWeek.MONDAY;
                    case "tu" -> DayOfWeek.TUESDAY;
                    case "we" -> DayOfWeek.WEDNESDAY;
                    case "th" -> DayOfWeek.THURSDAY;
                    case "fr" -> DayOfWeek.FRIDAY;
                    case "sa" -> DayOfWeek.SATURDAY;
                    default -> DayOfWeek.SUNDAY;
                };
                return (s.substring(0, en.start()) + " " + s.substring(en.end())).strip();
            }
        }
        return s;
    }

    /** 二〇二〇年十一月二十八日 → 2020年11月28日 (the rest of the text is left as it is). */
    private static String chineseNumeralsAsDigits(String s) {
        String out = replace(CN_YEAR, s, m -> {
            int year = ChineseNumerals.digits(m.group(1));
            return year < 0 ? m.group() : String.format(Locale.ROOT, "%0" + m.group(1).length() + "d年", year);
        });
        out = replace(CN_MONTH, out, m -> {
            int month = ChineseNumerals.sectionValue(m.group(1));
            return month < 0 ? m.group() : month + "月";
        });
        return replace(CN_DAY, out, m -> {
            int day = ChineseNumerals.sectionValue(m.group(1));
            return day < 0 ? m.group() : day + m.group(2);
        });
    }

    private static String replace(Pattern pattern, String s, java.util.function.Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int year(String written, String digits) {
        if (digits.length() == 2) {
            throw new DateTextException(Problem.TWO_DIGIT_YEAR, written, "date.TWO_DIGIT_YEAR", new Object[] {digits}, null);
        }
        if (digits.length() != 4) {
            throw fail(Problem.NOT_A_DATE, written, null);
        }
        int year = Integer.parseInt(digits);
        if (year == 0) {
            throw fail(Problem.YEAR_ZERO, written, null);
        }
        return year;
    }

    private static Written time(String written, LocalDate date, String timeText) {
        String t = timeText;
        if (t.isEmpty()) {
            return new Written(date, null, null);
        }
        if (t.charAt(0) == 'T' || t.charAt(0) == 't' || t.charAt(0) == ',') {
            t = t.substring(1).strip();
        }
        Matcher m = TIME.matcher(t);
        if (!m.matches()) {
            throw fail(Problem.NOT_A_DATE, written, null);
        }
        try {
            int hour = Integer.parseInt(m.group(2));
            String minuteText = m.group(3) != null ? m.group(3) : m.group(6);
            String secondText = m.group(4) != null ? m.group(4) : m.group(7);
            int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
            int second = secondText == null ? 0 : Integer.parseInt(secondText);
            int nanos = m.group(5) == null ? 0 : Integer.parseInt((m.group(5) + "00000000").substring(0, 9));
            String period = m.group(1);
            String ampm = m.group(8) == null ? null : m.group(8).toLowerCase(Locale.ROOT).replace(".", "");
            if (ampm != null) {
                if (hour < 1 || hour > 12) {
                    throw fail(Problem.IMPOSSIBLE_TIME, written, null);
                }
                hour = hour % 12 + (ampm.equals("pm") ? 12 : 0);
            } else if (period != null) {
                boolean afternoon = period.equals("下午") || period.equals("晚上") || period.equals("中午") && hour < 11;
                if (afternoon && hour < 12) {
                    hour += 12;
                } else if (period.equals("凌晨") && hour == 12) {
                    hour = 0;
                }
            }
            LocalTime time = LocalTime.of(hour, minute, second, nanos);
            ZoneOffset offset = null;
            if (m.group(9) != null) {
                String o = m.group(9).toUpperCase(Locale.ROOT);
                if (o.length() == 5 && o.charAt(3) != ':') {
                    o = o.substring(0, 3) + ":" + o.substring(3);
                }
                offset = ZoneOffset.of(o);
            }
            return new Written(date, time, offset);
        } catch (DateTimeException e) {
            throw fail(Problem.IMPOSSIBLE_TIME, written, e);
        }
    }

    private static Written fromSerial(String written, BigDecimal serial, Serials serials) {
        long days = serial.setScale(0, RoundingMode.FLOOR).longValueExact();
        BigDecimal fraction = serial.subtract(BigDecimal.valueOf(days));
        LocalDate date;
        if (serials == Serials.EXCEL_1904) {
            date = EXCEL_1904_EPOCH.plusDays(days);
        } else if (days == 60) {
            // Excel counts a 1900-02-29 (Lotus 1-2-3's leap-year mistake); no such day exists.
            throw fail(Problem.IMPOSSIBLE_DAY, written, null);
        } else if (days >= 1 && days < 60) {
            date = EXCEL_1900_EPOCH.plusDays(days + 1);
        } else {
            date = EXCEL_1900_EPOCH.plusDays(days);
        }
        if (days < (serials == Serials.EXCEL_1904 ? 0 : 1) || days > LAST_SERIAL || date.getYear() > 9999) {
            throw fail(Problem.NOT_A_DATE, written, null);
        }
        if (fraction.signum() == 0) {
            return new Written(date, null, null);
        }
        long millis = fraction.multiply(MILLIS_PER_DAY).setScale(0, RoundingMode.HALF_UP).longValueExact();
        LocalDateTime at = date.atStartOfDay().plusNanos(millis * 1_000_000L);
        return new Written(at.toLocalDate(), at.toLocalTime(), null);
    }

    private static DateTextException fail(Problem problem, String written, Throwable cause) {
        return new DateTextException(problem, written, "date." + problem.name(), new Object[0], cause);
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
