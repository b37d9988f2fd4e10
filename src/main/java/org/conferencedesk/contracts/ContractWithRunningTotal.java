package org.conferencedesk.contracts;

import java.math.BigDecimal;

/**
 * A contract and the running total at its place in signing order.
 *
 * @param contract the contract
 * @param runningTotal cumulative CNY amount (yuan, scale 2) of signed contracts up to and including this one
 */
public record ContractWithRunningTotal(Contract contract, BigDecimal runningTotal) {
}
