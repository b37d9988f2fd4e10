package org.conferencedesk.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums of money kept per currency, never added across currencies (DOMAIN.md, "Money": a sum in
 * dollars is never silently added to one in yuan). Immutable. Each sum is exact, scale 2 (fen for
 * CNY), and may be negative (a balance: fee less deposits). Currencies iterate CNY first, then in
 * alphabetical order of their ISO 4217 codes.
 *
 * @param sums currency code → sum, scale 2; a currency absent means nothing in it
 */
public record AmountsByCurrency(Map<String, BigDecimal> sums) {

    private static final java.util.Comparator<String> CNY_FIRST =
            java.util.Comparator.comparing((String c) -> !Amount.CNY.equals(c)).thenComparing(c -> c);

    /** Nothing in any currency. */
    public static final AmountsByCurrency NONE = new AmountsByCurrency(Map.of());

    /**
     * Copies and orders the sums.
     *
     * @throws ArithmeticException if a sum has a non-zero digit below the fen
     */
    public AmountsByCurrency {
        TreeMap<String, BigDecimal> sorted = new TreeMap<>(CNY_FIRST);
        sums.forEach((currency, sum) -> sorted.put(currency, sum.setScale(2, RoundingMode.UNNECESSARY)));
        sums = Collections.unmodifiableMap(sorted);
    }

    /** One amount. */
    public static AmountsByCurrency of(Amount amount) {
        return NONE.plus(amount);
    }

    /** These sums with {@code amount} added to the sum in its own currency. */
    public AmountsByCurrency plus(Amount amount) {
        return plus(amount.currency(), amount.value());
    }

    /** These sums with {@code value} (yuan, dollars …, at most 2 decimals) added in {@code currency}. */
    public AmountsByCurrency plus(String currency, BigDecimal value) {
        TreeMap<String, BigDecimal> next = new TreeMap<>(sums);
        next.merge(currency, value, BigDecimal::add);
        return new AmountsByCurrency(next);
    }

    /** These sums with {@code other}'s added, currency by currency. */
    public AmountsByCurrency plus(AmountsByCurrency other) {
        TreeMap<String, BigDecimal> next = new TreeMap<>(sums);
        other.sums.forEach((currency, sum) -> next.merge(currency, sum, BigDecimal::add));
        return new AmountsByCurrency(next);
    }

    /** These sums less {@code other}'s, currency by currency (a currency only in {@code other} becomes negative). */
    public AmountsByCurrency minus(AmountsByCurrency other) {
        TreeMap<String, BigDecimal> next = new TreeMap<>(sums);
        other.sums.forEach((currency, sum) -> next.merge(currency, sum.negate(), BigDecimal::add));
        return new AmountsByCurrency(next);
    }

    /** The sum in {@code currency}, 0.00 if none. */
    public BigDecimal get(String currency) {
        return sums.getOrDefault(currency, BigDecimal.ZERO.setScale(2));
    }

    /** True if no currency has a sum. */
    public boolean isEmpty() {
        return sums.isEmpty();
    }
}
