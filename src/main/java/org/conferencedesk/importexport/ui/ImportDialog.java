package org.conferencedesk.importexport.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.conferencedesk.importexport.Columns;
import org.conferencedesk.importexport.DuplicateAction;
import org.conferencedesk.importexport.ui.ImportViewModel.ColumnMapping;
import org.conferencedesk.importexport.ui.ImportViewModel.DuplicateRow;
import org.conferencedesk.importexport.ui.ImportViewModel.Step;
import org.conferencedesk.shared.record.RecordField;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The import window of every record type, bound to an {@link ImportViewModel}: the file line with
 * "Choose another file…", the preview table (above each column of the file: a tick "import this
 * column" and the field it fills; a column nobody recognised is marked and waits for a choice), the
 * rows that look like records already there (skip / merge / add, per row and for all; types that
 * ask), "import the good rows", the notes (total rows left out, unlikely values), the problems
 * (copyable), a progress bar with Cancel, and the result. No logic of its own.
 *
 * <p>Node ids: {@code importDialog}, {@code importFile}, {@code importPreview}, {@code importColumn-N}
 * (the header box of the N-th column, from 1; its {@code CheckBox} and {@code ComboBox} inside),
 * {@code importDuplicates}, {@code importAllSKIP}/{@code MERGE}/{@code ADD}, {@code importGoodRowsOnly},
 * {@code importNotes}, {@code importProblems}, {@code importProgress}, {@code importCancel},
 * {@code importResult}, {@code importStart} (the Import button) and {@code importClose}.
 */
public final class ImportDialog {

    /** The style class of a column waiting for the user's word (ImportDialog.css). */
    public static final String UNDECIDED = "undecided-column";

    private ImportDialog() {
    }

    /** Opens the file chooser, then the window on the chosen file; returns when the window closes. */
    public static void show(Window owner, ImportViewModel<?> model) {
        File chosen = chooseFile(owner, model);
        if (chosen != null) {
            showFor(owner, model, chosen.toPath());
        }
    }

    /** Shows the window on {@code chosen} (its preview loads at once); returns when the window closes. */
    public static void showFor(Window owner, ImportViewModel<?> model, Path chosen) {
        Dialog<ButtonType> dialog = build(owner, model);
        model.open(chosen);
        dialog.showAndWait();
    }

    /** The window, bound to {@code model}, not yet shown. */
    public static <R> Dialog<ButtonType> build(Window owner, ImportViewModel<R> model) {
        Messages m = model.messages();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(model.title());
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ButtonType importButton = new ButtonType(m.get("dialog.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(m.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(importButton, close);
        dialog.getDialogPane().setId("importDialog");
        dialog.getDialogPane().getStylesheets().add(
                ImportDialog.class.getResource("ImportDialog.css").toExternalForm());
        Node importNode = dialog.getDialogPane().lookupButton(importButton);
        importNode.setId("importStart");
        importNode.disableProperty().bind(model.canImportProperty().not());
        importNode.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.importNow();
        });
        // Import is disabled while the preview loads, so the focus starts on Close; once the file can
        // be imported, Enter must mean Import, not Close.
        model.canImportProperty().addListener((o, was, now) -> {
            if (now) {
                importNode.requestFocus();
            }
        });
        Node closeNode = dialog.getDialogPane().lookupButton(close);
        closeNode.setId("importClose");
        closeNode.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.stepProperty().get() == Step.IMPORTING) {
                e.consume();
                model.cancel();
            }
        });

        TableView<List<String>> table = previewTable(model);
        CheckBox goodRowsOnly = new CheckBox(m.get("dialog.goodRowsOnly"));
        goodRowsOnly.setId("importGoodRowsOnly");
        goodRowsOnly.setWrapText(true);
        goodRowsOnly.selectedProperty().bindBidirectional(model.goodRowsOnlyProperty());
        goodRowsOnly.disableProperty().bind(model.stepProperty().isNotEqualTo(Step.PREVIEW));

        VBox content = new VBox(8, fileLine(model, dialog), table, newValuesBox(model), duplicatesBox(model), decimalMarkLine(model, m), goodRowsOnly,
                textBox(model, m.get("dialog.notes"), "importNotes", model.notes(), 3, false),
                textBox(model, m.get("dialog.problems"), "importProblems", model.problems(), 5, true),
                progressArea(model), result(model));
        content.setPadding(new Insets(12));
        VBox.setVgrow(table, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        // Fits a 1280×720 screen (a 1920×1080 laptop at 150 %) with the window's frame.
        dialog.getDialogPane().setPrefSize(1000, 620);
        dialog.getDialogPane().setMinSize(880, 460);
        return dialog;
    }

    private static HBox fileLine(ImportViewModel<?> model, Dialog<ButtonType> dialog) {
        Label file = new Label();
        file.setId("importFile");
        file.textProperty().bind(model.fileDescriptionProperty());
        file.setWrapText(true);
        file.setMaxWidth(Double.MAX_VALUE);
        Button other = new Button(model.messages().get("dialog.otherFile"));
        other.setMinWidth(Region.USE_PREF_SIZE);
        other.setOnAction(e -> {
            File again = chooseFile(dialog.getDialogPane().getScene().getWindow(), model);
            if (again != null) {
                model.open(again.toPath());
            }
        });
        other.disableProperty().bind(model.stepProperty().isEqualTo(Step.IMPORTING));
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox top = new HBox(10, other, file);
        top.setAlignment(Pos.CENTER_LEFT);
        return top;
    }

    private static TableView<List<String>> previewTable(ImportViewModel<?> model) {
        TableView<List<String>> table = new TableView<>();
        table.setId("importPreview");
        table.setPlaceholder(new Label(model.messages().get("dialog.noPreview")));
        table.setPrefHeight(260);
        model.mapping().addListener((ListChangeListener<ColumnMapping>) c -> fillTable(table, model));
        return table;
    }

    private static void fillTable(TableView<List<String>> table, ImportViewModel<?> model) {
        Messages m = model.messages();
        Locale locale = m.locale();
        table.getColumns().clear();
        TableColumn<List<String>, String> line = new TableColumn<>(m.get("dialog.line"));
        line.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().get(0)));
        line.setPrefWidth(56);
        line.setSortable(false);
        table.getColumns().add(line);
        int index = 1;
        for (ColumnMapping column : model.mapping()) {
            int i = index++;
            TableColumn<List<String>, String> c = new TableColumn<>();
            c.setSortable(false);
            c.setPrefWidth(150);
            c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(i < cd.getValue().size() ? cd.getValue().get(i) : ""));
            CheckBox imported = new CheckBox();
            imported.setSelected(column.importedProperty().get());
            imported.setTooltip(new Tooltip(m.get("dialog.importColumn")));
            imported.setDisable(column.kind() == Columns.Kind.BLANK);
            ComboBox<RecordField> field = new ComboBox<>(FXCollections.observableArrayList(model.fields()));
            field.setMaxWidth(Double.MAX_VALUE);
            field.setButtonCell(fieldCell(locale));
            field.setCellFactory(lv -> fieldCell(locale));
            field.setValue(column.fieldProperty().get());
            field.setPromptText(column.kind() == Columns.Kind.UNIT ? m.get("dialog.unitColumn")
                    : column.importedProperty().get() ? m.get("dialog.chooseField") : m.get("dialog.notImported"));
            field.disableProperty().bind(imported.selectedProperty().not());
            imported.selectedProperty().addListener((o, was, now) -> {
                column.importedProperty().set(now);
                model.applyMapping();
            });
            field.valueProperty().addListener((o, was, now) -> {
                column.fieldProperty().set(now);
                model.applyMapping();
            });
            Label header = new Label(column.header());
            header.getStyleClass().add("text-bold");
            HBox top = new HBox(4, imported, header);
            top.getStyleClass().add("column-title");
            top.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(2, top, field);
            box.setId("importColumn-" + i);
            if (column.undecided()) {
                // A column nobody recognised, or a second column for one field: the user decides.
                box.getStyleClass().add(UNDECIDED);
                field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), true);
                String could = column.couldBe().stream().limit(3).map(f -> f.label(locale)).reduce((a, b) -> a + ", " + b)
                        .orElse("");
                Tooltip.install(box, new Tooltip(could.isEmpty() ? m.get("dialog.undecided")
                        : m.get("dialog.undecidedCouldBe", could)));
            }
            c.setGraphic(box);
            table.getColumns().add(c);
        }
        table.getItems().setAll(model.firstRows());
        // The first column waiting for a decision is brought into view: it may be far to the right.
        for (int i = 0; i < model.mapping().size(); i++) {
            if (model.mapping().get(i).undecided()) {
                table.scrollToColumnIndex(i + 1);
                break;
            }
        }
    }

    private static ListCell<RecordField> fieldCell(Locale locale) {
        return new ListCell<>() {
            @Override
            protected void updateItem(RecordField item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label(locale));
            }
        };
    }

    private static <R> VBox duplicatesBox(ImportViewModel<R> model) {
        Messages m = model.messages();
        Label title = new Label(m.get("dialog.duplicates"));
        title.getStyleClass().add("text-bold");
        HBox forAll = new HBox(8, new Label(m.get("dialog.duplicatesAll")));
        forAll.setAlignment(Pos.CENTER_LEFT);
        List<DuplicateAction> actions = new ArrayList<>();
        for (DuplicateAction action : DuplicateAction.values()) {
            if (model.duplicateActions().contains(action)) {
                actions.add(action);
                Button b = new Button(m.get("dialog.action." + action.name()));
                b.setId("importAll" + action.name());
                b.setOnAction(e -> model.setAllDuplicates(action));
                forAll.getChildren().add(b);
            }
        }
        TableView<DuplicateRow<R>> rows = new TableView<>(model.duplicates());
        rows.setId("importDuplicates");
        rows.setPrefHeight(140);
        rows.setEditable(true);
        TableColumn<DuplicateRow<R>, String> line = new TableColumn<>(m.get("dialog.duplicate.line"));
        line.setCellValueFactory(cd -> new ReadOnlyStringWrapper(Integer.toString(cd.getValue().line())));
        line.setPrefWidth(56);
        TableColumn<DuplicateRow<R>, String> name = new TableColumn<>(m.get("dialog.duplicate.name"));
        name.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().name()));
        name.setPrefWidth(150);
        TableColumn<DuplicateRow<R>, String> like = new TableColumn<>(m.get("dialog.duplicate.looksLike"));
        like.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().description()));
        like.setPrefWidth(460);
        TableColumn<DuplicateRow<R>, DuplicateRow<R>> action = new TableColumn<>(m.get("dialog.duplicate.action"));
        action.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        action.setPrefWidth(200);
        action.setCellFactory(c -> new TableCell<>() {
            private final ComboBox<DuplicateAction> box = new ComboBox<>(FXCollections.observableArrayList(actions));
            private DuplicateRow<R> bound;

            {
                box.setButtonCell(actionCell(m));
                box.setCellFactory(lv -> actionCell(m));
                box.setMaxWidth(Double.MAX_VALUE);
            }

            @Override
            protected void updateItem(DuplicateRow<R> item, boolean empty) {
                super.updateItem(item, empty);
                if (bound != null) {
                    box.valueProperty().unbindBidirectional(bound.actionProperty());
                    bound = null;
                }
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    bound = item;
                    box.valueProperty().bindBidirectional(item.actionProperty());
                    setGraphic(box);
                }
            }
        });
        rows.getColumns().setAll(List.of(line, name, like, action));
        VBox box = new VBox(4, title, forAll, rows);
        box.visibleProperty().bind(Bindings.isNotEmpty(model.duplicates()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * The values the event's lists do not know, once each: column, value, its rows, and a box to map it
     * to one of the event's values or add it (the preview is read again with the answer).
     */
    private static VBox newValuesBox(ImportViewModel<?> model) {
        Messages m = model.messages();
        Label title = new Label(m.get("dialog.newValues"));
        title.getStyleClass().add("text-bold");
        title.setWrapText(true);
        TableView<NewValueChoice> rows = new TableView<>(model.newValues());
        rows.setId("importNewValues");
        // Every value shown (up to three rows, then it scrolls); the preview table above gives way.
        rows.setFixedCellSize(34);
        rows.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> 34.0 * Math.max(1, Math.min(3, model.newValues().size())) + 32, model.newValues()));
        rows.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<NewValueChoice, String> column = new TableColumn<>(m.get("dialog.newValue.column"));
        column.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().header()));
        column.setPrefWidth(120);
        TableColumn<NewValueChoice, String> value = new TableColumn<>(m.get("dialog.newValue.value"));
        value.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().written()));
        value.setPrefWidth(160);
        TableColumn<NewValueChoice, String> lines = new TableColumn<>(m.get("dialog.newValue.rows"));
        lines.setCellValueFactory(cd -> new ReadOnlyStringWrapper(m.get("dialog.newValue.lines", cd.getValue().rows(),
                cd.getValue().lines().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")))));
        lines.setPrefWidth(220);
        TableColumn<NewValueChoice, NewValueChoice> answer = new TableColumn<>(m.get("dialog.newValue.answer"));
        answer.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        answer.setPrefWidth(260);
        answer.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(NewValueChoice item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(item.choices()));
                box.setPromptText(m.get("dialog.newValue.choose"));
                box.setMaxWidth(Double.MAX_VALUE);
                javafx.util.Callback<javafx.scene.control.ListView<String>, ListCell<String>> cells = lv -> new ListCell<>() {
                    @Override
                    protected void updateItem(String choice, boolean none) {
                        super.updateItem(choice, none);
                        setText(none || choice == null ? null
                                : item.adds(choice) ? m.get("dialog.newValue.add", choice) : m.get("dialog.newValue.mapTo", choice));
                    }
                };
                box.setCellFactory(cells);
                box.setButtonCell(cells.call(null));
                box.setValue(item.answerProperty().get());
                box.valueProperty().addListener((o, was, now) -> {
                    item.answerProperty().set(now);
                    model.applyMapping();
                });
                setGraphic(box);
            }
        });
        rows.getColumns().setAll(List.of(column, value, lines, answer));
        VBox box = new VBox(4, title, rows);
        box.visibleProperty().bind(Bindings.isNotEmpty(model.newValues()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static ListCell<DuplicateAction> actionCell(Messages m) {
        return new ListCell<>() {
            @Override
            protected void updateItem(DuplicateAction item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : m.get("dialog.action." + item.name()));
            }
        };
    }

    /**
     * A read-only text area (select and copy any part; long sentences wrap) under a title, shown only
     * while {@code lines} has any; with a button copying them all if {@code copyButton}.
     */
    private static VBox textBox(ImportViewModel<?> model, String titleText, String id,
                                javafx.collections.ObservableList<String> lines, int rows, boolean copyButton) {
        Label title = new Label(titleText);
        title.getStyleClass().add("text-bold");
        TextArea text = new TextArea();
        text.setId(id);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(rows);
        lines.addListener((ListChangeListener<String>) c -> text.setText(String.join(System.lineSeparator(), lines)));
        HBox header = new HBox(10, title);
        header.setAlignment(Pos.CENTER_LEFT);
        if (copyButton) {
            Button copy = new Button(model.messages().get("dialog.copyProblems"));
            copy.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(String.join(System.lineSeparator(), lines));
                Clipboard.getSystemClipboard().setContent(content);
            });
            header.getChildren().add(copy);
        }
        VBox box = new VBox(4, header, text);
        box.visibleProperty().bind(Bindings.isNotEmpty(lines));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static HBox progressArea(ImportViewModel<?> model) {
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label progressText = new Label();
        progressText.textProperty().bind(model.progressTextProperty());
        progressText.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = new Button(model.messages().get("dialog.cancel"));
        cancel.setId("importCancel");
        cancel.setOnAction(e -> model.cancel());
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox progress = new HBox(10, bar, progressText, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(model.stepProperty().isEqualTo(Step.IMPORTING));
        progress.managedProperty().bind(progress.visibleProperty());
        return progress;
    }

    private static Label result(ImportViewModel<?> model) {
        Label result = new Label();
        result.setId("importResult");
        result.getStyleClass().add("text-bold");
        result.setWrapText(true);
        result.textProperty().bind(model.resultTextProperty());
        result.managedProperty().bind(model.resultTextProperty().isNotEmpty());
        return result;
    }

    /** The file chooser for CSV and Excel files; null if the user chose none. */
    static File chooseFile(Window owner, ImportViewModel<?> model) {
        Messages m = model.messages();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(model.chooseFileTitle());
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("filter.spreadsheets"), "*.csv", "*.xlsx", "*.xls", "*.txt"),
                new FileChooser.ExtensionFilter(m.get("filter.csv"), "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter(m.get("filter.xlsx"), "*.xlsx", "*.xls"));
        return chooser.showOpenDialog(owner);
    }

    /** "Decimal mark: from the file / point (1,234.56) / comma (1.234,56)", as the command line's --decimal-comma. */
    private static javafx.scene.layout.HBox decimalMarkLine(ImportViewModel<?> model, Messages m) {
        javafx.scene.control.ComboBox<String> box = new javafx.scene.control.ComboBox<>();
        box.setId("importDecimalMark");
        box.getItems().setAll(m.get("dialog.decimal.detect"), m.get("dialog.decimal.point"), m.get("dialog.decimal.comma"));
        org.conferencedesk.importexport.DecimalMark[] marks = {null, org.conferencedesk.importexport.DecimalMark.POINT,
            org.conferencedesk.importexport.DecimalMark.COMMA};
        box.getSelectionModel().select(0);
        box.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            int i = now.intValue();
            if (i >= 0 && model.decimalMarkProperty().get() != marks[i]) {
                model.decimalMarkProperty().set(marks[i]);
            }
        });
        model.decimalMarkProperty().addListener((o, was, now) -> box.getSelectionModel()
                .select(java.util.Arrays.asList(marks).indexOf(now)));
        box.disableProperty().bind(model.stepProperty().isNotEqualTo(Step.PREVIEW));
        Label label = new Label(m.get("dialog.decimal"));
        label.setLabelFor(box);
        label.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox line = new javafx.scene.layout.HBox(8, label, box);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return line;
    }
}
