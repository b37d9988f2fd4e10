package org.conferencedesk.awards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.conferencedesk.shared.TextRules;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * The rules each award record must meet before it is saved, shared by the service and (later) the
 * forms and the import, so a value refused in one place is refused everywhere with the same words.
 * A value over its field's length ({@link AwardField#maxLength()}) is refused, never cut, by the
 * length rule every record type shares ({@link TextRules#isTooLong}: UTF-16 units as H2 counts them,
 * 𠮷 counts 2; surrounding blanks do not count, they are dropped when stored). Each check returns
 * every problem found (empty if the record may be saved).
 */
public final class AwardRules {

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

    /** Checks a category's names, running order, tie rule and score range. */
    public static List<FieldProblem<AwardField>> check(AwardCategory c) {
        List<FieldProblem<AwardField>> problems = new ArrayList<>();
        text(problems, AwardField.NAME_ZH, c.nameZh(), true);
        text(problems, AwardField.NAME_EN, c.nameEn(), true);
        if (c.runningOrder() < 1) {
            problems.add(new FieldProblem<>(AwardField.RUNNING_ORDER, "rule.atLeastOne", c.runningOrder()));
        }
        if (c.drawSeed() != null && c.tieRule() != TieRule.SEEDED_DRAW) {
            problems.add(new FieldProblem<>(AwardField.DRAW_SEED, "rule.seedWithoutDraw"));
        }
        boolean minOk = decimal(problems, AwardField.SCORE_MIN, c.scoreMin(), SCORE_DECIMALS, SCORE_LIMIT);
        boolean maxOk = decimal(problems, AwardField.SCORE_MAX, c.scoreMax(), SCORE_DECIMALS, SCORE_LIMIT);
        if (minOk && maxOk && c.scoreMin().compareTo(c.scoreMax()) >= 0) {
            problems.add(new FieldProblem<>(AwardField.SCORE_MAX, "rule.scoreRange", c.scoreMin().toPlainString(), c.scoreMax().toPlainString()));
        }
        return problems;
    }

    /** Checks a prize's rank, names and places. */
    public static List<FieldProblem<AwardField>> check(Prize p) {
        List<FieldProblem<AwardField>> problems = new ArrayList<>();
        if (p.rank() < 1) {
            problems.add(new FieldProblem<>(AwardField.PRIZE_RANK, "rule.atLeastOne", p.rank()));
        }
        text(problems, AwardField.PRIZE_NAME_ZH, p.nameZh(), true);
        text(problems, AwardField.PRIZE_NAME_EN, p.nameEn(), true);
        if (p.places() < 1 || p.places() > MAX_PLACES) {
            problems.add(new FieldProblem<>(AwardField.PLACES, "rule.places", p.places(), MAX_PLACES));
        }
        return problems;
    }

    /** Checks a criterion's names, weight and order. */
    public static List<FieldProblem<AwardField>> check(Criterion c) {
        List<FieldProblem<AwardField>> problems = new ArrayList<>();
        text(problems, AwardField.CRITERION_NAME_ZH, c.nameZh(), true);
        text(problems, AwardField.CRITERION_NAME_EN, c.nameEn(), true);
        if (decimal(problems, AwardField.WEIGHT, c.weight(), WEIGHT_DECIMALS, WEIGHT_LIMIT) && c.weight().signum() <= 0) {
            problems.add(new FieldProblem<>(AwardField.WEIGHT, "rule.weightPositive", c.weight().toPlainString()));
        }
        if (c.order() < 1) {
            problems.add(new FieldProblem<>(AwardField.ORDER, "rule.atLeastOne", c.order()));
        }
        return problems;
    }

    /** Checks a committee member's name. */
    public static List<FieldProblem<AwardField>> check(CommitteeMember m) {
        List<FieldProblem<AwardField>> problems = new ArrayList<>();
        text(problems, AwardField.MEMBER_NAME, m.name(), true);
        return problems;
    }

    /**
     * Checks a nominee for a category of {@code kind}: the kind of nominee the category takes, a name
     * (or a link of the right sort) and the lengths.
     */
    public static List<FieldProblem<AwardField>> check(Nominee n, AwardKind kind) {
        List<FieldProblem<AwardField>> problems = new ArrayList<>();
        if (!kind.accepts(n.kind())) {
            problems.add(new FieldProblem<>(AwardField.NOMINEE_KIND, "rule.nomineeKind." + kind.name()));
        }
        if (n.guestId() != null && n.kind() != NomineeKind.PERSON) {
            problems.add(new FieldProblem<>(AwardField.GUEST_ID, "rule.guestIsPerson"));
        }
        if (n.exhibitorId() != null && n.kind() != NomineeKind.ORGANISATION) {
            problems.add(new FieldProblem<>(AwardField.EXHIBITOR_ID, "rule.exhibitorIsOrganisation"));
        }
        if (!n.isLinked()) {
            text(problems, AwardField.NOMINEE_NAME, n.name(), true);
            text(problems, AwardField.AFFILIATION, n.affiliation(), false);
        }
        return problems;
    }

    /** Checks a recusal's reason. */
    public static List<FieldProblem<AwardField>> checkRecusalReason(String reason) {
        List<FieldProblem<AwardField>> problems = new ArrayList<>();
        text(problems, AwardField.RECUSAL_REASON, reason, true);
        return problems;
    }

    /** Checks who reopens a category and why. */
    public static List<FieldProblem<AwardField>> checkReopening(String reopenedBy, String reason) {
        List<FieldProblem<AwardField>> problems = new ArrayList<>();
        text(problems, AwardField.REOPENED_BY, reopenedBy, true);
        text(problems, AwardField.REOPEN_REASON, reason, true);
        return problems;
    }

    /** Checks a score against the category's range: within it, at most two decimals. */
    public static List<FieldProblem<AwardField>> checkScore(BigDecimal score, AwardCategory category) {
        List<FieldProblem<AwardField>> problems = new ArrayList<>();
        if (score == null) {
            problems.add(new FieldProblem<>(AwardField.SCORE, "rule.required"));
        } else if (decimal(problems, AwardField.SCORE, score, SCORE_DECIMALS, SCORE_LIMIT)
                && (score.compareTo(category.scoreMin()) < 0 || score.compareTo(category.scoreMax()) > 0)) {
            problems.add(new FieldProblem<>(AwardField.SCORE, "rule.scoreOutOfRange", score.toPlainString(),
                    category.scoreMin().stripTrailingZeros().toPlainString(), category.scoreMax().stripTrailingZeros().toPlainString()));
        }
        return problems;
    }

    private static void text(List<FieldProblem<AwardField>> problems, AwardField field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem<>(field, "rule.required"));
            }
            return;
        }
        if (TextRules.isTooLong(value, field.maxLength())) {
            problems.add(new FieldProblem<>(field, "rule.tooLong", TextRules.storedLength(value), field.maxLength()));
        }
    }

    /** Checks decimals and size; true if the value passed. */
    private static boolean decimal(List<FieldProblem<AwardField>> problems, AwardField field, BigDecimal value, int decimals, BigDecimal limit) {
        if (value == null) {
            problems.add(new FieldProblem<>(field, "rule.required"));
            return false;
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            problems.add(new FieldProblem<>(field, "rule.decimals", value.toPlainString(), decimals));
            return false;
        }
        if (value.abs().compareTo(limit) >= 0) {
            problems.add(new FieldProblem<>(field, "rule.tooLarge", value.toPlainString(), limit.toPlainString()));
            return false;
        }
        return true;
    }
}
