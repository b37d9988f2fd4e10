package org.conferencedesk.guests.ui;

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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.FxClicks;
import org.conferencedesk.shared.FxTestTaskExecutor;
import org.conferencedesk.shared.RecordingDialogs;
import org.conferencedesk.storage.Database;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The guests screen used as a user would: typing in the search field, keys, the bulk buttons, reading the table back. */
@ExtendWith(ApplicationExtension.class)
class GuestsViewTest {

    private Database database;
    private GuestService service;
    private LiveGuests live;
    private GuestsViewModel model;
    private long eventId;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        database = Database.openInMemory(UUID.randomUUID().toString());
        eventId = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
        service = new GuestService(database);
        service.addAll(eventId, List.of(
                guest("张三", "Zhang San", "南京智能制造研究院", GuestCategory.ACADEMICIAN),
                guest("李四", null, "江苏省工业和信息化厅", GuestCategory.GOVERNMENT_OFFICIAL),
                guest("王五", null, "华东机器人有限公司", GuestCategory.ENTERPRISE_REPRESENTATIVE),
                guest("赵六", null, "东南大学", GuestCategory.EXPERT),
                guest("阿明", null, "新华社", GuestCategory.MEDIA)), "test");
        FxTestTaskExecutor executor = new FxTestTaskExecutor();
        live = new LiveGuests(service, executor);
        live.show(eventId);
        GuestWords words = new GuestWords(Locale.ENGLISH);
        model = new GuestsViewModel(live, service, executor, dialogs, words,
                Clock.fixed(Instant.parse("2020-11-26T01:15:00Z"), ZoneOffset.UTC));
        GuestFormViewModel form = new GuestFormViewModel(service, executor, dialogs, words);
        form.startNew(eventId);
        Parent view = GuestsView.load(model, form);
        model.attach();
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        live.close();
        database.close();
    }

    private Guest guest(String name, String other, String organisation, GuestCategory category) {
        return new Guest(null, eventId, name, other, null, organisation, null, category, null, Attendance.ON_SITE,
                InvitationStatus.NOT_INVITED, null, null, null, null, null);
    }

    /** The text a table cell shows, by row and column id. */
    private static String cellText(FxRobot robot, int row, String column) {
        return robot.lookup("#guestsTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == row && c.getTableColumn() != null && column.equals(c.getTableColumn().getId()))
                .map(TableCell::getText).findFirst().orElse(null);
    }

    private static TableView<?> table(FxRobot robot) {
        return robot.lookup("#guestsTable").queryAs(TableView.class);
    }

    @Test
    void typingPinyinInitialsInTheSearchFieldLeavesZhangSan(FxRobot robot) {
        FxClicks.clickOn(robot, "#guestsTable");
        robot.push(KeyCode.CONTROL, KeyCode.F);
        assertThat(robot.lookup("#guestFilterField").queryAs(TextField.class).isFocused()).isTrue();

        robot.write("zs");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table(robot).getItems()).hasSize(1);
        assertThat(cellText(robot, 0, "fullNameColumn")).isEqualTo("张三");
        assertThat(cellText(robot, 0, "organisationColumn")).isEqualTo("南京智能制造研究院");
        assertThat(robot.lookup("#guestShownLabel").queryAs(Label.class).getText()).isEqualTo("Showing 1 of 5 guests");

        robot.push(KeyCode.CONTROL, KeyCode.A).write("zhang");
        assertThat(cellText(robot, 0, "fullNameColumn")).isEqualTo("张三");
        robot.push(KeyCode.CONTROL, KeyCode.A).type(KeyCode.BACK_SPACE);
        assertThat(table(robot).getItems()).hasSize(5);
    }

    @Test
    void clickingTheNameHeaderSortsByPinyinAndAgainBackwards(FxRobot robot) {
        javafx.scene.Node header = robot.lookup("#guestsTable .column-header").queryAll().stream()
                .filter(n -> n.getId() != null && n.getId().equals("fullNameColumn")).findFirst().orElseThrow();
        FxClicks.clickOn(robot, header);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(names(robot)).containsExactly("阿明", "李四", "王五", "张三", "赵六");

        FxClicks.clickOn(robot, header);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(robot)).containsExactly("赵六", "张三", "王五", "李四", "阿明");

        // While sorted, a search keeps the order.
        robot.push(KeyCode.CONTROL, KeyCode.F).write("南京");
        assertThat(table(robot).getItems()).hasSize(1);
    }

    private static List<String> names(FxRobot robot) {
        return List.of(cellText(robot, 0, "fullNameColumn"), cellText(robot, 1, "fullNameColumn"),
                cellText(robot, 2, "fullNameColumn"), cellText(robot, 3, "fullNameColumn"), cellText(robot, 4, "fullNameColumn"));
    }

    @Test
    void markingASelectionConfirmedShowsInTheTableAndTheFigures(FxRobot robot) {
        FxClicks.clickOn(robot, "李四");
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selection()).extracting(GuestRow::toString).containsExactly("李四", "王五");

        FxClicks.clickOn(robot, "#guestConfirmedButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cellText(robot, 1, "invitationStatusColumn")).isEqualTo("Confirmed");
        assertThat(cellText(robot, 2, "invitationStatusColumn")).isEqualTo("Confirmed");
        assertThat(cellText(robot, 0, "invitationStatusColumn")).isEqualTo("Not invited");
        assertThat(service.totals(eventId).byInvitationStatus()).containsEntry(InvitationStatus.CONFIRMED, 2);
        assertThat(robot.lookup("#guestStatusTable .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == 2 && c.getTableColumn() != null && "statusCountColumn".equals(c.getTableColumn().getId()))
                .map(TableCell::getText).findFirst().orElse(null)).isEqualTo("2");

        FxClicks.clickOn(robot, "#guestCheckInButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellText(robot, 1, "checkedInAtColumn")).isEqualTo("11-26 09:15");
        assertThat(robot.lookup("#guestHeadlineLabel").queryAs(Label.class).getText()).isEqualTo("5 guests · 2 checked in");
    }

    @Test
    void ctrlNTypingAndEnterAddsAGuestAndABadEmailIsRefusedWithItsMessage(FxRobot robot) {
        FxClicks.clickOn(robot, "#guestsTable");
        robot.push(KeyCode.CONTROL, KeyCode.N);
        assertThat(robot.lookup("#guestFullNameField").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("约翰·史密斯");
        robot.type(KeyCode.TAB).write("John Smith");
        FxClicks.clickOn(robot, "#guestEmailField");
        robot.write("john.smith");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#guestEmailMessage").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).startsWith("The E-mail “john.smith” is not an e-mail address");
        assertThat(Decorator.getDecorations(robot.lookup("#guestEmailField").queryAs(TextField.class))).isNotEmpty();
        assertThat(service.list(eventId)).hasSize(5);

        robot.write("@acme.example");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(message.isVisible()).isFalse();
        assertThat(service.list(eventId)).hasSize(6).last().satisfies(g -> {
            assertThat(g.fullName()).isEqualTo("约翰·史密斯");
            assertThat(g.otherName()).isEqualTo("John Smith");
            assertThat(g.email()).isEqualTo("john.smith@acme.example");
        });
        assertThat(cellText(robot, 5, "fullNameColumn")).isEqualTo("约翰·史密斯");
        assertThat(robot.lookup("#guestFormTitle").queryAs(Label.class).getText()).isEqualTo("Guest: 约翰·史密斯");
    }

    @Test
    void escapeThrowsAwayTypingAndDeleteAsksFirst(FxRobot robot) {
        FxClicks.clickOn(robot, "赵六");
        TextField name = robot.lookup("#guestFullNameField").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("赵六");
        FxClicks.clickOn(robot, name);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("赵七");
        robot.type(KeyCode.ESCAPE);
        assertThat(name.getText()).isEqualTo("赵六");

        FxClicks.clickOn(robot, "赵六");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.questions).containsExactly("Delete the guest “赵六”? This cannot be undone.");
        assertThat(service.list(eventId)).extracting(Guest::fullName).doesNotContain("赵六");
        assertThat(table(robot).getItems()).hasSize(4);
        assertThat(name.getText()).isEmpty();
    }
}
