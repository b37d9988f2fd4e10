package org.conferencedesk.app.ui;

import org.conferencedesk.shared.FxClicks;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.events.Event;
import org.conferencedesk.storage.Database;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as a user meets it on a fresh database: first event, header, live status bar, language. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private OpenWindow window;

    @Start
    void start(Stage stage) {
        context = new AppContext(Database.openInMemory("window-" + UUID.randomUUID()));
        window = new OpenWindow(stage, context, OpenWindow.settingsIn(dir));
    }

    @AfterEach
    void close() {
        window.close();
    }

    private String statusText(FxRobot robot) {
        return robot.lookup("#statusContracts").queryAs(Label.class).getText();
    }

    private void createFirstEvent(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        FxClicks.clickOn(robot, "#eventName");
        robot.write(name);
        FxClicks.clickOn(robot, "#eventFormOk");
        WaitForAsyncUtils.waitForFxEvents();
        // The event is created in the background; on a busy machine that takes longer than one FX pulse.
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                    name.equals(robot.lookup("#eventTitle").queryAs(Label.class).getText())
                            && robot.lookup("#projectNameField").match(org.testfx.util.NodeQueryUtils.isVisible())
                                    .tryQuery().isPresent()).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the event " + name + " and its contracts screen were not shown within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void freshDatabaseAsksForTheFirstEventAndTheHeaderShowsIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#eventFormDialog").tryQuery()).isPresent();
        assertThat(robot.lookup("#eventTitle").queryAs(Label.class).getText()).isEqualTo("No event yet");

        createFirstEvent(robot, "2020 World Intelligent Manufacturing Conference");

        assertThat(robot.lookup("#eventFormDialog").tryQuery()).isEmpty();
        assertThat(robot.lookup("#eventTitle").queryAs(Label.class).getText())
                .isEqualTo("2020 World Intelligent Manufacturing Conference");
        assertThat(robot.lookup("#eventDetails").queryAs(Label.class).getText()).isEqualTo("Nanjing");
        assertThat(context.events().list()).extracting(Event::name).containsExactly("2020 World Intelligent Manufacturing Conference");
    }

    @Test
    void contractSavedInTheBackgroundShowsInTheStatusBar(FxRobot robot) throws InterruptedException {
        createFirstEvent(robot, "WIMC 2020");
        assertThat(statusText(robot)).isEqualTo("Signed 0 · RMB 0 · Planned 0");
        long eventId = context.events().list().get(0).id();

        Thread background = new Thread(() -> context.contracts().save(new Contract(null, eventId, "工业互联网创新中心",
                "宁驰科技", "江宁开发区", "智能制造", "江宁区", new BigDecimal("53630000000.00"), "CNY", null,
                ContractStatus.SIGNED, LocalDate.of(2020, 11, 28), null)));
        background.start();
        background.join();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(statusText(robot)).isEqualTo("Signed 1 · RMB 53.63 billion · Planned 0");
    }

    @Test
    void chineseDateIsReadAndAnUnreadableOneStaysInTheFieldWithAnError(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        FxClicks.clickOn(robot, "#eventName");
        robot.write("WIMC 2020");
        FxClicks.clickOn(robot, "#eventStartDate");
        robot.write("2020年11月26日").type(KeyCode.TAB);
        FxClicks.clickOn(robot, "#eventEndDate");
        robot.write("28 Nov").press(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents(); // a slow Enter: the picker commits on its release
        robot.release(KeyCode.ENTER);
        FxClicks.clickOn(robot, "#eventVenue");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#eventStartDate").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2020, 11, 26));
        assertThat(robot.lookup("#eventEndDate").queryAs(DatePicker.class).getEditor().getText()).isEqualTo("28 Nov");
        Label error = robot.lookup("#eventEndDateError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("“28 Nov” is not a date.");
        assertThat(robot.lookup("#eventFormOk").query().isDisabled()).isTrue();

        DatePicker end = robot.lookup("#eventEndDate").queryAs(DatePicker.class);
        FxClicks.doubleClickOn(robot, end.getEditor());
        robot.eraseText(6).write("2020/11/28");
        FxClicks.clickOn(robot, "#eventVenue");
        FxClicks.clickOn(robot, "#eventFormOk");
        WaitForAsyncUtils.waitForFxEvents();

        Event created = context.events().list().get(0);
        assertThat(created.startDate()).isEqualTo(LocalDate.of(2020, 11, 26));
        assertThat(created.endDate()).isEqualTo(LocalDate.of(2020, 11, 28));
    }

    @Test
    void enterInTheEndDateCreatesTheEvent(FxRobot robot) {
        FxClicks.clickOn(robot, "#eventName");
        robot.write("WIMC 2020");
        FxClicks.clickOn(robot, "#eventEndDate");
        robot.write("2020/11/28").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#eventFormDialog").tryQuery()).isEmpty();
        assertThat(context.events().list()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("WIMC 2020");
            assertThat(e.endDate()).isEqualTo(LocalDate.of(2020, 11, 28));
        });
    }

    @Test
    void enterOnAFocusedCancelAsksBeforeDroppingTheTypedEvent(FxRobot robot) throws Exception {
        FxClicks.clickOn(robot, "#eventName");
        robot.write("WIMC 2020");
        FxClicks.clickOn(robot, "#eventEndDate");
        robot.write("2020/11/28");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#eventFormDialog").lookup("Cancel").query().requestFocus()).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#eventFormDiscard").tryQuery()).isPresent();
        FxClicks.clickOn(robot, "Keep editing");
        assertThat(robot.lookup("#eventFormDialog").tryQuery()).isPresent();
        assertThat(robot.lookup("#eventName").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("WIMC 2020");

        FxClicks.clickOn(robot, "#eventFormOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.events().list()).extracting(Event::name).containsExactly("WIMC 2020");
    }

    @Test
    void cancellingTheFirstEventSaysWhatToDoAndDisablesContractCommands(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#eventFormDialog").tryQuery()).isEmpty();
        Label text = robot.lookup("#noEventText").queryAs(Label.class);
        assertThat(robot.lookup("#noEventState").query().isVisible()).isTrue();
        assertThat(text.getText()).isEqualTo("No event yet — File › New event… (Ctrl+Shift+N)");
        assertThat(robot.lookup("#newButton").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#toolbarImport").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#tablePlaceholder").queryAs(Label.class).getText()).doesNotContain("Ctrl+N");

        FxClicks.clickOn(robot, "#noEventNewEvent");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#eventFormDialog").tryQuery()).isPresent();
        FxClicks.clickOn(robot, "#eventName");
        robot.write("WIMC 2020").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#eventFormDialog").tryQuery()).isEmpty();
        assertThat(context.events().list()).extracting(Event::name).containsExactly("WIMC 2020");
        assertThat(robot.lookup("#eventTitle").queryAs(Label.class).getText()).isEqualTo("WIMC 2020");
        assertThat(robot.lookup("#noEventState").query().isVisible()).isFalse();
        assertThat(robot.lookup("#newButton").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#toolbarImport").query().isDisabled()).isFalse();
    }

    @Test
    void switchingToChineseRebuildsTheWindowAndKeepsTheEvent(FxRobot robot) {
        createFirstEvent(robot, "WIMC 2020");

        FxClicks.clickOn(robot, "#menuSettings");
        FxClicks.clickOn(robot, "Language");
        FxClicks.clickOn(robot, "中文（简体）");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(statusText(robot)).isEqualTo("已签约 0 个 · 0 元 · 计划 0 个");
        assertThat(robot.lookup("#eventTitle").queryAs(Label.class).getText()).isEqualTo("WIMC 2020");
        assertThat(robot.lookup("#eventDetails").queryAs(Label.class).getText()).isEqualTo("Nanjing");
    }

    @Test
    void switchingLanguageAsksBeforeDroppingTypingInTheContractsForm(FxRobot robot) {
        createFirstEvent(robot, "WIMC 2020");
        FxClicks.clickOn(robot, "#projectNameField");
        robot.write("机器人小镇");

        FxClicks.clickOn(robot, "#menuSettings");
        FxClicks.clickOn(robot, "Language");
        FxClicks.clickOn(robot, "中文（简体）");
        WaitForAsyncUtils.waitForFxEvents();
        FxClicks.clickOn(robot, "#destructiveCancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(statusText(robot)).isEqualTo("Signed 0 · RMB 0 · Planned 0");
        assertThat(robot.lookup("#projectNameField").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("机器人小镇");
    }
}
