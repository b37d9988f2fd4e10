package org.conferencedesk.contracts.ui;

import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.contracts.ContractStatus;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.conferencedesk.shared.i18n.Messages;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.conferencedesk.shared.ui.Completion;
import org.conferencedesk.shared.ui.DecoratedScreen;
import org.conferencedesk.shared.ui.FieldProblems;
import org.conferencedesk.shared.ui.FigureTable;
import org.conferencedesk.shared.ui.FormKeys;
import org.conferencedesk.shared.ui.FormScroll;
import org.conferencedesk.shared.ui.ScreenMemory;
import org.conferencedesk.shared.ui.TableColumns;
import org.conferencedesk.shared.ui.RecordTable;
import org.conferencedesk.shared.ui.RecordTableViewModel.Choice;
import org.conferencedesk.shared.ui.SearchField;
import org.conferencedesk.shared.ui.TableCells;

/**
 * The contracts screen (FXML controller): binds {@code ContractsView.fxml} to a
 * {@link ContractsViewModel} (table, filters, totals) and a {@link ContractFormViewModel} (the form
 * on the right, the only editor: no inline table editing, see STACK.md on JDK-8089514). No logic
 * beyond binding; keys: Ctrl+N new, Enter save, Esc cancel, Ctrl+F filter, Delete delete.
 *
 * <p>Call {@link ContractsViewModel#attach()} when the screen is shown and {@code detach()} when hidden.
 */
public final class ContractsView {


    private final ContractsViewModel model;
    private final ContractFormViewModel form;
    private final Messages messages;
    private final FieldProblems fieldProblems = new FieldProblems();
    private RecordTable<Contract> rows;
    private final ScreenMemory memory;
    @FXML private ScrollPane formScroll;
    private AutoCompletionBinding<String> sectorCompletion;
    private AutoCompletionBinding<String> districtCompletion;

    @FXML private BorderPane root;
    @FXML private HBox filterBar;
    @FXML private ComboBox<Choice<String>> sectorFilter;
    @FXML private ComboBox<Choice<String>> districtFilter;
    @FXML private ComboBox<Choice<ContractStatus>> statusFilter;
    @FXML private Label shownLabel;
    @FXML private Button newButton;
    @FXML private Button deleteButton;
    @FXML private TableView<Contract> table;
    @FXML private TableColumn<Contract, Integer> signingOrderColumn;
    @FXML private TableColumn<Contract, String> projectNameColumn;
    @FXML private TableColumn<Contract, String> investorColumn;
    @FXML private TableColumn<Contract, String> partnerColumn;
    @FXML private TableColumn<Contract, String> sectorColumn;
    @FXML private TableColumn<Contract, String> districtColumn;
    @FXML private TableColumn<Contract, BigDecimal> amountColumn;
    @FXML private TableColumn<Contract, String> currencyColumn;
    @FXML private TableColumn<Contract, ContractStatus> statusColumn;
    @FXML private TableColumn<Contract, LocalDate> signedOnColumn;
    @FXML private TableColumn<Contract, BigDecimal> runningTotalColumn;
    @FXML private Label signedLabel;
    @FXML private Label signedAmountLabel;
    @FXML private Label plannedLabel;
    @FXML private Label totalLabel;
    @FXML private Label otherCurrenciesLabel;
    @FXML private TableView<RunningTotalsViewModel.NamedAmount> sectorTable;
    @FXML private TableColumn<RunningTotalsViewModel.NamedAmount, String> sectorNameColumn;
    @FXML private TableColumn<RunningTotalsViewModel.NamedAmount, String> sectorAmountColumn;
    @FXML private TableView<RunningTotalsViewModel.NamedAmount> districtTable;
    @FXML private TableColumn<RunningTotalsViewModel.NamedAmount, String> districtNameColumn;
    @FXML private TableColumn<RunningTotalsViewModel.NamedAmount, String> districtAmountColumn;
    @FXML private VBox formPane;
    @FXML private Label formTitle;
    @FXML private Label unsavedLabel;
    @FXML private TextField signingOrderField;
    @FXML private TextField projectNameField;
    @FXML private TextField investorField;
    @FXML private TextField partnerField;
    @FXML private TextField sectorField;
    @FXML private TextField districtField;
    @FXML private TextField amountField;
    @FXML private TextField currencyField;
    @FXML private ComboBox<ContractStatus> statusField;
    @FXML private TextField signedOnField;
    @FXML private TextField noteField;
    @FXML private Label signingOrderMessage;
    @FXML private Label projectNameMessage;
    @FXML private Label investorMessage;
    @FXML private Label partnerMessage;
    @FXML private Label sectorMessage;
    @FXML private Label districtMessage;
    @FXML private Label amountMessage;
    @FXML private Label currencyMessage;
    @FXML private Label signedOnMessage;
    @FXML private Label noteMessage;
    @FXML private Label amountPreview;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;
    private TextField filterField;
    private Parent node;

    private ContractsView(ContractsViewModel model, ContractFormViewModel form, Messages messages, ScreenMemory memory) {
        this.memory = memory;
        this.model = model;
        this.form = form;
        this.messages = messages;
    }

    /**
     * Loads the screen. The result is meant for the centre of the main window; validation
     * decorations are drawn inside it (it does not touch the scene's root).
     *
     * @param messages the {@code contracts} area, in the UI language
     * @throws UncheckedIOException if the FXML cannot be read (a packaging error)
     */
    public static Parent load(ContractsViewModel model, ContractFormViewModel form, Messages messages) {
        return open(model, form, messages, ScreenMemory.NONE).node();
    }

    /**
     * Loads the screen (see {@link #load}) and returns its controller, for the window's keys.
     *
     * @param memory where the table's column widths are remembered
     */
    static ContractsView open(ContractsViewModel model, ContractFormViewModel form, Messages messages, ScreenMemory memory) {
        ContractsView view = new ContractsView(model, form, messages, memory);
        view.node = DecoratedScreen.load(ContractsView.class, "ContractsView.fxml", messages.bundle(), () -> view,
                "contracts-view");
        return view;
    }

    /** The screen's content. */
    Parent node() {
        return node;
    }

    @FXML
    private void initialize() {
        bindFilters();
        bindTable();
        bindTotals();
        bindForm();
        bindKeys();
    }

    private void bindFilters() {
        filterField = SearchField.above(table, filterBar, "filterField", messages.get("filter.prompt"),
                messages.get("filter.tooltip"), model.filterTextProperty());
        RecordTable.bindChoice(sectorFilter, model.sectorChoices(), model.sectorFilterProperty());
        RecordTable.bindChoice(districtFilter, model.districtChoices(), model.districtFilterProperty());
        RecordTable.bindChoice(statusFilter, model.statusChoices(), model.statusFilterProperty());
        shownLabel.textProperty().bind(model.shownTextProperty());
        deleteButton.disableProperty().bind(model.canDeleteProperty().not());
    }


    private void bindTable() {
        // The form is the editor: choosing a row edits it, asking first if typing would be lost.
        rows = RecordTable.bind(table, model.table(), false, form::requestEdit, "tablePlaceholder");
        newButton.disableProperty().bind(model.hasEventProperty().not());
        formPane.disableProperty().bind(model.hasEventProperty().not());
        // Columns sized from their content (names not cut where there is room), resizable, remembered.
        TableColumns.of(table, memory, "contracts.table")
                .measure(projectNameColumn, Contract::projectName).measure(investorColumn, Contract::investor)
                .measure(partnerColumn, Contract::partner).measure(sectorColumn, Contract::sector)
                .measure(districtColumn, Contract::district).install();

        signingOrderColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().signingOrder()));
        signingOrderColumn.setStyle("-fx-alignment: CENTER_RIGHT;");
        textColumn(projectNameColumn, Contract::projectName);
        textColumn(investorColumn, Contract::investor);
        textColumn(partnerColumn, Contract::partner);
        textColumn(sectorColumn, Contract::sector);
        textColumn(districtColumn, Contract::district);
        amountColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().amount()));
        amountColumn.setCellFactory(col -> TableCells.numeric(model::formatAmount));
        currencyColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().currency()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        statusColumn.setCellFactory(col -> TableCells.formatted(model::statusLabel));
        signedOnColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().signedOn()));
        signedOnColumn.setCellFactory(col -> TableCells.<Contract, LocalDate>formatted(d -> d == null ? "" : d.toString()));
        runningTotalColumn.setCellValueFactory(c -> model.runningTotal(c.getValue()));
        runningTotalColumn.setCellFactory(col -> TableCells.numeric(model::formatAmount));
        Label runningTotalHeader = new Label(messages.get("column.runningTotal"));
        runningTotalHeader.setTooltip(new javafx.scene.control.Tooltip(messages.get("column.runningTotal.tooltip")));
        runningTotalColumn.setText(null);
        runningTotalColumn.setGraphic(runningTotalHeader);

        form.lastSavedProperty().addListener((o, was, saved) -> {
            if (saved != null && saved.id() != null) {
                rows.select(saved.id());
            }
        });
    }

    private void textColumn(TableColumn<Contract, String> column, Function<Contract, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setComparator(model.textOrder());
    }

    private void bindTotals() {
        RunningTotalsViewModel totals = model.totals();
        signedLabel.textProperty().bind(totals.signedTextProperty());
        signedAmountLabel.textProperty().bind(totals.signedAmountTextProperty());
        plannedLabel.textProperty().bind(totals.plannedTextProperty());
        totalLabel.textProperty().bind(totals.totalTextProperty());
        otherCurrenciesLabel.textProperty().bind(totals.otherCurrenciesTextProperty());
        otherCurrenciesLabel.visibleProperty().bind(totals.otherCurrenciesTextProperty().isNotEmpty());
        otherCurrenciesLabel.managedProperty().bind(otherCurrenciesLabel.visibleProperty());
        breakdown(sectorTable, sectorNameColumn, sectorAmountColumn, totals.bySector());
        breakdown(districtTable, districtNameColumn, districtAmountColumn, totals.byDistrict());
        renameFrom(sectorTable, ContractField.SECTOR, "sector");
        renameFrom(districtTable, ContractField.DISTRICT, "district");
    }

    /**
     * A sector's or district's row offers to rename it across the event (right click, or the
     * context-menu key): a dialog asks for the new name, the model does the rest.
     */
    private void renameFrom(TableView<RunningTotalsViewModel.NamedAmount> view, ContractField field, String kind) {
        view.setRowFactory(t -> {
            javafx.scene.control.TableRow<RunningTotalsViewModel.NamedAmount> row = new javafx.scene.control.TableRow<>();
            javafx.scene.control.MenuItem rename = new javafx.scene.control.MenuItem(messages.get("rename.menu." + kind));
            rename.setId("rename-" + kind);
            rename.setOnAction(e -> askRename(view, field, kind, row.getItem()));
            javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(rename);
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty().or(Bindings.createBooleanBinding(
                    () -> row.getItem() == null || row.getItem().value().isEmpty(), row.itemProperty())))
                    .then((javafx.scene.control.ContextMenu) null).otherwise(menu));
            return row;
        });
    }

    private void askRename(TableView<?> view, ContractField field, String kind, RunningTotalsViewModel.NamedAmount row) {
        if (row == null || row.value().isEmpty()) {
            return;
        }
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(row.value());
        dialog.initOwner(view.getScene().getWindow());
        dialog.setTitle(messages.get("rename.title." + kind));
        dialog.setHeaderText(null);
        dialog.setContentText(messages.get("rename.prompt", row.value(), model.countWith(field, row.value())));
        dialog.getEditor().setId("renameField");
        if (dialog.getDialogPane().lookup(".content.label") instanceof Label prompt) {
            prompt.setWrapText(true);
        }
        dialog.getDialogPane().setPrefWidth(460);
        dialog.showAndWait().ifPresent(name -> model.renameValue(field, row.value(), name));
    }

    private static void breakdown(TableView<RunningTotalsViewModel.NamedAmount> view,
                                  TableColumn<RunningTotalsViewModel.NamedAmount, String> name,
                                  TableColumn<RunningTotalsViewModel.NamedAmount, String> amount,
                                  javafx.collections.ObservableList<RunningTotalsViewModel.NamedAmount> rows) {
        FigureTable.bind(view, name, amount, rows, RunningTotalsViewModel.NamedAmount::name,
                RunningTotalsViewModel.NamedAmount::amount);
    }

    private void bindForm() {
        formTitle.textProperty().bind(Bindings.when(form.newProperty())
                .then(messages.get("form.title.new")).otherwise(messages.get("form.title.edit")));
        unsavedLabel.visibleProperty().bind(form.dirtyProperty());
        field(signingOrderField, form.signingOrderProperty(), signingOrderMessage, ContractField.SIGNING_ORDER);
        field(projectNameField, form.projectNameProperty(), projectNameMessage, ContractField.PROJECT_NAME);
        field(investorField, form.investorProperty(), investorMessage, ContractField.INVESTOR);
        field(partnerField, form.partnerProperty(), partnerMessage, ContractField.PARTNER);
        field(sectorField, form.sectorProperty(), sectorMessage, ContractField.SECTOR);
        field(districtField, form.districtProperty(), districtMessage, ContractField.DISTRICT);
        // Sector and district are chosen from the event's values, completed as you type.
        sectorCompletion = complete(sectorField, ContractField.SECTOR);
        districtCompletion = complete(districtField, ContractField.DISTRICT);
        field(amountField, form.amountProperty(), amountMessage, ContractField.AMOUNT);
        field(currencyField, form.currencyProperty(), currencyMessage, ContractField.CURRENCY);
        field(signedOnField, form.signedOnProperty(), signedOnMessage, ContractField.SIGNED_ON);
        field(noteField, form.noteProperty(), noteMessage, ContractField.NOTE);
        FormScroll.keepFocusedInView(formScroll);
        amountPreview.textProperty().bind(form.amountPreviewProperty());
        amountPreview.visibleProperty().bind(form.amountPreviewProperty().isNotEmpty());
        amountPreview.managedProperty().bind(amountPreview.visibleProperty());
        statusField.getItems().setAll(ContractStatus.values());
        statusField.setMaxWidth(Double.MAX_VALUE);
        statusField.setConverter(org.conferencedesk.shared.ui.ShownAs.labels(model::statusLabel));
        statusField.valueProperty().bindBidirectional(form.statusProperty());
        saveButton.disableProperty().bind(form.canSaveProperty().not());
        cancelButton.disableProperty().bind(form.dirtyProperty().not());
    }

    private AutoCompletionBinding<String> complete(TextField field, ContractField name) {
        return Completion.bind(field, typed -> form.suggestions(name, typed));
    }

    private void field(TextField field, StringProperty text, Label message, ContractField name) {
        field.textProperty().bindBidirectional(text);
        fieldProblems.show(field, form.messageProperty(name), message);
    }

    private void bindKeys() {
        // Inside the screen; elsewhere in the window (a header button) the window hands Ctrl+N and
        // Ctrl+F to the screen shown (ContractsScreen).
        FormKeys.recordScreen(root, this::newContract, this::focusFilter, formPane, () -> statusField.isShowing()
                || sectorCompletion.getAutoCompletionPopup().isShowing() || districtCompletion.getAutoCompletionPopup().isShowing(),
                form::save, form::reset, table, this::deleteSelected);
    }

    /** Ctrl+F: the search field, its text selected. */
    void focusFilter() {
        SearchField.focus(filterField);
    }

    /** Ctrl+N: a new contract of the event shown (asks first if typing would be lost). */
    @FXML
    void newContract() {
        if (newButton.isDisabled()) {
            return;
        }
        Long event = model.eventId();
        if (event != null && form.requestNew(event)) {
            model.selectedProperty().set(null);
            projectNameField.requestFocus();
        }
    }

    @FXML
    private void deleteSelected() {
        Contract selected = model.selectedProperty().get();
        if (model.deleteSelected()) {
            form.recordDeleted(selected.id());
        }
    }

    @FXML
    private void save() {
        form.save();
    }

    @FXML
    private void cancel() {
        form.reset();
    }
}
