package org.conferencedesk.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What a figure counts, and how its value is written in a snapshot's canonical text. */
public enum FigureUnit {
    /** A number of records (guests, projects, booths): a whole number, written {@code "326"}. */
    COUNT(0),
    /** An amount in yuan (CNY), exact to the fen: written {@code "53630000000.00"}. */
    YUAN(2),
    /** An area in square metres, to the hundredth: written {@code "1234.50"}. */
    SQUARE_METRES(2);

    private final int scale;

    FigureUnit(int scale) {
        this.scale = scale;
    }

    /** The number of decimals a value of this unit keeps (0 for counts, 2 for yuan and m²). */
    public int scale() {
        return scale;
    }

    /**
     * The value at this unit's scale.
     *
     * @throws ArithmeticException if it has more decimals than the unit keeps (nothing is rounded)
     */
    public BigDecimal normalise(BigDecimal value) {
        return value.setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** The value as a snapshot writes it: plain digits at this unit's scale ({@code "326"}, {@code "5200000000.00"}). */
    public String text(BigDecimal value) {
        return normalise(value).toPlainString();
    }
}
