package org.conferencedesk.awards;

import org.conferencedesk.shared.record.RecordField;

/**
 * The fields of the award records (category, prize, criterion, committee member, nominee, recusal,
 * reopening, score), each described once ({@link RecordField}): its JSON name, the longest text the
 * database keeps (UTF-16 units; a longer value is refused, never cut), and its label
 * {@code field.<jsonName>} in the {@code awards} bundle.
 */
public enum AwardField implements RecordField {
    /** A category's Chinese name. */
    NAME_ZH("nameZh", 200, true),
    /** A category's English name. */
    NAME_EN("nameEn", 200, true),
    /** A category's kind ({@link AwardKind}). */
    KIND("kind", 0, false),
    /** A category's place in the running order. */
    RUNNING_ORDER("runningOrder", 0, false),
    /** A category's tie rule ({@link TieRule}). */
    TIE_RULE("tieRule", 0, false),
    /** The seed of a seeded draw. */
    DRAW_SEED("drawSeed", 0, false),
    /** The lowest score of a category's range. */
    SCORE_MIN("scoreMin", 0, false),
    /** The highest score. */
    SCORE_MAX("scoreMax", 0, false),
    /** A prize's rank. */
    PRIZE_RANK("rank", 0, false),
    /** A prize's Chinese name. */
    PRIZE_NAME_ZH("prizeNameZh", 100, true),
    /** A prize's English name. */
    PRIZE_NAME_EN("prizeNameEn", 100, true),
    /** A prize's number of places. */
    PLACES("places", 0, false),
    /** A criterion's Chinese name. */
    CRITERION_NAME_ZH("criterionNameZh", 100, true),
    /** A criterion's English name. */
    CRITERION_NAME_EN("criterionNameEn", 100, true),
    /** A criterion's weight. */
    WEIGHT("weight", 0, false),
    /** A criterion's place on the score sheet. */
    ORDER("order", 0, false),
    /** A committee member's name. */
    MEMBER_NAME("memberName", 200, true),
    /** What a nominee is ({@link NomineeKind}). */
    NOMINEE_KIND("nomineeKind", 0, false),
    /** The guest a nominee is. */
    GUEST_ID("guestId", 0, false),
    /** The exhibitor a nominee is. */
    EXHIBITOR_ID("exhibitorId", 0, false),
    /** A nominee's name as written. */
    NOMINEE_NAME("nomineeName", 300, true),
    /** A nominee's organisation or organiser. */
    AFFILIATION("affiliation", 300, true),
    /** Why a member stands aside from a nominee. */
    RECUSAL_REASON("recusalReason", 500, true),
    /** Who reopened a signed-off category. */
    REOPENED_BY("reopenedBy", 200, true),
    /** Why it was reopened. */
    REOPEN_REASON("reopenReason", 1000, true),
    /** A member's score on a criterion. */
    SCORE("score", 0, false);

    private final String jsonName;
    private final int maxLength;
    private final boolean text;

    AwardField(String jsonName, int maxLength, boolean text) {
        this.jsonName = jsonName;
        this.maxLength = maxLength;
        this.text = text;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    @Override
    public int maxLength() {
        return maxLength;
    }

    @Override
    public boolean isText() {
        return text;
    }

    @Override
    public String labelArea() {
        return "awards";
    }
}
