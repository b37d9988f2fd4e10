package org.conferencedesk.contracts;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The live figures of an event's signing ceremony.
 *
 * <p>Counts include contracts in every currency; amounts are CNY yuan only (scale 2). Contracts in
 * other currencies are totalled separately in {@code otherCurrencies} and never added to CNY.
 * The breakdowns ({@code bySector}, {@code byDistrict}, {@code otherCurrencies}) cover signed
 * contracts, the figures a press release reports; a contract with no sector or district is under
 * the key {@link #UNSPECIFIED}. Maps iterate in descending amount, then by key.
 *
 * @param signed contracts signed
 * @param planned contracts planned, not yet signed
 * @param total all contracts not withdrawn (signed and planned)
 * @param bySector signed CNY amount per sector
 * @param byDistrict signed CNY amount per district
 * @param otherCurrencies signed amount per non-CNY currency, in that currency
 */
public record ContractTotals(CountAndAmount signed, CountAndAmount planned, CountAndAmount total,
                             Map<String, BigDecimal> bySector, Map<String, BigDecimal> byDistrict,
                             Map<String, BigDecimal> otherCurrencies) {

    /** Key for contracts with no sector or district. */
    public static final String UNSPECIFIED = "";

    /** Totals of an event with no contracts. */
    public static final ContractTotals EMPTY = new ContractTotals(CountAndAmount.ZERO, CountAndAmount.ZERO,
            CountAndAmount.ZERO, Map.of(), Map.of(), Map.of());

    /**
     * A number of contracts and their CNY amount.
     *
     * @param count number of contracts (any currency)
     * @param amount sum of their CNY amounts in yuan, scale 2
     */
    public record CountAndAmount(int count, BigDecimal amount) {
        /** No contracts, 0.00 yuan. */
        public static final CountAndAmount ZERO = new CountAndAmount(0, new BigDecimal("0.00"));

        /** Normalises the amount to scale 2. */
        public CountAndAmount {
            amount = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        }
    }
}
