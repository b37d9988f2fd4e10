package org.conferencedesk.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conferencedesk.shared.money.AmountFormatException;
import org.conferencedesk.shared.money.AmountParser;

/**
 * An announced figure as it was stated, read: its number (in the notations {@link AmountParser} reads:
 * {@code 3,200}, {@code 536.3亿}, {@code 53.63 billion}, {@code 800万}), the precision it was stated to,
 * and its {@link Bound} ({@code 320+} at least, {@code 超过320} more than, {@code 约300} about …).
 *
 * <p><b>Precision</b>: a figure is as precise as its last written digit, times its unit: "536.3 亿元" is
 * stated to 0.1 亿 = 10,000,000 yuan, "RMB 53.63 billion" to 0.01 billion = 10,000,000 yuan, "3,200" to 1,
 * "800万" to 1 万. Trailing zeros of a whole number count as written ("5200万" is stated to 1 万).
 *
 * <p><b>When the data agree</b> ({@link #agreesWith}):
 * <ul>
 *   <li>{@link Bound#EXACT}: the data rounded half up (四舍五入) to the stated precision give the stated
 *       figure. 53,630,000,000.00 yuan rounds to 536.3 亿; 53,625,000,000.00 does too (half up), 53,624,999,999.99
 *       does not. Half up because it is how a press office rounds a figure for a release and how
 *       Chinese statistical bulletins round their published figures; a reader checking "536.3 亿元" against
 *       the ledger rounds the same way. A count stated to 1 must be equal.</li>
 *   <li>{@link Bound#AT_LEAST}: the data are the figure or more; {@link Bound#MORE_THAN}: more than it
 *       (no rounding: "320+" is a floor, and 319.6 of anything is not 320).</li>
 *   <li>{@link Bound#ABOUT}: the data rounded half up to the figure's last non-zero digit give the figure
 *       ("约300人": 250 to 349; "约536亿元": 535.5 to 536.49… 亿); {@link Bound#NEARLY}: the same, and not above it.</li>
 * </ul>
 *
 * @param text the statement as written
 * @param bound how it states the figure
 * @param value the stated figure, in the unit's terms (a count, yuan, m²), at the unit's scale
 * @param precision the value of its last written digit (at least 1 for a count)
 * @param unit what the figure counts
 */
public record AnnouncedStatement(String text, Bound bound, BigDecimal value, BigDecimal precision, FigureUnit unit) {

    /** Longest statement kept (column {@code announced_figure.statement}). */
    public static final int MAX_LENGTH = 100;

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])(\\d[\\d,]*)(?:\\.(\\d+))?");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final List<String> UNITS = List.of("万亿", "千亿", "百亿", "十亿", "亿", "千万", "百万", "十万", "万", "千", "百",
            "億", "萬", "thousand", "million", "billion", "trillion", "bn", "mn");
    private static final List<String> YUAN_WORDS = List.of("人民币", "元", "块", "rmb", "cny", "yuan", "¥");
    private static final List<String> OTHER_CURRENCY_WORDS = List.of("美元", "美金", "欧元", "日元", "円", "港元", "港币", "港幣",
            "英镑", "usd", "eur", "jpy", "hkd", "gbp", "us$", "hk$", "$", "€", "£");

    /**
     * A word or phrase that states the bound, anywhere in the statement (English on word boundaries);
     * bound null: an upper bound, which this does not compare ("no more than", "不足").
     */
    private record Qualifier(String words, Bound bound) {
    }

    /** Every qualifier, longest first, so that "no less than" is read before "less than" and "不超过" before "超过". */
    private static final List<Qualifier> QUALIFIERS = sortedLongestFirst(List.of(
            new Qualifier("不超过", null), new Qualifier("不多于", null), new Qualifier("不到", null), new Qualifier("不足", null),
            new Qualifier("最多", null), new Qualifier("至多", null), new Qualifier("以下", null), new Qualifier("以内", null),
            new Qualifier("no more than", null), new Qualifier("at most", null), new Qualifier("up to", null),
            new Qualifier("less than", null), new Qualifier("fewer than", null), new Qualifier("under", null),
            new Qualifier("below", null),
            new Qualifier("以上", Bound.AT_LEAST), new Qualifier("及以上", Bound.AT_LEAST), new Qualifier("或以上", Bound.AT_LEAST),
            new Qualifier("不少于", Bound.AT_LEAST), new Qualifier("不低于", Bound.AT_LEAST), new Qualifier("至少", Bound.AT_LEAST),
            new Qualifier("at least", Bound.AT_LEAST), new Qualifier("or more", Bound.AT_LEAST),
            new Qualifier("and above", Bound.AT_LEAST), new Qualifier("and over", Bound.AT_LEAST), new Qualifier("or above", Bound.AT_LEAST),
            new Qualifier("no fewer than", Bound.AT_LEAST), new Qualifier("no less than", Bound.AT_LEAST),
            new Qualifier("超过", Bound.MORE_THAN), new Qualifier("多于", Bound.MORE_THAN), new Qualifier("高于", Bound.MORE_THAN),
            new Qualifier("逾", Bound.MORE_THAN),
            new Qualifier("more than", Bound.MORE_THAN), new Qualifier("over", Bound.MORE_THAN),
            new Qualifier("in excess of", Bound.MORE_THAN), new Qualifier("upwards of", Bound.MORE_THAN),
            new Qualifier("大约", Bound.ABOUT), new Qualifier("左右", Bound.ABOUT), new Qualifier("大概", Bound.ABOUT),
            new Qualifier("约合", Bound.ABOUT),
            new Qualifier("about", Bound.ABOUT), new Qualifier("around", Bound.ABOUT), new Qualifier("approximately", Bound.ABOUT),
            new Qualifier("approx.", Bound.ABOUT), new Qualifier("roughly", Bound.ABOUT),
            new Qualifier("将近", Bound.NEARLY), new Qualifier("接近", Bound.NEARLY),
            new Qualifier("nearly", Bound.NEARLY), new Qualifier("almost", Bound.NEARLY), new Qualifier("close to", Bound.NEARLY)));

    /** Checks the parts (NullPointerException otherwise). */
    public AnnouncedStatement {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * Reads a statement of a figure that counts {@code unit}.
     *
     * @param text as announced: "30 projects", "536.3 亿元", "RMB 53.63 billion", "320+ guests", "24位院士",
     *        "逾3,200家", "约300人", "1.2万平方米" (one figure; words around it are allowed)
     * @throws DashboardException if it is empty or longer than {@value #MAX_LENGTH} characters, has no
     *         figure in digits or two of them, a number written in a way amounts are not
     *         (grouping not in threes), two different bounds, an upper bound ("不超过", "at most"), a
     *         currency other than yuan, an amount for a count, or a count that is not whole
     */
    public static AnnouncedStatement parse(String text, FigureUnit unit) {
        String original = text == null ? "" : text.strip();
        if (original.isEmpty()) {
            throw new DashboardException("statement.empty");
        }
        if (original.length() > MAX_LENGTH) {
            throw new DashboardException("statement.tooLong", MAX_LENGTH);
        }
        String t = Normalizer.normalize(original, Normalizer.Form.NFKC);
        Matcher m = NUMBER.matcher(t);
        if (!m.find()) {
            throw new DashboardException("statement.noNumber", original);
        }
        String digits = m.group(1).endsWith(",") ? m.group(1).substring(0, m.group(1).length() - 1) : m.group(1);
        int decimals = m.group(2) == null || m.group(1).endsWith(",") ? 0 : m.group(2).length();
        int end = m.group(1).endsWith(",") ? m.start(1) + digits.length() : m.end();
        String number = t.substring(m.start(1), end);

        // After the number: 多/余 (more than), a unit, 多/余 again ("300多万", "2万余人").
        EnumSet<Bound> bounds = EnumSet.noneOf(Bound.class);
        int i = skipBlanks(t, end);
        if (i < t.length() && (t.charAt(i) == '多' || t.charAt(i) == '余')) {
            bounds.add(Bound.MORE_THAN);
            i = skipBlanks(t, i + 1);
        }
        String unitWord = null;
        for (String u : UNITS) {
            if (t.regionMatches(true, i, u, 0, u.length()) && (u.codePointAt(0) > 0x7f || !letterAt(t, i + u.length()))) {
                unitWord = u;
                i = skipBlanks(t, i + u.length());
                break;
            }
        }
        if (i < t.length() && (t.charAt(i) == '多' || t.charAt(i) == '余')) {
            bounds.add(Bound.MORE_THAN);
            i++;
        }
        String before = t.substring(0, m.start(1));
        String after = t.substring(i);
        if (DIGIT.matcher(after).find()) {
            throw new DashboardException("statement.twoNumbers", original);
        }

        // The currency, next to the number.
        String afterLower = after.stripLeading().toLowerCase(Locale.ROOT);
        String beforeStripped = before.stripTrailing();
        String beforeLower = beforeStripped.toLowerCase(Locale.ROOT);
        boolean otherCurrency = OTHER_CURRENCY_WORDS.stream().anyMatch(w -> afterLower.startsWith(w) || beforeLower.endsWith(w));
        String yuanBefore = YUAN_WORDS.stream().filter(beforeLower::endsWith).max(Comparator.comparingInt(String::length)).orElse(null);
        boolean yuan = yuanBefore != null || YUAN_WORDS.stream().anyMatch(afterLower::startsWith);
        if (otherCurrency && unit == FigureUnit.YUAN) {
            throw new DashboardException("statement.currency", original);
        }
        if ((otherCurrency || yuan) && unit != FigureUnit.YUAN) {
            throw new DashboardException("statement.amountForCount", original);
        }
        if (yuanBefore != null) {
            beforeStripped = beforeStripped.substring(0, beforeStripped.length() - yuanBefore.length()).stripTrailing();
        }

        // The bound: one-character qualifiers right before the number, words anywhere, '+' anywhere.
        if (!beforeStripped.isEmpty()) {
            char last = beforeStripped.charAt(beforeStripped.length() - 1);
            char prior = beforeStripped.length() > 1 ? beforeStripped.charAt(beforeStripped.length() - 2) : ' ';
            if (last == '近' && "最附将接".indexOf(prior) < 0) {
                bounds.add(Bound.NEARLY);
            } else if (last == '约' && "签合条预节公契大".indexOf(prior) < 0) {
                bounds.add(Bound.ABOUT);
            } else if (last == '超' && "高赶".indexOf(prior) < 0) {
                bounds.add(Bound.MORE_THAN);
            } else if (last == '~' || last == '≈') {
                bounds.add(Bound.ABOUT);
            }
        }
        String words = (before + " # " + after).toLowerCase(Locale.ROOT);
        for (Qualifier q : QUALIFIERS) {
            int at;
            while ((at = indexOfWord(words, q.words())) >= 0) {
                if (q.bound() == null) {
                    throw new DashboardException("statement.upperBound", original);
                }
                bounds.add(q.bound());
                words = words.substring(0, at) + " " + words.substring(at + q.words().length());
            }
        }
        if (words.indexOf('+') >= 0) {
            bounds.add(Bound.AT_LEAST);
        }
        if (bounds.size() > 1) {
            throw new DashboardException("statement.bounds", original);
        }
        Bound bound = bounds.isEmpty() ? Bound.EXACT : bounds.iterator().next();

        // The number, read as an amount is read (grouping in threes, units exact).
        BigDecimal value;
        BigDecimal multiplier;
        try {
            value = AmountParser.parse(number + (unitWord == null ? "" : unitWord)).value();
            multiplier = unitWord == null ? BigDecimal.ONE : AmountParser.parse("1" + unitWord).value();
        } catch (AmountFormatException e) {
            throw new DashboardException("statement.number", original, e.fragment());
        }
        BigDecimal precision = multiplier.movePointLeft(decimals).stripTrailingZeros();
        if (unit == FigureUnit.COUNT) {
            if (value.stripTrailingZeros().scale() > 0) {
                throw new DashboardException("statement.notWhole", original);
            }
            precision = precision.max(BigDecimal.ONE);
        }
        return new AnnouncedStatement(original, bound, unit.normalise(value.setScale(Math.max(unit.scale(), 0),
                RoundingMode.UNNECESSARY)), precision, unit);
    }

    /**
     * The precision the data are rounded to before they are compared: the stated precision for an exact
     * figure, the figure's last non-zero digit for "about" and "nearly" ("约300" → 100), none (null) for
     * a floor.
     */
    public BigDecimal roundingPrecision() {
        return switch (bound) {
            case EXACT -> precision;
            case ABOUT, NEARLY -> significantPrecision();
            case AT_LEAST, MORE_THAN -> null;
        };
    }

    /** The data rounded half up to {@link #roundingPrecision()}, at the unit's scale; the data as they are for a floor. */
    public BigDecimal rounded(BigDecimal actual) {
        BigDecimal p = roundingPrecision();
        if (p == null) {
            return unit.normalise(actual);
        }
        return unit.normalise(actual.divide(p, 0, RoundingMode.HALF_UP).multiply(p));
    }

    /** True if the data agree with the statement (see the class comment for each bound). */
    public boolean agreesWith(BigDecimal actual) {
        return switch (bound) {
            case EXACT, ABOUT -> rounded(actual).compareTo(value) == 0;
            case NEARLY -> actual.compareTo(value) <= 0 && rounded(actual).compareTo(value) == 0;
            case AT_LEAST -> actual.compareTo(value) >= 0;
            case MORE_THAN -> actual.compareTo(value) > 0;
        };
    }

    private BigDecimal significantPrecision() {
        BigDecimal steps = value.divide(precision, 0, RoundingMode.UNNECESSARY);
        BigDecimal p = precision;
        while (steps.signum() != 0 && steps.remainder(BigDecimal.TEN).signum() == 0) {
            steps = steps.divide(BigDecimal.TEN, 0, RoundingMode.UNNECESSARY);
            p = p.multiply(BigDecimal.TEN);
        }
        return p;
    }

    private static int skipBlanks(String t, int i) {
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean letterAt(String t, int i) {
        return i < t.length() && Character.isLetter(t.charAt(i)) && t.charAt(i) < 0x80;
    }

    /** Where {@code word} stands in {@code text}: anywhere if it is Chinese, else between non-letters. */
    private static int indexOfWord(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            boolean latin = Character.isLetter(word.charAt(0)) && word.charAt(0) < 0x80;
            if (!latin || (!letterAt(text, at - 1 < 0 ? text.length() : at - 1) && !letterAt(text, at + word.length()))) {
                return at;
            }
            from = at + 1;
        }
    }

    private static List<Qualifier> sortedLongestFirst(List<Qualifier> list) {
        List<Qualifier> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparingInt((Qualifier q) -> q.words().length()).reversed());
        return List.copyOf(sorted);
    }

}
