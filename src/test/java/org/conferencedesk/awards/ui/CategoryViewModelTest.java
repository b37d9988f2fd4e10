package org.conferencedesk.awards.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferencedesk.awards.Wimc2020Awards.CONTEST;
import static org.conferencedesk.awards.Wimc2020Awards.MOST_CONCERNED;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.awards.WithAwardServices;
import org.conferencedesk.awards.ui.AwardRows.NomineeRow;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.storage.AuditText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The awards screen's models without a window (work on the calling thread): who sees which averages,
 * the list at a glance, a refusal while signed off, reopening and the changes since the frozen result.
 */
class CategoryViewModelTest extends WithAwardServices {

    private static final Locale EN = Locale.ENGLISH;

    private CategoryViewModel detail;
    private AwardsViewModel list;

    @BeforeEach
    void models() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        detail = new CategoryViewModel(service, executor, EN, zone -> new AuditText(EN, zone, audit.withholding()));
        list = new AwardsViewModel(service, executor, EN, detail);
        list.eventIdProperty().set(eventId);
    }

    /** 王建国 and 李梅 score two entries on the contest's three criteria (weights 0.4, 0.4, 0.2). */
    private void score() {
        long contest = category(CONTEST);
        long wang = wimc.member(CONTEST, "王建国");
        long li = wimc.member(CONTEST, "李梅");
        sheet(contest, wang, "智能产线数字孪生系统", "90", "80", "70");   // 82.00
        sheet(contest, wang, "协作机器人柔性装配单元", "70", "70", "70"); // 70.00
        sheet(contest, li, "智能产线数字孪生系统", "60", "60", "60");     // 60.00
        sheet(contest, li, "协作机器人柔性装配单元", "80", "90", "100");  // 88.00
    }

    private void sheet(long contest, long member, String nominee, String innovation, String level, String value) {
        service.saveScores(contest, member, wimc.nominees.get(nominee), Map.of(wimc.criteria.get("创新性"), new BigDecimal(innovation),
                wimc.criteria.get("技术水平"), new BigDecimal(level), wimc.criteria.get("应用价值"), new BigDecimal(value)));
    }

    @Test
    void theSecretariatSeesBothAveragesAndRanksAMemberOnlyTheirOwnWeightedScore() {
        score();
        list.attach();
        list.selectedProperty().set(list.categories().get(3));

        NomineeRow first = detail.nominees().get(0);
        NomineeRow second = detail.nominees().get(1);
        // Raw: (82 + 60) / 2 = 71.00 and (70 + 88) / 2 = 79.00; normalised: each member's z-scores rescaled.
        assertThat(first.raw()).isEqualTo("71.00");
        assertThat(second.raw()).isEqualTo("79.00");
        assertThat(first.rawRank()).isEqualTo("2");
        assertThat(second.rawRank()).isEqualTo("1");
        assertThat(first.normalised()).isEqualTo("75.00");
        assertThat(second.normalised()).isEqualTo("75.00");
        assertThat(first.normalisedRank()).isEqualTo("1");
        assertThat(second.normalisedRank()).isEqualTo("1");
        assertThat(detail.memberViewingProperty().get()).isFalse();

        detail.viewerProperty().set(detail.viewers().stream().filter(p -> p.label().startsWith("李梅")).findFirst().orElseThrow());
        assertThat(detail.nominees().get(0).raw()).isEqualTo("hidden");
        assertThat(detail.nominees().get(0).normalisedRank()).isEmpty();
        assertThat(detail.nominees().get(0).own()).isEqualTo("60.00");
        assertThat(detail.nominees().get(1).own()).isEqualTo("88.00");
        assertThat(detail.memberViewingProperty().get()).isTrue();
        assertThat(detail.scoresNoteProperty().get()).startsWith("While the category is open");
    }

    @Test
    void aChangeWhileSignedOffIsRefusedWithTheSentenceAndAfterReopeningTheChangeIsListed() {
        list.attach();
        assertThat(list.categories()).extracting(AwardRows.CategoryRow::state).containsOnly("Open");
        String forum = "工业互联网创新发展论坛";
        detail.nomineeChoiceProperty().set(detail.nominees().stream().filter(n -> n.name().equals(forum)).findFirst().orElseThrow());
        detail.recordWinner();
        assertThat(detail.messageProperty().get()).isEqualTo(forum + " is recorded as a winner of “Most Concerned Forum Award”.");
        detail.signerProperty().set(detail.signers().get(0));
        detail.signOff();
        String hash = service.content(category(MOST_CONCERNED)).signOffInForce().orElseThrow().resultHash();
        assertThat(detail.hashProperty().get()).isEqualTo(hash);
        assertThat(list.categories().get(0).state()).isEqualTo("Signed off");
        assertThat(list.categories().get(0).winners()).isEqualTo("1 / 1");
        assertThat(list.summaryProperty().get()).isEqualTo("6 categories · 1 signed off · 5 open · 1 of 22 places awarded");

        detail.selectedWinnerProperty().set(detail.winners().get(0));
        detail.removeWinner();
        assertThat(detail.problemProperty().get()).isEqualTo("“最受关注论坛奖” was signed off by 王建国 (result "
                + hash.substring(0, 12) + "…); every change is refused. Reopen it with a reason first.");
        assertThat(detail.winners()).hasSize(1);

        detail.reopenedByProperty().set("秘书处");
        assertThat(detail.canReopen().get()).isFalse();
        detail.reopenReasonProperty().set("  ");
        assertThat(detail.canReopen().get()).isFalse();
        detail.reopenReasonProperty().set("Recount");
        assertThat(detail.canReopen().get()).isTrue();
        detail.reopen();
        assertThat(detail.frozenProperty().get()).isFalse();
        assertThat(detail.changesNoteProperty().get()).isEqualTo("Nothing differs from the frozen result.");
        assertThat(list.categories().get(0).state()).isEqualTo("Reopened");

        detail.selectedWinnerProperty().set(detail.winners().get(0));
        detail.removeWinner();
        assertThat(detail.problemProperty().get()).isEmpty();
        assertThat(detail.changes()).containsExactly(new AwardRows.ChangeRow("Winner › " + forum, "Most Concerned Forum Award", "(none)"));
        assertThat(detail.history()).extracting(AwardRows.HistoryRow::action).startsWith("Deleted", "Reopened", "Signed off");
    }
}
