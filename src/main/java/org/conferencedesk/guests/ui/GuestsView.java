package org.conferencedesk.guests.ui;

import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestCollation;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.GuestRow;
import org.conferencedesk.guests.InvitationStatus;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
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
import org.conferencedesk.shared.ui.ShownAs;
import org.conferencedesk.shared.ui.TableCells;

/**
 * The guests screen (FXML controller): binds {@code GuestsView.fxml} to a {@link GuestsViewModel}
 * (search, filters, table with multiple selection, bulk actions, figures) and a
 * {@link GuestFormViewModel} (the form on the right). No logic beyond binding. Keys: Ctrl+N new
 * guest, Ctrl+F search, Enter save, Esc cancel, Delete delete the selection.
 */
public final class GuestsView {


    private final GuestsViewModel model;
    private final GuestFormViewModel form;
    private final GuestWords words;
    private final FieldProblems fieldProblems = new FieldProblems();
    private RecordTable<GuestRow> rows;
    private final ScreenMemory memory;
    @FXML private javafx.scene.control.ScrollPane formScroll;

    @FXML private BorderPane root;
    @FXML private HBox filterBar;
    @FXML private ComboBox<Choice<GuestCategory>> categoryFilter;
    @FXML private ComboBox<Choice<InvitationStatus>> statusFilter;
    @FXML private ComboBox<Choice<Attendance>> attendanceFilter;
    @FXML private Label shownLabel;
    @FXML private Button guestNewButton;
    @FXML private Button deleteButton;
    @FXML private Button invitedButton;
    @FXML private Button confirmedButton;
    @FXML private Button declinedButton;
    @FXML private Button checkInButton;
    @FXML private TableView<GuestRow> table;
    @FXML private TableColumn<GuestRow, GuestRow> fullNameColumn;
    @FXML private TableColumn<GuestRow, String> otherNameColumn;
    @FXML private TableColumn<GuestRow, String> titleColumn;
    @FXML private TableColumn<GuestRow, String> organisationColumn;
    @FXML private TableColumn<GuestRow, String> countryColumn;
    @FXML private TableColumn<GuestRow, String> categoryColumn;
    @FXML private TableColumn<GuestRow, String> vipLevelColumn;
    @FXML private TableColumn<GuestRow, String> attendanceColumn;
    @FXML private TableColumn<GuestRow, String> invitationStatusColumn;
    @FXML private TableColumn<GuestRow, Instant> checkedInAtColumn;
    @FXML private TableColumn<GuestRow, String> emailColumn;
    @FXML private TableColumn<GuestRow, String> phoneColumn;
    @FXML private TableColumn<GuestRow, String> hostColumn;
    @FXML private Label headlineLabel;
    @FXML private TableView<GuestSummaryViewModel.NamedCount> categoryTable;
    @FXML private TableColumn<GuestSummaryViewModel.NamedCount, String> categoryNameColumn;
    @FXML private TableColumn<GuestSummaryViewModel.NamedCount, Integer> categoryCountColumn;
    @FXML private TableView<GuestSummaryViewModel.NamedCount> statusTable;
    @FXML private TableColumn<GuestSummaryViewModel.NamedCount, String> statusNameColumn;
    @FXML private TableColumn<GuestSummaryViewModel.NamedCount, Integer> statusCountColumn;
    @FXML private TableView<GuestSummaryViewModel.NamedCount> attendanceTable;
    @FXML private TableColumn<GuestSummaryViewModel.NamedCount, String> attendanceNameColumn;
    @FXML private TableColumn<GuestSummaryViewModel.NamedCount, Integer> attendanceCountColumn;
    @FXML private VBox formPane;
    @FXML private Label formTitle;
    @FXML private Label unsavedLabel;
    @FXML private Label fullNameLabel;
    @FXML private Label otherNameLabel;
    @FXML private Label titleLabel;
    @FXML private Label organisationLabel;
    @FXML private Label countryLabel;
    @FXML private Label categoryLabel;
    @FXML private Label vipLevelLabel;
    @FXML private Label attendanceLabel;
    @FXML private Label invitationStatusLabel;
    @FXML private Label emailLabel;
    @FXML private Label phoneLabel;
    @FXML private Label hostLabel;
    @FXML private Label notesLabel;
    @FXML private TextField fullNameField;
    @FXML private TextField otherNameField;
    @FXML private TextField titleField;
    @FXML private TextField organisationField;
    @FXML private TextField countryField;
    @FXML private TextField vipLevelField;
    @FXML private TextField emailField;
    @FXML private TextField phoneField;
    @FXML private TextField hostField;
    @FXML private TextField notesField;
    @FXML private Label fullNameMessage;
    @FXML private Label otherNameMessage;
    @FXML private Label titleMessage;
    @FXML private Label organisationMessage;
    @FXML private Label countryMessage;
    @FXML private Label vipLevelMessage;
    @FXML private Label emailMessage;
    @FXML private Label phoneMessage;
    @FXML private Label hostMessage;
    @FXML private Label notesMessage;
    @FXML private ComboBox<GuestCategory> categoryField;
    @FXML private ComboBox<Attendance> attendanceField;
    @FXML private ComboBox<InvitationStatus> invitationStatusField;
    @FXML private Label checkedInLabel;
    @FXML private VBox relatedBox;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;
    private TextField filterField;
    private Parent node;

    private GuestsView(GuestsViewModel model, GuestFormViewModel form, ScreenMemory memory) {
        this.memory = memory;
        this.model = model;
        this.form = form;
        this.words = model.words();
    }

    /**
     * Loads the screen (validation decorations are drawn inside it).
     *
     * @throws UncheckedIOException if the FXML cannot be read (a packaging error)
     */
    public static Parent load(GuestsViewModel model, GuestFormViewModel form) {
        return open(model, form, ScreenMemory.NONE).node();
    }

    /**
     * Loads the screen (see {@link #load}) and returns its controller, for the window's keys.
     *
     * @param memory where the table's column widths are remembered
     */
    static GuestsView open(GuestsViewModel model, GuestFormViewModel form, ScreenMemory memory) {
        GuestsView view = new GuestsView(model, form, memory);
        view.node = DecoratedScreen.load(GuestsView.class, "GuestsView.fxml", model.words().ui().bundle(), () -> view,
                "guests-view");
        return view;
    }

    /** The screen's content. */
    Parent node() {
        return node;
    }

    @FXML
    private void initialize() {
        prefixIds(root, "guest");
        bindFilters();
        bindTable();
        bindSummary();
        bindForm();
        bindKeys();
    }

    private void bindFilters() {
        filterField = SearchField.above(table, filterBar, "guestFilterField", words.get("filter.prompt"),
                words.get("filter.tooltip"), model.filterTextProperty());
        RecordTable.bindChoice(categoryFilter, model.categoryChoices(), model.categoryFilterProperty());
        RecordTable.bindChoice(statusFilter, model.statusChoices(), model.statusFilterProperty());
        RecordTable.bindChoice(attendanceFilter, model.attendanceChoices(), model.attendanceFilterProperty());
        shownLabel.textProperty().bind(model.shownTextProperty());
        for (Button b : new Button[] {deleteButton, invitedButton, confirmedButton, declinedButton, checkInButton}) {
            b.disableProperty().bind(model.hasSelectionProperty().not());
        }
        guestNewButton.disableProperty().bind(model.hasEventProperty().not());
        formPane.disableProperty().bind(model.hasEventProperty().not());
    }


    private void bindTable() {
        table.setId("guestsTable");
        // The form edits a single chosen guest, asking first if typing would be lost.
        rows = RecordTable.bind(table, model.table(), true, r -> form.requestEdit(r.guest()), "guestTablePlaceholder");
        // Sorted by the name column alone, the model compares the rows' kept collation keys directly
        // (the table's own comparator would wrap every row in a cell value at every comparison).
        table.setSortPolicy(t -> {
            boolean byNameOnly = t.getSortOrder().size() == 1 && t.getSortOrder().get(0) == fullNameColumn;
            java.util.Comparator<GuestRow> byName = GuestRow::compareNames;
            model.orderProperty().set(!byNameOnly ? t.getComparator()
                    : fullNameColumn.getSortType() == TableColumn.SortType.ASCENDING ? byName : byName.reversed());
            return true;
        });

        fullNameColumn.setText(words.field(GuestField.FULL_NAME));
        fullNameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        fullNameColumn.setCellFactory(col -> TableCells.<GuestRow, GuestRow>formatted(r -> r.guest().fullName()));
        fullNameColumn.setComparator(GuestRow::compareNames);
        textColumn(otherNameColumn, GuestField.OTHER_NAME, Guest::otherName);
        textColumn(titleColumn, GuestField.TITLE, Guest::title);
        textColumn(organisationColumn, GuestField.ORGANISATION, Guest::organisation);
        textColumn(countryColumn, GuestField.COUNTRY, Guest::country);
        textColumn(categoryColumn, GuestField.CATEGORY, g -> words.category(g.category()));
        textColumn(vipLevelColumn, GuestField.VIP_LEVEL, Guest::vipLevel);
        textColumn(attendanceColumn, GuestField.ATTENDANCE, g -> words.attendance(g.attendance()));
        textColumn(invitationStatusColumn, GuestField.INVITATION_STATUS, g -> words.invitationStatus(g.invitationStatus()));
        checkedInAtColumn.setText(words.field(GuestField.CHECKED_IN_AT));
        checkedInAtColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().guest().checkedInAt()));
        checkedInAtColumn.setCellFactory(col -> TableCells.formatted(model::checkedInText));
        checkedInAtColumn.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        // Short columns as wide as their longest word in this language ("Invitation status", "已确认").
        // ("Enterprise representative" and "Government official" may be cut; the others fit.)
        fit(categoryColumn, names(GuestCategory.values(), words::category).stream().filter(n -> n.length() <= 12).toList());
        fit(attendanceColumn, names(Attendance.values(), words::attendance));
        fit(invitationStatusColumn, names(InvitationStatus.values(), words::invitationStatus));
        textColumn(emailColumn, GuestField.EMAIL, Guest::email);
        textColumn(phoneColumn, GuestField.PHONE, Guest::phone);
        textColumn(hostColumn, GuestField.HOST, Guest::host);
        // Columns sized from their content (names and organisations not cut where there is room),
        // resizable, remembered; the table scrolls sideways rather than cut them.
        TableColumns.of(table, memory, "guests.table")
                .measure(fullNameColumn, r -> r.guest().fullName()).measure(otherNameColumn, r -> r.guest().otherName())
                .measure(titleColumn, r -> r.guest().title()).measure(organisationColumn, r -> r.guest().organisation())
                .measure(countryColumn, r -> r.guest().country()).measure(emailColumn, r -> r.guest().email())
                .measure(phoneColumn, r -> r.guest().phone()).measure(hostColumn, r -> r.guest().host()).install();

        rows.selectLater(form.lastSavedProperty(), Guest::id);
    }

    private void textColumn(TableColumn<GuestRow, String> column, GuestField field, Function<Guest, String> value) {
        column.setText(words.field(field));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue().guest())));
        column.setComparator(GuestCollation.names());
    }

    private static <E> List<String> names(E[] values, Function<E, String> name) {
        List<String> all = new ArrayList<>();
        for (E e : values) {
            all.add(name.apply(e));
        }
        return all;
    }

    /**
     * Widens {@code column} to fit {@code texts} (measured in the table's 14 px type), never narrows
     * it; the header may end in "…" (the values matter more when the window is narrow).
     */
    private static void fit(TableColumn<GuestRow, ?> column, List<String> texts) {
        double widest = 0;
        for (String t : texts) {
            javafx.scene.text.Text text = new javafx.scene.text.Text(t);
            text.setFont(javafx.scene.text.Font.font(14));
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        column.setPrefWidth(Math.max(column.getPrefWidth(), Math.ceil(widest) + 28));
    }

    private void bindSummary() {
        GuestSummaryViewModel summary = model.summary();
        headlineLabel.textProperty().bind(summary.headlineProperty());
        counts(categoryTable, categoryNameColumn, categoryCountColumn, summary.byCategory());
        counts(statusTable, statusNameColumn, statusCountColumn, summary.byStatus());
        counts(attendanceTable, attendanceNameColumn, attendanceCountColumn, summary.byAttendance());
    }

    private static void counts(TableView<GuestSummaryViewModel.NamedCount> view,
                               TableColumn<GuestSummaryViewModel.NamedCount, String> name,
                               TableColumn<GuestSummaryViewModel.NamedCount, Integer> count,
                               ObservableList<GuestSummaryViewModel.NamedCount> rows) {
        FigureTable.bind(view, name, count, rows, GuestSummaryViewModel.NamedCount::name,
                GuestSummaryViewModel.NamedCount::count);
        view.setFocusTraversable(false);
    }

    private void bindForm() {
        FormScroll.keepFocusedInView(formScroll);
        formTitle.textProperty().bind(form.titleProperty());
        unsavedLabel.visibleProperty().bind(form.dirtyProperty());
        field(fullNameLabel, fullNameField, fullNameMessage, GuestField.FULL_NAME);
        field(otherNameLabel, otherNameField, otherNameMessage, GuestField.OTHER_NAME);
        field(titleLabel, titleField, titleMessage, GuestField.TITLE);
        field(organisationLabel, organisationField, organisationMessage, GuestField.ORGANISATION);
        field(countryLabel, countryField, countryMessage, GuestField.COUNTRY);
        field(vipLevelLabel, vipLevelField, vipLevelMessage, GuestField.VIP_LEVEL);
        field(emailLabel, emailField, emailMessage, GuestField.EMAIL);
        field(phoneLabel, phoneField, phoneMessage, GuestField.PHONE);
        field(hostLabel, hostField, hostMessage, GuestField.HOST);
        field(notesLabel, notesField, notesMessage, GuestField.NOTES);
        categoryLabel.setText(words.field(GuestField.CATEGORY));
        attendanceLabel.setText(words.field(GuestField.ATTENDANCE));
        invitationStatusLabel.setText(words.field(GuestField.INVITATION_STATUS));
        // The event's categories, and a new one typed in (asked about once on save).
        categoryField.setEditable(true);
        categoryField.getItems().setAll(form.categories());
        categoryField.setOnShowing(e -> categoryField.getItems().setAll(form.categories()));
        categoryField.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(GuestCategory c) {
                return words.category(c);
            }

            @Override
            public GuestCategory fromString(String typed) {
                return form.categoryOf(typed);
            }
        });
        categoryField.valueProperty().bindBidirectional(form.categoryProperty());
        ShownAs.choose(attendanceField, Attendance.values(), words::attendance, form.attendanceProperty());
        ShownAs.choose(invitationStatusField, InvitationStatus.values(), words::invitationStatus, form.statusProperty());
        checkedInLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            Long id = form.guestId();
            GuestRow row = id == null ? null : model.guests().stream().filter(r -> r.id() == id).findFirst().orElse(null);
            Instant at = row == null ? null : row.guest().checkedInAt();
            return at == null ? words.get("form.notCheckedIn") : words.get("form.checkedIn", model.checkedInFullText(at));
        }, form.titleProperty(), form.lastSavedProperty(), model.selection()));
        saveButton.disableProperty().bind(form.canSaveProperty().not());
        cancelButton.disableProperty().bind(form.dirtyProperty().not());
    }

    private void field(Label label, TextField field, Label message, GuestField name) {
        fieldProblems.labelled(label, words.field(name), field, form.textProperty(name), form.messageProperty(name), message);
    }

    private void bindKeys() {
        FormKeys.recordScreen(root, this::newGuest, this::focusFilter, formPane,
                () -> categoryField.isShowing() || attendanceField.isShowing() || invitationStatusField.isShowing(),
                form::save, form::reset, table, this::deleteSelected);
    }

    /**
     * Prefixes every fx:id under {@code node} ("fullNameField" → "guestFullNameField"): the screens
     * share one scene, and the contracts screen has its own "#table", "#saveButton", "#statusFilter".
     */
    static void prefixIds(javafx.scene.Node node, String prefix) {
        String id = node.getId();
        if (id != null && !id.startsWith(prefix)) {
            node.setId(prefix + Character.toUpperCase(id.charAt(0)) + id.substring(1));
        }
        if (node instanceof Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                prefixIds(child, prefix);
            }
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            prefixIds(scroll.getContent(), prefix);
        }
        if (node instanceof javafx.scene.control.SplitPane split) {
            for (javafx.scene.Node item : split.getItems()) {
                prefixIds(item, prefix);
            }
        }
    }

    /**
     * Shows under the form what other features hold of the guest edited (the exhibitors whose contact
     * they are, their award nominations), each line opening its record on its own screen.
     */
    void showRelated(org.conferencedesk.shared.ui.RelatedLinesViewModel related) {
        org.conferencedesk.shared.ui.RelatedLinesView.bind(relatedBox, related, "guest",
                org.conferencedesk.shared.i18n.Messages.of("shared", words.locale()));
    }

    /** Another screen's "Open guest": the guest chosen in the table and the form. */
    void openGuest(long id) {
        rows.open(id);
    }

    /** Ctrl+F: the search field, its text selected. */
    void focusFilter() {
        SearchField.focus(filterField);
    }

    /** Puts the keyboard focus in the search field (when the screen is shown). */
    void focusSearch() {
        filterField.requestFocus();
    }

    /** Ctrl+N: a new guest of the event shown (asks first if typing would be lost). */
    @FXML
    void newGuest() {
        Long event = model.eventId();
        if (event != null && form.requestNew(event)) {
            table.getSelectionModel().clearSelection();
            fullNameField.requestFocus();
        }
    }

    @FXML
    private void deleteSelected() {
        List<GuestRow> chosen = List.copyOf(model.selection());
        if (model.deleteSelection()) {
            chosen.forEach(r -> form.recordDeleted(r.id()));
        }
    }

    @FXML
    private void markInvited() {
        model.setStatusOfSelection(InvitationStatus.INVITED);
    }

    @FXML
    private void markConfirmed() {
        model.setStatusOfSelection(InvitationStatus.CONFIRMED);
    }

    @FXML
    private void markDeclined() {
        model.setStatusOfSelection(InvitationStatus.DECLINED);
    }

    @FXML
    private void checkIn() {
        model.checkInSelection();
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
