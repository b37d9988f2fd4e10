package org.conferencedesk.exhibitors;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * After a booking the hall plan reads only the booth that changed ({@link BoothService#plannedBooths})
 * and puts it into the plan it shows ({@link HallPlan#with}); the result is the plan read whole.
 */
class PlannedBoothsTest {

    private ExhibitorFixture f;
    private Hall hall5;
    private Booth a101;
    private Booth a102;
    private Booth b601;

    @BeforeEach
    void setUp() {
        f = new ExhibitorFixture();
        hall5 = f.hall5();
        Hall hall6 = f.booths.saveHall(Hall.of(f.eventId, "6", "6号馆").withSize(new BigDecimal("60"), new BigDecimal("40")));
        a101 = f.booth(hall5, "A101", BoothKind.STANDARD, "9", false);
        a102 = f.booth(hall5, "A102", BoothKind.STANDARD, "9", true);
        b601 = f.booth(hall6, "6001", BoothKind.STANDARD, "9", false);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theBookedBoothReadAloneAndPutIntoThePlanIsThePlanReadWhole() {
        HallPlan before = f.booths.plan(f.eventId, hall5.id());
        Exhibitor estun = f.exhibitor("南京埃斯顿自动化股份有限公司");
        f.booths.bookForEvent(f.eventId, a102.id(), estun.id());

        List<HallPlan.PlannedBooth> read = f.booths.plannedBooths(f.eventId, hall5.id(), List.of(a102.id()));

        assertThat(read).singleElement().satisfies(p -> {
            assertThat(p.booth().code()).isEqualTo("A102");
            assertThat(p.state()).isEqualTo(HallPlan.State.BOOKED);
            assertThat(p.holders()).extracting(Exhibitor::companyName).containsExactly("南京埃斯顿自动化股份有限公司");
            assertThat(p.bookings()).singleElement().satisfies(b -> {
                assertThat(b.firstDay()).isEqualTo(ExhibitorFixture.DAY1);
                assertThat(b.lastDay()).isEqualTo(ExhibitorFixture.DAY3);
            });
        });
        assertThat(before.with(read)).isEqualTo(f.booths.plan(f.eventId, hall5.id()));
        assertThat(before.with(read).booths()).extracting(p -> p.booth().code()).containsExactly("A101", "A102");
    }

    @Test
    void aBoothOfAnotherHallOrGoneIsLeftOutSoThePlanIsReadWhole() {
        assertThat(f.booths.plannedBooths(f.eventId, hall5.id(), List.of(b601.id(), 999_999L))).isEmpty();
        assertThat(f.booths.plannedBooths(f.eventId, hall5.id(), List.of(a101.id(), b601.id())))
                .extracting(p -> p.booth().code()).containsExactly("A101");
    }
}
