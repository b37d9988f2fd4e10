package org.conferencedesk.guests;

/** Where a guest's invitation stands. A new guest is {@link #NOT_INVITED}. */
public enum InvitationStatus {
    NOT_INVITED,
    INVITED,
    CONFIRMED,
    DECLINED
}
