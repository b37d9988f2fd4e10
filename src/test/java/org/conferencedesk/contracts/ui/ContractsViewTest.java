package org.conferencedesk.contracts.ui;

import org.conferencedesk.shared.ui.RecordTableViewModel;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractRepository;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.LiveContracts;
import org.conferencedesk.shared.FxClicks;
import org.conferencedesk.shared.FxTestTaskExecutor;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.RecordingDialogs;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.Database;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The contracts screen used as a user would: by keyboard, reading the table, the totals and the database. */
@ExtendWith(ApplicationExtension.class)
class ContractsViewTest {

    private Database database;
    private ContractService service;
    private LiveContracts live;
    private long eventId;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        // The application's one theme (its colours are looked up by ContractsView.css).
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        database = Database.openInMemory(UUID.randomUUID().toString());
        eventId = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
        service = new ContractService(database, new ContractRepository(database.dsl()));
        FxTestTaskExecutor executor = new FxTestTaskExecutor();
        live = new LiveContracts(service, executor);
        live.show(eventId);
        Messages messages = Messages.of("contracts", Locale.ENGLISH);
        ContractsViewModel model = new ContractsViewModel(live, service, executor, dialogs, messages);
        ContractFormViewModel form = new ContractFormViewModel(service, executor, dialogs, messages);
        form.follow(live);
        Parent view = ContractsView.load(model, form, messages);
        model.attach();
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeDatabase() {
        live.close();
        database.close();
    }

    private static void newContract(FxRobot robot) {
        FxClicks.clickOn(robot, "#table");
        robot.push(KeyCode.CONTROL, KeyCode.N);
    }

    private static void tab(FxRobot robot, int times) {
        for (int i = 0; i < times; i++) {
            robot.type(KeyCode.TAB);
        }
    }

    /** The text a table cell shows, found by row and column id (its fx:id). */
    private static String cellText(FxRobot robot, int row, String column) {
        return robot.lookup("#table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == row && c.getTableColumn() != null && column.equals(c.getTableColumn().getId()))
                .map(TableCell::getText).findFirst().orElse(null);
    }

    @Test
    void typingAContractByKeyboardAddsTheRowAndUpdatesTheTotals(FxRobot robot) {
        newContract(robot);
        assertThat(robot.lookup("#projectNameField").queryAs(TextField.class).isFocused()).isTrue();

        robot.write("Robot plant");
        tab(robot, 1);
        robot.write("ABB");
        tab(robot, 1);
        robot.write("Jiangning Development Zone");
        tab(robot, 1);
        robot.write("Robotics");
        tab(robot, 1);
        robot.write("南京");
        tab(robot, 1);
        robot.write("3,500万元");
        assertThat(robot.lookup("#amountPreview").queryAs(Label.class).getText())
                .isEqualTo("= 35,000,000.00 yuan (RMB 35 million)");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(service.list(eventId)).singleElement().satisfies(c -> {
            assertThat(c.projectName()).isEqualTo("Robot plant");
            assertThat(c.district()).isEqualTo("南京");
            assertThat(c.amount()).isEqualTo(new BigDecimal("35000000.00"));
            assertThat(c.signingOrder()).isEqualTo(1);
        });
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        assertThat(cellText(robot, 0, "projectNameColumn")).isEqualTo("Robot plant");
        assertThat(cellText(robot, 0, "districtColumn")).isEqualTo("南京");
        assertThat(cellText(robot, 0, "amountColumn")).isEqualTo("35,000,000.00");
        assertThat(cellText(robot, 0, "runningTotalColumn")).isEqualTo("35,000,000.00");
        assertThat(cellText(robot, 0, "statusColumn")).isEqualTo("Signed");
        assertThat(robot.lookup("#signedLabel").queryAs(Label.class).getText()).isEqualTo("Signed: 1 contract");
        assertThat(robot.lookup("#signedAmountLabel").queryAs(Label.class).getText()).isEqualTo("RMB 35 million");
    }

    @Test
    void runningTotalOfLaterRowsFollowsAnEditOfAnEarlierOne(FxRobot robot) {
        robot.interact(() -> service.addAll(eventId, List.of(
                new Contract(null, eventId, "A", null, null, null, null, new BigDecimal("100.00"), "CNY", null,
                        ContractStatus.SIGNED, null, null),
                new Contract(null, eventId, "B", null, null, null, null, new BigDecimal("20.50"), "CNY", null,
                        ContractStatus.SIGNED, null, null))));
        assertThat(cellText(robot, 1, "runningTotalColumn")).isEqualTo("120.50");

        FxClicks.clickOn(robot, robot.lookup("#table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == 0 && "A".equals(c.getText())).map(Node.class::cast).findFirst().orElseThrow());
        FxClicks.doubleClickOn(robot, "#amountField");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("1万").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cellText(robot, 0, "amountColumn")).isEqualTo("10,000.00");
        assertThat(cellText(robot, 1, "runningTotalColumn")).isEqualTo("10,020.50");
        assertThat(robot.lookup("#signedAmountLabel").queryAs(Label.class).getText()).isEqualTo("RMB 10,020.50");
    }

    @Test
    void aBadAmountShowsTheMessageAndTheDecorationAndSavesNothing(FxRobot robot) {
        newContract(robot);
        robot.write("Chip fab");
        tab(robot, 5);
        robot.write("5亿欧");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#amountMessage").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).startsWith("\u201c欧\u201d is not a unit or currency");
        TextField amount = robot.lookup("#amountField").queryAs(TextField.class);
        assertThat(amount.getText()).isEqualTo("5亿欧");
        assertThat(Decorator.getDecorations(amount)).isNotEmpty();
        assertThat(service.list(eventId)).isEmpty();

        robot.push(KeyCode.CONTROL, KeyCode.A).write("5亿欧元");
        assertThat(message.isVisible()).isFalse();
        assertThat(Decorator.getDecorations(amount)).isNullOrEmpty();
    }

    @Test
    void escapeThrowsAwayTheTypingAndDeleteKeyDeletesAfterAsking(FxRobot robot) {
        robot.interact(() -> service.save(new Contract(null, eventId, "智能制造产业园", null, null, "智能制造", "江宁区",
                new BigDecimal("5200000000.00"), "CNY", 1, ContractStatus.SIGNED, null, null)));
        FxClicks.clickOn(robot, "智能制造产业园");
        TextField name = robot.lookup("#projectNameField").queryAs(TextField.class);
        assertThat(name.getText()).isEqualTo("智能制造产业园");

        FxClicks.clickOn(robot, name);

        robot.push(KeyCode.CONTROL, KeyCode.A).write("南京");
        assertThat(name.getText()).isEqualTo("南京");
        robot.type(KeyCode.ESCAPE);
        assertThat(name.getText()).isEqualTo("智能制造产业园");

        FxClicks.clickOn(robot, "智能制造产业园");

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.questions).containsExactly("Delete the contract \u201c智能制造产业园\u201d? This cannot be undone.");
        assertThat(service.list(eventId)).isEmpty();
        assertThat(robot.lookup("#table").queryAs(TableView.class).getItems()).isEmpty();
        assertThat(name.getText()).isEmpty();
        assertThat(robot.lookup("#formTitle").queryAs(Label.class).getText()).isEqualTo("New contract");
    }

    @Test
    void ctrlFFocusesTheFilterAndTypingFilters(FxRobot robot) {
        robot.interact(() -> service.addAll(eventId, List.of(
                new Contract(null, eventId, "南京机器人", null, null, null, null, BigDecimal.ONE, "CNY", null,
                        ContractStatus.SIGNED, null, null),
                new Contract(null, eventId, "Chip fab", null, null, null, null, BigDecimal.ONE, "CNY", null,
                        ContractStatus.SIGNED, null, null))));
        FxClicks.clickOn(robot, "#table");
        robot.push(KeyCode.CONTROL, KeyCode.F);
        assertThat(robot.lookup("#filterField").queryAs(TextField.class).isFocused()).isTrue();

        robot.write("南京");

        assertThat(robot.lookup("#table").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(cellText(robot, 0, "projectNameColumn")).isEqualTo("南京机器人");
    }

    @Test
    void downInTheSearchFieldMovesIntoTheTableOnTheFirstRowShown(FxRobot robot) {
        robot.interact(() -> service.addAll(eventId, List.of(
                new Contract(null, eventId, "Chip fab", null, null, null, null, BigDecimal.ONE, "CNY", null,
                        ContractStatus.SIGNED, null, null),
                new Contract(null, eventId, "南京机器人", null, null, null, null, BigDecimal.ONE, "CNY", null,
                        ContractStatus.SIGNED, null, null))));
        FxClicks.clickOn(robot, "#filterField");
        robot.write("南京");

        robot.type(KeyCode.DOWN);

        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        assertThat(table.isFocused()).isTrue();
        assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
        assertThat(robot.lookup("#projectNameField").queryAs(TextField.class).getText()).isEqualTo("南京机器人");
        robot.type(KeyCode.DELETE);
        assertThat(dialogs.destructiveQuestions).containsExactly("Delete the contract “南京机器人”? This cannot be undone.");
        assertThat(dialogs.destructiveActions).containsExactly("Delete");
    }

    @Test
    void choosingAnotherRowWithUnsavedTypingAsksAndKeepsTheTypingOnNo(FxRobot robot) {
        robot.interact(() -> service.addAll(eventId, List.of(
                new Contract(null, eventId, "南京机器人", null, null, null, null, BigDecimal.ONE, "CNY", null,
                        ContractStatus.SIGNED, null, null),
                new Contract(null, eventId, "Chip fab", null, null, null, null, BigDecimal.TEN, "CNY", null,
                        ContractStatus.SIGNED, null, null))));
        FxClicks.clickOn(robot, "南京机器人");
        TextField note = robot.lookup("#noteField").queryAs(TextField.class);
        FxClicks.clickOn(robot, note);
        robot.write("未保存的备注");

        dialogs.answer = false;
        FxClicks.clickOn(robot, "Chip fab");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.questions).containsExactly("The form has changes that are not saved. Throw them away?");
        assertThat(note.getText()).isEqualTo("未保存的备注");
        assertThat(robot.lookup("#projectNameField").queryAs(TextField.class).getText()).isEqualTo("南京机器人");
        assertThat(((Contract) robot.lookup("#table").queryAs(TableView.class).getSelectionModel().getSelectedItem())
                .projectName()).isEqualTo("南京机器人");

        dialogs.answer = true;
        FxClicks.clickOn(robot, "Chip fab");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#projectNameField").queryAs(TextField.class).getText()).isEqualTo("Chip fab");
        assertThat(note.getText()).isEmpty();
        assertThat(service.list(eventId)).extracting(Contract::note).containsOnlyNulls();
    }

    @Test
    void sectorFilterKeepsShowingItsChoiceWhenANewSectorAppears(FxRobot robot) {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<RecordTableViewModel.Choice> sectors =
                robot.lookup("#sectorFilter").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(sectors.getValue().label()).isEqualTo("All sectors");
        assertThat(shownText(sectors))
                .isEqualTo("All sectors");
        robot.interact(() -> service.save(new Contract(null, eventId, "Chip fab", null, null, "Chips", null,
                BigDecimal.ONE, "CNY", null, ContractStatus.SIGNED, null, null)));
        FxClicks.clickOn(robot, "#sectorFilter");
        robot.type(KeyCode.ESCAPE);

        robot.interact(() -> service.save(new Contract(null, eventId, "Robot park", null, null, "Robotics", null,
                BigDecimal.TEN, "CNY", null, ContractStatus.SIGNED, null, null)));

        assertThat(sectors.getItems()).extracting(RecordTableViewModel.Choice::label).containsExactly("All sectors", "Chips", "Robotics");
        assertThat(sectors.getValue()).isNotNull();
        assertThat(sectors.getValue().label()).isEqualTo("All sectors");
        assertThat(shownText(sectors))
                .isEqualTo("All sectors");
        assertThat(robot.lookup("#table").queryAs(TableView.class).getItems()).hasSize(2);
    }

    /** What a combo box shows in its button (its display cell), as the user reads it. */
    private static String shownText(javafx.scene.control.ComboBox<?> box) {
        var display = ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) box.getSkin()).getDisplayNode();
        return ((javafx.scene.control.ListCell<?>) display).getText();
    }

    @Test
    void theSectorIsCompletedFromTheEventsSectorsAsYouType(FxRobot robot) {
        robot.interact(() -> service.save(new Contract(null, eventId, "Chip fab", null, null, "Robotics", "江宁区",
                BigDecimal.ONE, "CNY", null, ContractStatus.SIGNED, null, null)));
        newContract(robot);
        FxClicks.clickOn(robot, "#sectorField");

        robot.write("bot");
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.ListView<?> suggestions = robot.listWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().getRoot().lookup(".list-view"))
                .filter(java.util.Objects::nonNull).map(n -> (javafx.scene.control.ListView<?>) n).findFirst().orElseThrow();
        assertThat(suggestions.getItems()).extracting(Object::toString).containsExactly("Robotics");
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sectorField").queryAs(TextField.class).getText()).isEqualTo("Robotics");
        assertThat(service.list(eventId)).hasSize(1);
    }
}
