package org.conferencedesk.awards.ui;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.conferencedesk.awards.RankingBasis;
import org.conferencedesk.awards.ui.AwardRows.CategoryRow;
import org.conferencedesk.awards.ui.AwardRows.ChangeRow;
import org.conferencedesk.awards.ui.AwardRows.HistoryRow;
import org.conferencedesk.awards.ui.AwardRows.NomineeRow;
import org.conferencedesk.awards.ui.AwardRows.PrizeRow;
import org.conferencedesk.awards.ui.AwardRows.WinnerRow;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.ui.FormScroll;
import org.conferencedesk.shared.ui.ScreenMemory;
import org.conferencedesk.shared.ui.TableCells;
import org.conferencedesk.shared.ui.TableColumns;

/**
 * The awards screen's nodes, bound to {@link AwardsViewModel} and its {@link CategoryViewModel}: the
 * categories in running order on the left (state and winners at a glance), the chosen one on the right
 * (name, state line, result hash, what the last command did or why it was refused) with four tabs:
 * nominees and scores, prizes and winners, sign-off and the changes since the frozen result, and the
 * audit trail. Built in code like the window's other views (decision 0007); binds only. Keyboard: ↑ ↓
 * choose a category, Ctrl+Tab / Ctrl+Shift+Tab go through the tabs, Alt+letters press the buttons,
 * Delete removes the selected winner.
 */
final class AwardsView {

    private AwardsView() {
    }

    /** The screen's node. */
    static Parent build(AwardsViewModel model, Node documents, Messages m, ScreenMemory memory) {
        CategoryViewModel d = model.detail();
        TableView<CategoryRow> categories = new TableView<>(model.categories());
        categories.setId("awardCategoriesTable");
        TableColumn<CategoryRow, String> order = TableCells.textColumn(m.get("categories.order"), r -> Integer.toString(r.order()), true);
        TableColumn<CategoryRow, String> name = TableCells.textColumn(m.get("categories.name"), CategoryRow::name, false);
        TableColumn<CategoryRow, String> state = TableCells.textColumn(m.get("categories.state"), CategoryRow::state, false);
        TableColumn<CategoryRow, String> winners = TableCells.textColumn(m.get("categories.winners"), CategoryRow::winners, true);
        order.setId("categories-order");
        name.setId("categories-name");
        state.setId("categories-state");
        winners.setId("categories-winners");
        categories.getColumns().setAll(java.util.List.of(order, state, winners, name));
        categories.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(CategoryRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("signed-off"), !empty && row != null && row.signedOff());
            }
        });
        TableColumns.of(categories, memory, "awards.categories").measure(order, r -> Integer.toString(r.order()))
                .measure(name, CategoryRow::name).measure(state, CategoryRow::state).measure(winners, CategoryRow::winners).install();
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.placeholderProperty());
        categories.setPlaceholder(placeholder);
        follow(categories, model.selectedProperty());
        Label summary = wrapped(model.summaryProperty(), "awardSummary");
        VBox left = new VBox(6, categories, summary, documents);
        VBox.setVgrow(categories, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        left.setMinWidth(300);

        Label title = new Label();
        title.setId("awardTitle");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(d.titleProperty());
        Label subtitle = wrapped(d.subtitleProperty(), "awardSubtitle");
        subtitle.getStyleClass().add("text-muted");
        Label stateLine = wrapped(d.stateLineProperty(), "awardState");
        stateLine.getStyleClass().add("award-state");
        TextField hash = new TextField();
        hash.setId("awardHash");
        hash.setEditable(false);
        hash.getStyleClass().add("award-hash");
        hash.textProperty().bind(d.hashProperty());
        HBox.setHgrow(hash, Priority.ALWAYS);
        HBox hashLine = new HBox(6, new Label(m.get("hash.label")), hash);
        hashLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label message = sentence(d.messageProperty(), "awardMessage", "award-message");
        Label problem = sentence(d.problemProperty(), "awardProblem", "award-problem");

        TabPane tabs = new TabPane(tab(m.get("tab.nominees"), "awardNomineesTab", nominees(d, model.links(), m, memory)),
                tab(m.get("tab.winners"), "awardWinnersTab", winners(d, m, memory)),
                tab(m.get("tab.signOff"), "awardSignOffTab", signOff(d, m, memory)),
                tab(m.get("tab.history"), "awardHistoryTab", history(d, m, memory)));
        tabs.setId("awardTabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox right = new VBox(6, title, subtitle, stateLine, hashLine, problem, message, tabs);
        right.setPadding(new Insets(8));
        right.disableProperty().bind(d.contentProperty().isNull());

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.32);
        SplitPane.setResizableWithParent(left, false);
        BorderPane root = new BorderPane(split);
        root.getStyleClass().addAll("record-screen", "awards-screen");
        root.getStylesheets().addAll(
                AwardsView.class.getResource("/org/conferencedesk/shared/ui/record-screen.css").toExternalForm(),
                AwardsView.class.getResource("AwardsView.css").toExternalForm());
        return root;
    }

    /**
     * The event's documents (running order PDF, CSV, Excel; certificates; every category, in running
     * order), each asking where to write, and what the last one wrote or why it was refused.
     */
    static Node documents(DocumentsViewModel model, Messages m, java.util.function.Supplier<javafx.stage.Window> owner) {
        Messages words = Messages.of("awarddocs", m.locale());
        String order = words.get("order.title");
        Button pdf = button(m.get("documents.runningOrderPdf"), "runningOrderPdfButton",
                () -> ask(owner, m.get("documents.runningOrderPdf"), order, ".pdf").ifPresent(model::writeRunningOrderPdf));
        Button csv = button(m.get("documents.runningOrderCsv"), "runningOrderCsvButton",
                () -> ask(owner, m.get("documents.runningOrderCsv"), order, ".csv").ifPresent(model::writeRunningOrderTable));
        Button xlsx = button(m.get("documents.runningOrderXlsx"), "runningOrderXlsxButton",
                () -> ask(owner, m.get("documents.runningOrderXlsx"), order, ".xlsx").ifPresent(model::writeRunningOrderTable));
        Button certificates = button(m.get("documents.certificates"), "certificatesButton",
                () -> ask(owner, m.get("documents.certificates"), words.get("certificate.title"), ".pdf").ifPresent(model::writeCertificates));
        for (Button b : java.util.List.of(pdf, csv, xlsx, certificates)) {
            b.disableProperty().bind(model.busyProperty());
            b.getStyleClass().add("small");
        }
        Label written = sentence(model.messageProperty(), "awardDocumentsMessage", "text-muted");
        Label refused = sentence(model.problemProperty(), "awardDocumentsProblem", "award-problem");
        FlowPane bar = new FlowPane(6, 4, pdf, csv, xlsx, certificates, written, refused);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private static java.util.Optional<java.nio.file.Path> ask(java.util.function.Supplier<javafx.stage.Window> owner, String title,
                                                              String name, String extension) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title.replace("_", "").replace("\u2026", ""));
        chooser.setInitialFileName(name + extension);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(extension.substring(1).toUpperCase(
                java.util.Locale.ROOT), "*" + extension));
        java.io.File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return java.util.Optional.empty();
        }
        java.nio.file.Path path = file.toPath();
        return java.util.Optional.of(path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(extension)
                ? path : path.resolveSibling(path.getFileName() + extension));
    }

    /** The table the focus goes to when the screen is shown. */
    static void focusCategories(Parent view) {
        Node table = view.lookup("#awardCategoriesTable");
        if (table != null) {
            table.requestFocus();
        }
    }

    private static Node nominees(CategoryViewModel d, NomineeLinkViewModel links, Messages m, ScreenMemory memory) {
        ComboBox<AwardRows.Person> viewer = new ComboBox<>(d.viewers());
        viewer.setId("awardViewer");
        viewer.valueProperty().bindBidirectional(d.viewerProperty());
        Label viewerLabel = mnemonic(m.get("viewer.label"), viewer);
        Label note = wrapped(d.scoresNoteProperty(), "awardScoresNote");
        note.getStyleClass().add("text-muted");
        note.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(note, Priority.ALWAYS);
        viewer.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        viewerLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox top = new HBox(8, viewerLabel, viewer, note);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        TableView<NomineeRow> table = new TableView<>(d.nominees());
        table.setId("awardNominees");
        Col<NomineeRow> own = col(m, "nominee.own", NomineeRow::own, true);
        own.column().setId(null); // shown by who is looking, not remembered
        own.column().visibleProperty().bind(d.memberViewingProperty());
        columns(table, memory, "awards.nominees",
                col(m, "nominee.name", NomineeRow::name, false), col(m, "nominee.affiliation", NomineeRow::affiliation, false),
                col(m, "nominee.raw", NomineeRow::raw, true), col(m, "nominee.rawRank", NomineeRow::rawRank, true),
                col(m, "nominee.normalised", NomineeRow::normalised, true),
                col(m, "nominee.normalisedRank", NomineeRow::normalisedRank, true),
                own, col(m, "nominee.counted", NomineeRow::counted, true),
                col(m, "nominee.recused", NomineeRow::recused, true), col(m, "nominee.won", NomineeRow::won, false),
                col(m, "nominee.kind", NomineeRow::kind, false));
        VBox box = new VBox(6, top, table, NomineeLinkView.build(links, table, m));
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static Node winners(CategoryViewModel d, Messages m, ScreenMemory memory) {
        TableView<PrizeRow> prizes = new TableView<>(d.prizes());
        prizes.setId("awardPrizes");
        prizes.setPrefHeight(120);
        prizes.setMinHeight(100);
        columns(prizes, memory, "awards.prizes", col(m, "prize.name", PrizeRow::name, false),
                col(m, "prize.places", r -> Integer.toString(r.places()), true),
                col(m, "prize.free", r -> Integer.toString(r.free()), true), col(m, "prize.winners", PrizeRow::winners, false));
        ComboBox<PrizeRow> prize = new ComboBox<>(d.prizes());
        prize.setId("awardPrizeChoice");
        prize.valueProperty().bindBidirectional(d.prizeChoiceProperty());
        ComboBox<NomineeRow> nominee = new ComboBox<>(d.nominees());
        nominee.setId("awardNomineeChoice");
        nominee.valueProperty().bindBidirectional(d.nomineeChoiceProperty());
        nominee.setPrefWidth(260);
        Button record = button(m.get("winner.record"), "recordWinnerButton", d::recordWinner);
        record.disableProperty().bind(d.canRecordWinner().not());
        nominee.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && d.canRecordWinner().get()) {
                d.recordWinner();
            }
        });
        FlowPane form = new FlowPane(8, 6, mnemonic(m.get("winner.prizeChoice"), prize), prize,
                mnemonic(m.get("winner.nomineeChoice"), nominee), nominee, record);
        form.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Button proposeRaw = button(m.get("winner.proposeRaw"), "proposeRawButton", () -> d.proposeWinners(RankingBasis.RAW));
        Button proposeNormalised = button(m.get("winner.proposeNormalised"), "proposeNormalisedButton",
                () -> d.proposeWinners(RankingBasis.NORMALISED));
        TableView<WinnerRow> winners = new TableView<>(d.winners());
        winners.setId("awardWinners");
        columns(winners, memory, "awards.winners", col(m, "winner.prize", WinnerRow::prize, false),
                col(m, "winner.place", r -> Integer.toString(r.place()), true), col(m, "winner.nominee", WinnerRow::nominee, false));
        follow(winners, d.selectedWinnerProperty());
        winners.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && d.canRemoveWinner().get()) {
                d.removeWinner();
            }
        });
        Button remove = button(m.get("winner.remove"), "removeWinnerButton", d::removeWinner);
        remove.disableProperty().bind(d.canRemoveWinner().not());
        FlowPane actions = new FlowPane(8, 6, remove, proposeRaw, proposeNormalised);
        VBox box = new VBox(6, prizes, form, winners, actions);
        VBox.setVgrow(winners, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static Node signOff(CategoryViewModel d, Messages m, ScreenMemory memory) {
        ComboBox<AwardRows.Person> signer = new ComboBox<>(d.signers());
        signer.setId("awardSigner");
        signer.valueProperty().bindBidirectional(d.signerProperty());
        Button sign = button(m.get("signOff.action"), "signOffButton", d::signOff);
        sign.disableProperty().bind(d.canSignOff().not());
        HBox signLine = new HBox(8, mnemonic(m.get("signOff.member"), signer), signer, sign);
        signLine.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TextField by = new TextField();
        by.setId("reopenedByField");
        by.textProperty().bindBidirectional(d.reopenedByProperty());
        TextArea reason = new TextArea();
        reason.setId("reopenReasonField");
        reason.setPrefRowCount(2);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(d.reopenReasonProperty());
        Button reopen = button(m.get("reopen.action"), "reopenButton", d::reopen);
        reopen.disableProperty().bind(d.canReopen().not());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, mnemonic(m.get("reopen.by"), by), by);
        grid.addRow(1, mnemonic(m.get("reopen.reason"), reason), reason);
        grid.add(reopen, 1, 2);
        GridPane.setHgrow(reason, Priority.ALWAYS);

        ListView<String> signOffs = new ListView<>(d.signOffs());
        signOffs.setId("awardSignOffs");
        signOffs.setPrefHeight(70);
        signOffs.setFocusTraversable(false);
        Label changesNote = wrapped(d.changesNoteProperty(), "awardChangesNote");
        changesNote.getStyleClass().add("title-4");
        TableView<ChangeRow> changes = new TableView<>(d.changes());
        changes.setId("awardChanges");
        changes.setPrefHeight(200);
        columns(changes, memory, "awards.changes", col(m, "changes.what", ChangeRow::what, false),
                col(m, "changes.frozen", ChangeRow::frozen, false), col(m, "changes.now", ChangeRow::now, false));
        VBox content = new VBox(8, signLine, new Separator(Orientation.HORIZONTAL), grid, new Label(m.get("signOffs.title")), signOffs,
                changesNote, changes);
        content.setPadding(new Insets(8, 12, 8, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        FormScroll.keepFocusedInView(scroll);
        return scroll;
    }

    private static Node history(CategoryViewModel d, Messages m, ScreenMemory memory) {
        TableView<HistoryRow> table = new TableView<>(d.history());
        table.setId("awardHistory");
        table.setEditable(false);
        columns(table, memory, "awards.history", col(m, "history.time", HistoryRow::time, false),
                col(m, "history.actor", HistoryRow::actor, false), col(m, "history.action", HistoryRow::action, false),
                col(m, "history.record", HistoryRow::record, false), col(m, "history.changes", HistoryRow::changes, false));
        Label note = new Label(m.get("history.readOnly"));
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        VBox box = new VBox(6, note, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    // ------------------------------------------------------------------ pieces

    private record Col<R>(TableColumn<R, String> column, Function<R, String> text) {
    }

    /** A column titled by {@code key} of the screen's bundle, remembered under that key (widths, shown). */
    private static <R> Col<R> col(Messages m, String key, Function<R, String> text, boolean numeric) {
        TableColumn<R, String> column = TableCells.textColumn(m.get(key), text, numeric);
        column.setId(key.replace('.', '-'));
        return new Col<>(column, text);
    }

    @SafeVarargs
    private static <R> void columns(TableView<R> table, ScreenMemory memory, String key, Col<R>... cols) {
        TableColumns<R> sizes = TableColumns.of(table, memory, key);
        for (Col<R> c : cols) {
            table.getColumns().add(c.column());
            sizes.measure(c.column(), c.text());
        }
        sizes.install();
        // A detail table shows another category's rows each time: sized again (the user's widths kept).
        table.getItems().addListener((ListChangeListener<R>) c -> {
            if (table.getSkin() != null && !table.getItems().isEmpty()) {
                sizes.fit();
            }
        });
    }

    /** Keeps the table's selection and the model's chosen row the same, both ways. */
    private static <R> void follow(TableView<R> table, javafx.beans.property.ObjectProperty<R> chosen) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null || table.getItems().isEmpty()) {
                chosen.set(now);
            }
        });
        chosen.addListener((o, was, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(now);
                }
            }
        });
        table.getItems().addListener((ListChangeListener<R>) c -> {
            R now = chosen.get();
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
    }

    private static Tab tab(String text, String id, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label mnemonic(String text, Node target) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        return label;
    }

    private static Label wrapped(javafx.beans.value.ObservableStringValue text, String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        return label;
    }

    /** What a command did or why it was refused: a wrapped sentence in {@code style}, taking no room while empty. */
    private static Label sentence(javafx.beans.value.ObservableStringValue text, String id, String style) {
        Label label = wrapped(text, id);
        label.getStyleClass().add(style);
        label.visibleProperty().bind(Bindings.isNotEmpty(label.textProperty()));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
