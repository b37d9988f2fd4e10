package org.conferencedesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.awards.AwardKind;
import org.conferencedesk.awards.CommitteeMember;
import org.conferencedesk.awards.Nominee;
import org.conferencedesk.awards.Prize;
import org.conferencedesk.awards.TieRule;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.InvestorOrigin;
import org.conferencedesk.contracts.SigningSession;
import org.conferencedesk.contracts.SigningSessionKind;
import org.conferencedesk.events.Event;
import org.conferencedesk.exhibitors.Booth;
import org.conferencedesk.exhibitors.BoothKind;
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.Hall;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live figures follow every feature's changes and always equal the figures read from the services. */
class LiveEventFiguresTest {

    private DashboardFixture f;
    private LiveGuests guests;
    private LiveEventFigures live;

    @BeforeEach
    void sample() {
        f = new DashboardFixture();
        f.importSampleContracts();
        f.importSampleGuests();
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        guests = new LiveGuests(f.guests, executor);
        live = new LiveEventFigures(guests, f.sources, executor);
        live.show(f.eventId);
    }

    @AfterEach
    void close() {
        live.close();
        guests.close();
        f.close();
    }

    private static Map<String, BigDecimal> values(EventFigures figures) {
        return figures.figures().stream().collect(Collectors.toMap(fig -> fig.key().toString(), Figure::value,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The live figures are the figures read now through the services, figure by figure, in the same order. */
    private void assertLiveEqualsRead() {
        assertThat(values(live.figures())).containsExactlyEntriesOf(values(f.sources.read(f.eventId)));
    }

    private BigDecimal live(FigureName name) {
        return live.figures().value(FigureKey.of(name));
    }

    @Test
    void showsTheEventsFiguresAndACheckInCountsAtOnce() {
        assertLiveEqualsRead();
        assertThat(live(FigureName.GUESTS_CHECKED_IN)).isEqualTo(new BigDecimal("127"));
        EventFigures before = live.figures();

        Guest g = f.guests.list(f.eventId).stream().filter(x -> !x.isCheckedIn()).findFirst().orElseThrow();
        f.guests.checkIn(f.eventId, g.id(), Instant.parse("2020-11-28T02:00:00Z"));

        assertThat(live(FigureName.GUESTS_CHECKED_IN)).isEqualTo(new BigDecimal("128"));
        // Only the guest section was rebuilt.
        assertThat(live.figures().contracts()).isSameAs(before.contracts());
        assertThat(live.figures().exhibitors()).isSameAs(before.exhibitors());
        assertLiveEqualsRead();
    }

    @Test
    void followsContractsTheirSessionsAndOrigins() {
        Contract added = f.contracts.save(new Contract(null, f.eventId, "会前签约项目", "投资方", "合作方", "集成电路", "江北新区",
                new BigDecimal("250000000.00"), "CNY", 31, ContractStatus.SIGNED, null, null));
        assertThat(live(FigureName.CONTRACTS_SIGNED_AMOUNT)).isEqualTo(new BigDecimal("53880000000.00"));
        assertLiveEqualsRead();

        SigningSession pre = f.sessions.saveSession(SigningSession.of(f.eventId, SigningSessionKind.PRE_EVENT, "会前签约仪式", null,
                LocalDate.of(2020, 11, 25)));
        assertLiveEqualsRead();
        f.sessions.assign(f.eventId, List.of(added.id()), pre.id());
        assertThat(live(FigureName.CONTRACTS_CLOSING_AMOUNT)).isEqualTo(new BigDecimal("53630000000.00"));
        assertThat(live.figures().value(FigureKey.of(FigureName.CONTRACTS_SESSION_AMOUNT, "会前签约仪式")))
                .isEqualTo(new BigDecimal("250000000.00"));
        f.sessions.setInvestorOrigin(f.eventId, List.of(added.id()), InvestorOrigin.FOREIGN);
        assertLiveEqualsRead();

        f.sessions.saveSession(new SigningSession(pre.id(), f.eventId, SigningSessionKind.PRE_EVENT, "会前重大项目签约会", null, null));
        assertThat(live.figures().value(FigureKey.of(FigureName.CONTRACTS_SESSION_COUNT, "会前重大项目签约会"))).isEqualTo(BigDecimal.ONE);
        assertLiveEqualsRead();

        f.contracts.save(added.withStatus(ContractStatus.WITHDRAWN));
        assertLiveEqualsRead();
        f.contracts.delete(f.eventId, added.id());
        assertThat(live(FigureName.CONTRACTS_SIGNED_COUNT)).isEqualTo(new BigDecimal("30"));
        assertLiveEqualsRead();
    }

    @Test
    void followsExhibitorsBoothsAndBookings() {
        Hall hall = f.booths.saveHall(Hall.of(f.eventId, "5", "5号馆"));
        Hall hall9 = f.booths.saveHall(Hall.of(f.eventId, "9.2", "9.2号馆"));
        Booth a = f.booths.saveBooth(Booth.of(f.eventId, hall.id(), "A-101", BoothKind.STANDARD, new BigDecimal("9.00")));
        Booth b = f.booths.saveBooth(Booth.of(f.eventId, hall.id(), "A-102", BoothKind.RAW_SPACE, new BigDecimal("36.50")));
        Booth c = f.booths.saveBooth(Booth.of(f.eventId, hall9.id(), "9.2B29", BoothKind.STANDARD, new BigDecimal("12.00")));
        Exhibitor estun = f.exhibitors.save(Exhibitor.named(f.eventId, "南京埃斯顿自动化股份有限公司").withMode(ExhibitionMode.BOTH));
        Exhibitor cloud = f.exhibitors.save(Exhibitor.named(f.eventId, "云上智造科技有限公司").withMode(ExhibitionMode.CLOUD));
        Exhibitor kuka = f.exhibitors.save(Exhibitor.named(f.eventId, "库卡机器人（上海）有限公司"));
        assertLiveEqualsRead();

        f.booths.bookForEvent(f.eventId, a.id(), estun.id());
        f.booths.bookForEvent(f.eventId, b.id(), estun.id());
        f.booths.book(f.eventId, c.id(), kuka.id(), LocalDate.of(2020, 11, 26), LocalDate.of(2020, 11, 26));
        f.booths.book(f.eventId, c.id(), estun.id(), LocalDate.of(2020, 11, 27), LocalDate.of(2020, 11, 28));
        assertThat(live(FigureName.EXHIBITORS_CLOUD)).isEqualTo(new BigDecimal("2"));
        assertThat(live(FigureName.EXHIBITORS_ON_SITE)).isEqualTo(new BigDecimal("2"));
        assertThat(live(FigureName.EXHIBITORS_BOOKED_AREA)).isEqualTo(new BigDecimal("57.50"));
        assertThat(live.figures().value(FigureKey.of(FigureName.EXHIBITORS_IN_HALL, "9.2"))).isEqualTo(new BigDecimal("2"));
        assertLiveEqualsRead();

        f.booths.release(f.eventId, b.id(), estun.id(), LocalDate.of(2020, 11, 26), LocalDate.of(2020, 11, 28));
        assertThat(live(FigureName.EXHIBITORS_BOOKED_AREA)).isEqualTo(new BigDecimal("21.00"));
        assertLiveEqualsRead();

        // Deleting an exhibitor releases its booths without a booth change.
        f.exhibitors.delete(f.eventId, estun.id());
        assertThat(live.figures().value(FigureKey.of(FigureName.EXHIBITORS_IN_HALL, "5"))).isEqualTo(BigDecimal.ZERO);
        assertThat(live.figures().value(FigureKey.of(FigureName.EXHIBITORS_IN_HALL, "9.2"))).isEqualTo(BigDecimal.ONE);
        assertLiveEqualsRead();
        f.exhibitors.delete(f.eventId, cloud.id());
        f.booths.deleteBooth(f.eventId, a.id());
        assertLiveEqualsRead();
    }

    @Test
    void followsAwardsTheirWinnersAndSignOffs() {
        AwardCategory forum = f.awards.createCategory(AwardCategory.of(f.eventId, "最受关注论坛奖", "Most Concerned Forum Award",
                AwardKind.FORUM_AWARD, 0, TieRule.COMMITTEE_VOTE), List.of(Prize.of(0, 1, "最受关注论坛奖", "Most Concerned Forum Award", 1)));
        AwardCategory contest = f.awards.createCategory(AwardCategory.of(f.eventId, "第五届智能制造大赛", "The 5th Smart Manufacturing Contest",
                AwardKind.CONTEST_PRIZE, 0, TieRule.COMMITTEE_VOTE), List.of(Prize.of(0, 1, "一等奖", "First prize", 1),
                Prize.of(0, 2, "二等奖", "Second prize", 2)));
        assertThat(live(FigureName.AWARDS_PLACES)).isEqualTo(new BigDecimal("4"));
        long nominee = f.awards.saveNominee(Nominee.entry(forum.id(), "工业互联网创新发展论坛", "大会组委会")).id();
        long member = f.awards.saveMember(CommitteeMember.of(forum.id(), "王建国")).id();
        long prize = f.awards.content(forum.id()).prizes().get(0).id();
        f.awards.recordWinner(forum.id(), prize, nominee);
        f.awards.signOff(forum.id(), member);
        assertThat(live(FigureName.AWARDS_WINNERS)).isEqualTo(BigDecimal.ONE);
        assertThat(live(FigureName.AWARDS_SIGNED_OFF)).isEqualTo(BigDecimal.ONE);
        assertThat(live(FigureName.AWARDS_OPEN)).isEqualTo(BigDecimal.ONE);
        assertLiveEqualsRead();

        f.awards.reopen(forum.id(), "秘书处", "获奖论坛名称有误");
        f.awards.deleteCategory(contest.id());
        assertThat(live(FigureName.AWARDS_CATEGORIES)).isEqualTo(BigDecimal.ONE);
        assertLiveEqualsRead();
    }

    @Test
    void anotherEventStartsFromNothingAndClosingStopsTheUpdates() {
        long other = f.events.create(Event.named("2021 World Intelligent Manufacturing Conference")).id();
        live.show(other);
        assertThat(live.figures().eventId()).isEqualTo(other);
        assertThat(live(FigureName.CONTRACTS_SIGNED_COUNT)).isEqualTo(BigDecimal.ZERO);
        assertThat(live(FigureName.GUESTS_TOTAL)).isEqualTo(BigDecimal.ZERO);
        // A change of the event not shown is not counted.
        f.contracts.save(f.contracts.list(f.eventId).get(0).withStatus(ContractStatus.WITHDRAWN));
        assertThat(live(FigureName.CONTRACTS_SIGNED_COUNT)).isEqualTo(BigDecimal.ZERO);

        live.show(f.eventId);
        assertThat(live(FigureName.CONTRACTS_SIGNED_COUNT)).isEqualTo(new BigDecimal("29"));
        live.close();
        f.contracts.save(f.contracts.list(f.eventId).get(1).withStatus(ContractStatus.WITHDRAWN));
        assertThat(live(FigureName.CONTRACTS_SIGNED_COUNT)).isEqualTo(new BigDecimal("29"));
    }
}
