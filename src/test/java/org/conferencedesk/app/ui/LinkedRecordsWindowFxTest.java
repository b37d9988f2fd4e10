package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.awards.Nominee;
import org.conferencedesk.awards.ui.AwardRows;
import org.conferencedesk.events.Event;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.InvitationStatus;
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
 * Linked records are one record, shown on both screens (issues 12 and 13), in the real window in
 * English: a nominee linked to a guest on the awards screen shows under the guest's form, and its
 * line opens the category; an exhibitor's contact guest shows under both forms, and "open the guest"
 * switches to the guests screen with that guest chosen, under the guest's current name.
 */
@ExtendWith(ApplicationExtension.class)
class LinkedRecordsWindowFxTest {

    private static final String INDIVIDUALS = "Excellent Organization Award (individuals)";
    private static final String ESTUN = "南京埃斯顿自动化股份有限公司";

    @TempDir
    static Path dir;

    /** The sample database, made once (the import is slow on a busy machine); each test opens a copy. */
    private static Path sample;
    private static long eventId;
    private static Guest wang;
    private static Guest jianguo;
    private static Exhibitor estun;

    private OpenWindow window;
    private AppContext context;

    @BeforeAll
    static void seedOnce() {
        sample = dir.resolve("sample");
        try (AppContext made = AppContext.openFile(sample.resolve("wimc"))) {
            eventId = made.events().create(Event.named("WIMC 2020")).id();
            made.awardImport().importFile(eventId, Path.of("docs/samples/wimc-2020-awards.csv"), ImportOptions.DETECT,
                    ProgressMonitor.NONE, Locale.ENGLISH);
            wang = made.guests().save(new Guest(null, eventId, "王堃", "Wang Kun", "秘书长", "大会组委会秘书处", "中国",
                    GuestCategory.GOVERNMENT_OFFICIAL, null, Attendance.ON_SITE, InvitationStatus.CONFIRMED, null,
                    "wangkun@wimc.example.org", null, null, null));
            jianguo = made.guests().save(Guest.named(eventId, "王建国"));
            estun = made.exhibitors().save(Exhibitor.named(eventId, ESTUN).withContact(null, wang.id()));
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        Path db = OpenWindow.copyOf(sample, dir, "wimc");
        Path folder = db.getParent();
        context = AppContext.openFile(db);
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
    void aNomineeLinkedToAGuestOnTheAwardsScreenShowsOnTheGuestScreenAndOpensItsCategory(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AwardsWindowFxTest.chooseCategory(robot, INDIVIDUALS);
        robot.clickOn("#awardNomineesTab");
        clickCell(robot, "#awardNominees", "王堃");
        assertThat(AwardsWindowFxTest.text(robot, "#awardLinkPrompt")).isEqualTo("Find the guest this person is.");

        // Pinyin finds him (王建国 is a guest too, but "wangk" is only 王堃); Enter links.
        robot.clickOn("#awardLinkQuery").write("wangk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#awardLinkMatch").queryComboBox().getItems()).extracting(Object::toString)
                .containsExactly("王堃 · 大会组委会秘书处");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(AwardsWindowFxTest.text(robot, "#awardLinkPrompt")).startsWith("王堃 is now linked to 王堃");
        long category = categoryId(INDIVIDUALS);
        Nominee linked = context.awards().content(category).nominees().stream().filter(n -> "王堃".equals(n.name()))
                .findFirst().orElseThrow();
        assertThat(linked.guestId()).isEqualTo(wang.id());
        assertThat(AwardsWindowFxTest.nominees(robot)).filteredOn(r -> r.id() == linked.id()).singleElement()
                .extracting(AwardRows.NomineeRow::name).isEqualTo("王堃 (guest)");

        // On the guests screen, under his form: the exhibitor he is the contact of, and the nomination.
        robot.interact(() -> window.shell().showScreen("guests"));
        WaitForAsyncUtils.waitForFxEvents();
        clickCell(robot, "#guestsTable", "王堃");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(links(robot, "#guestRelated")).containsExactly("Contact person of the exhibitor " + ESTUN,
                "Nominee: " + INDIVIDUALS);

        // The nomination's line opens the category on the awards screen.
        robot.clickOn("#guestRelated1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(AwardsWindowFxTest.text(robot, "#awardTitle")).isEqualTo(INDIVIDUALS);
    }

    @Test
    void theExhibitorsContactGuestOpensTheGuestUnderTheGuestsCurrentName(FxRobot robot) {
        // The guest's name corrected after the exhibitor was saved: the contact reads the new one.
        context.guests().save(new Guest(wang.id(), eventId, "王 堃", wang.otherName(), wang.title(), wang.organisation(),
                wang.country(), wang.category(), null, wang.attendance(), wang.invitationStatus(), null, wang.email(),
                null, null, null));
        robot.interact(() -> window.shell().showScreen("exhibitors"));
        WaitForAsyncUtils.waitForFxEvents();
        clickCell(robot, "#exhibitorTable", ESTUN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(links(robot, "#exhibitorRelated")).containsExactly("Contact person: 王 堃 (guest)");

        robot.clickOn("#exhibitorRelated0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#guestFullNameField").queryAs(TextField.class).getText()).isEqualTo("王 堃");
        TableView<?> guests = robot.lookup("#guestsTable").queryTableView();
        assertThat(guests.getSelectionModel().getSelectedItems()).hasSize(1);
        assertThat(links(robot, "#guestRelated")).containsExactly("Contact person of the exhibitor " + ESTUN);
    }

    @Test
    void theExhibitorFormLinksItsContactToAGuestFoundByPinyin(FxRobot robot) {
        robot.interact(() -> window.shell().showScreen("exhibitors"));
        WaitForAsyncUtils.waitForFxEvents();
        clickCell(robot, "#exhibitorTable", ESTUN);
        robot.clickOn("#exhibitorContactGuestQuery").write("wjg");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exhibitorContactGuestMatch").queryComboBox().getItems()).extracting(Object::toString)
                .containsExactly("王建国");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exhibitorContactPersonField").queryAs(TextField.class).getText()).isEqualTo("王建国");
        robot.clickOn("#exhibitorSaveButton");
        WaitForAsyncUtils.waitForFxEvents();

        Exhibitor saved = context.exhibitors().find(estun.id()).orElseThrow();
        assertThat(saved.contactGuestId()).isEqualTo(jianguo.id());
        assertThat(saved.contactPerson()).isEqualTo("王建国");
        assertThat(links(robot, "#exhibitorRelated")).containsExactly("Contact person: 王建国 (guest)");

        robot.interact(() -> window.shell().showScreen("guests"));
        WaitForAsyncUtils.waitForFxEvents();
        clickCell(robot, "#guestsTable", "王建国");
        assertThat(links(robot, "#guestRelated")).containsExactly("Contact person of the exhibitor " + ESTUN);
    }

    private static void clickCell(FxRobot robot, String table, String text) {
        robot.clickOn(robot.lookup(table + " .table-cell").match(n -> n instanceof Labeled l && text.equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long categoryId(String name) {
        return context.awards().categories(eventId).stream().filter(c -> c.nameEn().equals(name)).map(AwardCategory::id)
                .findFirst().orElseThrow();
    }

    private static List<String> links(FxRobot robot, String box) {
        VBox lines = robot.lookup(box).queryAs(VBox.class);
        assertThat(lines.isVisible()).isTrue();
        return lines.getChildren().stream().filter(n -> n instanceof Hyperlink).map(n -> ((Hyperlink) n).getText()).toList();
    }
}
