package org.conferencedesk.shared.money;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.conferencedesk.shared.ChineseNumerals;
import org.conferencedesk.shared.money.AmountFormatException.Reason;

/**
 * Reads amounts the way organisers write them, exactly (only {@link BigDecimal}, no floating point
 * at any step).
 *
 * <p>See {@code shared/docs/DOMAIN.md}, section "Money": 1 亿 = 100,000,000; 1 万 = 10,000.
 * Accepted, with whitespace anywhere between tokens:
 * <ul>
 *   <li>a number in ASCII digits (full-width digits, comma and period are folded by NFKC), grouped
 *       in threes with {@code ,} or not grouped, with an optional {@code .} decimal part:
 *       {@code 1234.5}, {@code 1,234,567.89}, {@code １２３，４５６};</li>
 *   <li>an optional unit after it: {@code 百 千 万 十万 百万 千万 亿 十亿 百亿 千亿 万亿} (also with
 *       traditional 萬 億), {@code thousand k million m mn billion bn trillion} (any case);</li>
 *   <li>Chinese compounds with decreasing units: {@code 1亿2000万}, {@code 1亿零500万};</li>
 *   <li>the number in Chinese numerals, everyday or the financial capitals of contracts, read
 *       exactly by {@link ChineseNumerals}: {@code 伍亿元整}, {@code 壹仟万元}, {@code 叁亿伍仟万元},
 *       {@code 五亿元}, {@code 贰拾万零伍佰元}, {@code 5亿五千万}, {@code 五点二亿} (a decimal point
 *       {@code 点} followed by digits); after {@code 元} the fen part in {@code 角} (also {@code 毛})
 *       and {@code 分}: {@code 壹佰元伍角陆分} = 100.56, {@code 壹佰元零伍分} = 100.05; a final
 *       {@code 整} (or {@code 正}) means "exactly" and changes nothing: {@code 5亿元整};</li>
 *   <li>an optional currency before and/or after: {@code ¥ ￥ RMB CNY 人民币 yuan} (CNY),
 *       {@code $ US$ USD 美元 美金}, {@code € EUR 欧元}, {@code 円 JPY 日元},
 *       {@code HK$ HKD 港元 港币}, {@code £ GBP 英镑}. {@code 元} and {@code 块} name no currency
 *       (as in 港币5亿元): alone they mean the default currency.</li>
 * </ul>
 * Refused with an {@link AmountFormatException}: scientific notation, negative amounts, anything
 * finer than 0.01 after applying the unit, 10^17 or more (does not fit {@code DECIMAL(19,2)}),
 * grouping that is not in threes, and Chinese numerals that can be read two ways: {@code 叁亿伍仟}
 * (叁亿伍仟万 = 350,000,000 or 叁亿零伍仟 = 300,005,000?), {@code 伍佰伍} (550 or 505?), a part after
 * {@code 万} or {@code 亿} without its own unit and without {@code 零} before it
 * ({@link Reason#UNCLEAR_NUMERALS}).
 *
 * <p>The text is normalised with {@link Normalizer.Form#NFKC} one code point at a time (so that a
 * refused fragment can be reported exactly as the user wrote it).
 *
 * <p>Thread-safe; no state.
 */
public final class AmountParser {

    private static final String EXAMPLES = "write e.g. 5.2亿元, 3,500万元 or RMB 1.2 billion";

    /** Marks a currency word that names no currency ({@code 元}): the default currency applies. */
    private static final String NEUTRAL = "";

    /** Unit word → multiplier. Chinese keys also get their traditional form (萬, 億) below. */
    private static final Map<String, BigDecimal> UNITS = new LinkedHashMap<>();

    /** Currency word → ISO 4217 code ({@link #NEUTRAL} for 元 and 块). */
    private static final Map<String, String> CURRENCIES = new LinkedHashMap<>();

    static {
        unit("百", 2);
        unit("千", 3);
        unit("万", 4);
        unit("十万", 5);
        unit("百万", 6);
        unit("千万", 7);
        unit("亿", 8);
        unit("十亿", 9);
        unit("百亿", 10);
        unit("千亿", 11);
        unit("万亿", 12);
        unit("thousand", 3);
        unit("k", 3);
        unit("million", 6);
        unit("m", 6);
        unit("mn", 6);
        unit("billion", 9);
        unit("bn", 9);
        unit("trillion", 12);

        currency(NEUTRAL, "元", "块");
        currency("CNY", "CNY", "RMB", "¥", "人民币", "yuan");
        currency("USD", "USD", "US$", "$", "美元", "美金");
        currency("EUR", "EUR", "€", "欧元");
        currency("JPY", "JPY", "円", "日元");
        currency("HKD", "HKD", "HK$", "港元", "港币");
        currency("GBP", "GBP", "£", "英镑");
    }

    /** All unit and currency words, longest first, for longest-match tokenising. */
    private static final List<String> WORDS;

    static {
        List<String> words = new ArrayList<>(UNITS.keySet());
        words.addAll(CURRENCIES.keySet());
        words.sort(Comparator.comparingInt(String::length).reversed());
        WORDS = Collections.unmodifiableList(words);
    }

    /** The fen part after 元: 角 (colloquially 毛) is 0.1, 分 is 0.01. */
    private static final Map<Character, Integer> FRACTION_UNITS = Map.of('角', 1, '毛', 1, '分', 2);

    private AmountParser() {
    }

    private static void unit(String word, int powerOfTen) {
        BigDecimal multiplier = BigDecimal.ONE.scaleByPowerOfTen(powerOfTen);
        UNITS.put(word, multiplier);
        UNITS.putIfAbsent(traditional(word), multiplier);
    }

    private static void currency(String iso, String... words) {
        for (String word : words) {
            CURRENCIES.put(word, iso);
            CURRENCIES.putIfAbsent(traditional(word), iso);
        }
    }

    private static String traditional(String simplified) {
        return simplified.replace('万', '萬').replace('亿', '億').replace('币', '幣')
                .replace('镑', '鎊').replace('欧', '歐');
    }

    /**
     * Parses an amount; without a currency word the amount is in CNY (yuan).
     *
     * @param text what the user wrote, e.g. {@code 536.3亿元}, {@code RMB 1.2 billion}; {@code null}
     *             is treated as empty
     * @return the exact amount, value in the currency's main unit (yuan for CNY) with scale 2
     * @throws AmountFormatException if the text is not an amount (see {@link Reason})
     */
    public static Amount parse(String text) {
        return parse(text, Amount.CNY);
    }

    /**
     * Parses an amount.
     *
     * @param text            what the user wrote; {@code null} is treated as empty
     * @param defaultCurrency ISO 4217 code used when the text names no currency (also for 元 alone)
     * @return the exact amount, value in the currency's main unit with scale 2
     * @throws AmountFormatException    if the text is not an amount (see {@link Reason})
     * @throws IllegalArgumentException if {@code defaultCurrency} is not an ISO 4217 code
     * @throws NullPointerException     if {@code defaultCurrency} is {@code null}
     */
    public static Amount parse(String text, String defaultCurrency) {
        Objects.requireNonNull(defaultCurrency, "defaultCurrency");
        if (!defaultCurrency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("defaultCurrency must be an ISO 4217 code: " + defaultCurrency);
        }
        Currency.getInstance(defaultCurrency); // throws IllegalArgumentException if unknown
        Source source = Source.of(text == null ? "" : text);
        List<Token> tokens = tokenize(source);
        return new Reader(source, tokens, defaultCurrency).read();
    }

    // ---------------------------------------------------------------------------------------------
    // Source text: NFKC-normalised, with a map back to the original for fragments.

    private static final class Source {
        final String original;
        final String text;
        final int[] originalStart;
        final int[] originalEnd;

        private Source(String original, String text, int[] originalStart, int[] originalEnd) {
            this.original = original;
            this.text = text;
            this.originalStart = originalStart;
            this.originalEnd = originalEnd;
        }

        static Source of(String original) {
            StringBuilder text = new StringBuilder(original.length());
            int[] starts = new int[original.length() + 8];
            int[] ends = new int[original.length() + 8];
            int i = 0;
            while (i < original.length()) {
                int next = i + Character.charCount(original.codePointAt(i));
                String piece = Normalizer.normalize(original.substring(i, next), Normalizer.Form.NFKC);
                for (int k = 0; k < piece.length(); k++) {
                    if (text.length() == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                        ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                    }
                    starts[text.length()] = i;
                    ends[text.length()] = next;
                    text.append(piece.charAt(k));
                }
                i = next;
            }
            return new Source(original, text.toString(), starts, ends);
        }

        /** Original text behind normalised {@code [from, to)}, {@code from < to}. */
        String original(int from, int to) {
            return original.substring(originalStart[from], originalEnd[to - 1]);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Tokens.

    private enum Kind { NUMBER, UNIT, CURRENCY, SIGN, EXPONENT, ZERO, FRACTION_UNIT, EXACT, BAD_POINT, UNKNOWN }

    /**
     * A token over normalised text {@code [start, end)}; {@code word} is the table key for
     * UNIT/CURRENCY; {@code value} is the value of a NUMBER written in Chinese numerals (null for
     * digits, read later).
     */
    private record Token(Kind kind, int start, int end, String text, String word, BigDecimal value) {
        Token(Kind kind, int start, int end, String text, String word) {
            this(kind, start, end, text, word, null);
        }

        boolean chinese() {
            return value != null;
        }
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSign(char c) {
        return c == '-' || c == '\u2212' || c == '负' || c == '負';
    }

    private static boolean charAt(String s, int i, java.util.function.IntPredicate test) {
        return i < s.length() && test.test(s.charAt(i));
    }

    private static List<Token> tokenize(Source source) {
        String s = source.text;
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i + 1;
            if (isSpace(c)) {
                i = j;
                continue;
            }
            if (isDigit(c) || (c == '.' && charAt(s, j, ch -> isDigit((char) ch)))) {
                while (j < s.length() && (isDigit(s.charAt(j)) || s.charAt(j) == ',' || s.charAt(j) == '.')) {
                    j++;
                }
                tokens.add(new Token(Kind.NUMBER, i, j, s.substring(i, j), null));
            } else if (isSign(c)) {
                tokens.add(new Token(Kind.SIGN, i, j, s.substring(i, j), null));
            } else if (c == '。') {
                tokens.add(new Token(Kind.BAD_POINT, i, j, s.substring(i, j), null));
            } else if (startsChineseNumber(s, i, tokens)) {
                j = chineseNumber(source, i, tokens);
            } else if (FRACTION_UNITS.containsKey(c)) {
                tokens.add(new Token(Kind.FRACTION_UNIT, i, j, s.substring(i, j), null));
            } else if (c == '整' || c == '正') {
                tokens.add(new Token(Kind.EXACT, i, j, s.substring(i, j), null));
            } else if (isExponentAt(s, i, tokens)) {
                j = i + 1;
                if (s.charAt(j) == '+' || s.charAt(j) == '-') {
                    j++;
                }
                while (j < s.length() && isDigit(s.charAt(j))) {
                    j++;
                }
                tokens.add(new Token(Kind.EXPONENT, i, j, s.substring(i, j), null));
            } else {
                String word = wordAt(s, i);
                if (word != null) {
                    j = i + word.length();
                    Kind kind = UNITS.containsKey(word) ? Kind.UNIT : Kind.CURRENCY;
                    tokens.add(new Token(kind, i, j, s.substring(i, j), word));
                } else if (isLetter(c)) {
                    while (j < s.length() && isLetter(s.charAt(j))) {
                        j++;
                    }
                    tokens.add(new Token(Kind.UNKNOWN, i, j, s.substring(i, j), null));
                } else if (ChineseNumerals.placeUnit(c) > 0) {
                    // 佰 or 仟 with no Chinese digit before it (5仟万): one character, explained by the reader.
                    tokens.add(new Token(Kind.UNKNOWN, i, j, s.substring(i, j), null));
                } else {
                    while (j < s.length() && continuesUnknown(s, j)) {
                        j++;
                    }
                    tokens.add(new Token(Kind.UNKNOWN, i, j, s.substring(i, j), null));
                }
            }
            i = j;
        }
        return tokens;
    }

    /** {@code e9}, {@code E+3}, {@code e-2} right after a number: scientific notation. */
    private static boolean isExponentAt(String s, int i, List<Token> tokens) {
        char c = s.charAt(i);
        if ((c != 'e' && c != 'E') || tokens.isEmpty()) {
            return false;
        }
        Token previous = tokens.get(tokens.size() - 1);
        if (previous.kind() != Kind.NUMBER || previous.end() != i) {
            return false;
        }
        int j = i + 1;
        if (charAt(s, j, ch -> ch == '+' || ch == '-')) {
            j++;
        }
        return charAt(s, j, ch -> isDigit((char) ch));
    }

    private static boolean continuesUnknown(String s, int j) {
        char c = s.charAt(j);
        return !isSpace(c) && !isDigit(c) && !isLetter(c) && !isSign(c) && c != '。' && c != '.' && c != ','
                && !ChineseNumerals.isNumeral(c) && !FRACTION_UNITS.containsKey(c) && c != '整' && c != '正'
                && wordAt(s, j) == null;
    }

    /**
     * A Chinese digit, or 十/拾 (十万, 拾亿), opens a number in Chinese numerals, except where a unit
     * word follows a number in digits ({@code 5十亿} is 5 × 十亿).
     */
    private static boolean startsChineseNumber(String s, int i, List<Token> tokens) {
        char c = s.charAt(i);
        if (ChineseNumerals.digit(c) < 0 && ChineseNumerals.placeUnit(c) != 1) {
            return false;
        }
        if (!tokens.isEmpty()) {
            Token previous = tokens.get(tokens.size() - 1);
            if (previous.kind() == Kind.NUMBER && !previous.chinese() && previous.end() == i && wordAt(s, i) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads Chinese numerals from {@code i}: a run of zeros becomes a ZERO token (the 零 that marks a
     * skipped place, 贰拾万零伍佰), the section after it a NUMBER with its exact value; a decimal
     * point 点 followed by digits one by one continues the number (五点二 = 5.2).
     *
     * @return the index after what was read
     */
    private static int chineseNumber(Source source, int i, List<Token> tokens) {
        String s = source.text;
        int j = i;
        while (j < s.length() && ChineseNumerals.isZero(s.charAt(j))) {
            j++;
        }
        if (j > i) {
            tokens.add(new Token(Kind.ZERO, i, j, s.substring(i, j), null));
            if (j == s.length() || !ChineseNumerals.isNumeral(s.charAt(j))) {
                return j;
            }
        }
        int start = j;
        ChineseNumerals.Section section;
        try {
            section = ChineseNumerals.section(s, start, true);
        } catch (ChineseNumerals.NumeralException e) {
            Reason reason = e.problem() == ChineseNumerals.Problem.UNCLEAR ? Reason.UNCLEAR_NUMERALS : Reason.NOT_A_NUMBER;
            String explanation = switch (e.problem()) {
                case UNCLEAR -> "{} can be read two ways: write 零 before a last digit that is the ones digit "
                        + "(伍佰零伍 = 505) or its unit after it (伍佰伍拾 = 550)";
                case DIGIT_BY_DIGIT -> "{} is written digit by digit; write the units (贰拾叁) or the number "
                        + "in digits (23)";
                default -> "{} is not a number in Chinese numerals: " + e.getMessage() + "; write e.g. 伍亿元 or 叁仟万元";
            };
            throw failAt(source, reason, e.start(), e.end(), explanation);
        }
        BigDecimal value = BigDecimal.valueOf(section.value());
        int end = section.end();
        if (end + 1 < s.length() && s.charAt(end) == '点' && ChineseNumerals.digit(s.charAt(end + 1)) >= 0) {
            StringBuilder fraction = new StringBuilder();
            int k = end + 1;
            while (k < s.length() && ChineseNumerals.digit(s.charAt(k)) >= 0) {
                fraction.append(ChineseNumerals.digit(s.charAt(k)));
                k++;
            }
            value = new BigDecimal(section.value() + "." + fraction);
            end = k;
        }
        tokens.add(new Token(Kind.NUMBER, start, end, s.substring(start, end), null, value));
        return end;
    }

    /** The longest unit or currency word at {@code i} (ASCII letters case-insensitive, whole words only). */
    private static String wordAt(String s, int i) {
        if (i > 0 && isLetter(s.charAt(i)) && isLetter(s.charAt(i - 1))) {
            return null;
        }
        for (String word : WORDS) {
            if (s.regionMatches(true, i, word, 0, word.length())) {
                int end = i + word.length();
                boolean endsInLetter = isLetter(word.charAt(word.length() - 1));
                if (!endsInLetter || end == s.length() || !isLetter(s.charAt(end))) {
                    return word;
                }
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------
    // Grammar:  currency* segment+ unit-less-last-segment-only-if-alone-or-after-零 currency* fen? 整?
    //           segment := 零? NUMBER UNIT?  (segments after the first: integer parts, decreasing units)
    //           fen     := after 元: (零? digit 角)? (零? digit 分)?

    private enum State { BEFORE_NUMBER, AFTER_NUMBER, AFTER_UNIT, AFTER_CURRENCY, AFTER_FEN_DIGIT, AFTER_FEN_UNIT }

    private static final class Segment {
        final Token number;
        final BigDecimal value;
        final boolean afterZero;
        Token unit;
        BigDecimal multiplier = BigDecimal.ONE;

        Segment(Token number, BigDecimal value, boolean afterZero) {
            this.number = number;
            this.value = value;
            this.afterZero = afterZero;
        }

        int end() {
            return unit == null ? number.end() : unit.end();
        }

        BigDecimal amount() {
            return value.multiply(multiplier);
        }
    }

    private static final class Reader {
        private final Source source;
        private final List<Token> tokens;
        private final String defaultCurrency;
        private final List<Segment> segments = new ArrayList<>();
        private String currency;
        private State state = State.BEFORE_NUMBER;
        /** A 零 was read: the next number is a lower part with a place skipped (贰拾万零伍佰). */
        private boolean afterZero;
        /** The last currency word read was 元 or 块, after which 角 and 分 may follow. */
        private boolean afterYuan;
        private BigDecimal fen = BigDecimal.ZERO;
        private int fenDigit;
        private int lastFenPower;

        Reader(Source source, List<Token> tokens, String defaultCurrency) {
            this.source = source;
            this.tokens = tokens;
            this.defaultCurrency = defaultCurrency;
        }

        Amount read() {
            if (tokens.isEmpty()) {
                throw new AmountFormatException(source.original, Reason.EMPTY, "", 0,
                        "No amount was entered; " + EXAMPLES);
            }
            if (tokens.stream().noneMatch(t -> t.kind() == Kind.NUMBER || t.kind() == Kind.ZERO)) {
                Token first = tokens.get(0);
                Token last = tokens.get(tokens.size() - 1);
                throw fail(Reason.NOT_A_NUMBER, first.start(), last.end(),
                        "{} is not a number; " + EXAMPLES);
            }
            for (int index = 0; index < tokens.size(); index++) {
                Token token = tokens.get(index);
                Token next = index + 1 < tokens.size() ? tokens.get(index + 1) : null;
                switch (token.kind()) {
                    case NUMBER -> number(token, next);
                    case UNIT -> unit(token);
                    case CURRENCY -> currency(token);
                    case ZERO -> zero(token, next, index + 2 < tokens.size() ? tokens.get(index + 2) : null);
                    case FRACTION_UNIT -> fenUnit(token);
                    case EXACT -> exact(token, next);
                    case SIGN -> {
                        if (state == State.BEFORE_NUMBER) {
                            throw fail(Reason.NEGATIVE, token,
                                    "{} makes the amount negative; amounts cannot be negative");
                        }
                        throw fail(Reason.UNKNOWN_UNIT, token, "{} is not a unit I know; " + EXAMPLES);
                    }
                    case EXPONENT -> throw fail(Reason.NOT_A_NUMBER, token,
                            "{} is scientific notation, which is not accepted; write the number out, "
                                    + "e.g. 1,000,000,000 or 10亿");
                    case BAD_POINT -> throw fail(Reason.NOT_A_NUMBER, token,
                            "{} is not a decimal point; use \".\" as in 12.5万");
                    case UNKNOWN -> throw fail(Reason.UNKNOWN_UNIT, token,
                            ChineseNumerals.placeUnit(token.text().charAt(0)) > 0
                                    ? "{} needs a Chinese digit before it, as in 伍仟万; " + EXAMPLES
                                    : "{} is not a unit I know; " + EXAMPLES);
                }
            }
            if (state == State.AFTER_FEN_DIGIT) {
                throw fail(Reason.UNKNOWN_UNIT, tokens.get(tokens.size() - 1),
                        "{} after 元 needs 角 or 分 after it, as in 壹佰元伍角");
            }
            requireUnitIfCompound();
            return result();
        }

        private void number(Token token, Token next) {
            if (state == State.AFTER_CURRENCY && afterYuan && next != null && next.kind() == Kind.FRACTION_UNIT
                    || state == State.AFTER_FEN_UNIT && next != null && next.kind() == Kind.FRACTION_UNIT) {
                BigDecimal digit = numberValue(token);
                if (digit.scale() > 0 && digit.stripTrailingZeros().scale() > 0 || digit.compareTo(BigDecimal.TEN) >= 0) {
                    throw fail(Reason.NOT_A_NUMBER, token.start(), next.end(),
                            "{} must be one digit, as in 伍角 or 陆分");
                }
                fenDigit = digit.intValue();
                afterZero = false;
                state = State.AFTER_FEN_DIGIT;
                return;
            }
            if (state == State.AFTER_NUMBER) {
                Segment previous = last();
                throw fail(Reason.AMBIGUOUS_GROUPING, previous.number.start(), token.end(),
                        "{} are two numbers without a unit between them; write one number, "
                                + "grouped in threes like 1,234,567, or put a unit after each, like 1亿2000万");
            }
            if (state == State.AFTER_CURRENCY || state == State.AFTER_FEN_UNIT) {
                throw fail(Reason.AMBIGUOUS_GROUPING, token,
                        "{} comes after the currency; write the whole number before it, e.g. 1亿2000万元");
            }
            if (state == State.AFTER_UNIT) {
                Segment previous = last();
                if (previous.value.stripTrailingZeros().scale() > 0) {
                    throw fail(Reason.AMBIGUOUS_GROUPING, previous.number.start(), token.end(),
                            "{} mixes a decimal with a further number; write e.g. 1.2亿 or 1亿2000万");
                }
            }
            segments.add(new Segment(token, numberValue(token), afterZero));
            afterZero = false;
            state = State.AFTER_NUMBER;
        }

        /** 零: the whole amount (零元), a skipped place before the next part (贰拾万零伍佰), or before 分 (壹佰元零伍分). */
        private void zero(Token token, Token next, Token afterNext) {
            boolean numberFollows = next != null && next.kind() == Kind.NUMBER;
            if (state == State.BEFORE_NUMBER && !numberFollows) {
                segments.add(new Segment(token, BigDecimal.ZERO, false));
                state = State.AFTER_NUMBER;
                return;
            }
            boolean beforeFen = (state == State.AFTER_CURRENCY && afterYuan || state == State.AFTER_FEN_UNIT)
                    && numberFollows && afterNext != null && afterNext.kind() == Kind.FRACTION_UNIT;
            if (state == State.AFTER_UNIT && numberFollows || beforeFen) {
                afterZero = true;
                return;
            }
            throw fail(Reason.NOT_A_NUMBER, token, "{} is not in a place where 零 can stand; write e.g. 贰拾万零伍佰元");
        }

        private void fenUnit(Token token) {
            if (state != State.AFTER_FEN_DIGIT) {
                throw fail(Reason.UNKNOWN_UNIT, token, "{} belongs after 元 and a digit, as in 壹佰元伍角陆分");
            }
            int power = FRACTION_UNITS.get(token.text().charAt(0));
            if (power <= lastFenPower) {
                throw fail(Reason.UNKNOWN_UNIT, token, "{} cannot follow 分 or come twice; write 角 before 分, as in 伍角陆分");
            }
            fen = fen.add(BigDecimal.valueOf(fenDigit).movePointLeft(power));
            lastFenPower = power;
            state = State.AFTER_FEN_UNIT;
        }

        /** 整 ("exactly"): only at the end, after the number, its unit, 元 or 角. */
        private void exact(Token token, Token next) {
            if (next != null || state == State.BEFORE_NUMBER || state == State.AFTER_FEN_DIGIT) {
                throw fail(Reason.UNKNOWN_UNIT, token, "{} can only end an amount, as in 伍亿元整");
            }
        }

        private void unit(Token token) {
            switch (state) {
                case BEFORE_NUMBER -> throw fail(Reason.UNKNOWN_UNIT, token,
                        "{} needs a number before it; " + EXAMPLES);
                case AFTER_UNIT -> throw fail(Reason.UNKNOWN_UNIT, token,
                        "{} cannot follow another unit; " + EXAMPLES);
                case AFTER_CURRENCY, AFTER_FEN_DIGIT, AFTER_FEN_UNIT -> throw fail(Reason.UNKNOWN_UNIT, token,
                        "{} must come before the currency; " + EXAMPLES);
                case AFTER_NUMBER -> {
                    joinGroupBeforeYi(token);
                    Segment segment = last();
                    segment.unit = token;
                    segment.multiplier = UNITS.get(token.word());
                    if (segments.size() > 1) {
                        Segment previous = segments.get(segments.size() - 2);
                        if (segment.multiplier.compareTo(previous.multiplier) >= 0
                                || segment.amount().compareTo(previous.multiplier) >= 0) {
                            throw fail(Reason.AMBIGUOUS_GROUPING, segment.number.start(), token.end(),
                                    "{} is not smaller than the " + source.text.substring(
                                            previous.unit.start(), previous.unit.end())
                                            + " before it; write e.g. 1亿2000万");
                        }
                    }
                    state = State.AFTER_UNIT;
                }
            }
        }

        /**
         * 亿 multiplies the whole group written since the last 亿: 壹仟贰佰万伍仟亿 is (1,200万 + 5,000)
         * 亿. A part with 万 followed by a part without unit, then 亿, become one part before 亿.
         */
        private void joinGroupBeforeYi(Token unit) {
            BigDecimal wan = UNITS.get("万");
            if (!UNITS.get(unit.word()).equals(UNITS.get("亿")) || segments.size() < 2) {
                return;
            }
            Segment part = last();
            Segment group = segments.get(segments.size() - 2);
            boolean placesClear = part.afterZero || part.value.compareTo(BigDecimal.valueOf(1000)) >= 0;
            if (!group.multiplier.equals(wan) || part.unit != null || !placesClear || part.value.compareTo(wan) >= 0
                    || part.value.stripTrailingZeros().scale() > 0 || group.value.stripTrailingZeros().scale() > 0) {
                return;
            }
            Segment joined = new Segment(group.number, group.amount().add(part.value), group.afterZero);
            segments.remove(segments.size() - 1);
            segments.set(segments.size() - 1, joined);
        }

        private void currency(Token token) {
            String iso = CURRENCIES.get(token.word());
            if (state == State.BEFORE_NUMBER && iso.equals(NEUTRAL)) {
                throw fail(Reason.UNKNOWN_UNIT, token, "{} belongs after the number, as in 5亿元");
            }
            if (state == State.AFTER_FEN_DIGIT) {
                throw fail(Reason.UNKNOWN_UNIT, token, "{} cannot follow a digit after 元; write 角 or 分 after it");
            }
            if (state == State.AFTER_NUMBER) {
                requireUnitIfCompound();
            }
            if (!iso.equals(NEUTRAL)) {
                if (currency != null && !currency.equals(iso)) {
                    throw fail(Reason.UNKNOWN_UNIT, token,
                            "{} contradicts the currency " + currency + " given before it");
                }
                currency = iso;
            }
            afterYuan = iso.equals(NEUTRAL) && state != State.BEFORE_NUMBER && state != State.AFTER_FEN_UNIT;
            if (state != State.BEFORE_NUMBER) {
                state = State.AFTER_CURRENCY;
            }
        }

        /**
         * {@code 1亿2000}: a later part of a compound without its own unit is ambiguous, unless a 零
         * before it says a place was skipped (贰拾万零伍佰, 1亿零500) or it fills the places right
         * below the unit before it (壹万伍仟, 1万2000). In Chinese numerals
         * ({@code 叁亿伍仟}) the two readings are named.
         */
        private void requireUnitIfCompound() {
            Segment segment = last();
            if (segments.size() <= 1 || segment.unit != null) {
                return;
            }
            Segment previous = segments.get(segments.size() - 2);
            // Clear when a 零 says a place is skipped, or when the part fills the places right below the
            // previous unit (壹万伍仟, 1万2000): the part's highest place is the one below that unit.
            boolean placesClear = segment.afterZero
                    || segment.value.multiply(BigDecimal.TEN).compareTo(previous.multiplier) >= 0;
            if (placesClear && segment.value.stripTrailingZeros().scale() <= 0
                    && segment.value.compareTo(previous.multiplier) < 0) {
                return;
            }
            if (segment.number.chinese()) {
                throw fail(Reason.UNCLEAR_NUMERALS, previous.number.start(), segment.end(),
                        "{} can be read two ways: write 零 where a place is skipped (叁亿零伍仟 = 300,005,000) "
                                + "or the unit of the last part (叁亿伍仟万 = 350,000,000)");
            }
            throw fail(Reason.AMBIGUOUS_GROUPING, segment.number,
                    "{} needs a unit after it, e.g. 1亿2000万; " + EXAMPLES);
        }

        private Amount result() {
            BigDecimal total = fen;
            for (Segment segment : segments) {
                total = total.add(segment.amount());
            }
            int start = segments.get(0).number.start();
            int end = last().end();
            if (total.compareTo(Amount.DECIMAL_19_2_LIMIT) >= 0) {
                throw fail(Reason.TOO_LARGE, start, end,
                        "{} is too large; at most 17 digits before the decimal point "
                                + "(99,999,999,999,999,999.99) fit");
            }
            for (Segment segment : segments) {
                if (segment.amount().stripTrailingZeros().scale() > 2) {
                    throw fail(Reason.TOO_PRECISE, segment.number.start(), segment.end(),
                            "{} is finer than 0.01 (one fen); write at most two decimals after applying "
                                    + "the unit, e.g. 1234.56 or 5.2亿");
                }
            }
            if (fen.signum() > 0 && total.stripTrailingZeros().scale() > 2) {
                throw fail(Reason.TOO_PRECISE, start, end, "{} is finer than 0.01 (one fen)");
            }
            return new Amount(total.setScale(2), currency == null ? defaultCurrency : currency);
        }

        private Segment last() {
            return segments.get(segments.size() - 1);
        }

        private BigDecimal numberValue(Token token) {
            if (token.value() != null) {
                return token.value();
            }
            String s = token.text();
            int dot = s.indexOf('.');
            if (dot != s.lastIndexOf('.')) {
                throw fail(Reason.NOT_A_NUMBER, token, "{} is not a number: it has more than one decimal point");
            }
            String integer = dot < 0 ? s : s.substring(0, dot);
            String fraction = dot < 0 ? "" : s.substring(dot + 1);
            if (integer.isEmpty() || (dot >= 0 && fraction.isEmpty())) {
                throw fail(Reason.NOT_A_NUMBER, token,
                        "{} is not a number: write digits on both sides of the decimal point, e.g. 0.5");
            }
            if (fraction.indexOf(',') >= 0 || !groupedInThrees(integer)) {
                throw fail(Reason.AMBIGUOUS_GROUPING, token,
                        "{} is grouped unclearly; group digits in threes (1,234,567.89) or write them "
                                + "without commas");
            }
            String digits = integer.replace(",", "");
            return new BigDecimal(fraction.isEmpty() ? digits : digits + "." + fraction);
        }

        private static boolean groupedInThrees(String integer) {
            if (integer.indexOf(',') < 0) {
                return true;
            }
            String[] groups = integer.split(",", -1);
            if (groups[0].isEmpty() || groups[0].length() > 3 || groups[0].charAt(0) == '0') {
                return false;
            }
            for (int g = 1; g < groups.length; g++) {
                if (groups[g].length() != 3) {
                    return false;
                }
            }
            return true;
        }

        private AmountFormatException fail(Reason reason, Token token, String explanation) {
            return fail(reason, token.start(), token.end(), explanation);
        }

        private AmountFormatException fail(Reason reason, int from, int to, String explanation) {
            return failAt(source, reason, from, to, explanation);
        }
    }

    /** {@code explanation} names the fragment, normalised {@code [from, to)}, with {@code {}}. */
    private static AmountFormatException failAt(Source source, Reason reason, int from, int to, String explanation) {
        String fragment = source.original(from, to);
        String message = "\"" + source.original + "\" — "
                + explanation.replace("{}", "\"" + fragment + "\"");
        return new AmountFormatException(source.original, reason, fragment,
                source.originalStart[from], message);
    }
}
