package org.conferencedesk.app.ui;

import org.conferencedesk.shared.FxClicks;
import org.conferencedesk.shared.FxTestTaskExecutor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import javafx.application.Platform;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.i18n.Messages;
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

/** The import dialog as a user meets it once a file is chosen: preview, import, result, status bar. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogFxTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private OpenWindow window;
    private Stage stage;
    private long eventId;
    private final FxTestTaskExecutor executor = new FxTestTaskExecutor();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = new AppContext(Database.openInMemory("import-" + UUID.randomUUID()));
        eventId = context.events().create(Event.named("WIMC 2020")).id();
        window = new OpenWindow(stage, context, OpenWindow.settingsIn(dir), executor);
    }

    @AfterEach
    void close() {
        window.close();
    }

    private void openDialogOn(Path file) {
        Messages messages = Messages.of("ui", Locale.ENGLISH);
        Platform.runLater(() -> ImportDialog.showFor(stage, new ImportDialogViewModel(
                ContractImporter.of(context.contractImport(), Locale.ENGLISH), eventId, executor, messages), messages, file));
        WaitForAsyncUtils.waitForFxEvents();
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
