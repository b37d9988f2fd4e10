package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.FxClicks;
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

/** The window with the 2020 edition's contracts and 40 guests, in Chinese: tabs, status bar, check-in desk. */
@ExtendWith(ApplicationExtension.class)
class GuestsWindowFxTest {

    @TempDir
    static Path dir;

    private OpenWindow window;
    private AppContext context;
    private Event wimc;

    @Start
    void start(Stage stage) {
        context = new AppContext(Database.openInMemory("guests-window-" + UUID.randomUUID()));
        wimc = context.events().create(new Event(null, "2020世界智能制造大会", "WIMC 2020", "南京", "南京国际博览中心",
                LocalDate.of(2020, 11, 26), LocalDate.of(2020, 11, 28), Event.DEFAULT_TIME_ZONE));
        context.guests().addAll(wimc.id(), SeedGuests.guests(wimc.id()), "test");
        window = new OpenWindow(stage, context, OpenWindow.chineseOnSample(context, wimc, dir));
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void importGuestsHasAShortcutLikeImportContracts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);

        java.util.Map<String, String> shortcuts = new java.util.HashMap<>();
        bar.getMenus().forEach(menu -> menu.getItems().stream().filter(i -> i.getId() != null && i.getAccelerator() != null)
                .forEach(i -> shortcuts.put(i.getId(), i.getAccelerator().getName())));

        assertThat(shortcuts).containsEntry("menuImportGuests", javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+I").getName())
                .containsEntry("menuImportContracts", javafx.scene.input.KeyCombination.keyCombination("Shortcut+I").getName());
    }

    @Test
    void theGuestsScreenAndTheDeskAreBuiltTheFirstTimeTheirTabIsShown(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#guestsTable").tryQuery()).isEmpty();
        assertThat(robot.lookup("#deskSearchField").tryQuery()).isEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#guestsTable").queryAs(TableView.class).getItems()).hasSize(40);
        assertThat(robot.lookup("#deskSearchField").tryQuery()).isEmpty();

        robot.push(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#deskSearchField").tryQuery()).isPresent();
    }

    @Test
    void statusBarShowsGuestFiguresNextToTheContractsOnEveryScreen(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#statusGuests").queryAs(Label.class).getText()).isEqualTo("嘉宾 40 位 · 已签到 7 位");
        assertThat(robot.lookup("#statusContracts").queryAs(Label.class).getText()).isEqualTo("已签约 30 个 · 536.3 亿元 · 计划 0 个");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#screenTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("guestsTab");
        assertThat(robot.lookup("#guestsTable").queryAs(TableView.class).getItems()).hasSize(40);

        robot.write("wangjianguo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#guestsTable").queryAs(TableView.class).getItems()).hasSize(1);
    }

    @Test
    void ctrlNOnTheGuestsScreenStartsANewGuestAndTheScreenSurvivesALanguageSwitch(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#toolbarImport").queryButton().requestFocus());

        robot.push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#guestFullNameField").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(robot.lookup("#guestFormTitle").queryAs(Label.class).getText()).isEqualTo("新建嘉宾");

        robot.interact(() -> assertThat(window.shell().switchLanguage(UiLanguage.EN)).isTrue());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#screenTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText())
                .isEqualTo("Guests");
        assertThat(robot.lookup("#statusGuests").queryAs(Label.class).getText()).isEqualTo("Guests 40 · checked in 7");
        assertThat(robot.lookup("#guestShownLabel").queryAs(Label.class).getText()).isEqualTo("Showing 40 of 40 guests");
    }

    @Test
    void f9OpensTheDeskWhereEnterChecksInAndTheStatusBarCounts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#deskSearchField").queryAs(TextField.class);
        assertThat(field.isFocused()).isTrue();

        robot.write("lisi").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#deskResultLabel").queryAs(Label.class).getText()).startsWith("✔ 李四 签到成功 ");
        assertThat(robot.lookup("#deskCountLabel").queryAs(Label.class).getText()).isEqualTo("已签到 8 / 40 位");
        assertThat(robot.lookup("#statusGuests").queryAs(Label.class).getText()).isEqualTo("嘉宾 40 位 · 已签到 8 位");
        assertThat(context.guests().totals(wimc.id()).checkedIn()).isEqualTo(8);

        // 王建国 was checked in at 08:40 Nanjing time by SeedGuests: flagged, not counted again.
        robot.write("王建国").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#deskResultLabel").queryAs(Label.class).getText())
                .isEqualTo("⚠ 王建国 已于 08:40 签到，不重复计数。");
        assertThat(robot.lookup("#statusGuests").queryAs(Label.class).getText()).isEqualTo("嘉宾 40 位 · 已签到 8 位");
        FxClicks.clickOn(robot, "#deskSearchField");
    }
}
