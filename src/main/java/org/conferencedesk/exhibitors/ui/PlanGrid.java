package org.conferencedesk.exhibitors.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.conferencedesk.exhibitors.BoothPlace;

/**
 * The grid booths are drawn on: every measure snaps to {@link #STEP} (0.5 m), as hall plans are laid
 * out. Pure; no JavaFX.
 */
public final class PlanGrid {

    /** The grid step in metres. */
    public static final BigDecimal STEP = new BigDecimal("0.5");

    private PlanGrid() {
    }

    /** {@code metres} rounded to the nearest 0.5 m (halves away from zero), never below 0: 3.24 → 3.0, 3.25 → 3.5. */
    public static BigDecimal snap(double metres) {
        if (!(metres > 0)) {
            return BigDecimal.ZERO.setScale(1);
        }
        BigDecimal two = BigDecimal.valueOf(2);
        return BigDecimal.valueOf(metres).multiply(two).setScale(0, RoundingMode.HALF_UP)
                .divide(two).setScale(1, RoundingMode.UNNECESSARY);
    }

    /**
     * The rectangle dragged from one corner to the opposite one (in metres, any order), snapped to the
     * grid; at least one step wide and deep.
     */
    public static BoothPlace rectangle(double x0, double y0, double x1, double y1) {
        BigDecimal left = snap(Math.min(x0, x1));
        BigDecimal top = snap(Math.min(y0, y1));
        BigDecimal right = snap(Math.max(x0, x1)).max(left.add(STEP));
        BigDecimal bottom = snap(Math.max(y0, y1)).max(top.add(STEP));
        return new BoothPlace(left, top, right.subtract(left), bottom.subtract(top));
    }

    /**
     * {@code place} moved by {@code dx}, {@code dy} metres (snapped to the grid), kept off the negative
     * side of the walls.
     */
    public static BoothPlace moved(BoothPlace place, double dx, double dy) {
        BigDecimal x = snap(place.x().doubleValue() + dx);
        BigDecimal y = snap(place.y().doubleValue() + dy);
        return new BoothPlace(x, y, place.width(), place.depth());
    }

    /**
     * {@code place} with its right and bottom edges at {@code right}, {@code bottom} (metres, snapped),
     * at least one step wide and deep.
     */
    public static BoothPlace resized(BoothPlace place, double right, double bottom) {
        BigDecimal w = snap(right).subtract(place.x()).max(STEP);
        BigDecimal d = snap(bottom).subtract(place.y()).max(STEP);
        return new BoothPlace(place.x(), place.y(), w, d);
    }

    /** {@code place} grown (or shrunk, negative) by whole steps along x and y, at least one step wide and deep. */
    public static BoothPlace grown(BoothPlace place, int widthSteps, int depthSteps) {
        BigDecimal w = place.width().add(STEP.multiply(BigDecimal.valueOf(widthSteps))).max(STEP);
        BigDecimal d = place.depth().add(STEP.multiply(BigDecimal.valueOf(depthSteps))).max(STEP);
        return new BoothPlace(place.x(), place.y(), w, d);
    }

    /** The area of a place in m² (width × depth), e.g. for a new booth's default area. */
    public static BigDecimal area(BoothPlace place) {
        return place.width().multiply(place.depth());
    }
}
