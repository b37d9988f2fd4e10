package org.conferencedesk.guests.ui;

import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestRow;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.guests.InvitationStatus;
import org.conferencedesk.guests.LiveGuests;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.MovingClock;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The check-in desk's model without a window. */
class CheckInDeskViewModelTest {

    private Database database;
    private GuestService service;
    private LiveGuests live;
    private CheckInDeskViewModel desk;
    private long eventId;
    private final MovingClock clock = new MovingClock(Instant.parse("2020-11-26T01:15:00Z"));

    @BeforeEach
    void open() {
        database = Database.openInMemory(UUID.randomUUID().toString());
        eventId = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
        service = new GuestService(database);
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        live = new LiveGuests(service, executor);
        service.addAll(eventId, List.of(named("张三", "13800138000"), named("张珊", null), named("李四", null),
                named("王五", null)), "test");
        live.show(eventId);
        desk = new CheckInDeskViewModel(live, service, executor, new GuestWords(Locale.SIMPLIFIED_CHINESE), clock);
        desk.attach();
    }

    @AfterEach
    void close() {
        desk.detach();
        live.close();
        database.close();
    }

    private Guest named(String name, String phone) {
        return new Guest(null, eventId, name, null, null, "南京大学", null, GuestCategory.EXPERT, null, Attendance.ON_SITE,
                InvitationStatus.CONFIRMED, null, null, phone, null, null);
    }

    @Test
    void typingListsMatchesWithTheFirstChosenAndArrowsMoveTheChoice() {
        desk.queryProperty().set("zs");
        assertThat(desk.matches()).extracting(GuestRow::toString).containsExactly("张三", "张珊");
        assertThat(desk.chosenIndexProperty().get()).isZero();

        desk.move(1);
        desk.move(1);
        assertThat(desk.chosenIndexProperty().get()).isEqualTo(1);
        desk.move(-1);
        assertThat(desk.chosenIndexProperty().get()).isZero();

        desk.queryProperty().set("8000");
        assertThat(desk.matches()).extracting(GuestRow::toString).containsExactly("张三");
        desk.queryProperty().set("");
        assertThat(desk.matches()).isEmpty();
        assertThat(desk.chosenIndexProperty().get()).isEqualTo(-1);
    }

    @Test
    void enterChecksInTheChosenGuestClearsTheFieldAndCounts() {
        assertThat(desk.countTextProperty().get()).isEqualTo("已签到 0 / 4 位");
        desk.queryProperty().set("zhangshan");
        assertThat(desk.matches()).extracting(GuestRow::toString).containsExactly("张珊");

        assertThat(desk.checkInChosen()).isTrue();

        assertThat(desk.resultTextProperty().get()).isEqualTo("✔ 张珊 签到成功 09:15");
        assertThat(desk.outcomeProperty().get()).isEqualTo(CheckInDeskViewModel.Outcome.CHECKED_IN);
        assertThat(desk.queryProperty().get()).isEmpty();
        assertThat(desk.countTextProperty().get()).isEqualTo("已签到 1 / 4 位");
        assertThat(service.list(eventId).stream().filter(g -> g.fullName().equals("张珊")).findFirst().orElseThrow()
                .checkedInAt()).isEqualTo(Instant.parse("2020-11-26T01:15:00Z"));
    }

    @Test
    void aGuestCheckedInTwiceIsFlaggedWithTheFirstTimeAndCountedOnce() {
        desk.queryProperty().set("李四");
        desk.checkInChosen();
        clock.set(Instant.parse("2020-11-26T02:40:00Z"));

        desk.queryProperty().set("李四");
        assertThat(desk.checkedInNote(desk.matches().get(0))).isEqualTo("已于 09:15 签到");
        desk.checkInChosen();

        assertThat(desk.outcomeProperty().get()).isEqualTo(CheckInDeskViewModel.Outcome.ALREADY_CHECKED_IN);
        assertThat(desk.resultTextProperty().get()).isEqualTo("⚠ 李四 已于 09:15 签到，不重复计数。");
        assertThat(live.totals().checkedIn()).isEqualTo(1);
        assertThat(service.totals(eventId).checkedIn()).isEqualTo(1);
        assertThat(desk.countTextProperty().get()).isEqualTo("已签到 1 / 4 位");
    }

    @Test
    void undoTakesBackTheLastCheckInOnly() {
        desk.queryProperty().set("王五");
        desk.checkInChosen();
        desk.queryProperty().set("李四");
        desk.checkInChosen();
        assertThat(desk.canUndoProperty().get()).isTrue();

        desk.undoLast();

        assertThat(desk.resultTextProperty().get()).isEqualTo("↶ 已撤销 李四 的签到。");
        assertThat(live.totals().checkedIn()).isEqualTo(1);
        assertThat(live.rows()).filteredOn(r -> r.guest().isCheckedIn()).extracting(GuestRow::toString).containsExactly("王五");
        desk.undoLast();
        assertThat(live.totals().checkedIn()).isZero();
        assertThat(desk.canUndoProperty().get()).isFalse();
    }

    @Test
    void anExactNameOrPinyinComesBeforeLongerNamesThatStartTheSame() {
        service.save(named("李思远", null));
        desk.queryProperty().set("li");
        desk.queryProperty().set("lis");
        desk.queryProperty().set("lisi");

        assertThat(desk.matches()).extracting(GuestRow::toString).containsExactly("李四", "李思远");
        assertThat(desk.chosenIndexProperty().get()).isZero();
    }

    @Test
    void theNextNameTypedWhileTheCheckInIsWrittenIsKept() {
        List<Runnable> later = new java.util.ArrayList<>();
        org.conferencedesk.shared.TaskExecutor slow = new org.conferencedesk.shared.TaskExecutor() {
            @Override
            public <T> void execute(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                    java.util.function.Consumer<Throwable> onFailure) {
                later.add(() -> {
                    try {
                        onSuccess.accept(work.call());
                    } catch (Exception e) {
                        onFailure.accept(e);
                    }
                });
            }

            @Override
            public void runOnUiThread(Runnable action) {
                action.run();
            }
        };
        CheckInDeskViewModel busyDesk = new CheckInDeskViewModel(live, service, slow, new GuestWords(Locale.SIMPLIFIED_CHINESE), clock);
        busyDesk.attach();
        busyDesk.queryProperty().set("李四");
        busyDesk.checkInChosen();
        busyDesk.queryProperty().set("wang");

        later.forEach(Runnable::run);

        assertThat(busyDesk.resultTextProperty().get()).isEqualTo("✔ 李四 签到成功 09:15");
        assertThat(busyDesk.queryProperty().get()).isEqualTo("wang");
        assertThat(busyDesk.matches()).extracting(GuestRow::toString).containsExactly("王五");
        busyDesk.detach();
    }

    @Test
    void anotherEventStartsWithNothingToUndo() {
        desk.queryProperty().set("王五");
        desk.checkInChosen();
        long other = new EventRepository(database.dsl()).insert(Event.named("WIMC 2021")).id();

        live.show(other);

        assertThat(desk.canUndoProperty().get()).isFalse();
        assertThat(desk.resultTextProperty().get()).isEmpty();
        assertThat(desk.countTextProperty().get()).isEqualTo("已签到 0 / 0 位");
    }

    @Test
    void timesAreSaidInTheEventsZone() {
        desk.zoneProperty().set(ZoneId.of("Europe/Berlin"));
        desk.queryProperty().set("王五");
        desk.checkInChosen();
        assertThat(desk.resultTextProperty().get()).isEqualTo("✔ 王五 签到成功 02:15");
    }
}
