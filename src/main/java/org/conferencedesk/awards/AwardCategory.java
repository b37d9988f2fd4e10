package org.conferencedesk.awards;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An award category of an event, as presented at the closing ceremony (e.g. 最受关注论坛奖 / Most
 * Concerned Forum Award). Its prizes, committee, nominees, scores and winners are separate records
 * ({@link AwardCategoryContent} holds them all). Text is kept as written; only surrounding blanks are
 * dropped when stored.
 *
 * @param id database id, or null before it is saved
 * @param eventId the event
 * @param nameZh the name in Chinese, 1–200 characters
 * @param nameEn the name in English, 1–200 characters
 * @param kind what it rewards (it decides which nominees it takes)
 * @param runningOrder its place in the ceremony's running order, from 1 (presented first); unique in the event
 * @param tieRule how ties are broken, declared before any score is entered
 * @param drawSeed the seed of the draw when {@code tieRule} is {@link TieRule#SEEDED_DRAW}, else null
 * @param scoreMin the lowest score a criterion can be given (inclusive), default 0, two decimals at most
 * @param scoreMax the highest (inclusive), default 100, above {@code scoreMin}
 * @param signOffId the sign-off in force while the category is frozen, else null (open)
 */
public record AwardCategory(Long id, long eventId, String nameZh, String nameEn, AwardKind kind, int runningOrder,
                            TieRule tieRule, Long drawSeed, BigDecimal scoreMin, BigDecimal scoreMax, Long signOffId) {

    /** The default score range: 0 to 100. */
    public static final BigDecimal DEFAULT_MIN = new BigDecimal("0.00");
    /** The default highest score. */
    public static final BigDecimal DEFAULT_MAX = new BigDecimal("100.00");

    /** Checks the required parts (NullPointerException otherwise). */
    public AwardCategory {
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tieRule, "tieRule");
        Objects.requireNonNull(scoreMin, "scoreMin");
        Objects.requireNonNull(scoreMax, "scoreMax");
    }

    /**
     * A new category with the default score range (0–100), not yet saved. For {@link TieRule#SEEDED_DRAW}
     * leave the seed null to have the service draw one when it saves the category.
     */
    public static AwardCategory of(long eventId, String nameZh, String nameEn, AwardKind kind, int runningOrder,
                                   TieRule tieRule) {
        return new AwardCategory(null, eventId, nameZh, nameEn, kind, runningOrder, tieRule, null, DEFAULT_MIN, DEFAULT_MAX, null);
    }

    /** True while the category is signed off: every change is refused until it is reopened. */
    public boolean isFrozen() {
        return signOffId != null;
    }

    /** "最受关注论坛奖 / Most Concerned Forum Award": both names, for the audit trail and logs. */
    public String bothNames() {
        return nameZh.strip() + " / " + nameEn.strip();
    }

    /** The name in {@code locale}'s language (Chinese for any Chinese locale, else English). */
    public String name(java.util.Locale locale) {
        return org.conferencedesk.shared.i18n.Messages.isChinese(locale) ? nameZh : nameEn;
    }

    /** A copy with another id. */
    public AwardCategory withId(Long newId) {
        return new AwardCategory(newId, eventId, nameZh, nameEn, kind, runningOrder, tieRule, drawSeed, scoreMin, scoreMax, signOffId);
    }

    /** A copy with another tie rule and seed. */
    public AwardCategory withTieRule(TieRule rule, Long seed) {
        return new AwardCategory(id, eventId, nameZh, nameEn, kind, runningOrder, rule, seed, scoreMin, scoreMax, signOffId);
    }

    /** A copy with another score range. */
    public AwardCategory withScoreRange(BigDecimal min, BigDecimal max) {
        return new AwardCategory(id, eventId, nameZh, nameEn, kind, runningOrder, tieRule, drawSeed, min, max, signOffId);
    }

    /** A copy with other names. */
    public AwardCategory withNames(String zh, String en) {
        return new AwardCategory(id, eventId, zh, en, kind, runningOrder, tieRule, drawSeed, scoreMin, scoreMax, signOffId);
    }

    /** A copy at another place in the running order. */
    public AwardCategory withRunningOrder(int order) {
        return new AwardCategory(id, eventId, nameZh, nameEn, kind, order, tieRule, drawSeed, scoreMin, scoreMax, signOffId);
    }
}
