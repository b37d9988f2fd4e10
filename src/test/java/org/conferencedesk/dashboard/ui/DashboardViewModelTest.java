package org.conferencedesk.dashboard.ui;

import org.conferencedesk.dashboard.ComparisonRow;
import org.conferencedesk.dashboard.DashboardCharts;
import org.conferencedesk.dashboard.ChartPoint;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.dashboard.DashboardFixture;
import org.conferencedesk.dashboard.FigureKey;
import org.conferencedesk.dashboard.FigureName;
import org.conferencedesk.dashboard.LiveEventFigures;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.RecordingDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {

    private final DashboardFixture f = new DashboardFixture();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private LiveGuests guests;
    private DashboardViewModel zh;

    @BeforeEach
    void seed() {
        f.importSampleContracts();
        f.importSampleGuests();
        guests = new LiveGuests(f.guests, executor);
        zh = model(Locale.SIMPLIFIED_CHINESE);
        zh.show(f.eventId, DashboardFixture.NANJING);
    }

    @AfterEach
    void close() {
        zh.hide();
        f.close();
    }

    private DashboardViewModel model(Locale locale) {
        return new DashboardViewModel(new LiveEventFigures(guests, f.sources, executor), f.dashboard, executor, dialogs, locale);
    }

    @Test
    void tilesShowThePressReleaseFiguresFromTheData() {
        assertThat(zh.tile("guests.total").value()).isEqualTo("326");
        assertThat(zh.tile("guests.academicians").value()).isEqualTo("24");
        assertThat(zh.tile("guests.experts").value()).isEqualTo("102");
        assertThat(zh.tile("guests.enterpriseRepresentatives").value()).isEqualTo("200");
        assertThat(zh.tile("guests.checkedIn").value()).isEqualTo("127");
        assertThat(zh.tile("contracts.signed.count").value()).isEqualTo("30");
        assertThat(zh.tile("contracts.signed.amount").value()).isEqualTo("536.3 亿元");
        assertThat(zh.tile("contracts.closing.amount").label()).isEqualTo("闭幕式签约金额");
        assertThat(zh.tilesProperty().get()).hasSize(FigureTile.SHOWN.size());
        assertThat(zh.headlineProperty().get())
                .isEqualTo("嘉宾326位，其中院士24位、专家102位、企业代表200位；闭幕式现场签约项目30个，总金额536.3亿元。");
    }

    @Test
    void englishHeadlineWritesTheSameFiguresAsThePressRelease() {
        DashboardViewModel en = model(Locale.ENGLISH);
        en.show(f.eventId, DashboardFixture.NANJING);
        assertThat(en.headlineProperty().get()).isEqualTo("326 guests, including 24 academicians, 102 experts and 200 "
                + "enterprise representatives; 30 projects signed at the closing ceremony for a total of RMB 53.63 billion.");
        assertThat(en.tile("contracts.signed.amount").value()).isEqualTo("RMB 53.63 billion");
        en.hide();
    }

    @Test
    void chartsCarryTheSameFiguresAsTheTiles() {
        DashboardCharts charts = zh.chartsProperty().get();
        List<ChartPoint> running = charts.runningTotal();
        assertThat(running).hasSize(30);
        assertThat(running.get(29).label()).isEqualTo("30");
        assertThat(running.get(29).value()).isEqualByComparingTo("536.3");
        assertThat(charts.amountUnit()).isEqualTo("亿元");
        BigDecimal sectors = charts.bySector().stream().map(ChartPoint::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sectors).isEqualByComparingTo("536.3");
        BigDecimal districts = charts.byDistrict().stream().map(ChartPoint::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(districts).isEqualByComparingTo("536.3");
        assertThat(charts.bySector().get(0).value()).isGreaterThanOrEqualTo(charts.bySector().get(1).value());
        assertThat(charts.guestsByCategory().get(0)).isEqualTo(ChartPoint.count("院士", 24));
        assertThat(charts.guestsByCategory().get(1)).isEqualTo(ChartPoint.count("专家", 102));
        BigDecimal checkIns = zh.checkInsProperty().get().stream().map(ChartPoint::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(checkIns).isEqualByComparingTo("127");
    }

    @Test
    void aCheckInMovesTheTileAndOneHourOfTheTimeline() {
        Guest waiting = f.guests.list(f.eventId).stream().filter(g -> !g.isCheckedIn()).findFirst().orElseThrow();
        // 2020-11-28 10:15 in Nanjing.
        f.guests.checkIn(f.eventId, waiting.id(), Instant.parse("2020-11-28T02:15:00Z"));
        assertThat(zh.tile("guests.checkedIn").value()).isEqualTo("128");
        ChartPoint hour = zh.checkInsProperty().get().stream().filter(p -> p.label().equals("11-28 10:00")).findFirst().orElseThrow();
        assertThat(hour.value()).isPositive();
        BigDecimal checkIns = zh.checkInsProperty().get().stream().map(ChartPoint::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(checkIns).isEqualByComparingTo("128");
    }

    @Test
    void aContractMarkedSignedMovesTilesRunningTotalAndHeadline() {
        Contract planned = f.contracts.save(new Contract(null, f.eventId, "智能工厂二期", "投资方", "合作方", "智能装备", "江宁区",
                new BigDecimal("520000000.00"), "CNY", 31, ContractStatus.PLANNED, null, null));
        assertThat(zh.tile("contracts.signed.count").value()).isEqualTo("30");
        f.contracts.save(planned.withStatus(ContractStatus.SIGNED));
        assertThat(zh.tile("contracts.signed.count").value()).isEqualTo("31");
        assertThat(zh.tile("contracts.signed.amount").value()).isEqualTo("541.5 亿元");
        List<ChartPoint> running = zh.chartsProperty().get().runningTotal();
        assertThat(running.get(running.size() - 1)).isEqualTo(new ChartPoint("31", new BigDecimal("541.5000000000")));
        assertThat(zh.headlineProperty().get()).contains("闭幕式现场签约项目31个，总金额541.5亿元");
    }

    @Test
    void announcedFiguresAreComparedWithTheLiveData() throws Exception {
        f.announceSampleFigures();
        List<ComparisonRow> rows = zh.announced().rows();
        assertThat(rows).hasSize(8);
        ComparisonRow guests = rows.stream().filter(r -> r.statement().equals("320+")).findFirst().orElseThrow();
        assertThat(guests.figure()).isEqualTo("嘉宾");
        assertThat(guests.data()).isEqualTo("326");
        assertThat(guests.difference()).isEqualTo("+6");
        assertThat(guests.verdict()).isEqualTo("相符");
        ComparisonRow amount = rows.stream().filter(r -> r.statement().equals("536.3亿元")).findFirst().orElseThrow();
        assertThat(amount.difference()).isEqualTo("0");
        assertThat(amount.agrees()).isTrue();
        ComparisonRow cloud = rows.stream().filter(r -> r.statement().equals("3,200+")).findFirst().orElseThrow();
        assertThat(cloud.verdict()).isEqualTo("不符");
        assertThat(cloud.difference()).isEqualTo("-3,200");
    }

    @Test
    void announcedFiguresAreAddedEditedAndWithdrawnFromTheScreen() {
        AnnouncedFiguresViewModel a = zh.announced();
        a.figureProperty().set(FigureKey.of(FigureName.GUESTS_ACADEMICIANS));
        a.statementProperty().set("逾20");
        assertThat(a.readingProperty().get()).isEqualTo("理解为：超过 20");
        a.sourceProperty().set("闭幕新闻稿");
        a.add();
        assertThat(dialogs.errors).isEmpty();
        assertThat(a.rows()).singleElement().satisfies(r -> {
            assertThat(r.statement()).isEqualTo("逾20");
            assertThat(r.difference()).isEqualTo("+4");
            assertThat(r.agrees()).isTrue();
        });
        a.selectedProperty().set(a.rows().get(0));
        assertThat(a.statementProperty().get()).isEqualTo("逾20");
        a.statementProperty().set("25");
        a.saveSelected();
        assertThat(a.rows()).singleElement().satisfies(r -> {
            assertThat(r.difference()).isEqualTo("-1");
            assertThat(r.verdict()).isEqualTo("不符");
        });
        a.statementProperty().set("不超过30");
        assertThat(a.readingProperty().get()).contains("上限");
        a.figureProperty().set(FigureKey.of(FigureName.GUESTS_ACADEMICIANS));
        a.selectedProperty().set(a.rows().get(0));
        a.withdrawSelected();
        assertThat(dialogs.destructiveQuestions).singleElement().asString().contains("院士");
        assertThat(a.rows()).isEmpty();
    }

    @Test
    void aRefusedStatementIsShownAndNothingIsSaved() {
        AnnouncedFiguresViewModel a = zh.announced();
        a.figureProperty().set(FigureKey.of(FigureName.GUESTS_TOTAL));
        a.statementProperty().set("536.3亿元");
        a.add();
        assertThat(dialogs.errors).singleElement().asString().contains("金额");
        assertThat(a.rows()).isEmpty();
        assertThat(a.statementProperty().get()).isEqualTo("536.3亿元");
    }

    @Test
    void afterAFreezeTheDashboardShowsWhatChangedAndWhichRecord() {
        PressSnapshotViewModel s = zh.snapshot();
        assertThat(s.statusProperty().get()).startsWith("尚未冻结");
        s.noteProperty().set("闭幕新闻稿");
        s.freeze();
        assertThat(s.latestProperty().get().note()).isEqualTo("闭幕新闻稿");
        assertThat(s.changesProperty().get()).isEmpty();
        assertThat(s.statusProperty().get()).contains("秘书处").contains("此后数据没有变化");

        Guest waiting = f.guests.list(f.eventId).stream().filter(g -> !g.isCheckedIn()).findFirst().orElseThrow();
        f.guests.checkIn(f.eventId, waiting.id(), Instant.parse("2020-11-28T03:00:00Z"));
        assertThat(s.changesProperty().get()).singleElement().satisfies(c -> {
            assertThat(c.figure()).isEqualTo("已签到嘉宾");
            assertThat(c.before()).isEqualTo("127");
            assertThat(c.after()).isEqualTo("128");
            assertThat(c.difference()).isEqualTo("+1");
            assertThat(c.causes()).singleElement().asString().contains("秘书处").contains(waiting.fullName());
        });
        assertThat(s.statusProperty().get()).contains("1 项数据发生变化");
    }

    @Test
    void aHiddenDashboardDoesNotFollowTheData() {
        zh.hide();
        Guest waiting = f.guests.list(f.eventId).stream().filter(g -> !g.isCheckedIn()).findFirst().orElseThrow();
        f.guests.checkIn(f.eventId, waiting.id(), Instant.parse("2020-11-28T02:15:00Z"));
        assertThat(zh.tile("guests.checkedIn").value()).isEqualTo("127");
        zh.show(f.eventId, DashboardFixture.NANJING);
        assertThat(zh.tile("guests.checkedIn").value()).isEqualTo("128");
    }
}
