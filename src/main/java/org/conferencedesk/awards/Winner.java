package org.conferencedesk.awards;

import java.time.Instant;

/**
 * A nominee recorded as a winner in one place of a prize.
 *
 * @param id database id, or null before it is saved
 * @param categoryId the category
 * @param prizeId the prize
 * @param place which of the prize's places it takes, from 1 to the prize's places (given by the service:
 *              the lowest free one)
 * @param nomineeId the nominee; a nominee wins at most one place in a category
 * @param recordedAt when it was recorded (an instant), or null before it is saved
 */
public record Winner(Long id, long categoryId, long prizeId, int place, long nomineeId, Instant recordedAt) {
}
