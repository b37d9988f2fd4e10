package org.conferencedesk.contracts;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures of one signing session: what was signed there and what is planned there. Amounts are CNY
 * yuan (scale 2); contracts in other currencies are counted and totalled per currency apart, as in
 * {@link ContractTotals} (decision 0004). The closing ceremony's figures count only its own contracts.
 *
 * @param session the session ({@link SigningSession#closingCeremony} if the event has not named it)
 * @param signed contracts signed there (count in every currency, CNY amount)
 * @param planned contracts planned there
 * @param otherCurrencies signed amounts there per non-CNY currency, in that currency
 */
public record SessionTotals(SigningSession session, ContractTotals.CountAndAmount signed,
                            ContractTotals.CountAndAmount planned, Map<String, BigDecimal> otherCurrencies) {

    /** Copies the map (unmodifiable, in currency order). */
    public SessionTotals {
        otherCurrencies = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(otherCurrencies));
    }
}
