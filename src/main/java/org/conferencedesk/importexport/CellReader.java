package org.conferencedesk.importexport;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conferencedesk.shared.DateText;
import org.conferencedesk.shared.DateTextException;
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
 *   <li><b>Dates and times</b> as {@link DateText} reads them, with the reading of their column (its
 *       day/month order, the workbook's serials); times without an offset are in the zone given
 *       (the event's, Asia/Shanghai by default).</li>
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

    private static final Pattern BARE_NUMBER = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|\\.\\d+");
    private static final Pattern NUMBER_THEN_REST = Pattern.compile("([-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)\\s*(.+)");

    private final Messages messages;

    /** A reader whose problems are worded in {@code locale}'s language. */
    public CellReader(Locale locale) {
        this.messages = Messages.of("importexport", locale);
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
     * A date, or null for an empty cell, read by {@link DateText} as its column reads dates: the forms
     * people write ({@code 2020-11-28}, {@code 2020年11月28日}, {@code 28.11.2020}, {@code Nov 28, 2020},
     * {@code 二〇二〇年十一月二十八日} …), a time after it left out, Excel serials in a workbook, and the
     * day/month order the column's clear dates decide ({@link DateText#readingOf}).
     *
     * @param reading how the column reads dates
     * @throws CellProblem if it is no date, names a day that does not exist, cannot tell its day from
     *         its month, or is in the year 0000
     */
    public LocalDate date(String cell, DateText.Reading reading) {
        String written = text(cell);
        if (written == null) {
            return null;
        }
        try {
            return DateText.parse(written, reading);
        } catch (DateTextException e) {
            throw new CellProblem(e.problem() == DateTextException.Problem.NOT_A_DATE
                    ? messages.get("row.date.unknown", written) : e.sentence(messages.locale()));
        }
    }

    /**
     * An instant, or null for an empty cell: a date with an optional time ({@link DateText}), at the
     * offset written or else in {@code zone}; a date alone means midnight.
     *
     * @param reading how the column reads dates
     * @throws CellProblem if it is no date and time, or names a day or time that does not exist
     */
    public Instant dateTime(String cell, DateText.Reading reading, ZoneId zone) {
        String written = text(cell);
        if (written == null) {
            return null;
        }
        try {
            return DateText.parseWritten(written, reading).at(zone);
        } catch (DateTextException e) {
            throw new CellProblem(switch (e.problem()) {
                case NOT_A_DATE -> messages.get("cell.time.unknown", written);
                case IMPOSSIBLE_TIME -> messages.get("cell.time.impossible", written);
                default -> e.sentence(messages.locale());
            });
        }
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
