package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.FxClicks;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Booths from the window: File › Import booths and halls… (the hall plan's files: imported only, so
 * no Export entries and no header Export on the plan), and the sample booth list through the import
 * window's preview into the plan.
 */
class BoothImportDialogFxTest extends ImportWindowFxTest {

    @Start
    void start(Stage stage) {
        openWindow(stage, new Event(null, "WIMC 2020", "WIMC 2020", "Nanjing", null, LocalDate.of(2020, 11, 26),
                LocalDate.of(2020, 11, 28), Event.DEFAULT_TIME_ZONE), settings -> settings.setLanguage(UiLanguage.EN));
    }

    private MenuItem fileItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElse(null);
    }

    @Test
    void theFileMenuImportsBoothsAndTheirListIsPreviewedAndImportedIntoThePlan(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fileItem(robot, "menuImportBooths").getText()).isEqualTo("Import booths and halls…");
        assertThat(fileItem(robot, "menuExportBoothsCsv")).as("booths are imported only").isNull();
        assertThat(fileItem(robot, "menuImportExhibitors")).isNotNull();

        robot.interact(() -> window.shell().showScreen("hallPlan"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#toolbarImport").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#toolbarExport").query().isDisabled()).as("nothing to export on the plan").isTrue();

        openDialogOn(context.boothImport(), Path.of("docs/samples/wimc-2020-booths.csv"));
        assertThat(robot.lookup("#importFile").queryAs(Label.class).getText()).contains("94 rows, 94 ready");
        FxClicks.clickOn(robot, "#importStart");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#importResult").queryAs(Label.class).getText()).contains("94");
        FxClicks.clickOn(robot, "#importClose");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.booths().halls(eventId)).extracting(h -> h.code()).containsExactly("5", "6");
        assertThat(context.booths().booths(eventId)).hasSize(94);
        assertThat(robot.lookup(".booth").queryAll()).as("hall 5 drawn on the plan").hasSize(63);
    }
}
