package org.conferencedesk.shared;

/**
 * Reads numbers written in Chinese numerals, exactly (integers only, no floating point): the
 * everyday digits ({@code 一 二 三 … 九}, {@code 两}, {@code 〇 ○ 零}) and the financial capitals
 * every contract uses for its amount ({@code 壹 贰 叁 肆 伍 陆 柒 捌 玖}, traditional {@code 貳 參 叄 陸}),
 * with the place units {@code 十 百 千} / {@code 拾 佰 仟}.
 *
 * <p>This class reads one <em>section</em>, a number below 10,000 ({@code 贰拾} = 20,
 * {@code 伍仟零伍} = 5,005); the large units {@code 万 亿} that join sections are read by the caller
 * ({@code AmountParser} joins {@code 叁亿伍仟万} as 3 × 10⁸ + 5,000 × 10⁴), and {@link #digits} reads
 * numbers written digit by digit, as years are ({@code 二〇二〇}).
 *
 * <p>Rules (the ones of written Chinese; see e.g. the People's Bank of China rules for filling in
 * bills, 《支付结算办法》附一 "正确填写票据和结算凭证的基本规定"):
 * <ul>
 *   <li>units decrease from left to right, each at most once: {@code 壹仟贰佰叁拾肆};</li>
 *   <li>{@code 十}/{@code 拾} may stand without a digit only at the start ({@code 十五},
 *       {@code 拾万}) or after {@code 零} ({@code 一千零十});</li>
 *   <li>a last digit without a unit is the ones digit only directly after {@code 十} or after
 *       {@code 零} ({@code 二十五}, {@code 一千零五}); {@code 一千五} and {@code 伍佰伍} are refused as
 *       {@link Problem#UNCLEAR}: in speech they mean 1,500 and 550, in a strict reading 1,005 and 505;</li>
 *   <li>two digits in a row ({@code 二三}) are not a number in this form ({@link Problem#DIGIT_BY_DIGIT}).</li>
 * </ul>
 *
 * <p>ICU4J's {@code RuleBasedNumberFormat} (zh spellout rules) parses these too, but through a
 * {@code double} (9,999,999,999,999,999 came back as 10¹⁶), reads {@code 伍佰伍} as 505 without a
 * word and knows neither the traditional capitals nor {@code ○}; see
 * {@code docs/decisions/0020-reading-files-dates-and-chinese-numerals.md}. Thread-safe; no state.
 */
public final class ChineseNumerals {

    private static final String ZEROS = "零〇○";

    private ChineseNumerals() {
    }

    /** Why a run of numerals is not a number. */
    public enum Problem {
        /** A unit without a digit before it where one is needed ({@code 壹佰拾}), units out of order ({@code 五十百}) or a trailing {@code 零}. */
        NOT_A_NUMBER,
        /** Two readings are possible ({@code 一千五}, {@code 伍佰伍}). */
        UNCLEAR,
        /** Digits one after another without units ({@code 二三}): write the units, or the digits in Arabic numerals. */
        DIGIT_BY_DIGIT
    }

    /** A run of numerals that is not a number; {@link #start()}..{@link #end()} is the run in the text. */
    public static final class NumeralException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        private final Problem problem;
        private final int start;
        private final int end;

        NumeralException(Problem problem, int start, int end, String message) {
            super(message);
            this.problem = problem;
            this.start = start;
            this.end = end;
        }

        /** Why the numerals are not a number. */
        public Problem problem() {
            return problem;
        }

        /** Index of the first character of the run in the text. */
        public int start() {
            return start;
        }

        /** Index after the last character of the run in the text. */
        public int end() {
            return end;
        }
    }

    /**
     * A section read from a text.
     *
     * @param value the number, 0 to 9,999
     * @param end index after the last character read
     */
    public record Section(int value, int end) {
    }

    /**
     * The value of a Chinese digit: {@code 零 〇 ○} 0, {@code 一 壹} 1, {@code 二 贰 貳 两 兩} 2,
     * {@code 三 叁 參 叄} 3, {@code 四 肆} 4, {@code 五 伍} 5, {@code 六 陆 陸} 6, {@code 七 柒} 7,
     * {@code 八 捌} 8, {@code 九 玖} 9; -1 for any other character.
     */
    public static int digit(char c) {
        if (ZEROS.indexOf(c) >= 0) {
            return 0;
        }
        return switch (c) {
            case '一', '壹' -> 1;
            case '二', '贰', '貳', '两', '兩' -> 2;
            case '三', '叁', '參', '叄' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆', '陸' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    /** The power of ten of a place unit: {@code 十 拾} 1, {@code 百 佰} 2, {@code 千 仟} 3; -1 otherwise. */
    public static int placeUnit(char c) {
        return switch (c) {
            case '十', '拾' -> 1;
            case '百', '佰' -> 2;
            case '千', '仟' -> 3;
            default -> -1;
        };
    }

    /** True for {@code 零 〇 ○}. */
    public static boolean isZero(char c) {
        return ZEROS.indexOf(c) >= 0;
    }

    /** True if {@code c} is a Chinese digit, {@code 零} or a place unit. */
    public static boolean isNumeral(char c) {
        return digit(c) >= 0 || placeUnit(c) >= 0;
    }

    /**
     * Reads the section (below 10,000) that starts at {@code start}: digits and place units, with
     * {@code 零} only between them (a run of zeros before the section is the caller's to read).
     * Reading stops at the first character that is neither.
     *
     * @param text the text
     * @param start index of the first digit or unit
     * @param bareTenAllowed true if {@code 十}/{@code 拾} may open the section without a digit (at the
     *                       start of a number, or after {@code 零})
     * @return the value and where the section ends
     * @throws NumeralException if the characters are not a section by the rules above, or if there is
     *         no digit or unit at {@code start}
     */
    public static Section section(CharSequence text, int start, boolean bareTenAllowed) {
        int value = 0;
        int lastPower = 4;
        int pending = -1;
        boolean gap = false;
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            int d = digit(c);
            int power = placeUnit(c);
            if (d < 0 && power < 0) {
                break;
            }
            if (d == 0) {
                if (pending >= 0) {
                    throw digitByDigit(text, start, runEnd(text, i));
                }
                if (i == start) {
                    throw new NumeralException(Problem.NOT_A_NUMBER, start, runEnd(text, i),
                            "a section cannot start with 零");
                }
                gap = true;
            } else if (d > 0) {
                if (pending >= 0) {
                    throw digitByDigit(text, start, runEnd(text, i));
                }
                pending = d;
            } else {
                int multiplier = pending;
                if (multiplier < 0) {
                    boolean first = i == start && bareTenAllowed;
                    if (power != 1 || !(first || gap)) {
                        throw new NumeralException(Problem.NOT_A_NUMBER, start, runEnd(text, i),
                                "\"" + c + "\" needs a digit before it");
                    }
                    multiplier = 1;
                }
                if (power >= lastPower) {
                    throw new NumeralException(Problem.NOT_A_NUMBER, start, runEnd(text, i),
                            "the units are not in decreasing order");
                }
                value += multiplier * pow10(power);
                lastPower = power;
                pending = -1;
                gap = false;
            }
            i++;
        }
        if (i == start) {
            throw new NumeralException(Problem.NOT_A_NUMBER, start, Math.min(start + 1, text.length()),
                    "no Chinese numeral here");
        }
        if (pending >= 0) {
            if (lastPower != 4 && lastPower != 1 && !gap) {
                throw new NumeralException(Problem.UNCLEAR, start, i,
                        "the last digit has no unit: write 零 before it if it is the ones digit (一千零五), "
                                + "or its unit (一千五百)");
            }
            value += pending;
        } else if (gap) {
            throw new NumeralException(Problem.NOT_A_NUMBER, start, i, "零 cannot end a number");
        }
        return new Section(value, i);
    }

    /**
     * Reads a whole text as one section ({@code 十一} = 11, {@code 二十八} = 28, {@code 三十一} = 31);
     * also {@code 廿} (20) and {@code 卅} (30) as written in dates ({@code 廿八} = 28).
     *
     * @return the value, or -1 if the text is not exactly one section
     */
    public static int sectionValue(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        String t = text;
        if (t.charAt(0) == '廿' || t.charAt(0) == '卅') {
            // 廿八 is 二十八; 廿 alone is 二十.
            t = (t.charAt(0) == '廿' ? "二十" : "三十") + t.substring(1);
        }
        try {
            Section section = section(t, 0, true);
            return section.end() == t.length() ? section.value() : -1;
        } catch (NumeralException e) {
            return -1;
        }
    }

    /**
     * Reads a number written digit by digit, as years are ({@code 二〇二〇}, {@code 二零二零},
     * {@code 二○二○} = 2020).
     *
     * @return the value, or -1 if the text is empty, longer than 9 digits or holds anything but digits
     */
    public static int digits(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            int d = digit(text.charAt(i));
            if (d < 0) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static NumeralException digitByDigit(CharSequence text, int start, int end) {
        return new NumeralException(Problem.DIGIT_BY_DIGIT, start, end,
                "the digits follow each other without units; write 二十三 or 23");
    }

    private static int runEnd(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && isNumeral(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int pow10(int power) {
        return switch (power) {
            case 1 -> 10;
            case 2 -> 100;
            default -> 1000;
        };
    }
}
