package org.conferencedesk.dashboard;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One headline figure of an event: its key and its value, exact.
 *
 * @param key which figure
 * @param value a count (scale 0), an amount in yuan (scale 2) or an area in m² (scale 2), as the key's
 *        {@link FigureName#unit()} says
 */
public record Figure(FigureKey key, BigDecimal value) {

    /**
     * Brings the value to its unit's scale.
     *
     * @throws ArithmeticException if it has more decimals than the unit keeps (nothing is rounded)
     */
    public Figure {
        Objects.requireNonNull(key, "key");
        value = key.name().unit().normalise(Objects.requireNonNull(value, "value"));
    }

    /** A count. */
    public static Figure count(FigureKey key, long count) {
        return new Figure(key, BigDecimal.valueOf(count));
    }

    /** What the figure counts. */
    public FigureUnit unit() {
        return key.name().unit();
    }

    /** The value as a snapshot writes it ({@code "326"}, {@code "53630000000.00"}). */
    public String text() {
        return unit().text(value);
    }
}
