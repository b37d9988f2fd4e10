package org.conferencedesk.awards;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a category holds, read in one transaction: the category, its prizes (by rank), criteria
 * (by order), committee members, nominees (in nomination order, linked ones showing the linked
 * record's name), recusals, scores, winners and its sign-offs (oldest first). What the screens,
 * certificates and the running order are built from, and what a sign-off freezes
 * ({@link ResultContent#of}). Every list is unmodifiable.
 *
 * <p>The scores here are every member's: show them only through {@link AwardService#scoreSheet},
 * which hides a member's scores from other members until the category is signed off.
 */
public record AwardCategoryContent(AwardCategory category, List<Prize> prizes, List<Criterion> criteria,
                                   List<CommitteeMember> members, List<Nominee> nominees, List<Recusal> recusals,
                                   List<Score> scores, List<Winner> winners, List<SignOff> signOffs) {

    /** Copies the lists, sorting prizes by rank and criteria by order. */
    public AwardCategoryContent {
        Objects.requireNonNull(category, "category");
        prizes = prizes.stream().sorted(Comparator.comparingInt(Prize::rank)).toList();
        criteria = criteria.stream().sorted(Comparator.comparingInt(Criterion::order)).toList();
        members = List.copyOf(members);
        nominees = List.copyOf(nominees);
        recusals = List.copyOf(recusals);
        scores = List.copyOf(scores);
        winners = List.copyOf(winners);
        signOffs = List.copyOf(signOffs);
    }

    /** The sign-off in force, if the category is frozen. */
    public Optional<SignOff> signOffInForce() {
        return category.signOffId() == null ? Optional.empty()
                : signOffs.stream().filter(s -> s.id().equals(category.signOffId())).findFirst();
    }

    /** The latest sign-off, in force or reopened, if the category was ever signed off. */
    public Optional<SignOff> lastSignOff() {
        return signOffs.isEmpty() ? Optional.empty() : Optional.of(signOffs.get(signOffs.size() - 1));
    }

    /** Open, signed off, or reopened after a sign-off. */
    public SignOffState state() {
        if (category.isFrozen()) {
            return SignOffState.SIGNED_OFF;
        }
        return signOffs.isEmpty() ? SignOffState.OPEN : SignOffState.REOPENED;
    }

    /** The prize with this id. */
    public Optional<Prize> prize(long prizeId) {
        return prizes.stream().filter(p -> p.id() == prizeId).findFirst();
    }

    /** The nominee with this id. */
    public Optional<Nominee> nominee(long nomineeId) {
        return nominees.stream().filter(n -> n.id() == nomineeId).findFirst();
    }

    /** The member with this id. */
    public Optional<CommitteeMember> member(long memberId) {
        return members.stream().filter(m -> m.id() == memberId).findFirst();
    }

    /** The criterion with this id. */
    public Optional<Criterion> criterion(long criterionId) {
        return criteria.stream().filter(c -> c.id() == criterionId).findFirst();
    }

    /** The winners of a prize, by place. */
    public List<Winner> winnersOf(long prizeId) {
        return winners.stream().filter(w -> w.prizeId() == prizeId).sorted(Comparator.comparingInt(Winner::place)).toList();
    }

    /** The number of places of all prizes. */
    public int places() {
        return prizes.stream().mapToInt(Prize::places).sum();
    }

    /** True if the member is recused from the nominee. */
    public boolean isRecused(long memberId, long nomineeId) {
        return recusals.stream().anyMatch(r -> r.memberId() == memberId && r.nomineeId() == nomineeId);
    }

    /** Where a category stands with its sign-off. */
    public enum SignOffState {
        /** Never signed off: open to changes. */
        OPEN,
        /** Signed off: frozen, every change refused. */
        SIGNED_OFF,
        /** Signed off once, then reopened with a reason: open, and the changes since are shown. */
        REOPENED
    }
}
