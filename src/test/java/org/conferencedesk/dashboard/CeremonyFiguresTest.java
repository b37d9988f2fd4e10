package org.conferencedesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.ContractTotals.CountAndAmount;
import org.conferencedesk.contracts.InvestorOrigin;
import org.conferencedesk.contracts.SessionTotals;
import org.conferencedesk.contracts.SigningSession;
import org.conferencedesk.contracts.SigningSessionKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a government report counts for a signing ceremony: projects of at least 1 亿元, by sector and district, investors' origin, per session. */
class CeremonyFiguresTest {

    private DashboardFixture f;
    private SigningSession preEvent;

    @BeforeEach
    void contracts() {
        f = new DashboardFixture();
        // Closing ceremony
        save("整车制造基地", "600000000.00", "CNY", ContractStatus.SIGNED, "新能源汽车", "江宁区", InvestorOrigin.DOMESTIC);
        save("恰好一亿元项目", "100000000.00", "CNY", ContractStatus.SIGNED, "智能装备", "江宁区", InvestorOrigin.FOREIGN);
        save("差一分一亿元项目", "99999999.99", "CNY", ContractStatus.SIGNED, "智能装备", "江宁区", InvestorOrigin.DOMESTIC);
        save("晶圆项目", "1234567890.12", "CNY", ContractStatus.SIGNED, "集成电路", "江北新区", InvestorOrigin.HONG_KONG_MACAO_TAIWAN);
        save("美元项目", "620000000.00", "USD", ContractStatus.SIGNED, "集成电路", "江北新区", InvestorOrigin.FOREIGN);
        save("拟签约项目", "500000000.00", "CNY", ContractStatus.PLANNED, "智能装备", "浦口区", null);
        save("撤回项目", "300000000.00", "CNY", ContractStatus.WITHDRAWN, "智能装备", "浦口区", InvestorOrigin.DOMESTIC);
        save("无领域项目", "150000000.50", "CNY", ContractStatus.SIGNED, null, null, null);
        // A pre-event conference of its own
        preEvent = f.sessions.saveSession(SigningSession.of(f.eventId, SigningSessionKind.PRE_EVENT, "会前签约仪式", "Pre-event signing",
                java.time.LocalDate.of(2020, 11, 25)));
        long a = save("会前项目甲", "250000000.00", "CNY", ContractStatus.SIGNED, "新能源汽车", "溧水区", InvestorOrigin.DOMESTIC);
        long b = save("会前项目乙", "80000000.00", "CNY", ContractStatus.SIGNED, "新能源汽车", "溧水区", InvestorOrigin.DOMESTIC);
        f.sessions.assign(f.eventId, List.of(a, b), preEvent.id());
    }

    @AfterEach
    void close() {
        f.close();
    }

    private long save(String name, String amount, String currency, ContractStatus status, String sector, String district,
                      InvestorOrigin origin) {
        Contract c = f.contracts.save(new Contract(null, f.eventId, name, "投资方", "合作方", sector, district, new BigDecimal(amount),
                currency, f.contracts.nextSigningOrder(f.eventId), status, null, null));
        if (origin != null) {
            f.sessions.setInvestorOrigin(f.eventId, List.of(c.id()), origin);
        }
        return c.id();
    }

    private static CountAndAmount ca(int count, String amount) {
        return new CountAndAmount(count, new BigDecimal(amount));
    }

    @Test
    void projectsOfAtLeastOneYiCountedToTheFen() {
        ContractFigures c = f.sources.contracts(f.eventId);

        // 6 亿, exactly 1 亿, 12.3456789012 亿, 1.500000005 亿 (no sector), 2.5 亿 (pre-event); not 0.9999999999 亿, USD, planned, withdrawn, 0.8 亿.
        assertThat(c.ceremony().major()).isEqualTo(ca(5, "2334567890.62"));
        assertThat(c.ceremony().majorBySector()).containsExactly(
                entry("集成电路", ca(1, "1234567890.12")),
                entry("新能源汽车", ca(2, "850000000.00")),
                entry("", ca(1, "150000000.50")),
                entry("智能装备", ca(1, "100000000.00")));
        assertThat(c.ceremony().majorByDistrict()).containsExactly(
                entry("江北新区", ca(1, "1234567890.12")),
                entry("江宁区", ca(2, "700000000.00")),
                entry("溧水区", ca(1, "250000000.00")),
                entry("", ca(1, "150000000.50")));
        // Signed: 8 contracts (the USD one counted, its amount not), 2,514,567,890.61 yuan.
        assertThat(c.ceremony().signed()).isEqualTo(ca(8, "2514567890.61"));
        assertThat(c.ceremony().byOrigin()).containsExactly(
                entry("DOMESTIC", ca(4, "1029999999.99")),
                entry("HONG_KONG_MACAO_TAIWAN", ca(1, "1234567890.12")),
                entry("FOREIGN", ca(2, "100000000.00")),
                entry("", ca(1, "150000000.50")));
        assertThat(c.ceremony().foreignInvestment()).isEqualTo(ca(3, "1334567890.12"));

        EventFigures figures = f.dashboard.figures(f.eventId);
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_MAJOR_AMOUNT))).isEqualTo(new BigDecimal("2334567890.62"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_MAJOR_SECTOR_COUNT, "新能源汽车"))).isEqualTo(new BigDecimal("2"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_MAJOR_DISTRICT_AMOUNT, "江宁区"))).isEqualTo(new BigDecimal("700000000.00"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_MAJOR_DISTRICT_AMOUNT, "鼓楼区"))).isEqualTo(new BigDecimal("0.00"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_ORIGIN_AMOUNT, "FOREIGN"))).isEqualTo(new BigDecimal("100000000.00"));
    }

    @Test
    void eachSessionHasItsOwnFiguresAndTheClosingCountsOnlyItsOwn() {
        ContractFigures c = f.sources.contracts(f.eventId);

        assertThat(c.sessions()).extracting(s -> s.session().nameZh()).containsExactly("会前签约仪式", "闭幕式");
        ContractFigures.SessionFigures pre = c.sessions().get(0);
        assertThat(pre.ceremony().signed()).isEqualTo(ca(2, "330000000.00"));
        assertThat(pre.ceremony().major()).isEqualTo(ca(1, "250000000.00"));
        ContractFigures.SessionFigures closing = c.closingCeremony();
        assertThat(closing.ceremony().signed()).isEqualTo(ca(6, "2184567890.61"));
        assertThat(closing.ceremony().major()).isEqualTo(ca(4, "2084567890.62"));
        assertThat(closing.planned()).isEqualTo(ca(1, "500000000.00"));

        // The same as the database counts them (SigningSessionService), and every session adds up to the event.
        List<SessionTotals> db = f.sessions.sessionTotals(f.eventId);
        assertThat(db).extracting(t -> t.signed(), t -> t.planned()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(pre.ceremony().signed(), pre.planned()),
                org.assertj.core.groups.Tuple.tuple(closing.ceremony().signed(), closing.planned()));
        assertThat(db.get(1).otherCurrencies()).containsExactly(entry("USD", new BigDecimal("620000000.00")));
        assertThat(pre.ceremony().signed().amount().add(closing.ceremony().signed().amount()))
                .isEqualTo(f.contracts.totals(f.eventId).signed().amount());

        EventFigures figures = f.dashboard.figures(f.eventId);
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_CLOSING_AMOUNT))).isEqualTo(new BigDecimal("2184567890.61"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_CLOSING_COUNT))).isEqualTo(new BigDecimal("6"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_SESSION_AMOUNT, "会前签约仪式"))).isEqualTo(new BigDecimal("330000000.00"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_CLOSING_MAJOR_AMOUNT))).isEqualTo(new BigDecimal("2084567890.62"));
        assertThat(figures.value(FigureKey.of(FigureName.CONTRACTS_SIGNED_AMOUNT))).isEqualTo(new BigDecimal("2514567890.61"));
    }

    @Test
    void theFiguresOfAnEventNameEveryFigureOnceInAStableOrder() {
        List<Figure> figures = f.dashboard.figures(f.eventId).figures();
        assertThat(figures).extracting(fig -> fig.key().toString()).doesNotHaveDuplicates()
                .startsWith("guests.total", "guests.academicians")
                .contains("contracts.session.count[会前签约仪式]", "contracts.origin.count[]", "contracts.runningTotal[10]");
        Map<FigureKey, Figure> map = f.dashboard.figures(f.eventId).map();
        assertThat(map.get(FigureKey.of(FigureName.CONTRACTS_RUNNING_TOTAL, "10")).value()).isEqualTo(new BigDecimal("2514567890.61"));
        // The withdrawn contract (place 7) adds nothing; the USD one (place 5) neither.
        assertThat(map.get(FigureKey.of(FigureName.CONTRACTS_RUNNING_TOTAL, "5")).value())
                .isEqualTo(map.get(FigureKey.of(FigureName.CONTRACTS_RUNNING_TOTAL, "4")).value());
    }
}
