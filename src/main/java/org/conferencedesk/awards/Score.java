package org.conferencedesk.awards;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One member's score of one nominee on one criterion.
 *
 * @param id database id, or null before it is saved
 * @param categoryId the category
 * @param memberId the member who gave it
 * @param nomineeId the nominee
 * @param criterionId the criterion
 * @param score the score, in the category's range, at most two decimals
 * @param scoredAt when it was entered (an instant), or null before it is saved
 */
public record Score(Long id, long categoryId, long memberId, long nomineeId, long criterionId, BigDecimal score,
                    Instant scoredAt) {

    /** Checks the score is present. */
    public Score {
        Objects.requireNonNull(score, "score");
    }
}
