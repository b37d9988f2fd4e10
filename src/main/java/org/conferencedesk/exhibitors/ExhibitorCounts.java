package org.conferencedesk.exhibitors;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The exhibitors' figures the status bar and the exhibitors screen show live, kept by
 * {@link LiveExhibitors} row by row (the full figures, with occupancy and fees per currency, are
 * {@link ExhibitorTotals}, read from the database).
 *
 * @param exhibitors number of exhibitors of the event
 * @param byMode exhibitors per exhibition mode (every mode, zero if none)
 * @param byPaymentStatus exhibitors per payment status (every status, zero if none)
 * @param boothsHeld booths held, counted once per exhibitor holding them (a booth shared day by day
 *        between two exhibitors counts twice)
 * @param heldAreaM2 the area of those booths in m², two decimals
 */
public record ExhibitorCounts(int exhibitors, Map<ExhibitionMode, Integer> byMode,
                              Map<PaymentStatus, Integer> byPaymentStatus, int boothsHeld, BigDecimal heldAreaM2) {

    /** Copies the maps (unmodifiable). */
    public ExhibitorCounts {
        byMode = Collections.unmodifiableMap(new EnumMap<>(byMode));
        byPaymentStatus = Collections.unmodifiableMap(new EnumMap<>(byPaymentStatus));
    }

    /** Exhibitors in this mode. */
    public int inMode(ExhibitionMode mode) {
        return byMode.getOrDefault(mode, 0);
    }

    /** Exhibitors with this payment status. */
    public int withStatus(PaymentStatus status) {
        return byPaymentStatus.getOrDefault(status, 0);
    }
}
