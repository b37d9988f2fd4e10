package org.conferencedesk.exhibitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conferencedesk.exhibitors.ExhibitorFixture.DAY1;
import static org.conferencedesk.exhibitors.ExhibitorFixture.DAY2;
import static org.conferencedesk.exhibitors.ExhibitorFixture.DAY3;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.shared.record.RecordChange;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.conferencedesk.storage.AtOnce;
import org.conferencedesk.storage.TestDatabases;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabases.Backend.class)
class BookingTest {

    /** The database it runs on: H2, and PostgreSQL when a test server is configured (issue 16). */
    @Parameter
    TestDatabases.Backend backend;


    private ExhibitorFixture f;
    private Hall hall;
    private Booth a101;
    private Exhibitor estun;
    private Exhibitor siemens;

    @BeforeEach
    void setUp() {
        f = new ExhibitorFixture(backend);
        hall = f.hall5();
        a101 = f.booth(hall, "A-101", BoothKind.STANDARD, "9", false);
        estun = f.exhibitor("南京埃斯顿自动化股份有限公司");
        siemens = f.exhibitor("西门子（中国）有限公司");
        f.forgetChanges();
    }

    @AfterEach
    void tearDown() {
        if (f != null) { // null when the PostgreSQL variant was skipped before opening
            f.close();
        }
    }

    @Test
    void theSameBoothOnOverlappingDaysIsRefusedNamingTheHolder() {
        f.booths.book(f.eventId, a101.id(), estun.id(), DAY1, DAY2);

        assertThatThrownBy(() -> f.booths.book(f.eventId, a101.id(), siemens.id(), DAY2, DAY3))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> {
                    assertThat(e.key()).isEqualTo("booking.taken");
                    assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                            "展位 A-101 已由南京埃斯顿自动化股份有限公司 (2020-11-27)预订。请选择其他日期或其他展位。");
                    assertThat(e.sentence(Locale.ENGLISH)).isEqualTo(
                            "Booth A-101 is already held by 南京埃斯顿自动化股份有限公司 (2020-11-27). Choose other days or another booth.");
                });
        // Nothing of the refused booking was kept: not even its free day 28 November.
        assertThat(f.booths.bookingsOfBooth(a101.id()))
                .containsExactly(new Booking(a101.id(), estun.id(), DAY1, DAY2));
    }

    @Test
    void theSameBoothOnOtherDaysIsAllowed() {
        f.booths.book(f.eventId, a101.id(), estun.id(), DAY1, DAY2);
        Booking second = f.booths.book(f.eventId, a101.id(), siemens.id(), DAY3, DAY3);

        assertThat(second).isEqualTo(new Booking(a101.id(), siemens.id(), DAY3, DAY3));
        assertThat(f.booths.bookingsOfBooth(a101.id())).containsExactly(
                new Booking(a101.id(), estun.id(), DAY1, DAY2), new Booking(a101.id(), siemens.id(), DAY3, DAY3));
    }

    @Test
    void bookingDaysAlreadyHeldByTheSameExhibitorExtendsItsBookingWithoutARefusal() {
        f.booths.book(f.eventId, a101.id(), estun.id(), DAY1, DAY1);
        Booking whole = f.booths.bookForEvent(f.eventId, a101.id(), estun.id());

        assertThat(whole).isEqualTo(new Booking(a101.id(), estun.id(), DAY1, DAY3));
        assertThat(f.auditOf(ExhibitorAudit.BOOKING)).extracting(e -> e.change("firstDay").after() + "/" + e.change("lastDay").after())
                .containsExactly("2020-11-26/2020-11-26", "2020-11-27/2020-11-28");
        // Booking the same days again changes nothing and records nothing.
        f.booths.bookForEvent(f.eventId, a101.id(), estun.id());
        assertThat(f.auditOf(ExhibitorAudit.BOOKING)).hasSize(2);
    }

    @Test
    void holdersOfSeveralRunsAreAllNamedWithTheirDays() {
        Booth b = f.booth(hall, "A-102", BoothKind.STANDARD, "9", false);
        Exhibitor abb = f.exhibitor("ABB (中国) 有限公司");
        f.booths.book(f.eventId, b.id(), estun.id(), DAY1, DAY1);
        f.booths.book(f.eventId, b.id(), abb.id(), DAY3, DAY3);

        assertThatThrownBy(() -> f.booths.bookForEvent(f.eventId, b.id(), siemens.id()))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.sentence(Locale.ENGLISH)).isEqualTo(
                        "Booth A-102 is already held by 南京埃斯顿自动化股份有限公司 (2020-11-26); ABB (中国) 有限公司 (2020-11-28)."
                                + " Choose other days or another booth."));
    }

    @Test
    void theDatabaseItselfRefusesTheSameBoothOnTheSameDayForASecondProgram() throws SQLException {
        f.booths.book(f.eventId, a101.id(), estun.id(), DAY1, DAY3);

        // Another program writing to the same database with plain SQL, without the application's check.
        try (Connection c = f.database.dsl().configuration().connectionProvider().acquire();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO booking_day (event_id, booth_id, held_on, exhibitor_id, booked_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, f.eventId);
            insert.setLong(2, a101.id());
            insert.setObject(3, DAY2);
            insert.setLong(4, siemens.id());
            insert.setObject(5, OffsetDateTime.parse("2020-11-26T10:00:00+08:00"));
            assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23505"));

            // The same booth on a day nobody holds is accepted by the database too.
            insert.setObject(3, LocalDate.of(2020, 11, 29));
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
        assertThat(f.booths.bookingsOfBooth(a101.id())).containsExactly(
                new Booking(a101.id(), estun.id(), DAY1, DAY3),
                new Booking(a101.id(), siemens.id(), LocalDate.of(2020, 11, 29), LocalDate.of(2020, 11, 29)));
    }

    @Test
    void theRepositoryTurnsTheDatabasesRefusalIntoDayTaken() {
        f.booths.book(f.eventId, a101.id(), estun.id(), DAY2, DAY2);
        BoothRepository repository = new BoothRepository(f.database.dsl());

        // As if the service's check had run before the other booking was committed.
        assertThatThrownBy(() -> f.database.inTransaction(tx -> {
            repository.within(tx).insertDays(f.eventId, a101.id(), siemens.id(), List.of(DAY1, DAY2, DAY3), ExhibitorFixture.NINE);
            return null;
        })).isInstanceOf(BoothRepository.DayTakenException.class);
        assertThat(f.booths.bookingsOfBooth(a101.id())).containsExactly(new Booking(a101.id(), estun.id(), DAY2, DAY2));
    }

    @Test
    void aBoothOfOneEventCannotBeBookedForAnExhibitorOfAnother() {
        long other = new org.conferencedesk.events.EventRepository(f.database.dsl())
                .insert(org.conferencedesk.events.Event.named("WIMC 2021")).id();
        Exhibitor elsewhere = f.service.save(Exhibitor.named(other, "沈阳新松机器人自动化股份有限公司"));

        assertThatThrownBy(() -> f.booths.book(f.eventId, a101.id(), elsewhere.id(), DAY1, DAY1))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.key()).isEqualTo("exhibitor.gone"));
        // And the database refuses the mix too (composite foreign keys on event_id).
        assertThatThrownBy(() -> f.database.dsl().execute(
                "INSERT INTO booking_day (event_id, booth_id, held_on, exhibitor_id, booked_at) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)",
                f.eventId, a101.id(), DAY1, elsewhere.id())).isInstanceOf(org.jooq.exception.DataAccessException.class);
    }

    @Test
    void daysOutsideTheEventOrOutOfOrderAreRefused() {
        assertThatThrownBy(() -> f.booths.book(f.eventId, a101.id(), estun.id(), DAY3, LocalDate.of(2020, 11, 29)))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("日期 2020-11-28–2020-11-29 不全在“2020 World Intelligent Manufacturing Conference”会期"
                                + "（2020-11-26–2020-11-28）内；请选择会期内的日期。"));
        assertThatThrownBy(() -> f.booths.book(f.eventId, a101.id(), estun.id(), DAY2, DAY1))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.key()).isEqualTo("booking.daysOrder"));
        assertThat(f.booths.bookings(f.eventId)).isEmpty();
    }

    @Test
    void anEventWithoutDatesCannotBeBookedUntilItHasThem() {
        long undated = new org.conferencedesk.events.EventRepository(f.database.dsl())
                .insert(org.conferencedesk.events.Event.named("WIMC 2021")).id();
        Hall h = f.booths.saveHall(Hall.of(undated, "1", "1号馆"));
        Booth b = f.booths.saveBooth(Booth.of(undated, h.id(), "1-001", BoothKind.STANDARD, new java.math.BigDecimal("9")));
        Exhibitor e = f.service.save(Exhibitor.named(undated, "徐工集团"));

        assertThatThrownBy(() -> f.booths.bookForEvent(undated, b.id(), e.id()))
                .isInstanceOfSatisfying(ExhibitorException.class, x -> assertThat(x.sentence(Locale.ENGLISH))
                        .isEqualTo("The event “WIMC 2021” has no dates yet: enter its first and last day, then book booths."));
    }

    @Test
    void aCloudOnlyExhibitorHoldsNoBoothAndOneHoldingBoothsCannotBecomeCloudOnly() {
        Exhibitor cloud = f.service.save(Exhibitor.named(f.eventId, "云上智造科技有限公司").withMode(ExhibitionMode.CLOUD));
        assertThatThrownBy(() -> f.booths.bookForEvent(f.eventId, a101.id(), cloud.id()))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.key()).isEqualTo("booking.cloudOnly"));

        f.booths.bookForEvent(f.eventId, a101.id(), estun.id());
        assertThatThrownBy(() -> f.service.save(f.service.find(estun.id()).orElseThrow().withMode(ExhibitionMode.CLOUD)))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.sentence(Locale.ENGLISH)).isEqualTo(
                        "南京埃斯顿自动化股份有限公司 holds booth(s) A-101; release them before making it a cloud-only exhibitor."));
        assertThat(f.service.find(estun.id()).orElseThrow().mode()).isEqualTo(ExhibitionMode.ON_SITE);
        // On site and cloud keeps its booth.
        assertThat(f.service.save(f.service.find(estun.id()).orElseThrow().withMode(ExhibitionMode.BOTH)).mode())
                .isEqualTo(ExhibitionMode.BOTH);
    }

    @Test
    void releasingSomeDaysKeepsTheOthersAndIsAudited() {
        f.booths.bookForEvent(f.eventId, a101.id(), estun.id());

        assertThat(f.booths.release(f.eventId, a101.id(), estun.id(), DAY2, DAY2)).isEqualTo(1);
        assertThat(f.booths.release(f.eventId, a101.id(), siemens.id(), DAY1, DAY3)).isZero();

        assertThat(f.booths.bookingsOfBooth(a101.id())).containsExactly(
                new Booking(a101.id(), estun.id(), DAY1, DAY1), new Booking(a101.id(), estun.id(), DAY3, DAY3));
        List<AuditEntry> entries = f.auditOf(ExhibitorAudit.BOOKING);
        assertThat(entries).extracting(AuditEntry::action).containsExactly(AuditAction.CREATED, AuditAction.DELETED);
        AuditEntry released = entries.get(1);
        assertThat(released.recordId()).isEqualTo(a101.id());
        assertThat(released.summary()).isEqualTo("A-101 · 南京埃斯顿自动化股份有限公司");
        assertThat(released.changes()).extracting(c -> c.field() + "=" + c.before()).containsExactly(
                "hall=5", "booth=A-101", "exhibitor=南京埃斯顿自动化股份有限公司", "exhibitorId=" + estun.id(),
                "firstDay=2020-11-27", "lastDay=2020-11-27");
        // The booth is free on the 27th for another exhibitor.
        f.booths.book(f.eventId, a101.id(), siemens.id(), DAY2, DAY2);
    }

    @Test
    void listenersHearOfEveryBookingAndRelease() {
        f.booths.bookForEvent(f.eventId, a101.id(), estun.id());
        f.booths.release(f.eventId, a101.id(), estun.id(), DAY1, DAY3);

        // The booth (the plan redraws it) and its holder (whose fee changed), each time.
        assertThat(f.boothChanges).containsExactly(new RecordChange.Saved<>(f.eventId, List.of(a101)),
                new RecordChange.Saved<>(f.eventId, List.of(a101)));
        assertThat(f.exhibitorChanges).containsExactly(new RecordChange.Saved<>(f.eventId, List.of(estun)),
                new RecordChange.Saved<>(f.eventId, List.of(estun)));
    }

    @Test
    void aBookedBoothOrHallCannotBeDeletedAndDeletingTheExhibitorReleasesItsBooths() {
        f.booths.bookForEvent(f.eventId, a101.id(), estun.id());

        assertThatThrownBy(() -> f.booths.deleteBooth(f.eventId, a101.id()))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("无法删除展位 A-101：已由南京埃斯顿自动化股份有限公司预订。请先释放该展位。"));
        assertThatThrownBy(() -> f.booths.deleteHall(f.eventId, hall.id()))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.key()).isEqualTo("hall.booked"));

        assertThat(f.service.delete(f.eventId, estun.id())).isTrue();

        assertThat(f.booths.bookings(f.eventId)).isEmpty();
        assertThat(f.auditOf(ExhibitorAudit.BOOKING)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATED, AuditAction.DELETED);
        assertThat(f.booths.deleteBooth(f.eventId, a101.id())).isTrue();
    }

    @Test
    void fourDesksBookingTheSameBoothAtOnceLeaveExactlyOneHolderAndNameItToTheOthers() throws Exception {
        // Generous, so that a slow machine makes the desks wait for each other rather than time out (H2's
        // default is 1 s; PostgreSQL waits for a lock as long as it takes unless told otherwise).
        if (backend == TestDatabases.Backend.H2) {
            f.database.dsl().execute("SET DEFAULT_LOCK_TIMEOUT 30000");
        }
        List<Exhibitor> desks = new java.util.ArrayList<>();
        for (String name : List.of("徐工集团", "三一重工", "中联重科", "柳工机械")) {
            desks.add(f.exhibitor(name));
        }
        List<AtOnce.Outcome<Booking>> outcomes = AtOnce.run(desks.stream()
                .map(desk -> (java.util.concurrent.Callable<Booking>) () -> f.booths.bookForEvent(f.eventId, a101.id(), desk.id()))
                .toList());
        List<Booking> won = new java.util.ArrayList<>();
        List<String> refusals = new java.util.ArrayList<>();
        for (AtOnce.Outcome<Booking> outcome : outcomes) {
            if (outcome.succeeded()) {
                won.add(outcome.value());
            } else {
                ExhibitorException refused = (ExhibitorException) outcome.failure();
                refusals.add(refused.key() + " " + refused.sentence(Locale.ENGLISH));
            }
        }

        assertThat(won).hasSize(1);
        String holder = desks.stream().filter(d -> d.id() == won.get(0).exhibitorId()).findFirst().orElseThrow().companyName();
        assertThat(refusals).hasSize(3).allSatisfy(r -> assertThat(r).isEqualTo("booking.taken Booth A-101 is already held by "
                + holder + " (2020-11-26–2020-11-28). Choose other days or another booth."));
        assertThat(f.booths.bookingsOfBooth(a101.id())).containsExactly(won.get(0));
    }
}
