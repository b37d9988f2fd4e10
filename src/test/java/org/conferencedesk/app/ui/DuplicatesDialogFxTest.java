package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.ui.DuplicateGroupItem;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.InvitationStatus;
import org.conferencedesk.shared.FxClicks;
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

/** Guests › Find duplicates… (Ctrl+Shift+D): review, merge, undo, and leave alone people who only share a name. */
@ExtendWith(ApplicationExtension.class)
class DuplicatesDialogFxTest {

    @TempDir
    static Path dir;

    private AppContext context;
    private OpenWindow window;
    private Event wimc;
    private Guest zhangSan;
    private Guest zhangSanAgain;

    @Start
    void start(Stage stage) {
        context = new AppContext(Database.openInMemory("duplicates-window-" + UUID.randomUUID()), Actor.named("wang.li"));
        wimc = context.events().create(Event.named("WIMC 2020"));
        zhangSan = context.guests().save(guest("张三", "南京智能制造研究院", "zhangsan@nj-institute.example", null, GuestCategory.EXPERT));
        context.guests().save(guest("李四", "Nanjing Robotics", "lisi@robotics.example", null, GuestCategory.MEDIA));
        zhangSanAgain = context.guests().save(guest("ＺＨＡＮＧ　ＳＡＮ", null, "ZhangSan@nj-institute.example", "13800138000",
                GuestCategory.OTHER));
        context.guests().save(guest("李 四", "新华社", "li.si@xinhua.example", null, GuestCategory.MEDIA));
        context.guests().save(guest("Zhang San", null, null, "+86 138 0013 8000", GuestCategory.OTHER));
        Settings settings = OpenWindow.settingsIn(dir);
        settings.setLanguage(UiLanguage.EN);
        settings.setLastEventId(wimc.id());
        window = new OpenWindow(stage, context, settings);
    }

    @AfterEach
    void close() {
        window.close();
    }

    private Guest guest(String name, String organisation, String email, String phone, GuestCategory category) {
        return new Guest(null, wimc.id(), name, null, null, organisation, null, category, null, Attendance.ON_SITE,
                InvitationStatus.INVITED, null, email, phone, null, null);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<DuplicateGroupItem.Member> members(FxRobot robot) {
        return robot.lookup("#duplicateMembers").queryAs(TableView.class);
    }

    @Test
    void mergingAGroupAndUndoingItAsAUserWould(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#duplicatesSummary")).isEqualTo("2 groups to review (1 with the same name only) among 5 guests.");
        ListView<?> groups = robot.lookup("#duplicateGroups").queryAs(ListView.class);
        assertThat(groups.getItems()).extracting(i -> ((DuplicateGroupItem) i).title()).containsExactly(
                "张三 — 3 guests — same name, same e-mail, same phone", "李四 — 2 guests — same name");
        assertThat(members(robot).getItems()).extracting(m -> m.guest().fullName(), DuplicateGroupItem.Member::why)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("张三", "same e-mail"),
                        org.assertj.core.groups.Tuple.tuple("ＺＨＡＮＧ　ＳＡＮ", "same name, same e-mail, same phone"),
                        org.assertj.core.groups.Tuple.tuple("Zhang San", "same name, same phone"));
        ComboBox<?> keep = robot.lookup("#duplicatesKeep").queryAs(ComboBox.class);
        assertThat(keep.getValue()).hasToString("张三 — 南京智能制造研究院 (#" + zhangSan.id() + ")");
        assertThat(context.guests().list(wimc.id())).as("nothing merged by looking").hasSize(5);

        FxClicks.clickOn(robot, "#duplicatesMerge");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.guests().list(wimc.id())).extracting(Guest::fullName).containsExactly("张三", "李四", "李 四");
        assertThat(context.guests().find(zhangSan.id()).orElseThrow().phone()).isEqualTo("13800138000");
        assertThat(text(robot, "#duplicatesLastAction")).isEqualTo("Merged 3 guests into 张三. Undo brings them back.");
        assertThat(text(robot, "#duplicatesSummary"))
                .isEqualTo("1 groups to review (1 with the same name only) among 3 guests. Merged in this window: 1.");
        assertThat(groups.getItems()).hasSize(1);

        FxClicks.clickOn(robot, "#duplicatesUndo");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(context.guests().list(wimc.id())).hasSize(5);
        assertThat(context.guests().find(zhangSan.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("version").isEqualTo(zhangSan);
        assertThat(context.guests().find(zhangSanAgain.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("version").isEqualTo(zhangSanAgain);
        assertThat(text(robot, "#duplicatesLastAction"))
                .isEqualTo("Merge undone: 张三 and the guests merged into them are back as they were.");
        assertThat(text(robot, "#duplicatesSummary")).isEqualTo("2 groups to review (1 with the same name only) among 5 guests.");
        assertThat(robot.lookup("#duplicatesUndo").query().isDisabled()).isTrue();

        FxClicks.clickOn(robot, "#duplicatesClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#duplicatesDialog").tryQuery()).isEmpty();
    }

    @Test
    void peopleWhoOnlyShareANameAreMergedOnlyIfTheUserSaysSo(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        FxClicks.clickOn(robot, "#menuGuests");
        FxClicks.clickOn(robot, "#menuFindDuplicates");
        WaitForAsyncUtils.waitForFxEvents();

        Node liSiGroup = robot.lookup(".list-cell").match((ListCell<?> c) -> c.getText() != null && c.getText().startsWith("李四"))
                .query();
        assertThat(((ListCell<?>) liSiGroup).getText()).isEqualTo("李四 — 2 guests — same name\n⚠ Same name only — check before merging");
        FxClicks.clickOn(robot, liSiGroup);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#duplicatesHint")).startsWith("⚠ Same name only — check before merging.");

        FxClicks.clickOn(robot, "#duplicatesMerge");
        WaitForAsyncUtils.waitForFxEvents();
        FxClicks.clickOn(robot, "#destructiveCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.guests().list(wimc.id())).hasSize(5);

        FxClicks.clickOn(robot, "#duplicatesNotSame");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#duplicateGroups").queryAs(ListView.class).getItems()).hasSize(1);
        assertThat(text(robot, "#duplicatesLastAction"))
                .isEqualTo("Marked 李四, 李 四 as different people: they are not shown together again (a new guest who matches them "
                        + "is). Undo takes it back.");
        assertThat(context.guests().distinctPairs(wimc.id())).hasSize(1);
        assertThat(context.guests().list(wimc.id())).hasSize(5);
        assertThat(context.audit().list(wimc.id(), org.conferencedesk.storage.AuditFilter.ALL, 100))
                .noneMatch(e -> e.action() == org.conferencedesk.storage.AuditAction.MERGED);
        FxClicks.clickOn(robot, "#duplicatesClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#duplicatesDialog").tryQuery()).isEmpty();
    }
}
