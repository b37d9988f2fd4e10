package org.conferencedesk.awards;

/**
 * What an award category rewards (DOMAIN.md "Award"), stored by name in {@code award_category.kind}.
 * It decides which nominees it takes ({@link #accepts(NomineeKind)}).
 */
public enum AwardKind {
    /** A forum of the conference (Most Concerned Forum Award, Best-Organized Forum ...): forums by name. */
    FORUM_AWARD,
    /** A contest with first, second and third prizes (the 5th Smart Manufacturing Contest): entries by name, teams of people or organisations. */
    CONTEST_PRIZE,
    /** An award to organisations (Excellent Organization Award to units): organisations by name or exhibitors. */
    ORGANISATION_AWARD,
    /** An award to individuals (Excellent Organization Award to individuals): people by name or guests. */
    PERSONAL_AWARD;

    /** True if a nominee of {@code kind} may be nominated in a category of this kind. */
    public boolean accepts(NomineeKind kind) {
        return switch (this) {
            case FORUM_AWARD -> kind == NomineeKind.ENTRY;
            case CONTEST_PRIZE -> true;
            case ORGANISATION_AWARD -> kind == NomineeKind.ORGANISATION;
            case PERSONAL_AWARD -> kind == NomineeKind.PERSON;
        };
    }
}
