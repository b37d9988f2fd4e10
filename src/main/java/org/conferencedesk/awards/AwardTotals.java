package org.conferencedesk.awards;

/**
 * An event's award figures, for the status bar and {@code totals --json} ({@code "awards"}).
 *
 * @param categories award categories
 * @param places places of all their prizes (first ×1 + second ×2 + third ×3 = 6)
 * @param winnersRecorded winners recorded in those places
 * @param signedOff categories signed off (frozen)
 * @param open categories not signed off (never, or reopened): {@code categories - signedOff}
 */
public record AwardTotals(int categories, int places, int winnersRecorded, int signedOff, int open) {

    /** No awards. */
    public static final AwardTotals NONE = new AwardTotals(0, 0, 0, 0, 0);
}
