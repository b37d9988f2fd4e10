package org.conferencedesk.guests.ui;

import org.conferencedesk.shared.ui.RecordTableViewModel;
import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestRow;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.guests.InvitationStatus;
import org.conferencedesk.guests.LiveGuests;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.RecordingDialogs;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guests screen's model without a window: search, filters, pinyin order, bulk actions and figures. */
class GuestsViewModelTest {

    private static final Instant NINE_FIFTEEN_IN_NANJING = Instant.parse("2020-11-26T01:15:00Z");

    private Database database;
    private GuestService service;
    private LiveGuests live;
    private GuestsViewModel model;
    private long eventId;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void open() {
        database = Database.openInMemory(UUID.randomUUID().toString());
        eventId = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
        service = new GuestService(database);
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        live = new LiveGuests(service, executor);
        model = new GuestsViewModel(live, service, executor, dialogs, new GuestWords(Locale.SIMPLIFIED_CHINESE),
                Clock.fixed(NINE_FIFTEEN_IN_NANJING, ZoneOffset.UTC));
        service.addAll(eventId, List.of(
                guest("张三", "Zhang San", "南京智能制造研究院", GuestCategory.ACADEMICIAN, Attendance.ON_SITE),
                guest("李四", null, "江苏省工业和信息化厅", GuestCategory.GOVERNMENT_OFFICIAL, Attendance.ONLINE),
                guest("王五", null, "华东机器人有限公司", GuestCategory.ENTERPRISE_REPRESENTATIVE, Attendance.ON_SITE),
                guest("赵六", null, "东南大学", GuestCategory.EXPERT, Attendance.ON_SITE),
                guest("阿明", null, "新华社", GuestCategory.MEDIA, Attendance.ONLINE),
                guest("约翰·史密斯", "John Smith", "Acme Robotics", GuestCategory.EXPERT, Attendance.ON_SITE)), "test");
        live.show(eventId);
        model.attach();
    }

    @AfterEach
    void close() {
        model.detach();
        live.close();
        database.close();
    }

    private Guest guest(String name, String other, String organisation, GuestCategory category, Attendance attendance) {
        return new Guest(null, eventId, name, other, null, organisation, null, category, null, attendance,
                InvitationStatus.NOT_INVITED, null, null, null, null, null);
    }

    private List<String> shownNames() {
        return model.guests().stream().map(r -> r.guest().fullName()).toList();
    }

    private GuestRow row(String name) {
        return live.rows().stream().filter(r -> r.guest().fullName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void searchFindsZhangSanByPinyinInitialsAndCharacters() {
        for (String query : List.of("zhang", "zs", "张", "ZHANG", "zhang san", "研究院")) {
            model.filterTextProperty().set(query);
            assertThat(shownNames()).as(query).containsExactly("张三");
        }
        model.filterTextProperty().set("smith");
        assertThat(shownNames()).containsExactly("约翰·史密斯");
        model.filterTextProperty().set("");
        assertThat(shownNames()).hasSize(6);
        assertThat(model.shownTextProperty().get()).isEqualTo("显示 6 / 6 位嘉宾");
    }

    @Test
    void nameColumnOrderIsPinyinNotCodePoints() {
        Comparator<GuestRow> byName = GuestRow::compareNames;
        model.orderProperty().set(byName);

        assertThat(shownNames()).containsExactly("阿明", "李四", "王五", "约翰·史密斯", "张三", "赵六");
    }

    @Test
    void filtersByCategoryAttendanceAndStatusCombine() {
        model.categoryFilterProperty().set(model.categoryChoices().stream()
                .filter(c -> c.value() == GuestCategory.EXPERT).findFirst().orElseThrow());
        assertThat(shownNames()).containsExactly("赵六", "约翰·史密斯");

        model.filterTextProperty().set("dongnan");
        assertThat(shownNames()).isEmpty();
        model.filterTextProperty().set("东南");
        assertThat(shownNames()).containsExactly("赵六");

        model.filterTextProperty().set("");
        model.categoryFilterProperty().set(model.categoryChoices().get(0));
        model.attendanceFilterProperty().set(model.attendanceChoices().stream()
                .filter(c -> c.value() == Attendance.ONLINE).findFirst().orElseThrow());
        assertThat(shownNames()).containsExactly("李四", "阿明");
        assertThat(model.shownTextProperty().get()).isEqualTo("显示 2 / 6 位嘉宾");
        assertThat(model.categoryChoices()).extracting(RecordTableViewModel.Choice::label)
                .containsExactly("全部类别", "院士", "专家", "企业代表", "政府官员", "媒体", "其他");
    }

    @Test
    void bulkStatusChangeUpdatesRowsFiltersAndTotals() {
        model.selection().setAll(row("张三"), row("李四"));

        model.setStatusOfSelection(InvitationStatus.CONFIRMED);

        assertThat(row("张三").guest().invitationStatus()).isEqualTo(InvitationStatus.CONFIRMED);
        assertThat(live.totals().byInvitationStatus()).containsEntry(InvitationStatus.CONFIRMED, 2)
                .containsEntry(InvitationStatus.NOT_INVITED, 4);
        assertThat(model.summary().byStatus()).contains(new GuestSummaryViewModel.NamedCount("已确认", 2),
                new GuestSummaryViewModel.NamedCount("未邀请", 4));
        model.statusFilterProperty().set(model.statusChoices().stream()
                .filter(c -> c.value() == InvitationStatus.CONFIRMED).findFirst().orElseThrow());
        assertThat(shownNames()).containsExactly("张三", "李四");
        // The selection follows the stored rows.
        assertThat(model.selection()).extracting(r -> r.guest().invitationStatus())
                .containsOnly(InvitationStatus.CONFIRMED);
        assertThat(service.totals(eventId).byInvitationStatus()).isEqualTo(live.totals().byInvitationStatus());
    }

    @Test
    void bulkCheckInCountsEachGuestOnceAndShowsTheTimeInShanghai() {
        model.selection().setAll(row("张三"));
        model.checkInSelection();
        model.selection().setAll(row("张三"), row("王五"));
        model.checkInSelection();

        assertThat(live.totals().checkedIn()).isEqualTo(2);
        assertThat(model.summary().headlineProperty().get()).isEqualTo("嘉宾 6 位 · 已签到 2 位");
        assertThat(model.checkedInText(row("张三").guest().checkedInAt())).isEqualTo("11-26 09:15");
        assertThat(model.checkedInFullText(row("张三").guest().checkedInAt())).isEqualTo("2020-11-26 09:15");
    }

    @Test
    void deleteAsksNamingTheGuestAndKeepsEverythingOnNo() {
        model.selection().setAll(row("赵六"));
        dialogs.answer = false;
        assertThat(model.deleteSelection()).isFalse();
        assertThat(live.rows()).hasSize(6);

        dialogs.answer = true;
        assertThat(model.deleteSelection()).isTrue();

        assertThat(dialogs.questions).containsExactly("删除嘉宾“赵六”？此操作无法撤销。", "删除嘉宾“赵六”？此操作无法撤销。");
        assertThat(shownNames()).doesNotContain("赵六").hasSize(5);
        assertThat(model.selection()).isEmpty();
        assertThat(live.totals().total()).isEqualTo(5);
        assertThat(live.totals().byCategory()).containsEntry(GuestCategory.EXPERT, 1);
    }

    @Test
    void liveListReplacesOnlyTheSavedRowAndKeepsIdOrder() {
        GuestRow before = row("王五");
        GuestRow untouched = row("李四");
        Guest edited = service.save(new Guest(before.id(), eventId, "王五", "Wang Wu", null, "华东机器人有限公司", null,
                GuestCategory.ENTERPRISE_REPRESENTATIVE, "A", Attendance.ON_SITE, InvitationStatus.INVITED, null,
                null, null, null, null));
        Guest added = service.save(Guest.named(eventId, "钱七"));

        assertThat(row("王五").guest()).isEqualTo(edited);
        assertThat(row("李四")).isSameAs(untouched);
        assertThat(live.rows()).extracting(GuestRow::id).isSorted();
        assertThat(live.rows().get(live.rows().size() - 1).guest()).isEqualTo(added);
        model.filterTextProperty().set("wangwu");
        assertThat(shownNames()).containsExactly("王五");
        assertThat(live.totals()).isEqualTo(service.totals(eventId));
    }
}
