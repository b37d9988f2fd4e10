package org.conferencedesk.shared.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact, non-negative amount of money in one currency.
 *
 * <p>{@code value} is in the currency's main unit (yuan for CNY, dollars for USD, ...) and always
 * has scale exactly 2, i.e. fen precision for CNY (see {@code shared/docs/DOMAIN.md}, section
 * "Money": amounts are exact decimals, {@code DECIMAL(19,2)} in SQL, in yuan, fen precision).
 * The scale is 2 for every currency, including JPY, so that all amounts share one column type.
 *
 * <p>{@code currency} is an ISO 4217 code such as {@code "CNY"}, {@code "USD"}, {@code "EUR"},
 * {@code "JPY"}, {@code "HKD"} or {@code "GBP"}. An amount in another currency keeps its currency;
 * it is never silently added to an RMB total.
 *
 * <p>The constructor does not check the {@code DECIMAL(19,2)} upper bound (17 integer digits);
 * {@link AmountParser} does, and {@link #fitsDecimal19x2()} lets storage code check it.
 *
 * @param value    the amount in the currency's main unit; never {@code null}, never negative,
 *                 at most 2 significant decimals; stored with scale 2
 * @param currency ISO 4217 code, three upper-case letters known to {@link Currency}
 */
public record Amount(BigDecimal value, String currency) {

    /** ISO 4217 code of the Chinese yuan (renminbi). */
    public static final String CNY = "CNY";

    /** Smallest value that no longer fits {@code DECIMAL(19,2)}: 10^17 (18 integer digits). */
    public static final BigDecimal DECIMAL_19_2_LIMIT = BigDecimal.TEN.pow(17);

    /**
     * Validates and normalises the components.
     *
     * @throws IllegalArgumentException if {@code value} or {@code currency} is {@code null}, the
     *                                  value is negative or finer than 0.01 (more than 2 decimals
     *                                  that are not zero), or the currency is not an ISO 4217 code
     */
    public Amount {
        if (value == null) {
            throw new IllegalArgumentException("amount value must not be null");
        }
        if (currency == null) {
            throw new IllegalArgumentException("amount currency must not be null");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(
                    "amount must not be finer than 0.01 (one fen): " + value.toPlainString());
        }
        if (!isCurrency(currency)) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code: " + currency);
        }
        value = value.setScale(2); // exact: checked above that no non-zero digit is dropped
    }

    /**
     * An amount in yuan (CNY) from a plain decimal string such as {@code "1234.50"} or
     * {@code "53630000000"}. For anything an organiser typed use {@link AmountParser#parse(String)}.
     *
     * @param plainDecimal decimal in yuan, as accepted by {@link BigDecimal#BigDecimal(String)}
     * @return the amount, scale 2, currency CNY
     * @throws IllegalArgumentException if the string is not a decimal, is negative or is finer
     *                                  than one fen
     */
    public static Amount cny(String plainDecimal) {
        Objects.requireNonNull(plainDecimal, "plainDecimal");
        return new Amount(new BigDecimal(plainDecimal), CNY);
    }

    /** True for a three-letter ISO 4217 code that Java knows (CNY, USD, EUR ...); false for null, "RMB", "usd". */
    public static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * @return {@code true} if the currency is CNY (renminbi, yuan)
     */
    public boolean isCny() {
        return CNY.equals(currency);
    }

    /**
     * @return {@code true} if the value fits a {@code DECIMAL(19,2)} column, i.e. has at most 17
     *         digits before the decimal point
     */
    public boolean fitsDecimal19x2() {
        return value.compareTo(DECIMAL_19_2_LIMIT) < 0;
    }
}
