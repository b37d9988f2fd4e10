package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.exhibitors.Booking;
import org.conferencedesk.exhibitors.Booth;
import org.conferencedesk.exhibitors.BoothKind;
import org.conferencedesk.exhibitors.BoothRate;
import org.conferencedesk.exhibitors.BoothService;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.ExhibitorRow;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.exhibitors.PaymentStatus;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.shared.FxTestTaskExecutor;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterAll;
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
 * The exhibitors screen and the hall plan in the real window, in Chinese, over the sample booth and
 * exhibitor lists (docs/samples, imported through the importers): the table, its search and the
 * status bar; a free booth booked from the plan with the keyboard (Home, Enter, type, Enter) and the
 * plan, the table and the totals changing; and the refusal naming the holder when another program
 * booked the booth meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class ExhibitorsWindowFxTest {

    @TempDir
    static Path dir;

    private static AppContext context;
    private static Event wimc;
    private static Booth first;
    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private final Locale formatBefore = Locale.getDefault(Locale.Category.FORMAT);
    private Shell shell;

    /** The samples are imported once (off the FX thread: the window's set-up has a time limit). */
    @BeforeAll
    static void seed() {
        context = new AppContext(Database.openInMemory("exhibitors-window-" + UUID.randomUUID()));
        wimc = context.events().create(new Event(null, "2020世界智能制造大会", "WIMC 2020", "南京", "南京国际博览中心",
                LocalDate.of(2020, 11, 26), LocalDate.of(2020, 11, 28), Event.DEFAULT_TIME_ZONE));
        context.exhibitors().setRate(wimc.id(), BoothRate.perM2(BoothKind.STANDARD, "1280.00", "CNY"));
        context.boothImport().importFile(wimc.id(), Path.of("docs/samples/wimc-2020-booths.csv"), ImportOptions.DETECT,
                ProgressMonitor.NONE, Locale.SIMPLIFIED_CHINESE);
        context.exhibitorImport().importFile(wimc.id(), Path.of("docs/samples/wimc-2020-exhibitors.csv"),
                ImportOptions.DETECT, ProgressMonitor.NONE, Locale.SIMPLIFIED_CHINESE);
        first = context.booths().booths(wimc.id()).stream().filter(b -> b.code().equals("5A01")).findFirst().orElseThrow();
    }

    @AfterAll
    static void closeDatabase() {
        context.close();
    }

    @Start
    void start(Stage stage) {
        // The plan's first booth (Home) is made free, whoever the sample (or an earlier test) gave it to.
        for (Booking b : context.booths().bookingsOfBooth(first.id())) {
            context.booths().release(wimc.id(), first.id(), b.exhibitorId(), b.firstDay(), b.lastDay());
        }
        Settings settings = OpenWindow.settingsIn(dir);
        settings.setLanguage(UiLanguage.ZH);
        settings.setLastEventId(wimc.id());
        shell = new Shell(stage, context, settings, new FxTestTaskExecutor(), uri -> { }, Locale.ENGLISH);
        shell.show(context.events().list());
        stage.setWidth(1280);
        stage.setHeight(648);
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(shell::close);
        WaitForAsyncUtils.waitForFxEvents();
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
        Locale.setDefault(Locale.Category.FORMAT, formatBefore);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#statusExhibitors").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<ExhibitorRow> table(FxRobot robot) {
        return robot.lookup("#exhibitorTable").queryAs(TableView.class);
    }

    private ExhibitorRow row(FxRobot robot, String company) {
        return table(robot).getItems().stream().filter(r -> r.exhibitor().companyName().equals(company)).findFirst()
                .orElseThrow();
    }

    private void show(FxRobot robot, String screen) {
        robot.interact(() -> shell.showScreen(screen));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theExhibitorsScreenListsSearchesAndMarksPaidWithTheStatusBarFollowing(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status(robot)).startsWith("展商 60 家 · 现场 ");
        int paid = (int) context.exhibitors().list(wimc.id()).stream().filter(e -> e.paymentStatus() == PaymentStatus.PAID).count();
        assertThat(status(robot)).contains("已付款 " + paid + " ·");

        show(robot, "exhibitors");
        assertThat(table(robot).getItems()).hasSize(60);
        assertThat(robot.lookup("#exhibitorShownLabel").queryAs(Label.class).getText()).isEqualTo("显示 60 / 60 家展商");
        robot.write("ningchi");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(r -> r.exhibitor().companyName()).containsExactly("宁驰工业软件有限公司");
        robot.interact(() -> context.exhibitors().setPaymentStatus(wimc.id(),
                List.of(row(robot, "宁驰工业软件有限公司").id()), PaymentStatus.UNPAID));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row(robot, "宁驰工业软件有限公司").exhibitor().paymentStatus()).isEqualTo(PaymentStatus.UNPAID);

        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#exhibitorPaidButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row(robot, "宁驰工业软件有限公司").exhibitor().paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(status(robot)).contains("已付款 " + (paid + 1) + " ·");
        assertThat(context.exhibitors().list(wimc.id()).stream().filter(e -> e.companyName().equals("宁驰工业软件有限公司"))
                .findFirst().orElseThrow().paymentStatus()).isEqualTo(PaymentStatus.PAID);
    }

    @Test
    void aFreeBoothIsBookedFromThePlanWithTheKeyboardAndThePlanTableAndTotalsChange(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        show(robot, "exhibitors");
        String before = status(robot);
        String company = "Baltic Sensors OÜ";
        List<String> boothsBefore = row(robot, company).listed().booths();
        assertThat(boothsBefore).doesNotContain("5A01");

        show(robot, "hallPlan");
        Node booth = robot.lookup("#booth" + first.id()).query();
        assertThat(booth.getStyleClass()).contains("free");
        robot.interact(() -> robot.lookup("#planDrawing").query().requestFocus());
        robot.push(KeyCode.HOME);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        TextField exhibitorField = robot.lookup("#exhibitorField").queryAs(TextField.class);
        assertThat(exhibitorField.isFocused()).as("Enter on a free booth puts the cursor in the exhibitor field").isTrue();
        assertThat(robot.lookup("#bookingTitle").queryAs(Label.class).getText()).contains("5A01");

        robot.write("baltic");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#bookingMessage").queryAs(Label.class).getText()).contains("5A01").contains(company);
        // The holder has paid (the sample list says so): the booth is drawn as paid.
        assertThat(robot.lookup("#booth" + first.id()).query().getStyleClass()).contains("paid").doesNotContain("free");
        assertThat(context.booths().bookingsOfBooth(first.id())).singleElement()
                .satisfies(b -> assertThat(b.days()).hasSize(3));
        assertThat(status(robot)).isNotEqualTo(before);
        show(robot, "exhibitors");
        assertThat(row(robot, company).listed().booths()).contains("5A01").hasSize(boothsBefore.size() + 1);
    }

    @Test
    void aBoothBookedMeanwhileByAnotherProgramIsRefusedNamingItsHolder(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        show(robot, "hallPlan");
        robot.interact(() -> robot.lookup("#planDrawing").query().requestFocus());
        robot.push(KeyCode.HOME);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("baltic");
        WaitForAsyncUtils.waitForFxEvents();

        // A second program on the same database (its own services: nothing tells this window).
        ExhibitorService otherExhibitors = new ExhibitorService(context.database(), context.guests());
        BoothService otherDesk = new BoothService(context.database(), context.events(), otherExhibitors);
        Exhibitor holder = otherExhibitors.list(wimc.id()).stream().filter(e -> e.companyName().equals("Alpine Motion AG"))
                .findFirst().orElseThrow();
        otherDesk.bookForEvent(wimc.id(), first.id(), holder.id());

        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#bookingMessage").queryAs(Label.class).getText())
                .startsWith("展位 5A01 已由").contains("Alpine Motion AG");
        assertThat(context.booths().bookingsOfBooth(first.id())).singleElement()
                .satisfies(b -> assertThat(b.exhibitorId()).isEqualTo(holder.id()));
    }
}
