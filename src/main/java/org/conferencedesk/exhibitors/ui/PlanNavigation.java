package org.conferencedesk.exhibitors.ui;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.conferencedesk.exhibitors.Booth;
import org.conferencedesk.exhibitors.BoothPlace;
import org.conferencedesk.exhibitors.Hall;

/**
 * Which booth the arrow keys go to on a hall plan, by where the booths stand (not by their codes).
 * Pure; no JavaFX.
 *
 * <p>From the booth that has the focus, an arrow goes to a booth whose centre lies that way. Booths
 * in the same row (for ← →) or column (for ↑ ↓) — those sharing part of the focused booth's
 * extent across the direction of travel — come first, the nearest edge to edge, then the one whose
 * centre is closest across; so → walks along a row of booths, and off its end goes to the nearest
 * booth further right in another row. Otherwise the booth with the smallest distance along the
 * direction plus twice the distance across it. No booth that way: the focus stays. Home and End go to
 * the first and last booth in reading order (rows from the top, each from the left).
 */
public final class PlanNavigation {

    /** An arrow key. */
    public enum Direction {
        /** ↑, towards the hall's top wall (smaller y). */
        UP,
        /** ↓, towards larger y. */
        DOWN,
        /** ←, towards the left wall (smaller x). */
        LEFT,
        /** →, towards larger x. */
        RIGHT
    }

    /** Reading order: by the top edge, then the left edge, then the code. */
    public static final Comparator<Booth> READING_ORDER = Comparator
            .comparing((Booth b) -> b.place().y())
            .thenComparing(b -> b.place().x())
            .thenComparing(Booth::code, Hall::compareCodes);

    private PlanNavigation() {
    }

    /**
     * The booth an arrow goes to from {@code from}.
     *
     * @param placed the booths on the plan (each with a place)
     * @param from the booth with the focus (with a place); null for none: then the first booth in reading order
     * @param direction the arrow
     * @return the booth to focus, or empty if no booth lies that way (or the plan is empty)
     */
    public static Optional<Booth> next(List<Booth> placed, Booth from, Direction direction) {
        if (from == null || from.place() == null) {
            return first(placed);
        }
        BoothPlace a = from.place();
        Booth best = null;
        double[] bestScore = null;
        for (Booth candidate : placed) {
            if (candidate.id() != null && candidate.id().equals(from.id()) || candidate.place() == null) {
                continue;
            }
            BoothPlace b = candidate.place();
            double along = along(a, b, direction);
            if (along <= 0) {
                continue;
            }
            boolean sameLine = sharesExtent(a, b, direction);
            double across = Math.abs(across(a, b, direction));
            double gap = Math.max(0, gap(a, b, direction));
            double[] score = sameLine ? new double[] {0, gap, across} : new double[] {1, along + 2 * across, across};
            if (bestScore == null || compare(score, bestScore) < 0) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The first booth in reading order, if any. */
    public static Optional<Booth> first(List<Booth> placed) {
        return placed.stream().filter(b -> b.place() != null).min(READING_ORDER);
    }

    /** The last booth in reading order, if any. */
    public static Optional<Booth> last(List<Booth> placed) {
        return placed.stream().filter(b -> b.place() != null).max(READING_ORDER);
    }

    private static int compare(double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            int c = Double.compare(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** How far b's centre lies from a's in the direction of travel (positive: that way). */
    private static double along(BoothPlace a, BoothPlace b, Direction d) {
        return switch (d) {
            case RIGHT -> centreX(b) - centreX(a);
            case LEFT -> centreX(a) - centreX(b);
            case DOWN -> centreY(b) - centreY(a);
            case UP -> centreY(a) - centreY(b);
        };
    }

    /** How far b's centre lies from a's across the direction of travel (signed). */
    private static double across(BoothPlace a, BoothPlace b, Direction d) {
        return d == Direction.LEFT || d == Direction.RIGHT ? centreY(b) - centreY(a) : centreX(b) - centreX(a);
    }

    /** The free floor between a's leading edge and b's trailing edge in the direction of travel. */
    private static double gap(BoothPlace a, BoothPlace b, Direction d) {
        return switch (d) {
            case RIGHT -> v(b.x()) - v(a.right());
            case LEFT -> v(a.x()) - v(b.right());
            case DOWN -> v(b.y()) - v(a.bottom());
            case UP -> v(a.y()) - v(b.bottom());
        };
    }

    /** True if a and b share part of their extent across the direction of travel (same row or column). */
    private static boolean sharesExtent(BoothPlace a, BoothPlace b, Direction d) {
        if (d == Direction.LEFT || d == Direction.RIGHT) {
            return a.y().compareTo(b.bottom()) < 0 && b.y().compareTo(a.bottom()) < 0;
        }
        return a.x().compareTo(b.right()) < 0 && b.x().compareTo(a.right()) < 0;
    }

    private static double centreX(BoothPlace p) {
        return v(p.x()) + v(p.width()) / 2;
    }

    private static double centreY(BoothPlace p) {
        return v(p.y()) + v(p.depth()) / 2;
    }

    private static double v(BigDecimal d) {
        return d.doubleValue();
    }
}
