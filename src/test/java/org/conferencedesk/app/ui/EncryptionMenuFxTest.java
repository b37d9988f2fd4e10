package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
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

/** Settings → Encrypt database… asks for the new password twice and hands it to the application. */
@ExtendWith(ApplicationExtension.class)
class EncryptionMenuFxTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private Shell shell;
    private final List<String> requests = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Path folder = dir.resolve(UUID.randomUUID().toString());
        context = AppContext.openFile(folder.resolve("wimc"));
        context.events().create(Event.named("WIMC 2020"));
        Settings settings = Settings.load(folder.resolve("settings.properties"));
        settings.setLanguage(UiLanguage.EN);
        shell = new Shell(stage, context, settings, new FxTestTaskExecutor(), uri -> { }, Locale.ENGLISH);
        shell.setEncryption(false, (current, fresh) -> requests.add(
                (current == null ? "null" : new String(current)) + "->" + (fresh == null ? "null" : new String(fresh))));
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
    void encryptAsksForTheNewPasswordTwiceAndOkWaitsUntilBothAreTheSame(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#menuSettings");
        assertThat(robot.lookup("#menuChangePassword").query().isVisible()).isFalse();
        assertThat(robot.lookup("#menuEncrypt").query().isVisible()).isTrue();
        robot.clickOn("#menuEncrypt");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#passwordNew").write("s3cret!");
        robot.clickOn("#passwordAgain").write("s3cret?");
        Button ok = robot.lookup(".button").match((Button b) -> "OK".equals(b.getText())).queryButton();
        assertThat(ok.isDisabled()).isTrue();

        robot.doubleClickOn("#passwordAgain").eraseText(7).write("s3cret!");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(requests).containsExactly("null->s3cret!");
    }
}
