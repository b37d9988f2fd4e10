package org.conferencedesk.importexport;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.conferencedesk.shared.DateText;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.money.AmountFormatException;
import org.conferencedesk.shared.money.AmountParser;

/**
 * Reads one cell of an import file as a value, the same way for every record type, or says in the
 * user's language why it cannot ({@link CellProblem}).
 *
 * <ul>
 *   <li><b>Text</b> is kept as written. Spaces and line breaks around it are dropped; a TAB at its
 *       start or end is refused (invisible in Excel, and saving would drop it without a word: the
 *       database keeps no blank around a text), and so are control characters other than TAB and line breaks (a NUL or ESC left by
 *       another program) and Excel's error values ({@code #REF!}, {@code #N/A} …: a formula that could
 *       not be calculated). The apostrophe an export puts before {@code = + - @ ＝ ＋ － ＠}, a TAB, a
 *       CR or another apostrophe ({@link SpreadsheetWriter#harmless}) is removed again, so that an
 *       export reads back to exactly what was stored.</li>
 *   <li><b>Dates</b>: the forms of {@link DateText}; {@code 11/28/2020} (month first, as Excel writes
 *       it in English) and {@code 28/11/2020}, but not {@code 03/04/2020}, which could be either; a
 *       date with a time after it ({@code 2020-11-28 00:00:00}); in a workbook an Excel serial number
 *       ({@code 44163}, or {@code 44163.75} in a General-format cell). The year 0000 does not exist
 *       and is refused.</li>
 *   <li><b>Times</b> without an offset are in the zone given (the event's, Asia/Shanghai by default).</li>
 *   <li><b>Amounts</b> through {@link AmountParser} (exact yuan, never a double), with the unit the
 *       column carries ({@link AmountUnit}); a cell whose own unit contradicts it is refused.</li>
 * </ul>
 *
 * Thread-safe.
 */
public final class CellReader {

    /** A cell that cannot be read as the value its column needs; the reason is in the user's language. */
    public static final class CellProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final boolean aboutTheText;

        /** Creates the problem with its sentence. */
        public CellProblem(String reason) {
            this(reason, true);
        }

        private CellProblem(String reason, boolean aboutTheText) {
            super(reason, null, false, false);
            this.aboutTheText = aboutTheText;
        }

        /**
         * True if the text itself cannot be kept (a control character, an Excel error, a TAB), false if
         * it is text but not the value the column needs (the caller may say so in its own words).
         */
        public boolean isAboutTheText() {
            return aboutTheText;
        }

        /** What is wrong and what to do, in the user's language. */
        public String reason() {
            return getMessage();
        }
    }

    /** Excel's error values, as an error cell reads (and as Excel writes it into a CSV). */
    private static final Set<String> EXCEL_ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!");

    private static final Pattern DATE_WITH_TIME = Pattern.compile("(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})[T ].*");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");
    private static final Pattern YEAR_ZERO = Pattern.compile("0{4}\\D.*|0{4}");
    private static final Pattern DATE_AND_TIME = Pattern.compile(
            "(.+?)(?:[T ]+|\\s*日\\s*|\\s+)(\\d{1,2})[:：时](\\d{2})(?:[:：分](\\d{2})(?:\\.(\\d{1,9}))?)?\\s*[秒分]?");
    private static final Pattern OFFSET_AT_END = Pattern.compile(".*(Z|[+-]\\d{2}:?\\d{2})$");
    private static final Pattern BARE_NUMBER = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|\\.\\d+");
    private static final Pattern NUMBER_THEN_REST = Pattern.compile("([-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)\\s*(.+)");

    private final Messages messages;
    private final boolean workbook;

    /**
     * @param locale the language of the problems
     * @param workbook true for a workbook (its numbers in a date column are Excel serial dates)
     */
    public CellReader(Locale locale, boolean workbook) {
        this.messages = Messages.of("importexport", locale);
        this.workbook = workbook;
    }

    /** The sentences of the import (the {@code importexport} bundle in the reader's language). */
    public Messages messages() {
        return messages;
    }

    /**
     * The cell's text as kept: blanks and line breaks around it dropped, the export's apostrophe
     * removed; null if nothing is left.
     *
     * @throws CellProblem for a TAB at the start or end, a control character, or an Excel error value
     */
    public String text(String cell) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        String s = strip(cell);
        if (s.isEmpty()) {
            return null;
        }
        if (s.length() > 1 && s.charAt(0) == '\'' && isEscaped(s.charAt(1))) {
            // Written by our export: exactly what was stored follows.
            s = s.substring(1);
        }
        if (s.charAt(0) == '\t' || s.charAt(s.length() - 1) == '\t') {
            // Saving would drop it without a word (the database keeps no blank around a text).
            throw new CellProblem(messages.get("cell.tab", s.charAt(0) == '\t' ? 0 : 1, s.strip()));
        }
        if (s.charAt(0) == '#' && EXCEL_ERRORS.contains(s)) {
            throw new CellProblem(messages.get("cell.excelError", s));
        }
        int at = controlCharacter(s);
        if (at >= 0) {
            throw new CellProblem(messages.get("cell.controlCharacter",
                    String.format(Locale.ROOT, "%04X", (int) s.charAt(at)), s.codePointCount(0, at) + 1));
        }
        return s;
    }

    /** Drops spaces (any Unicode space, the ideographic one too) and line breaks at both ends; keeps TABs. */
    static String strip(String cell) {
        int start = 0;
        int end = cell.length();
        while (start < end && isBlank(cell.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(cell.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == cell.length() ? cell : cell.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u3000' || c == '\uFEFF'
                || (c > 0x7F && Character.isSpaceChar(c));
    }

    private static boolean isEscaped(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\''
                || c == '＝' || c == '＋' || c == '－' || c == '＠';
    }

    /**
     * The index of the first control character in {@code text} other than TAB and line breaks, or -1.
     */
    static int controlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A date, or null for an empty cell.
     *
     * @throws CellProblem if it is no date, names a day that does not exist, could be day or month
     *         first, or is in the year 0000
     */
    public LocalDate date(String cell) {
        String written = text(cell);
        if (written == null) {
            return null;
        }
        String folded = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        Matcher withTime = DATE_WITH_TIME.matcher(folded);
        LocalDate date = dateOrNull(withTime.matches() ? withTime.group(1) : folded, written);
        if (date == null && workbook && SERIAL.matcher(folded).matches()) {
            date = serial(folded, written).toLocalDate();
        }
        if (date == null) {
            throw new CellProblem(messages.get("row.date.unknown", written));
        }
        return date;
    }

    /** A date in one of the forms, null if it has none of them; refuses impossible, ambiguous and year-0 dates. */
    private LocalDate dateOrNull(String text, String written) {
        if (YEAR_ZERO.matcher(text).matches()) {
            throw new CellProblem(messages.get("cell.yearZero", written));
        }
        try {
            LocalDate date = DateText.parse(text);
            if (date != null && date.getYear() == 0) {
                throw new CellProblem(messages.get("cell.yearZero", written));
            }
            return date;
        } catch (DateTimeParseException e) {
            if (DateText.isImpossibleDay(e)) {
                throw new CellProblem(messages.get("row.date.impossible", written));
            }
        }
        Matcher m = US_DATE.matcher(text);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (year == 0) {
                throw new CellProblem(messages.get("cell.yearZero", written));
            }
            // 11/28/2020 (month first, as Excel writes it in English) and 28/11/2020 are clear;
            // 03/04/2020 is not, and guessing would put the record on the wrong day.
            if (first <= 12 && second <= 12 && first != second) {
                throw new CellProblem(messages.get("row.date.ambiguous", written));
            }
            try {
                return first > 12 ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
            } catch (DateTimeException e) {
                throw new CellProblem(messages.get("row.date.impossible", written));
            }
        }
        return null;
    }

    private LocalDateTime serial(String folded, String written) {
        double serial = Double.parseDouble(folded);
        if (serial < 1 || serial >= 2958466) {
            throw new CellProblem(messages.get("row.date.unknown", written));
        }
        return DateUtil.getLocalDateTime(serial);
    }

    /**
     * An instant, or null for an empty cell: ISO with an offset ({@code 2020-11-26T09:30:00+08:00},
     * {@code …Z}); a date in one of the forms of {@link #date} with an optional time ({@code 9:30},
     * {@code 09:30:15}, {@code 09:30:15.123456}, {@code 9时30分}) in {@code zone}; an Excel serial number
     * in a workbook; a date alone means midnight.
     *
     * @throws CellProblem if it is no time, or names a day or time that does not exist
     */
    public Instant dateTime(String cell, ZoneId zone) {
        String written = text(cell);
        if (written == null) {
            return null;
        }
        String text = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        if (OFFSET_AT_END.matcher(text).matches() && text.length() > 16) {
            try {
                return OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
            } catch (DateTimeParseException e) {
                // Not ISO after all; try the other forms.
            }
        }
        if (workbook && SERIAL.matcher(text).matches()) {
            return serial(text, written).atZone(zone).toInstant();
        }
        Matcher m = DATE_AND_TIME.matcher(text);
        LocalDate date;
        LocalTime time = LocalTime.MIDNIGHT;
        if (m.matches()) {
            date = dateOrNull(m.group(1).strip(), written);
            if (date == null) {
                throw new CellProblem(messages.get("cell.time.unknown", written));
            }
            int nanos = m.group(5) == null ? 0 : Integer.parseInt((m.group(5) + "00000000").substring(0, 9));
            try {
                time = LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4) == null ? 0 : Integer.parseInt(m.group(4)), nanos);
            } catch (DateTimeException e) {
                throw new CellProblem(messages.get("cell.time.impossible", written));
            }
        } else {
            date = dateOrNull(text, written);
            if (date == null) {
                throw new CellProblem(messages.get("cell.time.unknown", written));
            }
        }
        return LocalDateTime.of(date, time).atZone(zone).toInstant();
    }

    /**
     * A whole number of 1 or more ({@code 12}, {@code １２}, {@code 12.0} as a workbook writes it), or null
     * for an empty cell.
     *
     * @throws CellProblem for anything else ({@link CellProblem#isAboutTheText()} false)
     */
    public Integer positiveWholeNumber(String cell) {
        String written = text(cell);
        if (written == null) {
            return null;
        }
        String folded = Normalizer.normalize(written, Normalizer.Form.NFKC).strip().replaceFirst("^(\\d+)\\.0+$", "$1");
        if (!folded.matches("\\d{1,9}") || Integer.parseInt(folded) < 1) {
            throw new CellProblem(messages.get("cell.notWholeNumber", written), false);
        }
        return Integer.parseInt(folded);
    }

    /**
     * An amount, or null for an empty cell.
     *
     * @param unit the unit the column carries (header, title row or unit column), or null for yuan
     * @param defaultCurrency the currency when neither the cell nor the unit names one
     * @throws CellProblem if it is no amount, or its own unit contradicts {@code unit}
     */
    public Amount amount(String cell, AmountUnit unit, String defaultCurrency) {
        String written = text(cell);
        if (written == null) {
            return null;
        }
        String folded = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        String currency = unit != null && unit.currency() != null ? unit.currency() : defaultCurrency;
        String toParse = written;
        if (unit != null && unit.multiplier().compareTo(BigDecimal.ONE) != 0 || unit != null && unit.currency() != null) {
            if (BARE_NUMBER.matcher(folded).matches()) {
                toParse = folded + unit.parserWord();
            } else {
                AmountUnit own = ownUnit(folded);
                if (own == null || !own.agreesWith(unit)) {
                    throw new CellProblem(messages.get("cell.unitContradicts", written, unit.written()));
                }
            }
        } else if (unit != null) {
            // The column is in yuan (元): a cell in 万 or 亿 says otherwise.
            AmountUnit own = BARE_NUMBER.matcher(folded).matches() ? null : ownUnit(folded);
            if (own != null && !own.agreesWith(unit)) {
                throw new CellProblem(messages.get("cell.unitContradicts", written, unit.written()));
            }
        }
        try {
            return AmountParser.parse(toParse, currency);
        } catch (AmountFormatException e) {
            String fragment = e.fragment().isEmpty() ? written : e.fragment();
            throw new CellProblem(messages.get("row.amount." + e.reason().name(), written, fragment));
        }
    }

    /** The unit written after the number in a cell ({@code 5000万元} → 万元), or null if none can be told. */
    private static AmountUnit ownUnit(String folded) {
        Matcher m = NUMBER_THEN_REST.matcher(folded);
        if (m.matches()) {
            String rest = m.group(2).replaceAll("整$", "");
            return rest.isEmpty() ? AmountUnit.YUAN : AmountUnit.of(rest);
        }
        // Capital numerals (伍亿元整) and other self-contained amounts: they say their own magnitude,
        // which a unit column cannot also give.
        return null;
    }
}
