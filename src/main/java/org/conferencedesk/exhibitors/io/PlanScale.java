package org.conferencedesk.exhibitors.io;

import java.math.BigDecimal;

/**
 * The scale a hall is printed at: 1:{@link #denominator()}, the smallest of the usual drawing scales
 * (1, 1.5, 2, 2.5, 3, 4, 5, 6 × a power of ten: 1:100, 1:150 … 1:600, 1:1000 …, as GB/T 50001 lists
 * them for building drawings) at which the floor fits the space on the page. Pure.
 *
 * @param denominator the N of 1:N
 */
public record PlanScale(long denominator) {

    /** PDF points in one millimetre (72 points in 25.4 mm). */
    public static final double POINTS_PER_MM = 72 / 25.4;

    private static final double[] STEPS = {1, 1.5, 2, 2.5, 3, 4, 5, 6};

    /**
     * The scale at which a floor of {@code widthM} × {@code depthM} metres fits a space of
     * {@code widthPt} × {@code heightPt} points.
     */
    public static PlanScale fitting(double widthM, double depthM, double widthPt, double heightPt) {
        double needed = Math.max(widthM * 1000 * POINTS_PER_MM / widthPt, depthM * 1000 * POINTS_PER_MM / heightPt);
        for (long power = 1; ; power *= 10) {
            for (double step : STEPS) {
                long n = Math.round(step * power);
                if (n >= needed) {
                    return new PlanScale(n);
                }
            }
        }
    }

    /** How many PDF points one metre of floor takes on the page. */
    public double pointsPerMetre() {
        return 1000 * POINTS_PER_MM / denominator;
    }

    /** How many metres of floor one centimetre on paper stands for (1:300 → 3). */
    public BigDecimal metresPerCentimetre() {
        return BigDecimal.valueOf(denominator).divide(BigDecimal.valueOf(100));
    }

    /** A round length for the scale bar, 2 to 5 cm long on paper (1, 2, 5 × a power of ten metres). */
    public double barMetres() {
        double perCm = denominator / 100.0;
        double wanted = perCm * 3;
        double power = Math.pow(10, Math.floor(Math.log10(wanted)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power * 1.5 >= wanted) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
