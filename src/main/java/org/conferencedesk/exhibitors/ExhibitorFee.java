package org.conferencedesk.exhibitors;

import java.util.List;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.money.AmountsByCurrency;

/**
 * What an exhibitor owes, per currency (never added across currencies): the booths' fees
 * ({@link FeeSchedule}), or the amount agreed instead; the deposits received; and the balance.
 *
 * @param exhibitorId the exhibitor
 * @param booths the fee of each booth it holds, line by line
 * @param unpriced the booths it holds whose kind has no rate yet (not in {@code computed})
 * @param computed the booths' fees summed per currency
 * @param override the fee agreed instead of {@code computed}, or null
 * @param overrideReason why, or null
 * @param deposits the deposits received, summed per currency
 */
public record ExhibitorFee(Long exhibitorId, List<BoothFee> booths, List<Booth> unpriced, AmountsByCurrency computed,
                           Amount override, String overrideReason, AmountsByCurrency deposits) {

    /** Copies the lists. */
    public ExhibitorFee {
        booths = List.copyOf(booths);
        unpriced = List.copyOf(unpriced);
    }

    /** The fee due: the override if set, else the computed fee. */
    public AmountsByCurrency due() {
        return override != null ? AmountsByCurrency.of(override) : computed;
    }

    /** Fee due less deposits, per currency (negative where more was received than is due in that currency). */
    public AmountsByCurrency balance() {
        return due().minus(deposits);
    }

    /** True if the fee due is known: overridden, or every booth held has a rate. */
    public boolean isComplete() {
        return override != null || unpriced.isEmpty();
    }
}
