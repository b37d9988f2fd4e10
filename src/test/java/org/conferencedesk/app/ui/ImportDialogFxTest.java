package org.conferencedesk.app.ui;

import org.conferencedesk.shared.FxClicks;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.conferencedesk.importexport.ui.ImportDialog;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import dialog as a user meets it once a file is chosen: preview, import, result, status bar. */
class ImportDialogFxTest extends ImportWindowFxTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    private void openDialogOn(Path file) {
        openDialogOn(context.contractImport(), file);
    }

    @Test
    void sampleFileIsPreviewedImportedAndTotalledInTheStatusBar(FxRobot robot) {
        openDialogOn(Path.of("docs/samples/wimc-2020-signing-ceremony.csv"));

        assertThat(robot.lookup("#importFile").queryAs(Label.class).getText())
                .isEqualTo("wimc-2020-signing-ceremony.csv · encoding UTF-8 (BOM) · delimiter “,” · 30 rows, 30 ready");
        assertThat(robot.lookup("#importPreview").queryAs(TableView.class).getItems()).hasSize(20);

        FxClicks.clickOn(robot, "#importStart");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#importResult").queryAs(Label.class).getText())
                .isEqualTo("30 contracts imported from wimc-2020-signing-ceremony.csv.");
        FxClicks.clickOn(robot, "Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#statusContracts").queryAs(Label.class).getText())
                .isEqualTo("Signed 30 · RMB 53.63 billion · Planned 0");
        // The whole figure on hover, for a narrow window that cuts it with "…".
        assertThat(robot.lookup("#statusContracts").queryAs(Label.class).getTooltip().getText())
                .isEqualTo("Signed 30 · RMB 53.63 billion · Planned 0");
    }

    /** The text a label or button shows on screen (its skin's Text), "…"-shortened if it lacks room. */
    private static String shownText(Node labeled) {
        return ((Text) labeled.lookup(".text")).getText();
    }

    @Test
    void enterOnTheReadyPreviewImportsInsteadOfClosing(FxRobot robot) {
        openDialogOn(Path.of("docs/samples/wimc-2020-signing-ceremony.csv"));

        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#importResult").queryAs(Label.class).getText())
                .isEqualTo("30 contracts imported from wimc-2020-signing-ceremony.csv.");
        assertThat(window.context().contracts().totals(eventId).signed().count()).isEqualTo(30);
    }

    @Test
    void chooseAnotherFileAndTheFileDescriptionShowTheirWholeText(FxRobot robot) throws Exception {
        openDialogOn(Path.of("docs/samples/wimc-2020-signing-ceremony.csv"));

        List<String> shown = WaitForAsyncUtils.asyncFx(() -> {
            Node dialog = robot.lookup("#importDialog").query();
            Node other = robot.from(dialog).lookup("Choose another file…").query();
            return List.of(shownText(other), shownText(robot.lookup("#importFile").query()));
        }).get();

        assertThat(shown).containsExactly("Choose another file…",
                "wimc-2020-signing-ceremony.csv · encoding UTF-8 (BOM) · delimiter “,” · 30 rows, 30 ready");
        FxClicks.clickOn(robot, "Close");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void statusBarLeavesASpaceBetweenWhatWasWrittenAndOpen(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.shell().status().endWork("PDF report written: x.pdf.", dir.resolve("x.pdf"))).get();
        WaitForAsyncUtils.waitForFxEvents();

        double gap = WaitForAsyncUtils.asyncFx(() -> {
            Node work = robot.lookup("#statusWork").query();
            Node open = robot.lookup("#statusOpenFile").query();
            Node text = work.lookup(".text");
            Node link = open.lookup(".text");
            return link.localToScreen(link.getBoundsInLocal()).getMinX() - text.localToScreen(text.getBoundsInLocal()).getMaxX();
        }).get();

        assertThat(gap).isGreaterThanOrEqualTo(6.0);
    }

    @Test
    void aColumnNobodyRecognisesIsShownForADecisionAndUntickingItLetsTheImportRun(FxRobot robot) throws IOException {
        Path file = dir.resolve("unknown.csv");
        Files.writeString(file, "项目名称,金额,对接领导\n智能装备产业园,3500万元,张处长\n机器人小镇,5.2亿,李处长\n",
                StandardCharsets.UTF_8);

        openDialogOn(file);

        Node column = robot.lookup("#importColumn-3").query();
        assertThat(column.getStyleClass()).contains(ImportDialog.UNDECIDED);
        assertThat(robot.from(column).lookup(".combo-box").queryAs(ComboBox.class).getPromptText())
                .isEqualTo("Choose a field…");
        assertThat(robot.lookup("#importProblems").queryAs(TextArea.class).getText())
                .startsWith("Line 1, column “对接领导”: The column “对接领导” is not recognised, so its data would be lost.");
        assertThat(robot.lookup("#importStart").query().isDisabled()).isTrue();

        FxClicks.clickOn(robot, robot.from(column).lookup(".check-box").query());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#importProblems").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(robot.lookup("#importProblems").query().getParent().isVisible()).isFalse();
        assertThat(robot.lookup("#importColumn-3").query().getStyleClass()).doesNotContain(ImportDialog.UNDECIDED);
        FxClicks.clickOn(robot, "#importStart");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#importResult").queryAs(Label.class).getText())
                .isEqualTo("2 contracts imported from unknown.csv.");
        assertThat(context.contracts().totals(eventId).signed().amount()).isEqualTo(new BigDecimal("555000000.00"));
        FxClicks.clickOn(robot, "Close");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aTotalRowIsShownAsANoteInThePreviewAndLeftOut(FxRobot robot) throws IOException {
        Path file = dir.resolve("total.csv");
        Files.writeString(file, "序号,项目名称,投资方,落户区域,金额\n1,甲项目,甲公司,江宁区,6亿元\n2,乙项目,乙公司,江宁区,2亿元\n"
                + ",江宁区小计,,江宁区,8亿元\n3,丙项目,丙公司,浦口区,2亿元\n,合计,,,10亿元\n", StandardCharsets.UTF_8);

        openDialogOn(file);

        assertThat(robot.lookup("#importNotes").queryAs(TextArea.class).getText()).isEqualTo(
                "Line 4: “江宁区小计” is a total row, not a record: it is left out." + System.lineSeparator()
                        + "Line 6: “合计” is a total row, not a record: it is left out.");
        assertThat(robot.lookup("#importFile").queryAs(Label.class).getText()).endsWith("5 rows, 3 ready");
        FxClicks.clickOn(robot, "#importStart");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.contracts().totals(eventId).signed().count()).isEqualTo(3);
        assertThat(context.contracts().totals(eventId).signed().amount()).isEqualTo(new BigDecimal("1000000000.00"));
        FxClicks.clickOn(robot, "Close");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void badRowsAreListedAndNothingCanBeImported(FxRobot robot) throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "项目名称,金额\n智能装备产业园,3500万元\n机器人小镇,大约五亿\n", StandardCharsets.UTF_8);

        openDialogOn(bad);

        assertThat(robot.lookup("#importProblems").queryAs(TextArea.class).getText()).startsWith("Line 3, column “金额”: ");
        assertThat(robot.lookup("#importStart").query().isDisabled()).isTrue();
        FxClicks.clickOn(robot, "Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.contracts().list(eventId)).isEmpty();
        assertThat(robot.lookup("#statusContracts").queryAs(Label.class).getText()).isEqualTo("Signed 0 · RMB 0 · Planned 0");
    }
}
