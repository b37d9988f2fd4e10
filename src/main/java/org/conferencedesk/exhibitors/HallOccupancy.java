package org.conferencedesk.exhibitors;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How full a hall is. A booth counts as booked if it is held on at least one day of the event, and
 * as free if it is held on none.
 *
 * @param hallId the hall
 * @param code its code
 * @param name its name, or null
 * @param booths its booths
 * @param booked booths held on at least one day
 * @param free booths held on no day ({@code booths − booked})
 * @param boothAreaM2 the area of all its booths, m²
 * @param bookedAreaM2 the area of its booked booths, m²
 * @param occupancyPercent booked area ÷ booth area × 100, one decimal, half up; 0.0 for a hall with no booths
 */
public record HallOccupancy(long hallId, String code, String name, int booths, int booked, int free,
                            BigDecimal boothAreaM2, BigDecimal bookedAreaM2, BigDecimal occupancyPercent) {

    /** Booked area ÷ booth area × 100, one decimal, half up; 0.0 when there is no booth area. */
    public static BigDecimal percent(BigDecimal bookedArea, BigDecimal boothArea) {
        if (boothArea.signum() == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return bookedArea.multiply(BigDecimal.valueOf(100)).divide(boothArea, 1, RoundingMode.HALF_UP);
    }
}
