package org.conferencedesk.exhibitors;

/** Where an exhibitor's fee stands. */
public enum PaymentStatus {
    /** Nothing invoiced or paid yet. */
    UNPAID,
    /** An invoice (发票) has been sent. */
    INVOICED,
    /** The fee has been paid. */
    PAID,
    /** The fee was paid and given back. */
    REFUNDED
}
