package org.conferencedesk.contracts;

/**
 * Where and by whom a contract was signed, beyond the {@link Contract} itself: its signing session and
 * its investor's origin (sql/V30). Kept apart from {@link Contract} this round so that the contract
 * form and import, changed elsewhere, are untouched; {@link SigningSessionService} reads and writes it.
 *
 * @param contractId the contract
 * @param eventId its event
 * @param sessionId its signing session, or null for the closing ceremony (the default)
 * @param investorOrigin domestic, Hong Kong/Macao/Taiwan or foreign, or null if not recorded
 */
public record ContractSigning(long contractId, long eventId, Long sessionId, InvestorOrigin investorOrigin) {

    /** A contract as every contract stands before its session and origin are given: closing ceremony, origin not recorded. */
    public static ContractSigning closingCeremony(long contractId, long eventId) {
        return new ContractSigning(contractId, eventId, null, null);
    }
}
