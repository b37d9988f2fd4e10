package org.conferencedesk.guests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.shared.FxClicks;
import org.conferencedesk.shared.FxTestTaskExecutor;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.ui.FxDialogs;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A stale edit in the real window (issue 16, decision 0028): the guest form holds 张三 while another
 * laptop saves him; the form's save is refused and the merge dialog shows both copies field by
 * field, the differences marked and preset (the other laptop's notes, the user's title; the
 * organisation both changed); the user takes the database's organisation, keeps the rest and saves:
 * the merged guest lands, nothing typed lost.
 */
@ExtendWith(ApplicationExtension.class)
class StaleGuestMergeFxTest {

    private Stage stage;
    private Database database;
    private GuestService office;
    private GuestService otherLaptop;
    private GuestFormViewModel form;
    private long eventId;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        database = TestDatabases.open(TestDatabases.Backend.H2);
        eventId = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
        office = new GuestService(database);
        otherLaptop = new GuestService(database);
        GuestWords words = new GuestWords(Locale.ENGLISH);
        form = new GuestFormViewModel(office, new FxTestTaskExecutor(), new FxDialogs(() -> this.stage,
                Messages.of("shared", Locale.ENGLISH)), words);
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theSecondSaveShowsBothCopiesAndTheMergedValuesLand(FxRobot robot) throws Exception {
        Guest zhang = office.save(Guest.named(eventId, "张三").withNotes(null));
        robot.interact(() -> form.edit(zhang));

        // Another laptop saves 张三 meanwhile: a new organisation and a note.
        Guest there = otherLaptop.save(new Guest(zhang.id(), eventId, "张三", null, null, "东南大学", null, zhang.category(),
                null, zhang.attendance(), zhang.invitationStatus(), null, null, null, null, "坐第一排", zhang.version()));

        // Here the user types a title and another organisation.
        robot.interact(() -> {
            form.textProperty(GuestField.TITLE).set("院士");
            form.textProperty(GuestField.ORGANISATION).set("南京大学");
        });
        Platform.runLater(form::save); // the dialog waits for the user: not inside interact
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#mergeSave").tryQuery().isPresent());

        RadioButton titleMine = radio(robot, "院士");
        RadioButton organisationMine = radio(robot, "南京大学");
        RadioButton organisationThere = radio(robot, "东南大学");
        RadioButton notesThere = radio(robot, "坐第一排");
        assertThat(titleMine.isSelected()).as("only the user changed the title").isTrue();
        assertThat(notesThere.isSelected()).as("only the other laptop changed the notes").isTrue();
        assertThat(organisationMine.isSelected()).as("both changed it: the user's typing is kept unless they choose").isTrue();
        assertThat(organisationThere.getStyle()).contains("#fff3cd");
        // The full name is the same on both sides: shown, not offered as a choice.
        assertThat(robot.lookup(".radio-button").queryAll().stream().map(n -> ((RadioButton) n).getText()))
                .doesNotContain("张三");

        FxClicks.clickOn(robot, organisationThere);
        FxClicks.clickOn(robot, "#mergeSave");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> office.find(zhang.id()).orElseThrow().version() == there.version() + 1);

        Guest merged = office.find(zhang.id()).orElseThrow();
        assertThat(merged.title()).isEqualTo("院士");
        assertThat(merged.organisation()).isEqualTo("东南大学");
        assertThat(merged.notes()).isEqualTo("坐第一排");
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.lastSavedProperty().get()).isEqualTo(merged);
    }

    private static RadioButton radio(FxRobot robot, String text) {
        Node found = robot.lookup(".radio-button").queryAll().stream()
                .filter(n -> text.equals(((RadioButton) n).getText())).findFirst().orElseThrow(() -> new AssertionError("no choice " + text));
        return (RadioButton) found;
    }
}
