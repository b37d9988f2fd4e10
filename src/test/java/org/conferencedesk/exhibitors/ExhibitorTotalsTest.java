package org.conferencedesk.exhibitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.conferencedesk.exhibitors.ExhibitorFixture.DAY1;
import static org.conferencedesk.exhibitors.ExhibitorFixture.DAY2;
import static org.conferencedesk.exhibitors.ExhibitorFixture.DAY3;

import java.math.BigDecimal;
import java.util.Map;
import org.conferencedesk.shared.money.Amount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.conferencedesk.storage.TestDatabases;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabases.Backend.class)
class ExhibitorTotalsTest {

    /** The database it runs on: H2, and PostgreSQL when a test server is configured (issue 16). */
    @Parameter
    TestDatabases.Backend backend;


    private ExhibitorFixture f;
    private Exhibitor estun;
    private Exhibitor siemens;

    /**
     * Hall 5: A-101 标摊 9 m², A-102 标摊 9 m² corner, 9.2B29 光地 54 m² corner, 0012 光地 30.5 m² (free).
     * Hall 6: 6-001 标摊 9 m², 6-002 标摊 12 m² (free). 标摊 ¥1,280/m² +10 % corner; 光地 ¥1,050.50/m²
     * from 36 m², +15 % corner.
     */
    @BeforeEach
    void setUp() {
        f = new ExhibitorFixture(backend);
        Hall five = f.hall5();
        Hall six = f.booths.saveHall(Hall.of(f.eventId, "6", "6号馆"));
        Booth a101 = f.booth(five, "A-101", BoothKind.STANDARD, "9", false);
        Booth a102 = f.booth(five, "A-102", BoothKind.STANDARD, "9", true);
        Booth b29 = f.booth(five, "9.2B29", BoothKind.RAW_SPACE, "54", true);
        f.booth(five, "0012", BoothKind.RAW_SPACE, "30.5", false);
        Booth s1 = f.booth(six, "6-001", BoothKind.STANDARD, "9", false);
        f.booth(six, "6-002", BoothKind.STANDARD, "12", false);
        f.service.setRate(f.eventId, BoothRate.perM2(BoothKind.STANDARD, "1280.00", "CNY").withCornerPremium(new BigDecimal("10")));
        f.service.setRate(f.eventId, BoothRate.perM2(BoothKind.RAW_SPACE, "1050.50", "CNY").withMinimumArea(new BigDecimal("36"))
                .withCornerPremium(new BigDecimal("15")));

        estun = f.service.save(exhibitor("南京埃斯顿自动化股份有限公司", ExhibitionMode.ON_SITE, "工业机器人", PaymentStatus.PAID));
        siemens = f.service.save(exhibitor("西门子（中国）有限公司", ExhibitionMode.BOTH, "工业软件", PaymentStatus.INVOICED));
        f.service.save(exhibitor("云上智造科技有限公司", ExhibitionMode.CLOUD, "工业互联网", PaymentStatus.UNPAID));
        Exhibitor festo = f.service.save(exhibitor("Festo AG & Co. KG", ExhibitionMode.ON_SITE, null, PaymentStatus.UNPAID)
                .withFeeOverride(new Amount(new BigDecimal("2000"), "EUR"), "Agreed with the German pavilion"));
        f.service.save(exhibitor("沈阳新松机器人自动化股份有限公司", ExhibitionMode.ON_SITE, "工业机器人", PaymentStatus.UNPAID));

        f.booths.bookForEvent(f.eventId, a101.id(), estun.id());
        f.booths.book(f.eventId, a102.id(), estun.id(), DAY1, DAY1);
        f.booths.book(f.eventId, a102.id(), siemens.id(), DAY2, DAY3);
        f.booths.bookForEvent(f.eventId, b29.id(), siemens.id());
        f.booths.bookForEvent(f.eventId, s1.id(), festo.id());
        f.service.addDeposit(new Deposit(null, f.eventId, estun.id(), Amount.cny("10000"), DAY1.minusDays(40), null));
        f.service.addDeposit(new Deposit(null, f.eventId, festo.id(), new Amount(new BigDecimal("500"), "EUR"), null, null));
    }

    @AfterEach
    void tearDown() {
        if (f != null) { // null when the PostgreSQL variant was skipped before opening
            f.close();
        }
    }

    private Exhibitor exhibitor(String name, ExhibitionMode mode, String sector, PaymentStatus status) {
        return new Exhibitor(null, f.eventId, name, null, null, sector, mode, null, null, null, null, null, null, status, null, null);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void countsExhibitorsByModeSectorAndHall() {
        ExhibitorTotals t = f.service.totals(f.eventId);

        assertThat(t.exhibitors()).isEqualTo(5);
        assertThat(t.byMode()).containsExactly(Map.entry(ExhibitionMode.ON_SITE, 3), Map.entry(ExhibitionMode.CLOUD, 1),
                Map.entry(ExhibitionMode.BOTH, 1));
        assertThat(t.bySector()).containsExactly(Map.entry("工业机器人", 2), Map.entry(ExhibitorTotals.UNSPECIFIED, 1),
                Map.entry("工业互联网", 1), Map.entry("工业软件", 1));
        assertThat(t.byHall()).containsExactly(Map.entry("5", 2), Map.entry("6", 1));
    }

    @Test
    void countsBoothsBookedAndFreeAndTheOccupancyOfTheirArea() {
        ExhibitorTotals t = f.service.totals(f.eventId);

        assertThat(t.halls()).extracting(h -> h.code() + " " + h.booths() + " " + h.booked() + " " + h.free() + " "
                        + h.boothAreaM2().toPlainString() + " " + h.bookedAreaM2().toPlainString() + " " + h.occupancyPercent().toPlainString())
                .containsExactly("5 4 3 1 102.50 72.00 70.2", "6 2 1 1 21.00 9.00 42.9");
        assertThat(t.booths()).isEqualTo(6);
        assertThat(t.bookedBooths()).isEqualTo(4);
        assertThat(t.freeBooths()).isEqualTo(2);
        assertThat(t.boothAreaM2()).isEqualTo(d("123.50"));
        assertThat(t.bookedAreaM2()).isEqualTo(d("81.00"));
        assertThat(t.occupancyPercent()).isEqualTo(d("65.6"));
    }

    @Test
    void sumsFeesByPaymentStatusPerCurrencyToTheFen() {
        ExhibitorTotals t = f.service.totals(f.eventId);

        // Estun: A-101 11,520.00 + A-102 (corner) 12,672.00. Siemens: 9.2B29 65,236.05 + A-102 12,672.00.
        assertThat(t.feesByPaymentStatus().get(PaymentStatus.PAID).sums()).containsExactly(Map.entry("CNY", d("24192.00")));
        assertThat(t.feesByPaymentStatus().get(PaymentStatus.INVOICED).sums()).containsExactly(Map.entry("CNY", d("77908.05")));
        assertThat(t.feesByPaymentStatus().get(PaymentStatus.UNPAID).sums()).containsExactly(Map.entry("EUR", d("2000.00")));
        assertThat(t.feesByPaymentStatus().get(PaymentStatus.REFUNDED).isEmpty()).isTrue();
        assertThat(t.deposits().sums()).containsExactly(Map.entry("CNY", d("10000.00")), Map.entry("EUR", d("500.00")));
        assertThat(t.unpricedBooths()).isZero();
        assertThat(f.service.fee(f.eventId, estun.id()).balance().sums()).containsExactly(Map.entry("CNY", d("14192.00")));
    }

    @Test
    void boothsWhoseKindHasNoRateAreCountedAsUnpricedNotAsZero() {
        f.service.removeRate(f.eventId, BoothKind.RAW_SPACE);

        ExhibitorTotals t = f.service.totals(f.eventId);
        assertThat(t.unpricedBooths()).isEqualTo(1);
        assertThat(t.feesByPaymentStatus().get(PaymentStatus.INVOICED).sums()).containsExactly(Map.entry("CNY", d("12672.00")));
        assertThat(f.service.fee(f.eventId, siemens.id()).unpriced()).extracting(Booth::code).containsExactly("9.2B29");
    }

    @Test
    void theTotalsFollowEveryBookingAndPayment() {
        Booth free = f.booths.findBooths(f.eventId, "5", "0012").get(0);
        Exhibitor xinsong = f.service.list(f.eventId).get(4);
        f.booths.bookForEvent(f.eventId, free.id(), xinsong.id());
        f.service.setPaymentStatus(f.eventId, java.util.List.of(siemens.id()), PaymentStatus.PAID);

        ExhibitorTotals t = f.service.totals(f.eventId);
        assertThat(t.halls().get(0).occupancyPercent()).isEqualTo(d("100.0"));
        // 30.5 m² of raw space is charged as the 36 m² minimum: 37,818.00.
        assertThat(t.feesByPaymentStatus().get(PaymentStatus.UNPAID).sums())
                .containsExactly(Map.entry("CNY", d("37818.00")), Map.entry("EUR", d("2000.00")));
        assertThat(t.feesByPaymentStatus().get(PaymentStatus.PAID).sums()).containsExactly(Map.entry("CNY", d("102100.05")));
        assertThat(t.byHall()).containsExactly(Map.entry("5", 3), Map.entry("6", 1));
    }

    @Test
    void theHallPlanShowsEachBoothsHoldersAndState() {
        HallPlan plan = f.booths.plan(f.eventId, f.booths.findHall(f.eventId, "5").orElseThrow().id());

        assertThat(plan.booths()).extracting(b -> b.booth().code() + " " + b.state() + " "
                        + b.holders().stream().map(Exhibitor::companyName).toList())
                // By code as people count: 9.2B29 (9) before 0012 (12).
                .containsExactly("9.2B29 BOOKED [西门子（中国）有限公司]", "0012 FREE []",
                        "A-101 PAID [南京埃斯顿自动化股份有限公司]", "A-102 BOOKED [南京埃斯顿自动化股份有限公司, 西门子（中国）有限公司]");
    }
}
