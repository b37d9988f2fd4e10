package org.conferencedesk.app.ui;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.conferencedesk.app.ui.SpreadsheetImportViewModel.ColumnMapping;
import org.conferencedesk.app.ui.SpreadsheetImportViewModel.Step;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The pieces every spreadsheet import dialog shows, bound to a {@link SpreadsheetImportViewModel}:
 * the dialog with Import and Close, the file line with "Choose another file…", the preview table
 * (each column's field chosen in a box in its header), the copyable problems, the progress bar with
 * Cancel, and the result. {@link ImportDialog} and {@link GuestImportDialog} put them together, size
 * them and add their own parts. No logic of its own.
 *
 * <p>Node ids are {@code idPrefix} followed by {@code Dialog}, {@code File}, {@code Preview},
 * {@code Problems}, {@code Progress}, {@code Cancel}, {@code Result} and {@code Start}; texts are the
 * {@code keyPrefix} keys {@code title}, {@code button}, {@code chooseTitle}, {@code otherFile},
 * {@code noPreview}, {@code line}, {@code ignore}, {@code problems} and {@code copyProblems}, with
 * {@code filter.spreadsheets}, {@code filter.csv} and {@code filter.xlsx} for the file chooser.
 *
 * @param <F> the field enum a column can fill
 */
final class SpreadsheetImportDialog<F> {

    private final SpreadsheetImportViewModel<F, ?, ?, ?> model;
    private final Messages m;
    private final String idPrefix;
    private final String keyPrefix;
    private final List<F> fields;
    private final Function<F, String> fieldName;

    /**
     * @param model the dialog's model
     * @param m the bundle of the dialog's texts
     * @param idPrefix the start of every node id ({@code "import"}, {@code "guestImport"})
     * @param keyPrefix the start of every text key, with its dot ({@code "import."})
     * @param fields the fields a column can fill, in the order the boxes list them
     * @param fieldName a field's name as the boxes show it
     */
    SpreadsheetImportDialog(SpreadsheetImportViewModel<F, ?, ?, ?> model, Messages m, String idPrefix, String keyPrefix,
                            List<F> fields, Function<F, String> fieldName) {
        this.model = model;
        this.m = m;
        this.idPrefix = idPrefix;
        this.keyPrefix = keyPrefix;
        this.fields = fields;
        this.fieldName = fieldName;
    }

    /**
     * An empty dialog with its title and the Import and Close buttons: Import runs the import (and
     * takes the focus once the file can be imported, so Enter means Import, not Close), Close cancels
     * a running import instead of closing.
     *
     * @param closeText the Close button's text
     * @return the dialog; its Close button is {@link #closeButton}
     */
    Dialog<ButtonType> dialog(Window owner, String closeText) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text("title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ButtonType importButton = new ButtonType(text("button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(closeText, ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(importButton, close);
        dialog.getDialogPane().setId(idPrefix + "Dialog");

        Node importNode = dialog.getDialogPane().lookupButton(importButton);
        importNode.setId(idPrefix + "Start");
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
        closeButton(dialog).addEventFilter(ActionEvent.ACTION, e -> {
            if (model.stepProperty().get() == Step.IMPORTING) {
                e.consume();
                model.cancel();
            }
        });
        return dialog;
    }

    /** The Close button of a dialog made by {@link #dialog}. */
    static Node closeButton(Dialog<ButtonType> dialog) {
        return dialog.getDialogPane().getButtonTypes().stream()
                .filter(t -> t.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                .map(t -> dialog.getDialogPane().lookupButton(t)).findFirst().orElseThrow();
    }

    /** "Choose another file…" and the file's description, which takes the rest of the line and wraps. */
    HBox fileLine(Dialog<ButtonType> dialog) {
        Label file = new Label();
        file.setId(idPrefix + "File");
        file.textProperty().bind(model.fileDescriptionProperty());
        file.setWrapText(true);
        file.setMaxWidth(Double.MAX_VALUE);
        Button other = new Button(text("otherFile"));
        // The button keeps its whole text.
        other.setMinWidth(Region.USE_PREF_SIZE);
        other.setOnAction(e -> {
            File again = chooseFile(dialog.getDialogPane().getScene().getWindow());
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

    /**
     * The preview table: the line number, then each column of the file with a box choosing its field
     * in its header; changing a box reads the preview again.
     *
     * @param columnWidth the preferred width of a file column (px)
     */
    TableView<List<String>> previewTable(double columnWidth) {
        TableView<List<String>> table = new TableView<>();
        table.setId(idPrefix + "Preview");
        table.setPlaceholder(new Label(text("noPreview")));
        model.mapping().addListener((ListChangeListener<ColumnMapping<F>>) c -> fillTable(table, columnWidth));
        return table;
    }

    /**
     * The problems, in a read-only text area (the user can select and copy any part, and long
     * sentences wrap) with a button copying them all; shown only while there are problems.
     *
     * @param rows the text area's preferred number of rows
     */
    VBox problemsBox(int rows) {
        Label problemsTitle = new Label(text("problems"));
        problemsTitle.getStyleClass().add("text-bold");
        TextArea problems = new TextArea();
        problems.setId(idPrefix + "Problems");
        problems.setEditable(false);
        problems.setWrapText(true);
        problems.setPrefRowCount(rows);
        model.problems().addListener((ListChangeListener<String>) c -> problems.setText(model.problemsAsText()));
        Button copy = new Button(text("copyProblems"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.problemsAsText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox problemsHeader = new HBox(10, problemsTitle, copy);
        problemsHeader.setAlignment(Pos.CENTER_LEFT);
        VBox problemsBox = new VBox(4, problemsHeader, problems);
        problemsBox.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problemsBox.managedProperty().bind(problemsBox.visibleProperty());
        return problemsBox;
    }

    /**
     * The progress bar, what the import is doing and Cancel; shown only while importing.
     *
     * @param cancelText the Cancel button's text
     */
    HBox progressArea(String cancelText) {
        ProgressBar bar = new ProgressBar();
        bar.setId(idPrefix + "Progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label progressText = new Label();
        progressText.textProperty().bind(model.progressTextProperty());
        progressText.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = new Button(cancelText);
        cancel.setId(idPrefix + "Cancel");
        cancel.setOnAction(e -> model.cancel());
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox progress = new HBox(10, bar, progressText, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(model.stepProperty().isEqualTo(Step.IMPORTING));
        progress.managedProperty().bind(progress.visibleProperty());
        return progress;
    }

    /** The result sentence, in bold; it takes no room while empty. */
    Label result() {
        Label result = new Label();
        result.setId(idPrefix + "Result");
        result.getStyleClass().add("text-bold");
        result.textProperty().bind(model.resultTextProperty());
        result.managedProperty().bind(model.resultTextProperty().isNotEmpty());
        return result;
    }

    /** The file chooser for CSV and Excel files; null if the user chose none. */
    File chooseFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text("chooseTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("filter.spreadsheets"), "*.csv", "*.xlsx", "*.txt"),
                new FileChooser.ExtensionFilter(m.get("filter.csv"), "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter(m.get("filter.xlsx"), "*.xlsx"));
        return chooser.showOpenDialog(owner);
    }

    private void fillTable(TableView<List<String>> table, double columnWidth) {
        table.getColumns().clear();
        TableColumn<List<String>, String> line = new TableColumn<>(text("line"));
        line.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().get(0)));
        line.setPrefWidth(56);
        line.setSortable(false);
        table.getColumns().add(line);
        int index = 1;
        for (ColumnMapping<F> column : model.mapping()) {
            int i = index++;
            TableColumn<List<String>, String> c = new TableColumn<>();
            c.setSortable(false);
            c.setPrefWidth(columnWidth);
            c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(i < cd.getValue().size() ? cd.getValue().get(i) : ""));
            ComboBox<F> field = new ComboBox<>(FXCollections.observableArrayList(fieldChoices()));
            field.setMaxWidth(Double.MAX_VALUE);
            field.setPromptText(text("ignore"));
            field.setButtonCell(fieldCell());
            field.setCellFactory(lv -> fieldCell());
            field.setValue(column.fieldProperty().get());
            field.valueProperty().addListener((o, was, now) -> {
                column.fieldProperty().set(now);
                model.applyMapping();
            });
            Label header = new Label(column.header());
            header.getStyleClass().add("text-bold");
            c.setGraphic(new VBox(2, header, field));
            table.getColumns().add(c);
        }
        table.getItems().setAll(model.firstRows());
    }

    /** "(ignore)" first, then every field. */
    private List<F> fieldChoices() {
        List<F> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(fields);
        return choices;
    }

    private ListCell<F> fieldCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(F item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? text("ignore") : fieldName.apply(item));
            }
        };
    }

    private String text(String key) {
        return m.get(keyPrefix + key);
    }
}
