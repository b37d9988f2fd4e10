package org.conferencedesk.exhibitors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pure pieces of the plan: rectangles, codes in the order people count, runs of booked days. */
class BoothPlanTest {

    private static final LocalDate D26 = LocalDate.of(2020, 11, 26);

    @Test
    void boothsSideBySideOrBackToBackDoNotOverlapButSharedFloorDoes() {
        BoothPlace a = BoothPlace.of("0", "0", "3", "3");

        assertThat(a.overlaps(BoothPlace.of("3", "0", "3", "3"))).isFalse();
        assertThat(a.overlaps(BoothPlace.of("0", "3", "3", "3"))).isFalse();
        assertThat(a.overlaps(BoothPlace.of("3", "3", "3", "3"))).isFalse();
        assertThat(a.overlaps(BoothPlace.of("2.5", "2.5", "3", "3"))).isTrue();
        assertThat(a.overlaps(BoothPlace.of("1", "1", "0.5", "0.5"))).isTrue();
        assertThat(BoothPlace.of("1", "1", "0.5", "0.5").overlaps(a)).isTrue();
    }

    @Test
    void aBoothFitsInItsHallUpToTheWalls() {
        assertThat(BoothPlace.of("117", "77", "3", "3").fitsIn(new java.math.BigDecimal("120"), new java.math.BigDecimal("80"))).isTrue();
        assertThat(BoothPlace.of("117.5", "77", "3", "3").fitsIn(new java.math.BigDecimal("120"), new java.math.BigDecimal("80"))).isFalse();
    }

    @Test
    void codesSortAsPeopleCountAndKeepTheirZeros() {
        List<String> codes = new ArrayList<>(List.of("10", "A-10", "2", "A-2", "B1", "0012", "9.2B29", "a-3", "1"));
        codes.sort(Hall::compareCodes);

        assertThat(codes).containsExactly("1", "2", "9.2B29", "10", "0012", "A-2", "a-3", "A-10", "B1");
        assertThat(Hall.codeKey(" ａ-１０１ ")).isEqualTo("A-101");
        assertThat(Hall.codeKey("0012")).isEqualTo("0012");
    }

    @Test
    void consecutiveDaysOfOneBoothAndHolderAreOneBooking() {
        List<Booking.Day> days = List.of(
                new Booking.Day(1, D26.plusDays(2), 7), new Booking.Day(1, D26, 7), new Booking.Day(1, D26.plusDays(1), 7),
                new Booking.Day(2, D26, 7), new Booking.Day(2, D26.plusDays(2), 7),
                new Booking.Day(3, D26, 7), new Booking.Day(3, D26.plusDays(1), 8));

        assertThat(Booking.runsOf(days)).containsExactly(
                new Booking(1, 7, D26, D26.plusDays(2)),
                new Booking(2, 7, D26, D26), new Booking(2, 7, D26.plusDays(2), D26.plusDays(2)),
                new Booking(3, 7, D26, D26), new Booking(3, 8, D26.plusDays(1), D26.plusDays(1)));
        assertThat(new Booking(1, 7, D26, D26.plusDays(2)).dayCount()).isEqualTo(3);
    }

    @Test
    void companyNamesWrittenWithOtherSpacingOrWidthHaveOneKey() {
        assertThat(Exhibitor.companyKey("ABB (中国) 有限公司")).isEqualTo(Exhibitor.companyKey("ＡＢＢ（中国）有限公司"));
        assertThat(Exhibitor.companyKey("华为技术有限公司")).isEqualTo(Exhibitor.companyKey("华为技术\u3000有限公司"));
        assertThat(Exhibitor.companyKey("華為技術有限公司")).isNotEqualTo(Exhibitor.companyKey("华为技术有限公司"));
    }
}
