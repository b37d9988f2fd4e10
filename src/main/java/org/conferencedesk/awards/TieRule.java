package org.conferencedesk.awards;

/**
 * How a category breaks a tie between nominees whose averages are equal and who do not all fit in
 * the places left at a prize. Declared with the category, before any score is entered (the database
 * refuses a change once scores exist), and applied by {@link WinnerProposal}. A tie that fits in the
 * places left is no tie for this purpose: the tied nominees all take that prize, one place each.
 */
public enum TieRule {
    /**
     * The committee votes. The proposal stops at the tie and names the tied nominees; the committee
     * records the winners it voted for by hand.
     */
    COMMITTEE_VOTE,
    /**
     * The tied nominees share a place: all of them take the highest prize that still has a place for
     * each of them (a place each: a shared place does not let a prize hold more winners than it has
     * places). The places they could not fill above stay vacant. If no prize below has room for all
     * of them, the tie is left to the committee.
     */
    SHARED_PLACE,
    /**
     * A draw decides, with the seed recorded on the category when the rule was declared: the same
     * seed and the same scores always give the same draw (see {@link SeededDraw}).
     */
    SEEDED_DRAW
}
