package org.conferencedesk.exhibitors;

import java.math.BigDecimal;
import org.conferencedesk.shared.money.Amount;

/**
 * The fee of one booth, line by line as an invoice shows it ({@link FeeSchedule#priceOf}).
 *
 * @param booth the booth
 * @param chargedAreaM2 the area charged: its area, or the rate's minimum area if that is larger
 * @param rate the rate applied
 * @param base charged area × rate per m², rounded to the fen
 * @param cornerPremium base × the corner premium percentage for a corner booth, rounded to the fen; 0.00 otherwise
 * @param total base + corner premium, in the rate's currency
 */
public record BoothFee(Booth booth, BigDecimal chargedAreaM2, BoothRate rate, Amount base, Amount cornerPremium,
                       Amount total) {
}
