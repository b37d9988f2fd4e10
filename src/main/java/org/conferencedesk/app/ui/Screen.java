package org.conferencedesk.app.ui;

/** The screens of the main window, one tab each (View menu: Ctrl+1, Ctrl+2, F9). */
public enum Screen {
    /** The signing-ceremony ledger (contracts). */
    CONTRACTS,
    /** The guest list. */
    GUESTS,
    /** The check-in desk (big type, one search field). */
    CHECK_IN_DESK
}
