package org.conferencedesk.awards;

/**
 * Who asks to see a category's scores ({@link AwardService#scoreSheet}). Not an authentication: the
 * screen says who is at the keyboard (scoring "as" a member, or the secretariat), as the audit trail
 * names the operating-system user.
 */
public sealed interface Viewer {

    /** A member of the category's committee, scoring. */
    record Member(long memberId) implements Viewer {
    }

    /** The secretariat (not a member): keeps the sheets and the results. */
    record Secretariat() implements Viewer {
    }

    /** A committee member. */
    static Viewer member(long memberId) {
        return new Member(memberId);
    }

    /** The secretariat. */
    static Viewer secretariat() {
        return new Secretariat();
    }
}
