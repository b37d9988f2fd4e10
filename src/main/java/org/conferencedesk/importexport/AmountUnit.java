package org.conferencedesk.importexport;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A unit written for amounts rather than with each amount: in a header ({@code 金额（万元）},
 * {@code 金额/万元}, {@code Amount (RMB 10k)}), in a title row above the header ({@code (单位：亿元)}),
 * or in a unit column beside the amounts ({@code 万元}, {@code 亿元}). It is a multiplier
 * (1 万 = 10,000; 1 亿 = 100,000,000, DOMAIN.md "Money") and maybe a currency ({@code 万美元}).
 *
 * @param multiplier the power of ten a bare number is multiplied by (1 for 元 / yuan)
 * @param currency the ISO 4217 code the unit names ({@code USD} for 万美元), or null if it names none
 *                 (元 alone names none: the currency column or CNY applies)
 * @param written the unit as the file writes it, for messages
 */
public record AmountUnit(BigDecimal multiplier, String currency, String written) {

    /** Multiplier words, longest first so that 百万 is read before 百 and 万. */
    private static final Map<String, Integer> MULTIPLIERS = new LinkedHashMap<>();
    /** Currency words → ISO code; {@code ""} for 元 (names no currency). */
    private static final Map<String, String> CURRENCIES = new LinkedHashMap<>();

    static {
        for (Object[] m : new Object[][] {
                {"100,000,000", 8}, {"100000000", 8}, {"10,000", 4}, {"10000", 4}, {"1,000", 3}, {"1000", 3},
                {"thousand", 3}, {"million", 6}, {"billion", 9}, {"100m", 8}, {"10k", 4},
                {"万亿", 12}, {"千亿", 11}, {"百亿", 10}, {"十亿", 9}, {"千万", 7}, {"百万", 6}, {"十万", 5},
                {"萬億", 12}, {"千億", 11}, {"百億", 10}, {"十億", 9}, {"千萬", 7}, {"百萬", 6}, {"十萬", 5},
                {"亿", 8}, {"億", 8}, {"万", 4}, {"萬", 4}, {"千", 3}, {"百", 2},
                {"bn", 9}, {"mn", 6}, {"k", 3}}) {
            MULTIPLIERS.put((String) m[0], (Integer) m[1]);
        }
        for (String[] c : new String[][] {
                {"人民币", "CNY"}, {"人民幣", "CNY"}, {"rmb", "CNY"}, {"cny", "CNY"}, {"yuan", "CNY"}, {"¥", "CNY"},
                {"美元", "USD"}, {"美金", "USD"}, {"usd", "USD"}, {"us$", "USD"}, {"$", "USD"},
                {"欧元", "EUR"}, {"歐元", "EUR"}, {"eur", "EUR"}, {"€", "EUR"},
                {"港元", "HKD"}, {"港币", "HKD"}, {"港幣", "HKD"}, {"hkd", "HKD"},
                {"日元", "JPY"}, {"jpy", "JPY"}, {"英镑", "GBP"}, {"gbp", "GBP"},
                {"元", ""}}) {
            CURRENCIES.put(c[0], c[1]);
        }
    }

    /** Yuan: no multiplier, no currency named. */
    public static final AmountUnit YUAN = new AmountUnit(BigDecimal.ONE, null, "元");

    /**
     * The unit {@code text} names, or null if it is not (only) a unit: {@code 万元}, {@code 亿元},
     * {@code 元}, {@code 万美元}, {@code 百万元}, {@code RMB 10k}, {@code (单位：亿元)},
     * {@code 单位: 万元}, {@code million yuan}, {@code USD}. Brackets, a leading 单位 / Unit / 金额单位 and
     * a colon are allowed around it; any other word makes it no unit.
     */
    public static AmountUnit of(String text) {
        if (text == null) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u00A0\\u3000]+", "");
        s = s.replaceAll("^[\\(\\[【〔<]+|[\\)\\]】〕>]+$", "");
        s = s.replaceAll("^(金额单位|货币单位|计量单位|单位|unit|in)[:：]?", "");
        s = s.replaceAll("^[:：]", "");
        if (s.isEmpty()) {
            return null;
        }
        int power = 0;
        boolean sawMultiplier = false;
        String currency = null;
        boolean sawCurrency = false;
        int i = 0;
        outer:
        while (i < s.length()) {
            if (!sawMultiplier) {
                for (Map.Entry<String, Integer> m : MULTIPLIERS.entrySet()) {
                    if (s.startsWith(m.getKey(), i)) {
                        power = m.getValue();
                        sawMultiplier = true;
                        i += m.getKey().length();
                        continue outer;
                    }
                }
            }
            for (Map.Entry<String, String> c : CURRENCIES.entrySet()) {
                if (s.startsWith(c.getKey(), i)) {
                    if (!c.getValue().isEmpty()) {
                        if (currency != null && !currency.equals(c.getValue())) {
                            return null;
                        }
                        currency = c.getValue();
                    }
                    sawCurrency = true;
                    i += c.getKey().length();
                    continue outer;
                }
            }
            return null;
        }
        if (!sawMultiplier && !sawCurrency) {
            return null;
        }
        return new AmountUnit(BigDecimal.ONE.scaleByPowerOfTen(power), currency, text.strip());
    }

    /**
     * The unit at the end of a header: in brackets ({@code 金额（万元）}, {@code Amount (RMB 10k)}) or
     * after a slash ({@code 金额/万元}), or null.
     */
    public static AmountUnit inHeader(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).strip();
        java.util.regex.Matcher bracket = java.util.regex.Pattern.compile("^(.*?)[\\(\\[【〔](.*)[\\)\\]】〕]$").matcher(s);
        if (bracket.matches() && !bracket.group(1).isBlank()) {
            return of(bracket.group(2));
        }
        int slash = s.lastIndexOf('/');
        if (slash > 0 && slash < s.length() - 1) {
            return of(s.substring(slash + 1));
        }
        return null;
    }

    /**
     * The power of ten of {@link #multiplier()} as a word {@link org.conferencedesk.shared.money.AmountParser}
     * reads after a number ({@code 万}, {@code 亿} ...), or "" for yuan.
     */
    String parserWord() {
        return switch (multiplier.stripTrailingZeros().scale() * -1) {
            case 0 -> "";
            case 2 -> "百";
            case 3 -> "千";
            case 4 -> "万";
            case 5 -> "十万";
            case 6 -> "百万";
            case 7 -> "千万";
            case 8 -> "亿";
            case 9 -> "十亿";
            case 10 -> "百亿";
            case 11 -> "千亿";
            case 12 -> "万亿";
            default -> throw new IllegalStateException("multiplier " + multiplier);
        };
    }

    /** True if both units scale a number alike and do not name different currencies. */
    public boolean agreesWith(AmountUnit other) {
        return multiplier.compareTo(other.multiplier) == 0
                && (currency == null || other.currency == null || currency.equals(other.currency));
    }
}
