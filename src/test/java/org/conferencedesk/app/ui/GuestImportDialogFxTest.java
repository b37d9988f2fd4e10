package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.shared.FxClicks;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Import guests… as a user meets it once a file is chosen: preview, duplicates, good rows only, import. */
class GuestImportDialogFxTest extends ImportWindowFxTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    private void openDialogOn(Path file) {
        openDialogOn(context.guestImport(), file);
    }

    @Test
    void theSampleListIsPreviewedAndImported(FxRobot robot) {
        openDialogOn(Path.of("docs/samples/wimc-2020-guests.csv"));

        assertThat(robot.lookup("#importFile").queryAs(Label.class).getText())
                .isEqualTo("wimc-2020-guests.csv · encoding UTF-8 (BOM) · delimiter “,” · 326 rows, 326 ready");
        assertThat(robot.lookup("#importPreview").queryAs(TableView.class).getItems()).hasSize(20);

        FxClicks.clickOn(robot, "#importStart");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#importResult").queryAs(Label.class).getText())
                .isEqualTo("326 guests imported from wimc-2020-guests.csv.");
        assertThat(context.guests().totals(eventId).total()).isEqualTo(326);
        FxClicks.clickOn(robot, "#importClose");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void duplicatesAreChosenRowByRowAndBadRowsLeftOutOnRequest(FxRobot robot) throws Exception {
        context.guests().save(Guest.named(eventId, "周济"));
        Path file = Files.writeString(dir.resolve("again.csv"),
                "姓名,职务,类别\n周济,院士,院士\n李四,教授,神仙\n王五,处长,政府官员\n", StandardCharsets.UTF_8);

        openDialogOn(file);

        assertThat(robot.lookup("#importDuplicates").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#importProblems").queryAs(TextArea.class).getText())
                .startsWith("Line 3, column “类别”: The 类别 “神仙” is not one of the event’s values (rows 3).");
        assertThat(robot.lookup("#importNewValues").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#importStart").query().isDisabled()).isTrue();

        FxClicks.clickOn(robot, "#importAllSKIP");
        FxClicks.clickOn(robot, "#importGoodRowsOnly");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#importGoodRowsOnly").queryAs(CheckBox.class).isSelected()).isTrue();
        FxClicks.clickOn(robot, "#importStart");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#importResult").queryAs(Label.class).getText())
                .isEqualTo("1 guest imported from again.csv. No rows merged into records already there, 1 skipped. "
                        + "1 row with problems was left out (listed below).");
        assertThat(context.guests().list(eventId)).extracting(Guest::fullName).containsExactly("周济", "王五");
        FxClicks.clickOn(robot, "#importClose");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
