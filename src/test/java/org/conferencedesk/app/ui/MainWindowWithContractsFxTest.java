package org.conferencedesk.app.ui;

import org.conferencedesk.shared.FxClicks;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import javafx.scene.control.ListCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
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

/** The window opened on a database that has the 2020 edition's 30 contracts, in Chinese. */
@ExtendWith(ApplicationExtension.class)
class MainWindowWithContractsFxTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private OpenWindow window;

    @Start
    void start(Stage stage) {
        context = new AppContext(Database.openInMemory("window-" + UUID.randomUUID()));
        context.events().create(Event.named("WIMC 2019"));
        Event wimc = context.events().create(new Event(null, "2020世界智能制造大会", "WIMC 2020", "南京", "南京国际博览中心",
                LocalDate.of(2020, 11, 26), LocalDate.of(2020, 11, 28), Event.DEFAULT_TIME_ZONE));
        window = new OpenWindow(stage, context, OpenWindow.chineseOnSample(context, wimc, dir));
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void rememberedEventOpensWithItsContractsTotalsAndFilters(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#eventTitle").queryAs(Label.class).getText()).isEqualTo("2020世界智能制造大会");
        assertThat(robot.lookup("#eventDetails").queryAs(Label.class).getText())
                .isEqualTo("2020年11月26日 – 2020年11月28日 · 南京 · 南京国际博览中心");
        assertThat(robot.lookup("#statusContracts").queryAs(Label.class).getText()).isEqualTo("已签约 30 个 · 536.3 亿元 · 计划 0 个");
        assertThat(robot.lookup("#table").queryAs(TableView.class).getItems()).hasSize(30);
        // The box shows its choice (the button cell is the one of its cells with an item).
        assertThat(robot.lookup("#sectorFilter .list-cell").queryAllAs(ListCell.class))
                .filteredOn(c -> c.getItem() != null).extracting(ListCell::getText).containsExactly("全部行业");
    }

    @Test
    void switchingEventShowsItsEmptyLedger(FxRobot robot) {
        FxClicks.clickOn(robot, "#menuFile");
        FxClicks.clickOn(robot, "#menuSwitchEvent");
        FxClicks.clickOn(robot, "WIMC 2019");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#eventTitle").queryAs(Label.class).getText()).isEqualTo("WIMC 2019");
        assertThat(robot.lookup("#statusContracts").queryAs(Label.class).getText()).isEqualTo("已签约 0 个 · 0 元 · 计划 0 个");
        assertThat(robot.lookup("#table").queryAs(TableView.class).getItems()).isEmpty();
    }

    @Test
    void ctrlNWorksWhileAHeaderButtonHasTheFocus(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#toolbarImport").queryButton().requestFocus());

        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#projectNameField").queryAs(javafx.scene.control.TextField.class).isFocused()).isTrue();
    }
}
