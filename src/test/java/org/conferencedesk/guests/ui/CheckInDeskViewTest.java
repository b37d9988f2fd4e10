package org.conferencedesk.guests.ui;

import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.guests.LiveGuests;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.FxClicks;
import org.conferencedesk.shared.FxTestTaskExecutor;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The check-in desk used as the desk would: type, arrows, Enter, Ctrl+Z, reading the labels back. */
@ExtendWith(ApplicationExtension.class)
class CheckInDeskViewTest {

    private Database database;
    private GuestService service;
    private LiveGuests live;
    private long eventId;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        database = Database.openInMemory(UUID.randomUUID().toString());
        eventId = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
        service = new GuestService(database);
        service.addAll(eventId, List.of(Guest.named(eventId, "张三"), Guest.named(eventId, "张珊"),
                Guest.named(eventId, "李四")), "test");
        FxTestTaskExecutor executor = new FxTestTaskExecutor();
        live = new LiveGuests(service, executor);
        live.show(eventId);
        CheckInDeskViewModel desk = new CheckInDeskViewModel(live, service, executor, new GuestWords(Locale.SIMPLIFIED_CHINESE),
                Clock.fixed(Instant.parse("2020-11-26T01:15:00Z"), ZoneOffset.UTC));
        desk.attach();
        stage.setScene(new Scene(CheckInDeskView.load(desk, new GuestWords(Locale.SIMPLIFIED_CHINESE)), 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        live.close();
        database.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void typingArrowAndEnterChecksInTheChosenGuestAndTheFieldIsReadyForTheNext(FxRobot robot) {
        FxClicks.clickOn(robot, "#deskSearchField");
        robot.write("zs");
        ListView<?> matches = robot.lookup("#deskMatchList").queryAs(ListView.class);
        assertThat(matches.getItems()).extracting(Object::toString).containsExactly("张三", "张珊");
        assertThat(matches.getSelectionModel().getSelectedIndex()).isZero();

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#deskResultLabel")).isEqualTo("✔ 张珊 签到成功 09:15");
        assertThat(text(robot, "#deskCountLabel")).isEqualTo("已签到 1 / 3 位");
        TextField field = robot.lookup("#deskSearchField").queryAs(TextField.class);
        assertThat(field.getText()).isEmpty();
        assertThat(field.isFocused()).isTrue();
        assertThat(service.list(eventId)).filteredOn(Guest::isCheckedIn).extracting(Guest::fullName).containsExactly("张珊");

        robot.write("张珊").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#deskResultLabel")).isEqualTo("⚠ 张珊 已于 09:15 签到，不重复计数。");
        assertThat(text(robot, "#deskCountLabel")).isEqualTo("已签到 1 / 3 位");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#deskResultLabel")).isEqualTo("↶ 已撤销 张珊 的签到。");
        assertThat(text(robot, "#deskCountLabel")).isEqualTo("已签到 0 / 3 位");
        assertThat(service.list(eventId)).noneMatch(Guest::isCheckedIn);
    }
}
