package org.conferencedesk.dashboard;

/** The part of an event's figures a figure belongs to, with the feature it is read from. */
public enum FigureSection {
    /** Guests: read through {@code GuestService}. */
    GUESTS,
    /** Exhibitors, halls, booths and bookings: read through {@code ExhibitorService} and {@code BoothService}. */
    EXHIBITORS,
    /** Award categories, prizes and winners: read through {@code AwardService}. */
    AWARDS,
    /** The signing ceremony's contracts and sessions: read through {@code ContractService} and {@code SigningSessionService}. */
    CONTRACTS
}
