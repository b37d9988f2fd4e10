package org.conferencedesk.importexport;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which character a file's numbers use for their decimal part: the point ({@code 1,234.56}, Chinese
 * and English lists) or the comma ({@code 1.234,56}, most European lists, often semicolon-delimited).
 * Decided once per file from the cells of its number columns ({@link #decide}), or chosen by the user
 * ({@code --decimal-comma} / {@code --decimal-point}); never guessed: a file whose only numbers read
 * two ways ({@code 1.500}: 1,500 with decimal commas, 1.5 with points) is refused until the user chooses.
 *
 * <p>Spaces (also no-break and narrow ones) between digits group thousands in both.
 */
public enum DecimalMark {
    /** {@code 1,234.56}. */
    POINT,
    /** {@code 1.234,56}. */
    COMMA;

    /** A run of digits with the grouping and decimal characters between them (full-width folded first). */
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,\\s\\u00a0\\u202f]*\\d|\\d");
    private static final Pattern ONE_GROUP_DOT = Pattern.compile("[1-9]\\d{0,2}\\.\\d{3}");
    private static final Pattern ONE_GROUP_COMMA = Pattern.compile("[1-9]\\d{0,2},\\d{3}");
    private static final Pattern POINT_ONLY = Pattern.compile("\\d+\\.\\d+|[1-9]\\d{0,2}(,\\d{3})+\\.\\d+|[1-9]\\d{0,2}(,\\d{3}){2,}");
    private static final Pattern COMMA_ONLY = Pattern.compile("\\d+,\\d+|[1-9]\\d{0,2}(\\.\\d{3})+,\\d+|[1-9]\\d{0,2}(\\.\\d{3}){2,}");

    /** Units and currency signs only Chinese amounts carry. */
    private static final Pattern CHINESE = Pattern.compile("[万亿萬億元块¥￥]|人民币|RMB|CNY", Pattern.CASE_INSENSITIVE);

    /** A number written correctly with decimal commas (grouped in threes with points, or not grouped). */
    private static final Pattern COMMA_NUMBER = Pattern.compile("\\d{1,3}(\\.\\d{3})*(,\\d+)?|\\d+(,\\d+)?");

    /** What the cells of a file's number columns say about its decimal mark. */
    public enum Evidence {
        /** Only numbers that read the same either way (or none). */
        NONE,
        /** A number that reads two ways ({@code 1.500}, {@code 1,500}) and nothing that decides. */
        AMBIGUOUS,
        /** Numbers that only read with decimal points. */
        POINT,
        /** Numbers that only read with decimal commas. */
        COMMA,
        /** Some numbers only read with points, others only with commas. */
        MIXED
    }

    /**
     * How one cell's number reads: {@link Evidence#POINT} or {@link Evidence#COMMA} if only one mark
     * fits, {@link Evidence#AMBIGUOUS} for {@code 1.500} or {@code 1,500}, else {@link Evidence#NONE}. A
     * number with a Chinese unit or the yuan sign ({@code 3,500万元}, {@code ¥1,500}) reads with points.
     */
    public static Evidence of(String cell) {
        String number = number(cell);
        if (number == null) {
            return Evidence.NONE;
        }
        if (CHINESE.matcher(cell).find() && number.matches("[\\d,]*\\.?\\d*")) {
            // 3,500万元, ¥1,500: Chinese amounts group with commas and never use a decimal comma.
            return number.indexOf(',') >= 0 || number.indexOf('.') >= 0 ? Evidence.POINT : Evidence.NONE;
        }
        if (ONE_GROUP_DOT.matcher(number).matches() || ONE_GROUP_COMMA.matcher(number).matches()) {
            return Evidence.AMBIGUOUS;
        }
        boolean point = POINT_ONLY.matcher(number).matches();
        boolean comma = COMMA_ONLY.matcher(number).matches();
        if (point == comma) {
            return Evidence.NONE;
        }
        return point ? Evidence.POINT : Evidence.COMMA;
    }

    /** The evidence of {@code earlier} cells combined with one more cell's. */
    public static Evidence combine(Evidence earlier, Evidence cell) {
        if (earlier == cell || cell == Evidence.NONE) {
            return earlier;
        }
        if (earlier == Evidence.NONE) {
            return cell;
        }
        if (earlier == Evidence.MIXED || cell == Evidence.MIXED) {
            return Evidence.MIXED;
        }
        if (earlier == Evidence.AMBIGUOUS) {
            return cell;
        }
        if (cell == Evidence.AMBIGUOUS) {
            return earlier;
        }
        return Evidence.MIXED;
    }

    /**
     * The cell with its number written the way {@link org.conferencedesk.shared.money.AmountParser}
     * and {@link CellReader#decimal} read (decimal point; with decimal commas the grouping points are dropped, and a number
     * not grouped in threes is left as written for the reader to refuse); text around the number (a
     * currency, a unit) is kept. A cell without digits is returned as it is.
     */
    public String normalise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        String folded = Normalizer.normalize(cell, Normalizer.Form.NFKC);
        Matcher m = NUMBER.matcher(folded);
        if (!m.find()) {
            return cell;
        }
        String number = m.group().replaceAll("[\\s\\u00a0\\u202f]", "");
        String plain = number;
        if (this == COMMA && COMMA_NUMBER.matcher(number).matches()) {
            plain = number.replace(".", "").replace(',', '.');
        }
        return folded.substring(0, m.start()) + plain + folded.substring(m.end());
    }

    /** The first number of the cell with spaces between its digits removed, or null. */
    private static String number(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        Matcher m = NUMBER.matcher(Normalizer.normalize(cell, Normalizer.Form.NFKC));
        return m.find() ? m.group().replaceAll("[\\s\\u00a0\\u202f]", "") : null;
    }
}
