package org.conferencedesk.exhibitors;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The event's fee for one kind of booth, for the whole event (not per day).
 *
 * @param kind the kind of booth it prices
 * @param ratePerM2 the price of one m², in {@code currency}'s main unit (yuan for CNY), ≥ 0, to the fen
 * @param currency ISO 4217 code ("CNY", "USD", "EUR"); every fee at this rate is in it
 * @param minimumAreaM2 the smallest area charged, or null for none: a smaller booth is charged as this
 *        many m² (raw space is commonly let from 36 m² up, "光地36平方米起租")
 * @param cornerPremiumPercent the surcharge on a corner booth's fee, in percent (10 for +10 %,
 *        "双开口加收10%"), 0–100, two decimals at most; 0 for none
 */
public record BoothRate(BoothKind kind, BigDecimal ratePerM2, String currency, BigDecimal minimumAreaM2,
                        BigDecimal cornerPremiumPercent) {

    /** Checks that the kind, rate, currency and premium are present (NullPointerException otherwise). */
    public BoothRate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ratePerM2, "ratePerM2");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(cornerPremiumPercent, "cornerPremiumPercent");
    }

    /** A rate per m² in a currency with no minimum area and no corner premium. */
    public static BoothRate perM2(BoothKind kind, String ratePerM2, String currency) {
        return new BoothRate(kind, new BigDecimal(ratePerM2), currency, null, BigDecimal.ZERO);
    }

    /** A copy with a minimum area charged (null for none). */
    public BoothRate withMinimumArea(BigDecimal m2) {
        return new BoothRate(kind, ratePerM2, currency, m2, cornerPremiumPercent);
    }

    /** A copy with a corner premium in percent. */
    public BoothRate withCornerPremium(BigDecimal percent) {
        return new BoothRate(kind, ratePerM2, currency, minimumAreaM2, percent);
    }
}
