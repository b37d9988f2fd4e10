package org.conferencedesk.awards;

import java.math.BigDecimal;
import java.util.LinkedHashMap;

/**
 * How awards appear in the audit trail: record types and each record's fields as text (enums by
 * name, numbers as plain decimals, empty as null). A category's entries carry the category's id;
 * each part's entries carry the part's id and name the category in the summary
 * ({@code "最受关注论坛奖 / Most Concerned Forum Award › 智能制造标准化论坛"}).
 */
public final class AwardAudit {

    /** An award category, its sign-off ({@code SIGNED_OFF}) and reopening ({@code REOPENED}). */
    public static final String CATEGORY = "award";
    /** A prize of a category. */
    public static final String PRIZE = "awardPrize";
    /** A scoring criterion. */
    public static final String CRITERION = "awardCriterion";
    /** A committee member. */
    public static final String MEMBER = "awardMember";
    /** A nominee. */
    public static final String NOMINEE = "awardNominee";
    /** A recusal. */
    public static final String RECUSAL = "awardRecusal";
    /** A member's scores of a nominee (record id: the nominee; fields: one per criterion). */
    public static final String SCORE = "awardScore";
    /** A winner (record id: the winner). */
    public static final String WINNER = "awardWinner";
    /**
     * How a recusal's entry names the scores it removed: {@code "scoreRemoved:" + criterion}. Like the
     * fields of an {@link #SCORE} entry, their values are not shown to readers of the trail until the
     * category is signed off ({@link AwardService}).
     */
    public static final String SCORE_REMOVED = "scoreRemoved:";

    private AwardAudit() {
    }

    /** A category's fields. */
    public static LinkedHashMap<String, String> fields(AwardCategory c) {
        LinkedHashMap<String, String> f = new LinkedHashMap<>();
        f.put("nameZh", c.nameZh().strip());
        f.put("nameEn", c.nameEn().strip());
        f.put("kind", c.kind().name());
        f.put("runningOrder", Integer.toString(c.runningOrder()));
        f.put("tieRule", c.tieRule().name());
        f.put("drawSeed", c.drawSeed() == null ? null : c.drawSeed().toString());
        f.put("scoreMin", plain(c.scoreMin()));
        f.put("scoreMax", plain(c.scoreMax()));
        return f;
    }

    /** A prize's fields. */
    public static LinkedHashMap<String, String> fields(Prize p) {
        LinkedHashMap<String, String> f = new LinkedHashMap<>();
        f.put("rank", Integer.toString(p.rank()));
        f.put("nameZh", p.nameZh().strip());
        f.put("nameEn", p.nameEn().strip());
        f.put("places", Integer.toString(p.places()));
        return f;
    }

    /** A criterion's fields. */
    public static LinkedHashMap<String, String> fields(Criterion c) {
        LinkedHashMap<String, String> f = new LinkedHashMap<>();
        f.put("nameZh", c.nameZh().strip());
        f.put("nameEn", c.nameEn().strip());
        f.put("weight", plain(c.weight()));
        f.put("order", Integer.toString(c.order()));
        return f;
    }

    /** A member's fields. */
    public static LinkedHashMap<String, String> fields(CommitteeMember m) {
        LinkedHashMap<String, String> f = new LinkedHashMap<>();
        f.put("name", m.name().strip());
        return f;
    }

    /** A nominee's fields (a linked nominee's name as read from its guest or exhibitor). */
    public static LinkedHashMap<String, String> fields(Nominee n) {
        LinkedHashMap<String, String> f = new LinkedHashMap<>();
        f.put("kind", n.kind().name());
        f.put("name", blankToNull(n.name()));
        f.put("affiliation", blankToNull(n.affiliation()));
        f.put("guestId", n.guestId() == null ? null : n.guestId().toString());
        f.put("exhibitorId", n.exhibitorId() == null ? null : n.exhibitorId().toString());
        return f;
    }

    /** A recusal's fields. */
    public static LinkedHashMap<String, String> fields(Recusal r, String member, String nominee) {
        LinkedHashMap<String, String> f = new LinkedHashMap<>();
        f.put("member", member);
        f.put("nominee", nominee);
        f.put("reason", r.reason().strip());
        return f;
    }

    /** A winner's fields. */
    public static LinkedHashMap<String, String> fields(Winner w, Prize prize, String nominee) {
        LinkedHashMap<String, String> f = new LinkedHashMap<>();
        f.put("prize", prize.nameZh().strip() + " / " + prize.nameEn().strip());
        f.put("rank", Integer.toString(prize.rank()));
        f.put("place", Integer.toString(w.place()));
        f.put("nominee", nominee);
        return f;
    }

    /** A summary naming the category and a part of it. */
    static String summary(AwardCategory c, String part) {
        return part == null ? c.bothNames() : c.bothNames() + " › " + part;
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
