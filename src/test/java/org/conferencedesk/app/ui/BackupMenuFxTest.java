package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Back up now writes a backup beside the database and says so in the status bar. */
@ExtendWith(ApplicationExtension.class)
class BackupMenuFxTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private OpenWindow window;
    private Path folder;

    @Start
    void start(Stage stage) {
        folder = dir.resolve(UUID.randomUUID().toString());
        context = AppContext.openFile(folder.resolve("wimc"));
        context.events().create(Event.named("WIMC 2020"));
        Settings settings = Settings.load(folder.resolve("settings.properties"));
        settings.setLanguage(UiLanguage.EN);
        window = new OpenWindow(stage, context, settings);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void backUpNowWritesAZipInTheBackupsFolderAndTheStatusBarNamesIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#menuFile").clickOn("#menuBackup");
        WaitForAsyncUtils.waitForFxEvents();

        List<String> backups;
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            backups = files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".zip")).toList();
        }
        assertThat(backups).singleElement().asString().matches("wimc-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.zip");
        assertThat(robot.lookup("#statusWork").queryAs(Label.class).getText()).isEqualTo("Backed up to " + backups.get(0) + ".");
    }
}
