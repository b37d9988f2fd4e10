package org.conferencedesk.awards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The rules each award record must meet before it is saved, shared by the service and (later) the
 * forms and the import, so a value refused in one place is refused everywhere with the same words.
 * A value over its column's length is refused, never cut (lengths in UTF-16 units as H2 counts them:
 * 𠮷 counts 2; surrounding blanks do not count, they are dropped when stored). Each check returns
 * every problem found (empty if the record may be saved).
 */
public final class AwardRules {

    /** Longest category name, each language (column {@code award_category.name_zh/name_en}). */
    public static final int CATEGORY_NAME_LENGTH = 200;
    /** Longest prize or criterion name. */
    public static final int SHORT_NAME_LENGTH = 100;
    /** Longest committee member name, and who reopened a category. */
    public static final int PERSON_LENGTH = 200;
    /** Longest nominee name or affiliation. */
    public static final int NOMINEE_LENGTH = 300;
    /** Longest recusal reason. */
    public static final int RECUSAL_REASON_LENGTH = 500;
    /** Longest reopening reason. */
    public static final int REOPEN_REASON_LENGTH = 1000;
    /** Most places a prize can have. */
    public static final int MAX_PLACES = 1000;
    /** Scores and the score range: at most this many decimals (DECIMAL(7,2)). */
    public static final int SCORE_DECIMALS = 2;
    /** Weights: at most this many decimals (DECIMAL(7,3)). */
    public static final int WEIGHT_DECIMALS = 3;

    private static final BigDecimal SCORE_LIMIT = new BigDecimal("100000");
    private static final BigDecimal WEIGHT_LIMIT = new BigDecimal("10000");

    private AwardRules() {
    }

    /**
     * A field that breaks a rule.
     *
     * @param field the field's name ({@code nameZh}, {@code places} ...), labelled by {@code field.NAME} in the bundle
     * @param key the message key in the {@code awards} bundle ({@code rule.*})
     * @param arguments the message's arguments after the field's label
     */
    public record Problem(String field, String key, Object... arguments) {

        /** The sentence in {@code locale}: what is wrong and what to do. */
        public String message(Locale locale) {
            Messages messages = Messages.of("awards", locale);
            Object[] args = new Object[arguments.length + 1];
            args[0] = messages.get("field." + field);
            System.arraycopy(AwardException.localised(messages, arguments), 0, args, 1, arguments.length);
            return messages.get(key, args);
        }
    }

    /** Checks a category's names, running order, tie rule and score range. */
    public static List<Problem> check(AwardCategory c) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "nameZh", c.nameZh(), CATEGORY_NAME_LENGTH, true);
        text(problems, "nameEn", c.nameEn(), CATEGORY_NAME_LENGTH, true);
        if (c.runningOrder() < 1) {
            problems.add(new Problem("runningOrder", "rule.atLeastOne", c.runningOrder()));
        }
        if (c.drawSeed() != null && c.tieRule() != TieRule.SEEDED_DRAW) {
            problems.add(new Problem("drawSeed", "rule.seedWithoutDraw"));
        }
        boolean minOk = decimal(problems, "scoreMin", c.scoreMin(), SCORE_DECIMALS, SCORE_LIMIT);
        boolean maxOk = decimal(problems, "scoreMax", c.scoreMax(), SCORE_DECIMALS, SCORE_LIMIT);
        if (minOk && maxOk && c.scoreMin().compareTo(c.scoreMax()) >= 0) {
            problems.add(new Problem("scoreMax", "rule.scoreRange", c.scoreMin().toPlainString(), c.scoreMax().toPlainString()));
        }
        return problems;
    }

    /** Checks a prize's rank, names and places. */
    public static List<Problem> check(Prize p) {
        List<Problem> problems = new ArrayList<>();
        if (p.rank() < 1) {
            problems.add(new Problem("rank", "rule.atLeastOne", p.rank()));
        }
        text(problems, "prizeNameZh", p.nameZh(), SHORT_NAME_LENGTH, true);
        text(problems, "prizeNameEn", p.nameEn(), SHORT_NAME_LENGTH, true);
        if (p.places() < 1 || p.places() > MAX_PLACES) {
            problems.add(new Problem("places", "rule.places", p.places(), MAX_PLACES));
        }
        return problems;
    }

    /** Checks a criterion's names, weight and order. */
    public static List<Problem> check(Criterion c) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "criterionNameZh", c.nameZh(), SHORT_NAME_LENGTH, true);
        text(problems, "criterionNameEn", c.nameEn(), SHORT_NAME_LENGTH, true);
        if (decimal(problems, "weight", c.weight(), WEIGHT_DECIMALS, WEIGHT_LIMIT) && c.weight().signum() <= 0) {
            problems.add(new Problem("weight", "rule.weightPositive", c.weight().toPlainString()));
        }
        if (c.order() < 1) {
            problems.add(new Problem("order", "rule.atLeastOne", c.order()));
        }
        return problems;
    }

    /** Checks a committee member's name. */
    public static List<Problem> check(CommitteeMember m) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "memberName", m.name(), PERSON_LENGTH, true);
        return problems;
    }

    /**
     * Checks a nominee for a category of {@code kind}: the kind of nominee the category takes, a name
     * (or a link of the right sort) and the lengths.
     */
    public static List<Problem> check(Nominee n, AwardKind kind) {
        List<Problem> problems = new ArrayList<>();
        if (!kind.accepts(n.kind())) {
            problems.add(new Problem("nomineeKind", "rule.nomineeKind", n.kind(), kind));
        }
        if (n.guestId() != null && n.kind() != NomineeKind.PERSON) {
            problems.add(new Problem("guestId", "rule.guestIsPerson"));
        }
        if (n.exhibitorId() != null && n.kind() != NomineeKind.ORGANISATION) {
            problems.add(new Problem("exhibitorId", "rule.exhibitorIsOrganisation"));
        }
        if (!n.isLinked()) {
            text(problems, "nomineeName", n.name(), NOMINEE_LENGTH, true);
            text(problems, "affiliation", n.affiliation(), NOMINEE_LENGTH, false);
        }
        return problems;
    }

    /** Checks a recusal's reason. */
    public static List<Problem> checkRecusalReason(String reason) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "recusalReason", reason, RECUSAL_REASON_LENGTH, true);
        return problems;
    }

    /** Checks who reopens a category and why. */
    public static List<Problem> checkReopening(String reopenedBy, String reason) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "reopenedBy", reopenedBy, PERSON_LENGTH, true);
        text(problems, "reopenReason", reason, REOPEN_REASON_LENGTH, true);
        return problems;
    }

    /** Checks a score against the category's range: within it, at most two decimals. */
    public static List<Problem> checkScore(BigDecimal score, AwardCategory category) {
        List<Problem> problems = new ArrayList<>();
        if (score == null) {
            problems.add(new Problem("score", "rule.required"));
        } else if (decimal(problems, "score", score, SCORE_DECIMALS, SCORE_LIMIT)
                && (score.compareTo(category.scoreMin()) < 0 || score.compareTo(category.scoreMax()) > 0)) {
            problems.add(new Problem("score", "rule.scoreOutOfRange", score.toPlainString(),
                    category.scoreMin().stripTrailingZeros().toPlainString(), category.scoreMax().stripTrailingZeros().toPlainString()));
        }
        return problems;
    }

    private static void text(List<Problem> problems, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Problem(field, "rule.required"));
            }
            return;
        }
        int length = value.strip().length();
        if (length > max) {
            problems.add(new Problem(field, "rule.tooLong", length, max));
        }
    }

    /** Checks decimals and size; true if the value passed. */
    private static boolean decimal(List<Problem> problems, String field, BigDecimal value, int decimals, BigDecimal limit) {
        if (value == null) {
            problems.add(new Problem(field, "rule.required"));
            return false;
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            problems.add(new Problem(field, "rule.decimals", value.toPlainString(), decimals));
            return false;
        }
        if (value.abs().compareTo(limit) >= 0) {
            problems.add(new Problem(field, "rule.tooLarge", value.toPlainString(), limit.toPlainString()));
            return false;
        }
        return true;
    }
}
