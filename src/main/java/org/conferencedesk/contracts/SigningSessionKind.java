package org.conferencedesk.contracts;

/**
 * What kind of signing session a contract was signed at (issue 14). An event has at most one closing
 * ceremony; the closing ceremony's total counts only its own contracts (in 2020 a pre-event
 * conference signed 10 projects of its own, not counted in the closing ceremony's 30).
 */
public enum SigningSessionKind {
    /** The signing at the closing ceremony (闭幕式签约): the press release's headline. At most one per event. */
    CLOSING_CEREMONY,
    /** A signing at a sub-forum (分论坛签约). */
    SUB_FORUM,
    /** A signing conference before the event (会前签约), e.g. a pre-event investment conference. */
    PRE_EVENT,
    /** Any other signing session (a district's own signing, an opening ceremony …). */
    OTHER
}
