package org.conferencedesk.exhibitors.ui;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
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
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.ExhibitorField;
import org.conferencedesk.exhibitors.ExhibitorRow;
import org.conferencedesk.exhibitors.PaymentStatus;
import org.conferencedesk.guests.GuestCollation;
import org.conferencedesk.shared.ui.Completion;
import org.conferencedesk.shared.ui.DecoratedScreen;
import org.conferencedesk.shared.ui.FieldProblems;
import org.conferencedesk.shared.ui.FormKeys;
import org.conferencedesk.shared.ui.FormScroll;
import org.conferencedesk.shared.ui.RecordTable;
import org.conferencedesk.shared.ui.RecordTableViewModel.Choice;
import org.conferencedesk.shared.ui.ScreenMemory;
import org.conferencedesk.shared.ui.SearchField;
import org.conferencedesk.shared.ui.ShownAs;
import org.conferencedesk.shared.ui.TableCells;
import org.conferencedesk.shared.ui.TableColumns;
import org.controlsfx.control.textfield.AutoCompletionBinding;

/**
 * The exhibitors screen (FXML controller): binds {@code ExhibitorsView.fxml} to an
 * {@link ExhibitorsViewModel} (search, filters, table with multiple selection, bulk "mark paid",
 * delete) and an {@link ExhibitorFormViewModel} (the form on the right). No logic beyond binding.
 * Keys: Ctrl+N new exhibitor, Ctrl+F search, ↓ from the search into the table, Enter on a row edits
 * it, Enter in the form saves, Esc resets, Delete deletes the selection.
 */
public final class ExhibitorsView {

    private final ExhibitorsViewModel model;
    private final ExhibitorFormViewModel form;
    private final ExhibitorWords words;
    private final ScreenMemory memory;
    private final FieldProblems fieldProblems = new FieldProblems();
    private RecordTable<ExhibitorRow> rows;
    private AutoCompletionBinding<String> sectorCompletion;
    private TextField filterField;
    private Parent node;

    @FXML private BorderPane exhibitorRoot;
    @FXML private HBox exhibitorFilterBar;
    @FXML private ComboBox<Choice<ExhibitionMode>> exhibitorModeFilter;
    @FXML private ComboBox<Choice<String>> exhibitorHallFilter;
    @FXML private ComboBox<Choice<String>> exhibitorSectorFilter;
    @FXML private ComboBox<Choice<PaymentStatus>> exhibitorPaymentFilter;
    @FXML private Label exhibitorShownLabel;
    @FXML private Button exhibitorNewButton;
    @FXML private Button exhibitorPaidButton;
    @FXML private Button exhibitorDeleteButton;
    @FXML private TableView<ExhibitorRow> exhibitorTable;
    @FXML private TableColumn<ExhibitorRow, String> exhibitorCompanyNameColumn;
    @FXML private TableColumn<ExhibitorRow, String> exhibitorOtherNameColumn;
    @FXML private TableColumn<ExhibitorRow, String> exhibitorModeColumn;
    @FXML private TableColumn<ExhibitorRow, String> exhibitorHallColumn;
    @FXML private TableColumn<ExhibitorRow, String> exhibitorBoothsColumn;
    @FXML private TableColumn<ExhibitorRow, BigDecimal> exhibitorAreaColumn;
    @FXML private TableColumn<ExhibitorRow, String> exhibitorFeeColumn;
    @FXML private TableColumn<ExhibitorRow, String> exhibitorPaymentColumn;
    @FXML private TableColumn<ExhibitorRow, String> exhibitorSectorColumn;
    @FXML private TableColumn<ExhibitorRow, String> exhibitorCountryColumn;
    @FXML private TableColumn<ExhibitorRow, String> exhibitorContactColumn;
    @FXML private TableColumn<ExhibitorRow, String> exhibitorEmailColumn;
    @FXML private TableColumn<ExhibitorRow, String> exhibitorPhoneColumn;
    @FXML private TableColumn<ExhibitorRow, String> exhibitorWebsiteColumn;
    @FXML private VBox exhibitorFormPane;
    @FXML private ScrollPane exhibitorFormScroll;
    @FXML private Label exhibitorFormTitle;
    @FXML private Label exhibitorUnsavedLabel;
    @FXML private Label exhibitorContactNote;
    @FXML private Label exhibitorBoothsLabel;
    @FXML private VBox exhibitorRelatedBox;
    @FXML private javafx.scene.layout.FlowPane exhibitorContactLinkPane;
    private org.conferencedesk.shared.ui.PickListView<ContactGuestViewModel.Choice> contactPick;
    @FXML private Label exhibitorCompanyNameLabel;
    @FXML private TextField exhibitorCompanyNameField;
    @FXML private Label exhibitorCompanyNameMessage;
    @FXML private Label exhibitorOtherNameLabel;
    @FXML private TextField exhibitorOtherNameField;
    @FXML private Label exhibitorOtherNameMessage;
    @FXML private Label exhibitorCountryLabel;
    @FXML private TextField exhibitorCountryField;
    @FXML private Label exhibitorCountryMessage;
    @FXML private Label exhibitorSectorLabel;
    @FXML private TextField exhibitorSectorField;
    @FXML private Label exhibitorSectorMessage;
    @FXML private Label exhibitorModeLabel;
    @FXML private ComboBox<ExhibitionMode> exhibitorModeField;
    @FXML private Label exhibitorContactPersonLabel;
    @FXML private TextField exhibitorContactPersonField;
    @FXML private Label exhibitorContactPersonMessage;
    @FXML private Label exhibitorEmailLabel;
    @FXML private TextField exhibitorEmailField;
    @FXML private Label exhibitorEmailMessage;
    @FXML private Label exhibitorPhoneLabel;
    @FXML private TextField exhibitorPhoneField;
    @FXML private Label exhibitorPhoneMessage;
    @FXML private Label exhibitorWebsiteLabel;
    @FXML private TextField exhibitorWebsiteField;
    @FXML private Label exhibitorWebsiteMessage;
    @FXML private Label exhibitorPaymentLabel;
    @FXML private ComboBox<PaymentStatus> exhibitorPaymentField;
    @FXML private Label exhibitorFeeLabel;
    @FXML private TextField exhibitorFeeField;
    @FXML private Label exhibitorFeeMessage;
    @FXML private Label exhibitorFeeReasonLabel;
    @FXML private TextField exhibitorFeeReasonField;
    @FXML private Label exhibitorFeeReasonMessage;
    @FXML private Label exhibitorNotesLabel;
    @FXML private TextField exhibitorNotesField;
    @FXML private Label exhibitorNotesMessage;
    @FXML private Button exhibitorSaveButton;
    @FXML private Button exhibitorCancelButton;

    private ExhibitorsView(ExhibitorsViewModel model, ExhibitorFormViewModel form, ScreenMemory memory) {
        this.model = model;
        this.form = form;
        this.words = model.words();
        this.memory = memory;
    }

    /**
     * Loads the screen (validation decorations are drawn inside it) and returns its controller.
     *
     * @param memory where the table's column widths are remembered
     * @throws java.io.UncheckedIOException if the FXML cannot be read (a packaging error)
     */
    public static ExhibitorsView open(ExhibitorsViewModel model, ExhibitorFormViewModel form, ScreenMemory memory) {
        ExhibitorsView view = new ExhibitorsView(model, form, memory);
        view.node = DecoratedScreen.load(ExhibitorsView.class, "ExhibitorsView.fxml", model.words().ui().bundle(),
                () -> view, "exhibitors-view");
        return view;
    }

    /** The screen's content. */
    public Parent node() {
        return node;
    }

    @FXML
    private void initialize() {
        bindFilters();
        bindTable();
        bindForm();
        bindKeys();
    }

    private void bindFilters() {
        filterField = SearchField.above(exhibitorTable, exhibitorFilterBar, "exhibitorFilterField",
                words.get("filter.prompt"), words.get("filter.tooltip"), model.filterTextProperty());
        filterField.setPrefWidth(230);
        RecordTable.bindChoice(exhibitorModeFilter, model.modeFilter().choices(), model.modeFilter().chosenProperty());
        RecordTable.bindChoice(exhibitorHallFilter, model.hallFilter().choices(), model.hallFilter().chosenProperty());
        RecordTable.bindChoice(exhibitorSectorFilter, model.sectorFilter().choices(), model.sectorFilter().chosenProperty());
        RecordTable.bindChoice(exhibitorPaymentFilter, model.paymentFilter().choices(), model.paymentFilter().chosenProperty());
        exhibitorShownLabel.textProperty().bind(model.shownTextProperty());
        exhibitorPaidButton.disableProperty().bind(model.hasSelectionProperty().not());
        exhibitorDeleteButton.disableProperty().bind(model.hasSelectionProperty().not());
        exhibitorNewButton.disableProperty().bind(model.hasEventProperty().not());
        exhibitorFormPane.disableProperty().bind(model.hasEventProperty().not());
    }

    private void bindTable() {
        rows = RecordTable.bind(exhibitorTable, model.table(), true, r -> form.requestEdit(r.exhibitor()),
                "exhibitorTablePlaceholder");
        exhibitorTable.setSortPolicy(t -> {
            model.table().orderProperty().set(t.getComparator());
            return true;
        });
        text(exhibitorCompanyNameColumn, ExhibitorField.COMPANY_NAME, r -> r.exhibitor().companyName());
        text(exhibitorOtherNameColumn, ExhibitorField.OTHER_NAME, r -> r.exhibitor().otherName());
        text(exhibitorModeColumn, ExhibitorField.MODE, r -> words.mode(r.exhibitor().mode()));
        text(exhibitorHallColumn, ExhibitorField.HALL, r -> r.listed().hall());
        text(exhibitorBoothsColumn, ExhibitorField.BOOTHS, r -> String.join(" / ", r.listed().booths()));
        exhibitorAreaColumn.setText(words.get("column.area"));
        exhibitorAreaColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().listed().areaM2()));
        exhibitorAreaColumn.setCellFactory(col -> TableCells.numeric(ExhibitorWords::area));
        exhibitorAreaColumn.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        text(exhibitorFeeColumn, null, r -> words.fee(r.listed().fee()));
        exhibitorFeeColumn.setText(words.get("column.fee"));
        exhibitorFeeColumn.setCellFactory(col -> TableCells.numeric(s -> s));
        text(exhibitorPaymentColumn, ExhibitorField.PAYMENT_STATUS, r -> words.paymentStatus(r.exhibitor().paymentStatus()));
        text(exhibitorSectorColumn, ExhibitorField.SECTOR, r -> r.exhibitor().sector());
        text(exhibitorCountryColumn, ExhibitorField.COUNTRY, r -> r.exhibitor().country());
        text(exhibitorContactColumn, ExhibitorField.CONTACT_PERSON, r -> r.exhibitor().contactPerson());
        text(exhibitorEmailColumn, ExhibitorField.EMAIL, r -> r.exhibitor().email());
        text(exhibitorPhoneColumn, ExhibitorField.PHONE, r -> r.exhibitor().phone());
        text(exhibitorWebsiteColumn, ExhibitorField.WEBSITE, r -> r.exhibitor().website());
        TableColumns.of(exhibitorTable, memory, "exhibitors.table")
                .measure(exhibitorCompanyNameColumn, r -> r.exhibitor().companyName())
                .measure(exhibitorOtherNameColumn, r -> r.exhibitor().otherName())
                .measure(exhibitorModeColumn, r -> words.mode(r.exhibitor().mode()))
                .measure(exhibitorBoothsColumn, r -> String.join(" / ", r.listed().booths()))
                .measure(exhibitorFeeColumn, r -> words.fee(r.listed().fee()))
                .measure(exhibitorPaymentColumn, r -> words.paymentStatus(r.exhibitor().paymentStatus()))
                .measure(exhibitorSectorColumn, r -> r.exhibitor().sector())
                .measure(exhibitorContactColumn, r -> r.exhibitor().contactPerson())
                .measure(exhibitorEmailColumn, r -> r.exhibitor().email()).install();
        rows.selectLater(form.lastSavedProperty(), Exhibitor::id);
    }

    private void text(TableColumn<ExhibitorRow, String> column, ExhibitorField field, Function<ExhibitorRow, String> value) {
        if (field != null) {
            column.setText(words.field(field));
        }
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsLast(GuestCollation.names()));
    }

    /**
     * Shows under the form what is linked to the exhibitor edited (its contact guest, its award
     * nominations), each line opening its record on its own screen.
     */
    void showRelated(org.conferencedesk.shared.ui.RelatedLinesViewModel related) {
        org.conferencedesk.shared.ui.RelatedLinesView.bind(exhibitorRelatedBox, related, "exhibitor",
                org.conferencedesk.shared.i18n.Messages.of("shared", words.locale()));
    }

    /**
     * Under the contact person: finding a guest of the event (name or pinyin) and linking the contact
     * to them, or unlinking it (saved with the exhibitor).
     */
    void showContactGuests(ContactGuestViewModel contact) {
        org.conferencedesk.shared.ui.PickListView<ContactGuestViewModel.Choice> pick =
                contactPick = new org.conferencedesk.shared.ui.PickListView<>(contact.pick(), "exhibitorContactGuest",
                        words.get("form.contactGuest.prompt"), contact::link, contact.canLink());
        pick.choice().setPrefWidth(200);
        javafx.scene.control.Button link = new javafx.scene.control.Button(words.get("form.contactGuest.link"));
        link.setId("exhibitorContactLinkButton");
        link.setOnAction(e -> contact.link());
        link.disableProperty().bind(contact.canLink().not());
        javafx.scene.control.Button unlink = new javafx.scene.control.Button(words.get("form.contactGuest.unlink"));
        unlink.setId("exhibitorContactUnlinkButton");
        unlink.setOnAction(e -> contact.unlink());
        unlink.disableProperty().bind(form.contactNoteProperty().isEmpty());
        exhibitorContactLinkPane.getChildren().setAll(pick.field(), pick.choice(), link, unlink);
    }

    /** Another screen's "Open exhibitor": the exhibitor chosen in the table and the form. */
    void openExhibitor(long id) {
        rows.open(id);
    }

    private void bindForm() {
        FormScroll.keepFocusedInView(exhibitorFormScroll);
        exhibitorFormTitle.textProperty().bind(form.titleProperty());
        exhibitorUnsavedLabel.visibleProperty().bind(form.dirtyProperty());
        field(exhibitorCompanyNameLabel, exhibitorCompanyNameField, exhibitorCompanyNameMessage, ExhibitorField.COMPANY_NAME);
        field(exhibitorOtherNameLabel, exhibitorOtherNameField, exhibitorOtherNameMessage, ExhibitorField.OTHER_NAME);
        field(exhibitorCountryLabel, exhibitorCountryField, exhibitorCountryMessage, ExhibitorField.COUNTRY);
        field(exhibitorSectorLabel, exhibitorSectorField, exhibitorSectorMessage, ExhibitorField.SECTOR);
        field(exhibitorContactPersonLabel, exhibitorContactPersonField, exhibitorContactPersonMessage, ExhibitorField.CONTACT_PERSON);
        field(exhibitorEmailLabel, exhibitorEmailField, exhibitorEmailMessage, ExhibitorField.EMAIL);
        field(exhibitorPhoneLabel, exhibitorPhoneField, exhibitorPhoneMessage, ExhibitorField.PHONE);
        field(exhibitorWebsiteLabel, exhibitorWebsiteField, exhibitorWebsiteMessage, ExhibitorField.WEBSITE);
        field(exhibitorFeeLabel, exhibitorFeeField, exhibitorFeeMessage, ExhibitorField.FEE_OVERRIDE);
        field(exhibitorFeeReasonLabel, exhibitorFeeReasonField, exhibitorFeeReasonMessage, ExhibitorField.FEE_OVERRIDE_REASON);
        field(exhibitorNotesLabel, exhibitorNotesField, exhibitorNotesMessage, ExhibitorField.NOTES);
        exhibitorFeeField.setPromptText(words.get("form.fee.prompt"));
        exhibitorModeLabel.setText(words.field(ExhibitorField.MODE));
        exhibitorPaymentLabel.setText(words.field(ExhibitorField.PAYMENT_STATUS));
        ShownAs.choose(exhibitorModeField, ExhibitionMode.values(), words::mode, form.modeProperty());
        ShownAs.choose(exhibitorPaymentField, PaymentStatus.values(), words::paymentStatus, form.paymentProperty());
        sectorCompletion = Completion.bind(exhibitorSectorField, form::sectorSuggestions);
        exhibitorContactNote.textProperty().bind(form.contactNoteProperty());
        exhibitorContactNote.managedProperty().bind(form.contactNoteProperty().isNotEmpty());
        exhibitorBoothsLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Long id = form.exhibitorId();
            ExhibitorRow row = id == null ? null : model.table().rows().stream().filter(r -> r.id() == id).findFirst().orElse(null);
            return row == null || row.listed().booths().isEmpty() ? words.get("form.noBooths")
                    : words.get("form.booths", String.join(" / ", row.listed().booths()), row.listed().hall(),
                            ExhibitorWords.area(row.listed().areaM2()), words.fee(row.listed().fee()));
        }, form.titleProperty(), form.lastSavedProperty(), model.selection()));
        exhibitorSaveButton.disableProperty().bind(form.canSaveProperty().not());
        exhibitorCancelButton.disableProperty().bind(form.dirtyProperty().not());
    }

    private void field(Label label, TextField field, Label message, ExhibitorField name) {
        fieldProblems.labelled(label, words.field(name), field, form.textProperty(name), form.messageProperty(name), message);
    }

    private void bindKeys() {
        FormKeys.recordScreen(exhibitorRoot, this::newExhibitor, this::focusFilter, exhibitorFormPane,
                () -> exhibitorModeField.isShowing() || exhibitorPaymentField.isShowing()
                        || sectorCompletion.getAutoCompletionPopup().isShowing()
                        || (contactPick != null && contactPick.choosing()),
                form::save, form::reset, exhibitorTable, this::deleteSelected);
    }

    /** Ctrl+F: the search field, its text selected. */
    void focusFilter() {
        SearchField.focus(filterField);
    }

    /** Puts the keyboard focus in the search field (when the screen is shown). */
    void focusSearch() {
        filterField.requestFocus();
    }

    /** Ctrl+N: a new exhibitor of the event shown (asks first if typing would be lost). */
    @FXML
    void newExhibitor() {
        Long event = model.eventId();
        if (event != null && form.requestNew(event)) {
            exhibitorTable.getSelectionModel().clearSelection();
            exhibitorCompanyNameField.requestFocus();
        }
    }

    @FXML
    private void deleteSelected() {
        List<ExhibitorRow> chosen = List.copyOf(model.selection());
        if (model.deleteSelection()) {
            chosen.forEach(r -> form.recordDeleted(r.id()));
        }
    }

    @FXML
    private void markPaid() {
        model.markSelectionPaid();
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
