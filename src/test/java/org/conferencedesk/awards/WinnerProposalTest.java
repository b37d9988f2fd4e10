package org.conferencedesk.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Places filled from a ranking under each tie rule (first prize ×1, second ×2, third ×3). */
class WinnerProposalTest {

    private final ContentBuilder b = new ContentBuilder().prize(1, 1).prize(2, 2).prize(3, 3)
            .nominees("A", "B", "C", "D", "E", "F", "G");

    /** Standings with these raw averages, in nomination order A, B, C …; null for unscored. */
    private List<Scoring.Standing> averages(String... values) {
        List<Scoring.Standing> list = new ArrayList<>();
        String names = "ABCDEFG";
        for (int i = 0; i < values.length; i++) {
            BigDecimal v = values[i] == null ? null : new BigDecimal(values[i]);
            list.add(new Scoring.Standing(b.nominee(String.valueOf(names.charAt(i))), 1, 0, v, v, null, null));
        }
        return list;
    }

    private List<String> placed(WinnerProposal p, int rank) {
        return p.placements().stream().filter(x -> x.prizeId() == b.prizeId(rank)).map(x -> b.nomineeName(x.nomineeId())).toList();
    }

    @Test
    void withoutTiesThePlacesFillFromTheTopAndNoPrizeGetsMoreWinnersThanPlaces() {
        WinnerProposal p = WinnerProposal.propose(b.tieRule(TieRule.COMMITTEE_VOTE, null).build(),
                averages("70", "95", "90", "85", "80", "75", "65"), RankingBasis.RAW);

        assertThat(placed(p, 1)).containsExactly("B");
        assertThat(placed(p, 2)).containsExactly("C", "D");
        assertThat(placed(p, 3)).containsExactly("E", "F", "A");
        assertThat(p.placements()).hasSize(6);
        assertThat(p.unresolved()).isEmpty();
    }

    @Test
    void aTieThatFitsThePlacesLeftTakesThatPrizeUnderEveryRule() {
        for (TieRule rule : TieRule.values()) {
            WinnerProposal p = WinnerProposal.propose(b.tieRule(rule, rule == TieRule.SEEDED_DRAW ? 7L : null).build(),
                    averages("95", "85", "85", "80", null, null, null), RankingBasis.RAW);

            assertThat(placed(p, 2)).as(rule.name()).containsExactly("B", "C");
            assertThat(p.draws()).as(rule.name()).isEmpty();
            assertThat(p.unresolved()).isEmpty();
        }
    }

    @Test
    void committeeVoteStopsAtATieForTheFirstPrizeAndNamesTheTiedNominees() {
        WinnerProposal p = WinnerProposal.propose(b.tieRule(TieRule.COMMITTEE_VOTE, null).build(),
                averages("90", "90", "85", "80", "75", "70", "65"), RankingBasis.RAW);

        assertThat(p.placements()).isEmpty();
        assertThat(p.unresolved()).containsExactly(new WinnerProposal.Tie(b.prizeId(1), 1, List.of(b.nominee("A"), b.nominee("B")),
                new BigDecimal("90")));
    }

    @Test
    void sharedPlaceLeavesTheFirstPrizeVacantAndGivesBothTiedNomineesASecondPlaceEach() {
        WinnerProposal p = WinnerProposal.propose(b.tieRule(TieRule.SHARED_PLACE, null).build(),
                averages("90", "90", "85", "80", "75", "70", "65"), RankingBasis.RAW);

        assertThat(placed(p, 1)).isEmpty();
        assertThat(placed(p, 2)).containsExactly("A", "B");
        assertThat(placed(p, 3)).containsExactly("C", "D", "E");
        assertThat(p.vacancies()).containsExactly(new WinnerProposal.Vacancy(b.prizeId(1), 1));
        assertThat(p.unresolved()).isEmpty();
    }

    @Test
    void sharedPlaceOfThreeSkipsEveryPrizeTooSmallForThem() {
        WinnerProposal p = WinnerProposal.propose(b.tieRule(TieRule.SHARED_PLACE, null).build(),
                averages("90", "90", "90", "80", null, null, null), RankingBasis.RAW);

        assertThat(placed(p, 3)).containsExactly("A", "B", "C");
        assertThat(p.placements()).hasSize(3);
        assertThat(p.vacancies()).containsExactly(new WinnerProposal.Vacancy(b.prizeId(1), 1), new WinnerProposal.Vacancy(b.prizeId(2), 2));
    }

    @Test
    void sharedPlaceWithNoRoomBelowIsLeftToTheCommittee() {
        // Third prize has one place left for F and G, tied; there is no fourth prize.
        WinnerProposal p = WinnerProposal.propose(b.tieRule(TieRule.SHARED_PLACE, null).build(),
                averages("95", "90", "85", "80", "78", "70", "70"), RankingBasis.RAW);

        assertThat(placed(p, 3)).containsExactly("D", "E");
        assertThat(p.unresolved()).containsExactly(new WinnerProposal.Tie(b.prizeId(3), 1, List.of(b.nominee("F"), b.nominee("G")),
                new BigDecimal("70")));
    }

    @Test
    void seededDrawGivesTheSameResultForTheSameSeedAndRecordsTheNumbersDrawn() {
        List<Scoring.Standing> standings = averages("90", "90", "85", "80", "75", "70", "65");

        WinnerProposal first = WinnerProposal.propose(b.tieRule(TieRule.SEEDED_DRAW, 20201128L).build(), standings, RankingBasis.RAW);
        WinnerProposal again = WinnerProposal.propose(b.tieRule(TieRule.SEEDED_DRAW, 20201128L).build(), standings, RankingBasis.RAW);

        // SplitMix64 from 20201128: A draws 495732825344452544, B 17870985184378584193 (unsigned): B goes first.
        assertThat(first.draws()).containsExactly(new WinnerProposal.Draw(b.nominee("A"), 495732825344452544L),
                new WinnerProposal.Draw(b.nominee("B"), Long.parseUnsignedLong("17870985184378584193")));
        assertThat(placed(first, 1)).containsExactly("B");
        assertThat(placed(first, 2)).containsExactly("A", "C");
        assertThat(placed(first, 3)).containsExactly("D", "E", "F");
        assertThat(again).isEqualTo(first);
    }

    @Test
    void anotherSeedCanDrawTheOtherWay() {
        // From seed 7: A draws 7191089600892374487, B 309689372594955804: A goes first.
        WinnerProposal p = WinnerProposal.propose(b.tieRule(TieRule.SEEDED_DRAW, 7L).build(),
                averages("90", "90", "85", null, null, null, null), RankingBasis.RAW);

        assertThat(placed(p, 1)).containsExactly("A");
        assertThat(placed(p, 2)).containsExactly("B", "C");
    }

    @Test
    void theRankingBasisChoosesWhichAverageIsUsed() {
        List<Scoring.Standing> standings = List.of(
                new Scoring.Standing(b.nominee("A"), 2, 0, new BigDecimal("84.00"), new BigDecimal("89.74"), 2, 1),
                new Scoring.Standing(b.nominee("B"), 2, 0, new BigDecimal("85.00"), new BigDecimal("83.47"), 1, 2));
        AwardCategoryContent content = b.build();

        assertThat(placed(WinnerProposal.propose(content, standings, RankingBasis.RAW), 1)).containsExactly("B");
        assertThat(placed(WinnerProposal.propose(content, standings, RankingBasis.NORMALISED), 1)).containsExactly("A");
    }

    @Test
    void splitMix64MatchesTheReferenceValuesAndJavasSplittableRandom() {
        SeededDraw zero = new SeededDraw(0);
        // The first outputs of Vigna's splitmix64.c from state 0.
        assertThat(Long.toHexString(zero.next())).isEqualTo("e220a8397b1dcdaf");
        assertThat(Long.toHexString(zero.next())).isEqualTo("6e789e6aa1b965f4");
        assertThat(Long.toHexString(zero.next())).isEqualTo("6c45d188009454f");
        for (long seed : new long[] {0, 7, 20201128, -1, Long.MIN_VALUE}) {
            SeededDraw ours = new SeededDraw(seed);
            SplittableRandom java = new SplittableRandom(seed);
            for (int i = 0; i < 100; i++) {
                assertThat(ours.next()).isEqualTo(java.nextLong());
            }
        }
    }
}
