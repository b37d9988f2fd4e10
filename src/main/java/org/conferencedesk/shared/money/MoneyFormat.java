package org.conferencedesk.shared.money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Displays amounts, exactly. Nothing here rounds: a headline shows as many decimals as the value
 * needs ({@code 536.3 亿元}, {@code 1.2345678901 亿元}), never fewer.
 *
 * <p>Units follow {@code shared/docs/DOMAIN.md}, section "Money": 1 亿 = 100,000,000;
 * 1 万 = 10,000; Chinese UI and reports use 亿元 with the needed decimals, English uses
 * "RMB 53.63 billion", tables show the full figure in yuan with grouping.
 *
 * <p>Digit grouping is always {@code ,} and the decimal point always {@code .}, whatever the
 * locale, so that every text this class produces is read back by {@link AmountParser} to the
 * same value. Negative values (e.g. differences) are shown with a leading {@code -}.
 *
 * <p>Thread-safe; no state.
 */
public final class MoneyFormat {

    private static final BigDecimal WAN = BigDecimal.TEN.pow(4);
    private static final BigDecimal YI = BigDecimal.TEN.pow(8);
    private static final BigDecimal MILLION = BigDecimal.TEN.pow(6);
    private static final BigDecimal BILLION = BigDecimal.TEN.pow(9);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    /** Chinese names of currencies other than CNY; other codes are shown as their ISO code. */
    private static final Map<String, String> ZH_CURRENCY_NAMES = Map.of(
            "CNY", "元",
            "USD", "美元",
            "EUR", "欧元",
            "JPY", "日元",
            "HKD", "港元",
            "GBP", "英镑");

    private MoneyFormat() {
    }

    /**
     * A short figure for headings and dashboards, in yuan (CNY).
     *
     * <ul>
     *   <li>Chinese ({@code locale.getLanguage()} is {@code "zh"}): from 1 亿 {@code 536.3 亿元}
     *       (integer part grouped from 10,000 亿: {@code 12,345.6 亿元}); from 1 万
     *       {@code 3,500 万元}, {@code 12.5 万元}; below {@code 1,234.50 元}; zero {@code 0 元}.</li>
     *   <li>Any other language: from 10^9 {@code RMB 53.63 billion}; from 10^6
     *       {@code RMB 35 million}; below {@code RMB 1,234.50}; zero {@code RMB 0}.</li>
     * </ul>
     *
     * @param yuan   amount in yuan; any scale; may be negative
     * @param locale chooses Chinese or English wording
     * @return the exact headline; {@link AmountParser#parse(String)} reads it back to the same value
     * @throws NullPointerException if an argument is {@code null}
     */
    public static String headline(BigDecimal yuan, Locale locale) {
        return headline(yuan, Amount.CNY, locale);
    }

    /**
     * The headline figure as it stands inside a sentence: in Chinese without the space before the
     * unit, as press releases write it ("签约项目30个，总金额536.3亿元"); in English the same as
     * {@link #headline(BigDecimal, Locale)} ("30 projects signed, total RMB 53.63 billion").
     *
     * @param yuan   amount in yuan; any scale; may be negative
     * @param locale chooses Chinese or English wording
     * @return the exact figure; {@link AmountParser#parse(String)} reads it back to the same value
     */
    public static String inSentence(BigDecimal yuan, Locale locale) {
        return inSentence(headline(yuan, locale), locale);
    }

    /**
     * Like {@link #inSentence(BigDecimal, Locale)} for an amount in any currency: in Chinese
     * without the space between the figure and a Chinese unit ("5,000万美元", "6.2亿美元",
     * "1,234.56欧元"), keeping it before an ISO code ("6.2亿 CHF"); in English the same as
     * {@link #headline(Amount, Locale)} ("USD 50 million").
     *
     * @param amount the amount; value in the currency's main unit
     * @param locale chooses Chinese or English wording
     * @return the exact figure
     * @throws NullPointerException if an argument is {@code null}
     */
    public static String inSentence(Amount amount, Locale locale) {
        return inSentence(headline(amount, locale), locale);
    }

    /** Drops the space between the figure and a Chinese unit (亿, 万, 元, 美元, ...) in Chinese. */
    private static String inSentence(String headline, Locale locale) {
        return "zh".equals(locale.getLanguage()) ? headline.replaceFirst(" (?=\\p{IsHan})", "") : headline;
    }

    /**
     * Like {@link #headline(BigDecimal, Locale)} for an amount in any currency: Chinese
     * {@code 6.2 亿美元} (currency name from a small table: 元, 美元, 欧元, 日元, 港元, 英镑, otherwise
     * the ISO code after a space: {@code 6.2 亿 CHF}); English {@code USD 620 million}
     * ({@code RMB} for CNY, otherwise the ISO code).
     *
     * @param amount the amount; value in the currency's main unit
     * @param locale chooses Chinese or English wording
     * @return the exact headline
     * @throws NullPointerException if an argument is {@code null}
     */
    public static String headline(Amount amount, Locale locale) {
        Objects.requireNonNull(amount, "amount");
        return headline(amount.value(), amount.currency(), locale);
    }

    private static String headline(BigDecimal value, String currency, Locale locale) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(locale, "locale");
        String sign = value.signum() < 0 ? "-" : "";
        BigDecimal abs = value.abs();
        if ("zh".equals(locale.getLanguage())) {
            String name = ZH_CURRENCY_NAMES.get(currency);
            String suffix = name != null ? name : " " + currency;
            if (abs.signum() == 0) {
                return "0 " + suffix.strip();
            }
            if (abs.compareTo(YI) >= 0) {
                BigDecimal yi = exact(abs.divide(YI));
                String number = yi.compareTo(TEN_THOUSAND) >= 0 ? grouped(yi) : yi.toPlainString();
                return sign + number + " 亿" + suffix;
            }
            if (abs.compareTo(WAN) >= 0) {
                return sign + grouped(exact(abs.divide(WAN))) + " 万" + suffix;
            }
            return sign + grouped(atLeastTwoDecimals(abs)) + " " + suffix.strip();
        }
        String code = Amount.CNY.equals(currency) ? "RMB" : currency;
        if (abs.signum() == 0) {
            return code + " 0";
        }
        if (abs.compareTo(BILLION) >= 0) {
            return sign + code + " " + grouped(exact(abs.divide(BILLION))) + " billion";
        }
        if (abs.compareTo(MILLION) >= 0) {
            return sign + code + " " + grouped(exact(abs.divide(MILLION))) + " million";
        }
        return sign + code + " " + grouped(atLeastTwoDecimals(abs));
    }

    /**
     * The full figure in yuan for tables: grouped in threes, two decimals
     * ({@code 53,630,000,000.00}); the same for every locale. A value finer than a fen keeps its
     * extra decimals rather than being rounded.
     *
     * @param yuan   amount in yuan; any scale; may be negative
     * @param locale accepted for symmetry with {@link #headline}; the result does not depend on it
     * @return the grouped figure, no currency
     * @throws NullPointerException if an argument is {@code null}
     */
    public static String full(BigDecimal yuan, Locale locale) {
        Objects.requireNonNull(yuan, "yuan");
        Objects.requireNonNull(locale, "locale");
        return (yuan.signum() < 0 ? "-" : "") + grouped(atLeastTwoDecimals(yuan.abs()));
    }

    /**
     * The figure for JSON and CSV: no grouping, no exponent, two decimals ({@code 5360000000.00}).
     * A value finer than a fen keeps its extra decimals rather than being rounded.
     *
     * @param yuan amount in the currency's main unit (yuan for CNY); any scale; may be negative
     * @return the plain decimal string
     * @throws NullPointerException if {@code yuan} is {@code null}
     */
    public static String plain(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "yuan");
        return atLeastTwoDecimals(yuan).toPlainString();
    }

    /** Strips trailing zeros but never returns a negative scale (no exponent in toPlainString). */
    private static BigDecimal exact(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal atLeastTwoDecimals(BigDecimal value) {
        BigDecimal stripped = exact(value);
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }

    /** Non-negative value as plain string with the integer part grouped in threes by {@code ,}. */
    private static String grouped(BigDecimal nonNegative) {
        String plain = nonNegative.toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder(plain.length() + integer.length() / 3);
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(integer.charAt(i));
        }
        if (dot >= 0) {
            out.append(plain, dot, plain.length());
        }
        return out.toString();
    }
}
