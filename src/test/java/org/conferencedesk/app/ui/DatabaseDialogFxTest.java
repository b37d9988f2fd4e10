package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.FxTestTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings › Database… (issue 16): choosing a PostgreSQL server by host, port, database and user,
 * OK only once the choice is complete, a sentence for what is missing, and the choice kept in this
 * computer's settings without any password; choosing the file again forgets the server.
 */
@ExtendWith(ApplicationExtension.class)
class DatabaseDialogFxTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private Shell shell;
    private Path computerSettings;

    @Start
    void start(Stage stage) {
        Path folder = dir.resolve(UUID.randomUUID().toString());
        context = AppContext.openFile(folder.resolve("wimc"));
        context.events().create(Event.named("WIMC 2020"));
        Settings settings = Settings.load(folder.resolve("settings.properties"));
        settings.setLanguage(UiLanguage.EN);
        computerSettings = folder.resolve("computer").resolve(Settings.FILE_NAME);
        shell = new Shell(stage, context, settings, new FxTestTaskExecutor(), uri -> { }, Locale.ENGLISH);
        shell.setComputerSettings(computerSettings);
        shell.show(context.events().list());
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(() -> shell.close());
        WaitForAsyncUtils.waitForFxEvents();
        context.close();
    }

    @Test
    void aServerIsChosenByItsPartsKeptWithoutPasswordAndTheFileForgetsIt(FxRobot robot) throws Exception {
        openDialog(robot);
        Button ok = okButton(robot);
        assertThat(ok.isDisabled()).as("the file is a complete choice").isFalse();

        robot.clickOn("#databaseServer");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ok.isDisabled()).isTrue();
        assertThat(problem(robot)).isEqualTo("Enter the server's name or address (for example db.wimc.local).");

        robot.clickOn("#databaseHost").write("db.wimc.local");
        assertThat(problem(robot)).isEqualTo("Enter the name of the database on the server (for example wimc).");
        robot.clickOn("#databaseName").write("wimc2020");
        robot.doubleClickOn("#databasePort").eraseText(4).write("54x2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem(robot)).isEqualTo("“54x2” is not a port: enter a number from 1 to 65535 (PostgreSQL's own is 5432).");
        assertThat(ok.isDisabled()).isTrue();
        robot.doubleClickOn("#databasePort").eraseText(4).write("5433");
        robot.clickOn("#databaseUser").write("secretariat");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem(robot)).isEmpty();
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Settings.load(computerSettings).database()).contains("postgresql://secretariat@db.wimc.local:5433/wimc2020");
        assertThat(Files.readString(computerSettings)).doesNotContainIgnoringCase("password");
        assertThat(robot.lookup("#statusWork").queryAs(Label.class).getText())
                .isEqualTo("Saved: ConferenceDesk opens postgresql://secretariat@db.wimc.local:5433/wimc2020 the next time it starts.");

        // Opened again: the fields show the choice; back to the file forgets the server.
        openDialog(robot);
        assertThat(robot.lookup("#databaseHost").queryTextInputControl().getText()).isEqualTo("db.wimc.local");
        assertThat(robot.lookup("#databasePort").queryTextInputControl().getText()).isEqualTo("5433");
        robot.clickOn("#databaseFile");
        robot.clickOn(okButton(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Settings.load(computerSettings).database()).isEmpty();
    }

    private static void openDialog(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#menuSettings");
        robot.clickOn("#menuDatabase");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Button okButton(FxRobot robot) {
        return robot.lookup(".button").match((Button b) -> "OK".equals(b.getText())).queryButton();
    }

    private static String problem(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#databaseProblem").queryAs(Label.class).getText();
    }
}
