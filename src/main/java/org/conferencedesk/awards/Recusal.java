package org.conferencedesk.awards;

import java.time.Instant;
import java.util.Objects;

/**
 * A committee member stands aside from one nominee (a conflict of interest): they do not score it,
 * and the nominee's averages are computed without them.
 *
 * @param id database id, or null before it is saved
 * @param categoryId the category
 * @param memberId the member
 * @param nomineeId the nominee
 * @param reason why, as written (1–500 characters, required)
 * @param recordedAt when it was recorded (an instant), or null before it is saved
 */
public record Recusal(Long id, long categoryId, long memberId, long nomineeId, String reason, Instant recordedAt) {

    /** Checks the reason is present. */
    public Recusal {
        Objects.requireNonNull(reason, "reason");
    }
}
