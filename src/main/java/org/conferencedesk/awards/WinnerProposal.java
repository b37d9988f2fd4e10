package org.conferencedesk.awards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Winners proposed from a ranking, prize by prize, applying the category's {@link TieRule}: what the
 * committee looks at before recording winners ({@link AwardService#propose}, then
 * {@link AwardService#replaceWinners} if it agrees). Nothing here is stored.
 *
 * <p>How places are filled: nominees are taken from the best average down (nominees without a score
 * are never proposed); prizes from rank 1 down, each with its number of places. Nominees with the same
 * shown average form a group. A group that fits in the places left at the current prize takes that
 * prize, a place each. A group that does not fit is a tie at that prize, broken by the rule:
 * <ul>
 *   <li>{@link TieRule#COMMITTEE_VOTE}: the tie is reported in {@link #unresolved()} and proposing
 *       stops there (every place below depends on the vote);</li>
 *   <li>{@link TieRule#SHARED_PLACE}: the group takes the first lower prize with a place for each of
 *       them; the places left above stay vacant ({@link #vacancies()}); if no lower prize has room,
 *       the tie is reported and proposing stops;</li>
 *   <li>{@link TieRule#SEEDED_DRAW}: a draw orders the group ({@link SeededDraw}; the numbers drawn are
 *       in {@link #draws()}), and its members take the places in that order, going on to the next
 *       prize when one is full.</li>
 * </ul>
 *
 * @param basis the ranking used
 * @param rule the tie rule applied
 * @param placements the proposed winners, best first
 * @param unresolved ties left to the committee (at most one: proposing stops there)
 * @param draws the numbers drawn, in the order drawn (empty unless a draw was needed)
 * @param vacancies places left empty by a shared place
 */
public record WinnerProposal(RankingBasis basis, TieRule rule, List<Placement> placements, List<Tie> unresolved,
                             List<Draw> draws, List<Vacancy> vacancies) {

    /** Copies the lists. */
    public WinnerProposal {
        placements = List.copyOf(placements);
        unresolved = List.copyOf(unresolved);
        draws = List.copyOf(draws);
        vacancies = List.copyOf(vacancies);
    }

    /** A nominee proposed for a place of a prize. */
    public record Placement(long prizeId, long nomineeId) {
    }

    /**
     * A tie the rule leaves to the committee.
     *
     * @param prizeId the prize whose places the tied nominees compete for
     * @param placesLeft how many places that prize had left
     * @param nomineeIds the tied nominees, in nomination order
     * @param average their shared average
     */
    public record Tie(long prizeId, int placesLeft, List<Long> nomineeIds, BigDecimal average) {

        /** Copies the list. */
        public Tie {
            nomineeIds = List.copyOf(nomineeIds);
        }
    }

    /**
     * A number drawn for a tied nominee.
     *
     * @param nomineeId the nominee
     * @param number the number, as a 64-bit unsigned value ({@link Long#toUnsignedString(long)} to show it)
     */
    public record Draw(long nomineeId, long number) {
    }

    /** Places of a prize left empty because a tie shared a lower place. */
    public record Vacancy(long prizeId, int places) {
    }

    /**
     * Proposes winners for {@code content}'s prizes from {@code standings} ({@link Scoring#standings}).
     *
     * @param basis which average to rank by
     */
    public static WinnerProposal propose(AwardCategoryContent content, List<Scoring.Standing> standings, RankingBasis basis) {
        TieRule rule = content.category().tieRule();
        Map<Long, Integer> nominationOrder = new HashMap<>();
        for (int i = 0; i < content.nominees().size(); i++) {
            nominationOrder.put(content.nominees().get(i).id(), i);
        }
        List<Scoring.Standing> ranked = new ArrayList<>(standings.stream().filter(s -> s.average(basis) != null).toList());
        ranked.sort(Comparator.comparing((Scoring.Standing s) -> s.average(basis)).reversed()
                .thenComparing(s -> nominationOrder.getOrDefault(s.nomineeId(), Integer.MAX_VALUE)));
        List<List<Scoring.Standing>> groups = new ArrayList<>();
        for (Scoring.Standing s : ranked) {
            List<Scoring.Standing> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.get(0).average(basis).compareTo(s.average(basis)) == 0) {
                last.add(s);
            } else {
                groups.add(new ArrayList<>(List.of(s)));
            }
        }

        List<Prize> prizes = content.prizes();
        List<Placement> placements = new ArrayList<>();
        List<Tie> unresolved = new ArrayList<>();
        List<Draw> draws = new ArrayList<>();
        List<Vacancy> vacancies = new ArrayList<>();
        SeededDraw draw = rule == TieRule.SEEDED_DRAW && content.category().drawSeed() != null
                ? new SeededDraw(content.category().drawSeed()) : null;
        int p = 0;
        int left = prizes.isEmpty() ? 0 : prizes.get(0).places();
        for (List<Scoring.Standing> group : groups) {
            while (p < prizes.size() && left == 0) {
                p++;
                left = p < prizes.size() ? prizes.get(p).places() : 0;
            }
            if (p >= prizes.size()) {
                break;
            }
            if (group.size() <= left) {
                long prizeId = prizes.get(p).id();
                group.forEach(s -> placements.add(new Placement(prizeId, s.nomineeId())));
                left -= group.size();
                continue;
            }
            if (rule == TieRule.SHARED_PLACE) {
                int q = p + 1;
                while (q < prizes.size() && prizes.get(q).places() < group.size()) {
                    q++;
                }
                if (q < prizes.size()) {
                    vacancies.add(new Vacancy(prizes.get(p).id(), left));
                    for (int skipped = p + 1; skipped < q; skipped++) {
                        vacancies.add(new Vacancy(prizes.get(skipped).id(), prizes.get(skipped).places()));
                    }
                    p = q;
                    long prizeId = prizes.get(q).id();
                    group.forEach(s -> placements.add(new Placement(prizeId, s.nomineeId())));
                    left = prizes.get(q).places() - group.size();
                    continue;
                }
            }
            if (rule == TieRule.SEEDED_DRAW && draw != null) {
                List<Draw> drawn = new ArrayList<>();
                group.stream().sorted(Comparator.comparingInt(s -> nominationOrder.getOrDefault(s.nomineeId(), Integer.MAX_VALUE)))
                        .forEach(s -> drawn.add(new Draw(s.nomineeId(), draw.next())));
                draws.addAll(drawn);
                List<Draw> order = new ArrayList<>(drawn);
                order.sort((a, b) -> Long.compareUnsigned(b.number(), a.number()));
                for (Draw d : order) {
                    while (p < prizes.size() && left == 0) {
                        p++;
                        left = p < prizes.size() ? prizes.get(p).places() : 0;
                    }
                    if (p >= prizes.size()) {
                        break;
                    }
                    placements.add(new Placement(prizes.get(p).id(), d.nomineeId()));
                    left--;
                }
                continue;
            }
            List<Long> ids = group.stream().map(Scoring.Standing::nomineeId)
                    .sorted(Comparator.comparingInt(id -> nominationOrder.getOrDefault(id, Integer.MAX_VALUE))).toList();
            unresolved.add(new Tie(prizes.get(p).id(), left, ids, group.get(0).average(basis)));
            break;
        }
        return new WinnerProposal(basis, rule, placements, unresolved, draws, vacancies);
    }
}
