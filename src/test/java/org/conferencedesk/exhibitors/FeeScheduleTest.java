package org.conferencedesk.exhibitors;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.conferencedesk.shared.money.Amount;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {

    private static final long EVENT = 1;
    private static final long HALL = 5;

    /** 标摊 ¥1,280.00 per m², +10 % for a corner; 光地 ¥1,050.50 per m² from 36 m², +15 % for a corner. */
    private static final FeeSchedule WIMC = FeeSchedule.of(List.of(
            BoothRate.perM2(BoothKind.STANDARD, "1280.00", "CNY").withCornerPremium(new BigDecimal("10")),
            BoothRate.perM2(BoothKind.RAW_SPACE, "1050.50", "CNY").withMinimumArea(new BigDecimal("36"))
                    .withCornerPremium(new BigDecimal("15"))));

    private static Booth booth(long id, String code, BoothKind kind, String area, boolean corner) {
        return new Booth(id, EVENT, HALL, code, kind, new BigDecimal(area), null, corner);
    }

    private static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aStandardBoothCostsItsAreaTimesTheRate() {
        BoothFee fee = WIMC.priceOf(booth(1, "A-101", BoothKind.STANDARD, "9", false)).orElseThrow();

        assertThat(fee.chargedAreaM2()).isEqualByComparingTo("9");
        assertThat(fee.base()).isEqualTo(Amount.cny("11520.00"));
        assertThat(fee.cornerPremium()).isEqualTo(Amount.cny("0.00"));
        assertThat(fee.total()).isEqualTo(Amount.cny("11520.00"));
    }

    @Test
    void aCornerBoothAddsItsPremiumOnTheBase() {
        BoothFee fee = WIMC.priceOf(booth(2, "A-102", BoothKind.STANDARD, "9", true)).orElseThrow();

        assertThat(fee.base()).isEqualTo(Amount.cny("11520.00"));
        assertThat(fee.cornerPremium()).isEqualTo(Amount.cny("1152.00"));
        assertThat(fee.total()).isEqualTo(Amount.cny("12672.00"));
    }

    @Test
    void rawSpaceSmallerThanTheMinimumIsChargedAsTheMinimum() {
        BoothFee fee = WIMC.priceOf(booth(3, "0012", BoothKind.RAW_SPACE, "30.5", false)).orElseThrow();

        assertThat(fee.chargedAreaM2()).isEqualByComparingTo("36");
        assertThat(fee.total()).isEqualTo(Amount.cny("37818.00"));
    }

    @Test
    void rawSpaceLargerThanTheMinimumIsChargedItsAreaAndACornerPremiumToTheFen() {
        // 54 × 1,050.50 = 56,727.00; 15 % of it = 8,509.05; 65,236.05 in all.
        BoothFee fee = WIMC.priceOf(booth(4, "9.2B29", BoothKind.RAW_SPACE, "54", true)).orElseThrow();

        assertThat(fee.chargedAreaM2()).isEqualByComparingTo("54");
        assertThat(fee.base()).isEqualTo(Amount.cny("56727.00"));
        assertThat(fee.cornerPremium()).isEqualTo(Amount.cny("8509.05"));
        assertThat(fee.total()).isEqualTo(Amount.cny("65236.05"));
    }

    @Test
    void baseAndPremiumAreEachRoundedHalfUpToTheFen() {
        FeeSchedule odd = FeeSchedule.of(List.of(
                BoothRate.perM2(BoothKind.STANDARD, "1111.11", "CNY").withCornerPremium(new BigDecimal("12.5"))));
        // 12.25 × 1,111.11 = 13,611.0975 → 13,611.10; 12.5 % of 13,611.10 = 1,701.3875 → 1,701.39.
        BoothFee fee = odd.priceOf(booth(5, "B-7", BoothKind.STANDARD, "12.25", true)).orElseThrow();

        assertThat(fee.base()).isEqualTo(Amount.cny("13611.10"));
        assertThat(fee.cornerPremium()).isEqualTo(Amount.cny("1701.39"));
        assertThat(fee.total()).isEqualTo(Amount.cny("15312.49"));
    }

    @Test
    void anExactHalfFenGoesUpNotToTheEvenFen() {
        FeeSchedule half = FeeSchedule.of(List.of(BoothRate.perM2(BoothKind.STANDARD, "100.02", "CNY")));
        // 10.25 × 100.02 = 1,025.205: half up gives 1,025.21 (banker's rounding would give 1,025.20).
        BoothFee fee = half.priceOf(booth(6, "C-1", BoothKind.STANDARD, "10.25", false)).orElseThrow();

        assertThat(fee.total()).isEqualTo(Amount.cny("1025.21"));
    }

    @Test
    void aBoothWhoseKindHasNoRateIsNotPriced() {
        FeeSchedule standardOnly = FeeSchedule.of(List.of(BoothRate.perM2(BoothKind.STANDARD, "1280.00", "CNY")));

        assertThat(standardOnly.priceOf(booth(3, "0012", BoothKind.RAW_SPACE, "30.5", false))).isEmpty();
    }

    @Test
    void anExhibitorsFeesAreSummedPerCurrencyAndNeverAddedAcrossCurrencies() {
        FeeSchedule mixed = FeeSchedule.of(List.of(
                BoothRate.perM2(BoothKind.STANDARD, "1280.00", "CNY"),
                BoothRate.perM2(BoothKind.RAW_SPACE, "210.00", "USD").withMinimumArea(new BigDecimal("36"))));
        Exhibitor siemens = Exhibitor.named(EVENT, "西门子（中国）有限公司").withId(7L);
        List<Booth> held = List.of(booth(1, "A-101", BoothKind.STANDARD, "9", false),
                booth(2, "A-102", BoothKind.STANDARD, "9", false), booth(4, "9.2B29", BoothKind.RAW_SPACE, "54", false));
        List<Deposit> deposits = List.of(
                new Deposit(1L, EVENT, 7, Amount.cny("5000.00"), LocalDate.of(2020, 10, 9), null),
                new Deposit(2L, EVENT, 7, new Amount(yuan("1000"), "USD"), null, "SWIFT 2020-1012"));

        ExhibitorFee fee = mixed.feeOf(siemens, held, deposits);

        assertThat(fee.computed().sums()).containsExactly(Map.entry("CNY", yuan("23040.00")), Map.entry("USD", yuan("11340.00")));
        assertThat(fee.due()).isEqualTo(fee.computed());
        assertThat(fee.deposits().sums()).containsExactly(Map.entry("CNY", yuan("5000.00")), Map.entry("USD", yuan("1000.00")));
        assertThat(fee.balance().sums()).containsExactly(Map.entry("CNY", yuan("18040.00")), Map.entry("USD", yuan("10340.00")));
        assertThat(fee.isComplete()).isTrue();
    }

    @Test
    void anOverrideReplacesTheComputedFeeAndKeepsItsReason() {
        Exhibitor startup = Exhibitor.named(EVENT, "南京初创机器人有限公司").withId(8L)
                .withFeeOverride(Amount.cny("8000.00"), "初创企业扶持政策，展位费八折后取整");
        ExhibitorFee fee = WIMC.feeOf(startup, List.of(booth(1, "A-101", BoothKind.STANDARD, "9", false)), List.of());

        assertThat(fee.computed().sums()).containsExactly(Map.entry("CNY", yuan("11520.00")));
        assertThat(fee.due().sums()).containsExactly(Map.entry("CNY", yuan("8000.00")));
        assertThat(fee.overrideReason()).isEqualTo("初创企业扶持政策，展位费八折后取整");
    }

    @Test
    void aDepositInACurrencyWithNoFeeLeavesANegativeBalanceInThatCurrencyOnly() {
        Exhibitor e = Exhibitor.named(EVENT, "Festo AG & Co. KG").withId(9L);
        ExhibitorFee fee = WIMC.feeOf(e, List.of(booth(1, "A-101", BoothKind.STANDARD, "9", false)),
                List.of(new Deposit(3L, EVENT, 9, new Amount(yuan("500"), "EUR"), null, null)));

        assertThat(fee.balance().sums()).containsExactly(Map.entry("CNY", yuan("11520.00")), Map.entry("EUR", yuan("-500.00")));
    }
}
