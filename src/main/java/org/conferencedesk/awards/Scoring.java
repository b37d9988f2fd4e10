package org.conferencedesk.awards;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The committee's scores turned into each nominee's raw and normalised average and the two
 * rankings they give. Pure arithmetic on {@link BigDecimal}: no {@code double} anywhere.
 *
 * <h2>Definitions</h2>
 * <ol>
 *   <li><b>A member's score of a nominee</b> t(m, n) = Σ<sub>c</sub> w<sub>c</sub>·s(m, n, c) / Σ<sub>c</sub>
 *       w<sub>c</sub>, over the category's criteria c with weights w<sub>c</sub>. It exists only if m is
 *       not recused from n and has scored n on every criterion; otherwise m does not count for n
 *       (an incomplete sheet is listed by {@link #incomplete}).</li>
 *   <li><b>Raw average</b> r(n) = the mean of t(m, n) over the members m who count for n. A recused
 *       member is therefore left out of the nominee's average entirely (not counted as zero).</li>
 *   <li><b>Normalised average</b> (per-member z-score, rescaled). For each member m, over the nominees
 *       m has a score of: μ<sub>m</sub> = mean of t(m, ·), σ<sub>m</sub> = their population standard
 *       deviation (divide by the count), and z(m, n) = (t(m, n) − μ<sub>m</sub>) / σ<sub>m</sub>, taken
 *       as 0 when σ<sub>m</sub> = 0 (a member who gives everyone the same score, or scores one
 *       nominee, expresses no preference). The z-scores are put back on the category's score scale with
 *       the mean μ and population standard deviation σ of all the t(m, n) of the category:
 *       x(m, n) = μ + σ·z(m, n). The normalised average q(n) is the mean of x(m, n) over the members
 *       who count for n. So a lenient member (all 85–95) and a strict one (all 55–95) weigh alike, and
 *       when every member used the same mean and spread, q = r. The result is in score points like r;
 *       it is not clipped to the range (clipping would make false ties).
 *       Source: the standard score z = (x − μ)/σ and its linear rescaling y = μ' + σ'z (the T-score
 *       is the same with μ' = 50, σ' = 10), e.g. Wikipedia "Standard score"; here μ' and σ' are the
 *       category's own pooled mean and spread, as when markers' scores are standardised before being
 *       combined.</li>
 * </ol>
 *
 * <h2>Precision</h2>
 * Every intermediate value (divisions, square roots) is computed with {@link MathContext#DECIMAL128}
 * (34 significant digits, HALF_EVEN); only the final averages are rounded, to {@value #SCALE} decimals
 * with {@link RoundingMode#HALF_UP} (87.125 → 87.13), as shown on the screen and the PDF. Rankings are
 * made on the rounded averages, so two nominees shown with the same average are tied, and get the same
 * rank (standard competition ranking: 1, 2, 2, 4).
 */
public final class Scoring {

    /** Decimals of a shown average. */
    public static final int SCALE = 2;
    /** How a shown average is rounded. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private static final MathContext MC = MathContext.DECIMAL128;

    private Scoring() {
    }

    /**
     * One nominee's averages and ranks.
     *
     * @param nomineeId the nominee
     * @param counted how many members' scores count for it (not recused, every criterion scored)
     * @param recused how many members are recused from it
     * @param rawAverage r(n) to {@value #SCALE} decimals, or null if no member counts
     * @param normalisedAverage q(n) to {@value #SCALE} decimals, or null if no member counts
     * @param rawRank its rank by raw average (1 = best; tied nominees share it), or null if unscored
     * @param normalisedRank its rank by normalised average, or null if unscored
     */
    public record Standing(long nomineeId, int counted, int recused, BigDecimal rawAverage, BigDecimal normalisedAverage,
                           Integer rawRank, Integer normalisedRank) {

        /** The average of {@code basis}. */
        public BigDecimal average(RankingBasis basis) {
            return basis == RankingBasis.RAW ? rawAverage : normalisedAverage;
        }

        /** The rank of {@code basis}. */
        public Integer rank(RankingBasis basis) {
            return basis == RankingBasis.RAW ? rawRank : normalisedRank;
        }
    }

    /**
     * A member who is not recused from a nominee but has not scored it on every criterion.
     *
     * @param memberId the member
     * @param nomineeId the nominee
     * @param scored how many of the category's criteria the member has scored it on
     */
    public record Incomplete(long memberId, long nomineeId, int scored) {
    }

    /** The standings of every nominee of {@code content}, in nomination order. */
    public static List<Standing> standings(AwardCategoryContent content) {
        Map<Long, Map<Long, BigDecimal>> totals = memberTotals(content);
        Map<Long, Map<Long, BigDecimal>> rescaled = rescaled(totals);
        Map<Long, BigDecimal> raw = new LinkedHashMap<>();
        Map<Long, BigDecimal> normalised = new LinkedHashMap<>();
        Map<Long, Integer> counted = new HashMap<>();
        for (Nominee n : content.nominees()) {
            List<BigDecimal> r = new ArrayList<>();
            List<BigDecimal> q = new ArrayList<>();
            for (CommitteeMember m : content.members()) {
                BigDecimal t = totals.getOrDefault(m.id(), Map.of()).get(n.id());
                if (t != null) {
                    r.add(t);
                    q.add(rescaled.get(m.id()).get(n.id()));
                }
            }
            counted.put(n.id(), r.size());
            if (!r.isEmpty()) {
                raw.put(n.id(), mean(r).setScale(SCALE, ROUNDING));
                normalised.put(n.id(), mean(q).setScale(SCALE, ROUNDING));
            }
        }
        Map<Long, Integer> rawRanks = ranks(raw);
        Map<Long, Integer> normalisedRanks = ranks(normalised);
        List<Standing> standings = new ArrayList<>();
        for (Nominee n : content.nominees()) {
            int recused = (int) content.recusals().stream().filter(x -> x.nomineeId() == n.id()).count();
            standings.add(new Standing(n.id(), counted.get(n.id()), recused, raw.get(n.id()), normalised.get(n.id()),
                    rawRanks.get(n.id()), normalisedRanks.get(n.id())));
        }
        return List.copyOf(standings);
    }

    /** Every member–nominee pair that is not recused and has some but not all criteria scored, in member then nomination order. */
    public static List<Incomplete> incomplete(AwardCategoryContent content) {
        Map<String, Integer> scored = new HashMap<>();
        for (Score s : content.scores()) {
            scored.merge(s.memberId() + ":" + s.nomineeId(), 1, Integer::sum);
        }
        int criteria = content.criteria().size();
        List<Incomplete> list = new ArrayList<>();
        for (CommitteeMember m : content.members()) {
            for (Nominee n : content.nominees()) {
                int count = scored.getOrDefault(m.id() + ":" + n.id(), 0);
                if (count > 0 && count < criteria && !content.isRecused(m.id(), n.id())) {
                    list.add(new Incomplete(m.id(), n.id(), count));
                }
            }
        }
        return List.copyOf(list);
    }

    /**
     * t(m, n) for every member and nominee where it exists: member id → nominee id → weighted score
     * (exact to {@link MathContext#DECIMAL128}).
     */
    static Map<Long, Map<Long, BigDecimal>> memberTotals(AwardCategoryContent content) {
        Map<Long, BigDecimal> weights = new HashMap<>();
        BigDecimal weightSum = BigDecimal.ZERO;
        for (Criterion c : content.criteria()) {
            weights.put(c.id(), c.weight());
            weightSum = weightSum.add(c.weight());
        }
        Map<Long, Map<Long, BigDecimal>> sums = new LinkedHashMap<>();
        Map<Long, Map<Long, Integer>> counts = new HashMap<>();
        for (Score s : content.scores()) {
            BigDecimal w = weights.get(s.criterionId());
            if (w == null || content.isRecused(s.memberId(), s.nomineeId())) {
                continue;
            }
            sums.computeIfAbsent(s.memberId(), k -> new LinkedHashMap<>()).merge(s.nomineeId(), w.multiply(s.score()), BigDecimal::add);
            counts.computeIfAbsent(s.memberId(), k -> new HashMap<>()).merge(s.nomineeId(), 1, Integer::sum);
        }
        Map<Long, Map<Long, BigDecimal>> totals = new LinkedHashMap<>();
        int criteria = weights.size();
        for (Map.Entry<Long, Map<Long, BigDecimal>> member : sums.entrySet()) {
            Map<Long, BigDecimal> byNominee = new LinkedHashMap<>();
            for (Map.Entry<Long, BigDecimal> e : member.getValue().entrySet()) {
                if (counts.get(member.getKey()).get(e.getKey()) == criteria) {
                    byNominee.put(e.getKey(), e.getValue().divide(weightSum, MC));
                }
            }
            if (!byNominee.isEmpty()) {
                totals.put(member.getKey(), byNominee);
            }
        }
        return totals;
    }

    /** x(m, n) = μ + σ·z(m, n) for every t(m, n) (see the class comment). */
    static Map<Long, Map<Long, BigDecimal>> rescaled(Map<Long, Map<Long, BigDecimal>> totals) {
        List<BigDecimal> pool = new ArrayList<>();
        totals.values().forEach(m -> pool.addAll(m.values()));
        Map<Long, Map<Long, BigDecimal>> result = new HashMap<>();
        if (pool.isEmpty()) {
            return result;
        }
        BigDecimal mu = mean(pool);
        BigDecimal sigma = deviation(pool, mu);
        for (Map.Entry<Long, Map<Long, BigDecimal>> member : totals.entrySet()) {
            List<BigDecimal> own = new ArrayList<>(member.getValue().values());
            BigDecimal muM = mean(own);
            BigDecimal sigmaM = deviation(own, muM);
            Map<Long, BigDecimal> x = new HashMap<>();
            for (Map.Entry<Long, BigDecimal> e : member.getValue().entrySet()) {
                BigDecimal z = sigmaM.signum() == 0 ? BigDecimal.ZERO : e.getValue().subtract(muM, MC).divide(sigmaM, MC);
                x.put(e.getKey(), mu.add(sigma.multiply(z, MC), MC));
            }
            result.put(member.getKey(), x);
        }
        return result;
    }

    static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v, MC);
        }
        return sum.divide(BigDecimal.valueOf(values.size()), MC);
    }

    /** The population standard deviation of {@code values} around {@code mean}. */
    static BigDecimal deviation(List<BigDecimal> values, BigDecimal mean) {
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            BigDecimal d = v.subtract(mean, MC);
            squares = squares.add(d.multiply(d, MC), MC);
        }
        return squares.divide(BigDecimal.valueOf(values.size()), MC).sqrt(MC);
    }

    /** Standard competition ranks (1, 2, 2, 4) of the values, highest first. */
    static Map<Long, Integer> ranks(Map<Long, BigDecimal> values) {
        List<Map.Entry<Long, BigDecimal>> sorted = new ArrayList<>(values.entrySet());
        sorted.sort(Map.Entry.<Long, BigDecimal>comparingByValue(Comparator.reverseOrder()));
        Map<Long, Integer> ranks = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            BigDecimal v = sorted.get(i).getValue();
            int rank = i > 0 && v.compareTo(sorted.get(i - 1).getValue()) == 0 ? ranks.get(sorted.get(i - 1).getKey()) : i + 1;
            ranks.put(sorted.get(i).getKey(), rank);
        }
        return ranks;
    }
}
