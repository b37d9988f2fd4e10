package org.conferencedesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.awards.AwardKind;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.awards.Nominee;
import org.conferencedesk.awards.Prize;
import org.conferencedesk.awards.TieRule;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.dashboard.DashboardFixture;
import org.conferencedesk.dashboard.LiveEventFigures;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CeremonyViewModelTest {

    private final DashboardFixture f = new DashboardFixture();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private CeremonyViewModel model;

    @AfterEach
    void close() {
        if (model != null) {
            model.hide();
        }
        f.close();
    }

    private CeremonyViewModel open(Locale locale) {
        model = new CeremonyViewModel(new LiveEventFigures(new LiveGuests(f.guests, executor), f.sources, executor), f.awards,
                executor, locale);
        model.show(f.eventId);
        return model;
    }

    @Test
    void showsTheClosingCeremonysCountAndRunningTotalAndFollowsASigning() {
        f.importSampleContracts();
        Contract planned = f.contracts.save(new Contract(null, f.eventId, "智能工厂二期", "投资方", "合作方", "智能装备", "江宁区",
                new BigDecimal("520000000.00"), "CNY", 31, ContractStatus.PLANNED, null, null));
        CeremonyViewModel en = open(Locale.ENGLISH);
        assertThat(en.countProperty().get()).isEqualTo("30");
        assertThat(en.totalProperty().get()).isEqualTo("53.63");
        assertThat(en.totalUnitProperty().get()).isEqualTo("RMB billion");

        f.contracts.save(planned.withStatus(ContractStatus.SIGNED));

        assertThat(en.countProperty().get()).isEqualTo("31");
        assertThat(en.totalProperty().get()).isEqualTo("54.15");
        assertThat(en.lastSignedProperty().get()).isEqualTo("No. 31: 智能工厂二期");
    }

    @Test
    void anAmountIsSplitExactlyForTheProjector() {
        assertThat(CeremonyFigureText.of(new BigDecimal("53630000000.00"), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(new CeremonyFigureText("536.3", "亿元"));
        assertThat(CeremonyFigureText.of(new BigDecimal("123456789012.34"), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(new CeremonyFigureText("1,234.5678901234", "亿元"));
        assertThat(CeremonyFigureText.of(new BigDecimal("0.00"), Locale.ENGLISH)).isEqualTo(new CeremonyFigureText("0", "RMB billion"));
    }

    @Test
    void awardModeRevealsTheWinnersOneByOneLowestPrizeFirst() {
        AwardService awards = f.awards;
        AwardCategory forum = awards.createCategory(AwardCategory.of(f.eventId, "最受关注论坛奖", "Most Concerned Forum Award",
                AwardKind.FORUM_AWARD, 0, TieRule.COMMITTEE_VOTE), List.of(Prize.of(0, 1, "最受关注论坛奖", "Most Concerned Forum Award", 1)));
        AwardCategory contest = awards.createCategory(AwardCategory.of(f.eventId, "第五届智能制造大赛", "The 5th Smart Manufacturing Contest",
                AwardKind.CONTEST_PRIZE, 0, TieRule.SHARED_PLACE), List.of(Prize.of(0, 1, "一等奖", "First prize", 1),
                Prize.of(0, 2, "二等奖", "Second prize", 2)));
        List<Prize> prizes = awards.content(contest.id()).prizes();
        awards.recordWinner(contest.id(), prizes.get(0).id(), awards.saveNominee(Nominee.entry(contest.id(), "智能产线", "甲公司")).id());
        awards.recordWinner(contest.id(), prizes.get(1).id(), awards.saveNominee(Nominee.entry(contest.id(), "数字孪生", "乙公司")).id());
        awards.recordWinner(contest.id(), prizes.get(1).id(), awards.saveNominee(Nominee.entry(contest.id(), "工业视觉", null)).id());
        awards.recordWinner(forum.id(), awards.content(forum.id()).prizes().get(0).id(),
                awards.saveNominee(Nominee.entry(forum.id(), "工业互联网创新发展论坛", null)).id());

        CeremonyViewModel zh = open(Locale.SIMPLIFIED_CHINESE);
        zh.showAwards();
        assertThat(zh.modeProperty().get()).isEqualTo(CeremonyViewModel.Mode.AWARDS);
        assertThat(zh.categoryTitleProperty().get()).isEqualTo("最受关注论坛奖");
        zh.nextCategory();
        assertThat(zh.categoryTitleProperty().get()).isEqualTo("第五届智能制造大赛");
        assertThat(zh.revealedProperty().get()).isEmpty();
        assertThat(zh.remainingProperty().get()).isEqualTo(3);

        zh.revealNext();
        zh.revealNext();
        assertThat(zh.revealedProperty().get()).extracting(CeremonyViewModel.RevealedWinner::prize).containsExactly("二等奖", "二等奖");
        assertThat(zh.revealedProperty().get().get(0).name()).isEqualTo("工业视觉");
        zh.hideLast();
        assertThat(zh.revealedProperty().get()).hasSize(1);
        zh.revealNext();
        zh.revealNext();
        zh.revealNext();
        assertThat(zh.revealedProperty().get()).hasSize(3).last()
                .isEqualTo(new CeremonyViewModel.RevealedWinner("一等奖", "智能产线", "甲公司"));
        assertThat(zh.remainingProperty().get()).isZero();
        zh.showSigning();
        zh.revealNext();
        assertThat(zh.revealedProperty().get()).hasSize(3);
    }
}
