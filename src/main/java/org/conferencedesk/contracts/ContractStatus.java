package org.conferencedesk.contracts;

/** Where a signing-ceremony project stands. */
public enum ContractStatus {
    /** On the list for the ceremony, not signed yet. */
    PLANNED,
    /** Signed on stage; counts in the signed total and the running total. */
    SIGNED,
    /** Taken off the list; counts in no total. */
    WITHDRAWN
}
