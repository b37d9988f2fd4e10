package org.conferencedesk.app.ui;

import org.conferencedesk.shared.FxClicks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+Shift+A opens the audit trail of the event shown, in the window's language. */
@ExtendWith(ApplicationExtension.class)
class AuditTrailDialogFxTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private OpenWindow window;

    @Start
    void start(Stage stage) {
        context = new AppContext(Database.openInMemory("audit-window-" + UUID.randomUUID()), Actor.named("wang.li"));
        Event wimc = context.events().create(Event.named("WIMC 2020"));
        window = new OpenWindow(stage, context, OpenWindow.chineseOnSample(context, wimc, dir));
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void shortcutOpensTheTrailWithTheImportAndTheFilterNarrowsIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#auditTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        AuditTrailViewModel.Row row = (AuditTrailViewModel.Row) table.getItems().get(0);
        assertThat(row.actor()).isEqualTo("wang.li");
        assertThat(row.action()).isEqualTo("导入");
        assertThat(row.record()).isEqualTo("从 wimc-2020-signing-ceremony.csv 导入的签约项目");
        assertThat(row.changes()).isEqualTo("签约项目数：30；金额：536.3 亿元；文件：wimc-2020-signing-ceremony.csv");
        assertThat(robot.lookup("#auditStatus").queryAs(Label.class).getText()).isEqualTo("显示1条变更（最新在前，最多2,000条）");

        FxClicks.clickOn(robot, "#auditFilter");
        robot.write("张三");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.lookup("#auditStatus").queryAs(Label.class).getText()).isEqualTo("没有与“张三”相符的变更。");

        FxClicks.clickOn(robot, "关闭");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#auditTable").tryQuery()).isEmpty();
    }
}
