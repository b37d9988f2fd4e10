package org.conferencedesk.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The averages of {@link Scoring}, against values worked out independently (Python's decimal module
 * at 34 digits, the same formulas): raw average and per-member z-score normalised average, rounded
 * to two decimals HALF_UP, and the rankings they give.
 */
class ScoringTest {

    private static Scoring.Standing of(List<Scoring.Standing> standings, long nomineeId) {
        return standings.stream().filter(s -> s.nomineeId() == nomineeId).findFirst().orElseThrow();
    }

    @Test
    void normalisationLetsAStrictMembersPreferenceCountAsMuchAsALenientOnesAndChangesTheRanking() {
        // A scores everyone 88-98, B 60-82: by raw average 论坛乙 wins, by normalised average 论坛甲.
        ContentBuilder b = new ContentBuilder().criterion("总分", "1").members("A", "B").nominees("论坛甲", "论坛乙", "论坛丙")
                .score("A", "论坛甲", "98").score("A", "论坛乙", "88").score("A", "论坛丙", "90")
                .score("B", "论坛甲", "70").score("B", "论坛乙", "82").score("B", "论坛丙", "60");

        List<Scoring.Standing> s = Scoring.standings(b.build());

        assertThat(of(s, b.nominee("论坛甲")).rawAverage()).isEqualByComparingTo("84.00");
        assertThat(of(s, b.nominee("论坛乙")).rawAverage()).isEqualByComparingTo("85.00");
        assertThat(of(s, b.nominee("论坛丙")).rawAverage()).isEqualByComparingTo("75.00");
        // μ = 81.333…, σ = 12.7888…; A: μ 92, σ 4.3205; B: μ 70.667, σ 8.9938.
        assertThat(of(s, b.nominee("论坛甲")).normalisedAverage()).hasToString("89.74");
        assertThat(of(s, b.nominee("论坛乙")).normalisedAverage()).hasToString("83.47");
        assertThat(of(s, b.nominee("论坛丙")).normalisedAverage()).hasToString("70.79");
        assertThat(s).extracting(Scoring.Standing::rawRank).containsExactly(2, 1, 3);
        assertThat(s).extracting(Scoring.Standing::normalisedRank).containsExactly(1, 2, 3);
        assertThat(of(s, b.nominee("论坛甲")).rawAverage().scale()).isEqualTo(2);
    }

    @Test
    void weightedCriteriaAndARecusalThatRemovesTheMemberFromThatNomineesAverageOnly() {
        // Weights 0.6 and 0.4. C is recused from 论坛乙 (C's 71/74 would give it 81.40 instead of 86.00).
        ContentBuilder b = new ContentBuilder().criterion("创新性", "0.6").criterion("组织", "0.4").members("A", "B", "C")
                .nominees("论坛甲", "论坛乙", "论坛丙")
                .score("A", "论坛甲", "98", "96").score("A", "论坛乙", "88", "90").score("A", "论坛丙", "90", "85")
                .score("B", "论坛甲", "70", "66").score("B", "论坛乙", "82", "85").score("B", "论坛丙", "60", "64")
                .score("C", "论坛甲", "77.5", "80").score("C", "论坛乙", "71", "74").score("C", "论坛丙", "80", "79.25")
                .recuse("C", "论坛乙");

        List<Scoring.Standing> s = Scoring.standings(b.build());

        Scoring.Standing yi = of(s, b.nominee("论坛乙"));
        assertThat(yi.counted()).isEqualTo(2);
        assertThat(yi.recused()).isEqualTo(1);
        assertThat(yi.rawAverage()).hasToString("86.00");
        assertThat(of(s, b.nominee("论坛甲")).rawAverage()).hasToString("81.37");
        assertThat(of(s, b.nominee("论坛丙")).rawAverage()).hasToString("76.43");
        assertThat(of(s, b.nominee("论坛甲")).normalisedAverage()).hasToString("81.08");
        assertThat(yi.normalisedAverage()).hasToString("84.62");
        assertThat(of(s, b.nominee("论坛丙")).normalisedAverage()).hasToString("77.63");
        assertThat(of(s, b.nominee("论坛甲")).counted()).isEqualTo(3);
    }

    @Test
    void theSameScoresWithoutTheRecusalCountTheMemberIn() {
        ContentBuilder b = new ContentBuilder().criterion("创新性", "0.6").criterion("组织", "0.4").members("A", "B", "C")
                .nominees("论坛乙")
                .score("A", "论坛乙", "88", "90").score("B", "论坛乙", "82", "85").score("C", "论坛乙", "71", "74");

        assertThat(Scoring.standings(b.build()).get(0).rawAverage()).hasToString("81.40");
    }

    @Test
    void anIncompleteSheetDoesNotCountAndIsListed() {
        ContentBuilder b = new ContentBuilder().criterion("创新性", "1").criterion("组织", "1").members("A", "B").nominees("论坛甲")
                .score("A", "论坛甲", "80", "90").score("B", "论坛甲", "50");

        AwardCategoryContent content = b.build();

        assertThat(Scoring.standings(content).get(0).rawAverage()).hasToString("85.00");
        assertThat(Scoring.standings(content).get(0).counted()).isEqualTo(1);
        assertThat(Scoring.incomplete(content)).containsExactly(new Scoring.Incomplete(b.member("B"), b.nominee("论坛甲"), 1));
    }

    @Test
    void averagesAreRoundedHalfUpAtTheEndOnlyAndEqualShownAveragesShareARank() {
        // 87.125 is shown 87.13 (HALF_UP, not HALF_EVEN's 87.12); 86.665 and 86.67 are then tied at 86.67.
        ContentBuilder b = new ContentBuilder().criterion("总分", "1").members("A", "B", "C", "D").nominees("甲", "乙", "丙", "丁")
                .score("A", "甲", "87.25").score("B", "甲", "87.00")
                .score("A", "乙", "86.66").score("B", "乙", "86.67")
                .score("C", "丙", "86.67")
                .score("D", "丁", "10");

        List<Scoring.Standing> s = Scoring.standings(b.build());

        assertThat(of(s, b.nominee("甲")).rawAverage()).hasToString("87.13");
        assertThat(of(s, b.nominee("乙")).rawAverage()).hasToString("86.67");
        assertThat(of(s, b.nominee("丙")).rawAverage()).hasToString("86.67");
        assertThat(s).extracting(Scoring.Standing::rawRank).containsExactly(1, 2, 2, 4);
    }

    @Test
    void aMemberWhoGivesEveryoneTheSameScoreExpressesNoPreference() {
        ContentBuilder b = new ContentBuilder().criterion("总分", "1").members("A", "B").nominees("甲", "乙")
                .score("A", "甲", "90").score("A", "乙", "90")
                .score("B", "甲", "80").score("B", "乙", "60");

        List<Scoring.Standing> s = Scoring.standings(b.build());

        // Pool μ = 80, σ = √150 = 12.247…; A's z = 0 for both; B's z = ±1.
        assertThat(of(s, b.nominee("甲")).normalisedAverage()).hasToString("86.12");
        assertThat(of(s, b.nominee("乙")).normalisedAverage()).hasToString("73.88");
        assertThat(s).allSatisfy(x -> assertThat(x.normalisedAverage().scale()).isEqualTo(2));
    }

    @Test
    void aNomineeNobodyScoredHasNoAverageAndNoRank() {
        ContentBuilder b = new ContentBuilder().criterion("总分", "1").members("A").nominees("甲", "乙").score("A", "甲", "70");

        Scoring.Standing yi = of(Scoring.standings(b.build()), b.nominee("乙"));

        assertThat(yi.rawAverage()).isNull();
        assertThat(yi.normalisedAverage()).isNull();
        assertThat(yi.rawRank()).isNull();
        assertThat(of(Scoring.standings(b.build()), b.nominee("甲")).normalisedAverage()).isEqualByComparingTo(new BigDecimal("70"));
    }
}
