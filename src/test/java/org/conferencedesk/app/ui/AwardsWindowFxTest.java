package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.awards.SignOff;
import org.conferencedesk.awards.ui.AwardRows;
import org.conferencedesk.events.Event;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.shared.ProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The awards tab of the real window over the WIMC 2020 sample awards (docs/samples), in English at
 * 1280x720: the committee's averages and who may see them, recording a winner, signing the category
 * off (the hash shown), a change refused while it is frozen (the service's sentence shown), reopening
 * with a reason and the field-by-field change since the frozen result.
 */
@ExtendWith(ApplicationExtension.class)
class AwardsWindowFxTest {

    private static final String INFLUENTIAL = "Most Professionally Influential Forum";
    private static final String FORUM = "5G+工业互联网融合应用论坛";

    @TempDir
    static Path dir;

    private OpenWindow window;
    private AppContext context;
    private long eventId;

    /** The sample database, made once (the import is slow on a busy machine); each test opens a copy. */
    private static Path sample;

    @BeforeAll
    static void importTheSampleOnce() {
        sample = dir.resolve("sample");
        try (AppContext made = AppContext.openFile(sample.resolve("wimc"))) {
            Event event = made.events().create(Event.named("WIMC 2020"));
            made.awardImport().importFile(event.id(), Path.of("docs/samples/wimc-2020-awards.csv"), ImportOptions.DETECT,
                    ProgressMonitor.NONE, Locale.ENGLISH);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        Path db = OpenWindow.copyOf(sample, dir, "wimc");
        Path folder = db.getParent();
        context = AppContext.openFile(db);
        eventId = context.events().list().get(0).id();
        Settings settings = OpenWindow.settingsIn(folder);
        settings.setLanguage(UiLanguage.EN);
        settings.setLastEventId(eventId);
        window = new OpenWindow(stage, context, settings);
        window.shell().showScreen("awards");
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void theCommitteesAveragesShowToTheSecretariatAndAMemberSeesOnlyTheirOwnScoresWhileOpen(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        chooseCategory(robot, "The 5th Smart Manufacturing Contest");
        robot.clickOn("#awardNomineesTab");
        WaitForAsyncUtils.waitForFxEvents();

        AwardRows.NomineeRow first = nominees(robot).get(0);
        assertThat(first.name()).isEqualTo("智能产线数字孪生系统");
        // (92.5 + 90 + 91) / 3 = 91.1666…, to 2 decimals; first by both averages
        assertThat(first.raw()).isEqualTo("91.17");
        assertThat(first.rawRank()).isEqualTo("1");
        assertThat(first.normalisedRank()).isEqualTo("1");
        assertThat(first.counted()).isEqualTo("3");

        choose(robot, "#awardViewer", "李梅 (committee member)");
        AwardRows.NomineeRow seenByLi = nominees(robot).get(0);
        assertThat(seenByLi.raw()).isEqualTo("hidden");
        assertThat(seenByLi.rawRank()).isEmpty();
        assertThat(seenByLi.own()).isEqualTo("90.00");
        assertThat(text(robot, "#awardScoresNote")).startsWith("While the category is open, a member sees only their own scores");
    }

    @Test
    void recordAWinnerSignOffSeeAChangeRefusedReopenWithAReasonAndSeeWhatChanged(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        chooseCategory(robot, INFLUENTIAL);
        assertThat(text(robot, "#awardState")).isEqualTo("Open: not signed off yet; changes are allowed.");

        // Record the forum as the winner: Prizes and winners, the nominee, Alt+R.
        robot.clickOn("#awardWinnersTab");
        choose(robot, "#awardNomineeChoice", FORUM);
        robot.press(KeyCode.ALT).press(KeyCode.R).release(KeyCode.R).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#awardMessage")).isEqualTo(FORUM + " is recorded as a winner of “" + INFLUENTIAL + "”.");
        assertThat(robot.lookup("#awardWinners").queryTableView().getItems()).singleElement()
                .extracting(r -> ((AwardRows.WinnerRow) r).nominee()).isEqualTo(FORUM);

        // Sign it off as 王建国: the state line names him, the hash is the stored one.
        robot.clickOn("#awardSignOffTab");
        choose(robot, "#awardSigner", "王建国");
        robot.clickOn("#signOffButton");
        WaitForAsyncUtils.waitForFxEvents();
        long categoryId = categoryId(INFLUENTIAL);
        SignOff signOff = context.awards().content(categoryId).signOffInForce().orElseThrow();
        assertThat(signOff.resultHash()).matches("[0-9a-f]{64}");
        assertThat(robot.lookup("#awardHash").queryAs(TextField.class).getText()).isEqualTo(signOff.resultHash());
        assertThat(text(robot, "#awardState")).startsWith("Signed off by 王建国 on ");
        assertThat(text(robot, "#awardMessage")).endsWith("Result hash " + signOff.resultHash() + ".");
        assertThat(categoryRow(robot, INFLUENTIAL).state()).isEqualTo("Signed off");

        // Removing the winner now is refused, with the service's sentence; nothing changes.
        robot.clickOn("#awardWinnersTab");
        clickWinner(robot, FORUM);
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#awardProblem")).isEqualTo("“最具专业影响力论坛奖” was signed off by 王建国 (result "
                + signOff.resultHash().substring(0, 12) + "…); every change is refused. Reopen it with a reason first.");
        assertThat(context.awards().content(categoryId).winners()).hasSize(1);

        // Reopen with a reason, then remove the winner: the change since the frozen result is listed.
        robot.clickOn("#awardSignOffTab");
        robot.clickOn("#reopenedByField").write("秘书处");
        robot.clickOn("#reopenReasonField").write("The committee recounted the votes.");
        robot.clickOn("#reopenButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#awardState")).startsWith("Reopened by 秘书处 on ").endsWith(": “The committee recounted the votes.”. "
                + "Changes are allowed; what differs from the frozen result is under Sign-off.");
        assertThat(text(robot, "#awardChangesNote")).isEqualTo("Nothing differs from the frozen result.");

        robot.clickOn("#awardWinnersTab");
        clickWinner(robot, FORUM);
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#awardProblem")).isEmpty();
        assertThat(text(robot, "#awardMessage")).isEqualTo(FORUM + " is no longer a winner.");
        robot.clickOn("#awardSignOffTab");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#awardChangesNote")).isEqualTo("Changes since the frozen result");
        List<Object> changes = List.copyOf(robot.lookup("#awardChanges").queryTableView().getItems());
        assertThat(changes).containsExactly(new AwardRows.ChangeRow("Winner › " + FORUM, INFLUENTIAL, "(none)"));

        // The audit trail shows the sign-off and the reopening, newest first.
        robot.clickOn("#awardHistoryTab");
        WaitForAsyncUtils.waitForFxEvents();
        List<?> history = robot.lookup("#awardHistory").queryTableView().getItems();
        assertThat(history).extracting(r -> ((AwardRows.HistoryRow) r).action()).contains("Signed off", "Reopened");
    }

    /** Goes to the category with the keyboard: into the list (a click on its first row's number), then ↓. */
    @Test
    void theFileMenuImportsAndExportsAwardsThroughTheSharedImportWindow(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        List<String> file = bar.getMenus().get(0).getItems().stream().map(javafx.scene.control.MenuItem::getId)
                .filter(java.util.Objects::nonNull).toList();
        assertThat(file).contains("menuImportAwards", "menuExportAwardsCsv", "menuExportAwardsXlsx");
        assertThat(bar.getMenus().get(0).getItems().stream().filter(i -> "menuImportAwards".equals(i.getId())).findFirst()
                .orElseThrow().getText()).isEqualTo("Import awards…");
    }

    static void chooseCategory(FxRobot robot, String name) {
        TableView<AwardRows.CategoryRow> table = robot.lookup("#awardCategoriesTable").queryTableView();
        int index = table.getItems().indexOf(categoryRow(robot, name));
        robot.clickOn(robot.from(table).lookup(".table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && "1".equals(l.getText())).queryAs(javafx.scene.Node.class));
        for (int i = 0; i < index; i++) {
            robot.type(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#awardTitle")).isEqualTo(name);
    }

    private long categoryId(String name) {
        return context.awards().categories(eventId).stream().filter(c -> c.nameEn().equals(name)).map(AwardCategory::id)
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static AwardRows.CategoryRow categoryRow(FxRobot robot, String name) {
        TableView<AwardRows.CategoryRow> table = robot.lookup("#awardCategoriesTable").queryTableView();
        return table.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static List<AwardRows.NomineeRow> nominees(FxRobot robot) {
        TableView<AwardRows.NomineeRow> table = robot.lookup("#awardNominees").queryTableView();
        return List.copyOf(table.getItems());
    }

    /** Opens the combo box and clicks the item that reads {@code item}. */
    private static void choose(FxRobot robot, String combo, String item) {
        robot.clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && item.equals(c.getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(combo).queryAs(ComboBox.class).getValue()).hasToString(item);
    }

    /** Selects the winner by a click on its name in the winners' table. */
    private static void clickWinner(FxRobot robot, String name) {
        robot.clickOn(robot.lookup("#awardWinners .table-cell")
                .match(n -> n instanceof javafx.scene.control.Labeled l && name.equals(l.getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
