package org.conferencedesk.awards;

import java.time.Instant;

/**
 * A committee member signed a category off: its result was frozen with its content and hash.
 *
 * @param id database id
 * @param categoryId the category
 * @param memberId the member who signed (null if only the name is known)
 * @param memberName the member's name when they signed
 * @param signedAt when (an instant; shown in the event's time zone, Asia/Shanghai)
 * @param resultHash the SHA-256 of {@code content}'s UTF-8 bytes, 64 lower-case hex digits
 * @param content the category's content as frozen ({@link ResultContent#canonicalJson()})
 * @param reopening the reopening of this sign-off, or null while it is in force
 */
public record SignOff(Long id, long categoryId, Long memberId, String memberName, Instant signedAt, String resultHash,
                      String content, Reopening reopening) {

    /** True while this sign-off freezes its category (not reopened). */
    public boolean inForce() {
        return reopening == null;
    }

    /**
     * A signed-off category reopened, with a reason.
     *
     * @param id database id
     * @param signOffId the sign-off it ended
     * @param reopenedAt when (an instant)
     * @param reopenedBy who reopened it, as written (1–200 characters)
     * @param reason why (1–1000 characters)
     */
    public record Reopening(Long id, long signOffId, Instant reopenedAt, String reopenedBy, String reason) {
    }
}
