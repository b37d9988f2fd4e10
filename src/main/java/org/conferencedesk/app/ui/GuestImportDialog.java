package org.conferencedesk.app.ui;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
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
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.conferencedesk.app.ui.SpreadsheetImportViewModel.ColumnMapping;
import org.conferencedesk.app.ui.GuestImportDialogViewModel.DuplicateRow;
import org.conferencedesk.app.ui.SpreadsheetImportViewModel.Step;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.importexport.DuplicateAction;
import org.conferencedesk.shared.i18n.Messages;

/**
 * File → Import guests…: binds a {@link GuestImportDialogViewModel} to a dialog with the preview
 * table (each column's field chosen in its header), the rows that look like guests already on the
 * list (skip / merge / add per row and for all), the "import the good rows" choice, the problems
 * (copyable), a progress bar with Cancel, and the result. No logic of its own.
 */
final class GuestImportDialog {

    private GuestImportDialog() {
    }

    /** Opens the file chooser, then the dialog on the chosen file; returns when the dialog closes. */
    static void show(Window owner, GuestImportDialogViewModel model, Messages m) {
        File chosen = chooseFile(owner, m);
        if (chosen != null) {
            showFor(owner, model, m, chosen.toPath());
        }
    }

    /** Shows the dialog on {@code chosen} (its preview loads at once); returns when the dialog closes. */
    static void showFor(Window owner, GuestImportDialogViewModel model, Messages m, java.nio.file.Path chosen) {
        Dialog<ButtonType> dialog = build(owner, model, m);
        model.open(chosen);
        dialog.showAndWait();
    }

    /** The dialog, bound to {@code model}, not yet shown. */
    static Dialog<ButtonType> build(Window owner, GuestImportDialogViewModel model, Messages m) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("guestDialog.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ButtonType importButton = new ButtonType(m.get("guestDialog.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(m.get("guestDialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(importButton, close);
        dialog.getDialogPane().setId("guestImportDialog");

        Label file = new Label();
        file.setId("guestImportFile");
        file.textProperty().bind(model.fileDescriptionProperty());
        file.setWrapText(true);
        file.setMaxWidth(Double.MAX_VALUE);
        Button other = new Button(m.get("guestDialog.otherFile"));
        other.setMinWidth(Region.USE_PREF_SIZE);
        other.setOnAction(e -> {
            File again = chooseFile(dialog.getDialogPane().getScene().getWindow(), m);
            if (again != null) {
                model.open(again.toPath());
            }
        });
        other.disableProperty().bind(model.stepProperty().isEqualTo(Step.IMPORTING));
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox top = new HBox(10, other, file);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<List<String>> table = new TableView<>();
        table.setId("guestImportPreview");
        table.setPlaceholder(new Label(m.get("guestDialog.noPreview")));
        table.setPrefHeight(240);
        model.mapping().addListener((ListChangeListener<ColumnMapping<GuestField>>) c -> fillTable(table, model, m));

        VBox duplicatesBox = duplicatesBox(model, m);

        CheckBox goodRowsOnly = new CheckBox(m.get("guestDialog.goodRowsOnly"));
        goodRowsOnly.setId("guestImportGoodRowsOnly");
        goodRowsOnly.selectedProperty().bindBidirectional(model.goodRowsOnlyProperty());
        goodRowsOnly.disableProperty().bind(model.stepProperty().isNotEqualTo(Step.PREVIEW));

        Label problemsTitle = new Label(m.get("guestDialog.problems"));
        problemsTitle.getStyleClass().add("text-bold");
        TextArea problems = new TextArea();
        problems.setId("guestImportProblems");
        problems.setEditable(false);
        problems.setWrapText(true);
        problems.setPrefRowCount(5);
        model.problems().addListener((ListChangeListener<String>) c -> problems.setText(model.problemsAsText()));
        Button copy = new Button(m.get("guestDialog.copyProblems"));
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

        ProgressBar bar = new ProgressBar();
        bar.setId("guestImportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label progressText = new Label();
        progressText.textProperty().bind(model.progressTextProperty());
        progressText.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = new Button(m.get("guestDialog.cancel"));
        cancel.setId("guestImportCancel");
        cancel.setOnAction(e -> model.cancel());
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox progress = new HBox(10, bar, progressText, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(model.stepProperty().isEqualTo(Step.IMPORTING));
        progress.managedProperty().bind(progress.visibleProperty());

        Label result = new Label();
        result.setId("guestImportResult");
        result.getStyleClass().add("text-bold");
        result.setWrapText(true);
        result.textProperty().bind(model.resultTextProperty());
        result.managedProperty().bind(model.resultTextProperty().isNotEmpty());

        VBox content = new VBox(10, top, table, duplicatesBox, goodRowsOnly, problemsBox, progress, result);
        content.setPadding(new Insets(12));
        VBox.setVgrow(table, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(1040, 720);
        dialog.getDialogPane().setMinSize(760, 520);

        Node importNode = dialog.getDialogPane().lookupButton(importButton);
        importNode.setId("guestImportStart");
        importNode.disableProperty().bind(model.canImportProperty().not());
        importNode.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.importNow();
        });
        model.canImportProperty().addListener((o, was, now) -> {
            if (now) {
                importNode.requestFocus();
            }
        });
        Node closeNode = dialog.getDialogPane().lookupButton(close);
        closeNode.setId("guestImportClose");
        closeNode.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.stepProperty().get() == Step.IMPORTING) {
                e.consume();
                model.cancel();
            }
        });
        return dialog;
    }

    private static VBox duplicatesBox(GuestImportDialogViewModel model, Messages m) {
        Label title = new Label(m.get("guestDialog.duplicates"));
        title.getStyleClass().add("text-bold");
        HBox forAll = new HBox(8, new Label(m.get("guestDialog.duplicatesAll")));
        forAll.setAlignment(Pos.CENTER_LEFT);
        for (DuplicateAction action : DuplicateAction.values()) {
            Button b = new Button(m.get("guestDialog.action." + action.name()));
            b.setId("guestImportAll" + action.name());
            b.setOnAction(e -> model.setAllDuplicates(action));
            forAll.getChildren().add(b);
        }
        TableView<DuplicateRow> rows = new TableView<>(model.duplicates());
        rows.setId("guestImportDuplicates");
        rows.setPrefHeight(160);
        rows.setEditable(true);
        TableColumn<DuplicateRow, String> line = new TableColumn<>(m.get("guestDialog.duplicate.line"));
        line.setCellValueFactory(cd -> new ReadOnlyStringWrapper(Integer.toString(cd.getValue().line())));
        line.setPrefWidth(56);
        TableColumn<DuplicateRow, String> name = new TableColumn<>(m.get("guestDialog.duplicate.name"));
        name.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().name()));
        name.setPrefWidth(150);
        TableColumn<DuplicateRow, String> like = new TableColumn<>(m.get("guestDialog.duplicate.looksLike"));
        like.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().description()));
        like.setPrefWidth(480);
        TableColumn<DuplicateRow, DuplicateRow> action = new TableColumn<>(m.get("guestDialog.duplicate.action"));
        action.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        action.setPrefWidth(200);
        action.setCellFactory(c -> new TableCell<>() {
            private final ComboBox<DuplicateAction> box = new ComboBox<>(FXCollections.observableArrayList(DuplicateAction.values()));
            private DuplicateRow bound;

            {
                box.setButtonCell(actionCell(m));
                box.setCellFactory(lv -> actionCell(m));
                box.setMaxWidth(Double.MAX_VALUE);
            }

            @Override
            protected void updateItem(DuplicateRow item, boolean empty) {
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
        List<TableColumn<DuplicateRow, ?>> columns = new ArrayList<>(List.of(line, name, like, action));
        rows.getColumns().setAll(columns);
        VBox box = new VBox(4, title, forAll, rows);
        box.visibleProperty().bind(Bindings.isNotEmpty(model.duplicates()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static ListCell<DuplicateAction> actionCell(Messages m) {
        return new ListCell<>() {
            @Override
            protected void updateItem(DuplicateAction item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : m.get("guestDialog.action." + item.name()));
            }
        };
    }

    static File chooseFile(Window owner, Messages m) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("guestDialog.chooseTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("filter.spreadsheets"), "*.csv", "*.xlsx", "*.txt"),
                new FileChooser.ExtensionFilter(m.get("filter.csv"), "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter(m.get("filter.xlsx"), "*.xlsx"));
        return chooser.showOpenDialog(owner);
    }

    private static void fillTable(TableView<List<String>> table, GuestImportDialogViewModel model, Messages m) {
        table.getColumns().clear();
        TableColumn<List<String>, String> line = new TableColumn<>(m.get("guestDialog.line"));
        line.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().get(0)));
        line.setPrefWidth(56);
        line.setSortable(false);
        table.getColumns().add(line);
        Messages fields = Messages.of("guests", m.locale());
        int index = 1;
        for (ColumnMapping<GuestField> column : model.mapping()) {
            int i = index++;
            TableColumn<List<String>, String> c = new TableColumn<>();
            c.setSortable(false);
            c.setPrefWidth(140);
            c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(i < cd.getValue().size() ? cd.getValue().get(i) : ""));
            List<GuestField> choices = new ArrayList<>();
            choices.add(null);
            choices.addAll(List.of(GuestField.values()));
            ComboBox<GuestField> field = new ComboBox<>(FXCollections.observableArrayList(choices));
            field.setMaxWidth(Double.MAX_VALUE);
            field.setPromptText(m.get("guestDialog.ignore"));
            field.setButtonCell(fieldCell(m, fields));
            field.setCellFactory(lv -> fieldCell(m, fields));
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

    private static ListCell<GuestField> fieldCell(Messages m, Messages fields) {
        return new ListCell<>() {
            @Override
            protected void updateItem(GuestField item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? m.get("guestDialog.ignore") : fields.get("field." + item.jsonName()));
            }
        };
    }
}
