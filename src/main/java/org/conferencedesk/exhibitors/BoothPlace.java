package org.conferencedesk.exhibitors;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where a booth stands on its hall's plan, in metres: {@code x} and {@code y} of its corner nearest
 * the hall's origin (the plan's top left), its {@code width} along x and its {@code depth} along y.
 * Two decimals at most (the plan snaps to 0.5 m).
 *
 * @param x distance from the hall's left wall, ≥ 0
 * @param y distance from the hall's top wall, ≥ 0
 * @param width &gt; 0
 * @param depth &gt; 0
 */
public record BoothPlace(BigDecimal x, BigDecimal y, BigDecimal width, BigDecimal depth) {

    /** Checks that every measure is given (NullPointerException otherwise). */
    public BoothPlace {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(depth, "depth");
    }

    /** A place from plain decimals in metres ("12.5"). */
    public static BoothPlace of(String x, String y, String width, String depth) {
        return new BoothPlace(new BigDecimal(x), new BigDecimal(y), new BigDecimal(width), new BigDecimal(depth));
    }

    /** The right edge, x + width. */
    public BigDecimal right() {
        return x.add(width);
    }

    /** The bottom edge, y + depth. */
    public BigDecimal bottom() {
        return y.add(depth);
    }

    /**
     * True if the two rectangles share floor: an area larger than zero. Booths that only touch along
     * an edge or at a corner (back to back, side by side) do not overlap.
     */
    public boolean overlaps(BoothPlace other) {
        return x.compareTo(other.right()) < 0 && other.x.compareTo(right()) < 0
                && y.compareTo(other.bottom()) < 0 && other.y.compareTo(bottom()) < 0;
    }

    /** True if the rectangle lies within a hall of this size (edges on the walls allowed). */
    public boolean fitsIn(BigDecimal hallWidth, BigDecimal hallDepth) {
        return right().compareTo(hallWidth) <= 0 && bottom().compareTo(hallDepth) <= 0;
    }
}
