package org.conferencedesk.app.ui;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
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
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.shared.i18n.Messages;

/**
 * File → Import contracts…: binds an {@link ImportDialogViewModel} to a dialog with a file chooser,
 * the preview table (each column's field chosen in a box in its header), the problems list (copyable),
 * a progress bar with Cancel, and the result. No logic of its own.
 */
final class ImportDialog {

    private ImportDialog() {
    }

    /** Opens the file chooser, then the dialog on the chosen file; returns when the dialog closes. */
    static void show(Window owner, ImportDialogViewModel model, Messages m) {
        File chosen = chooseFile(owner, m);
        if (chosen != null) {
            showFor(owner, model, m, chosen.toPath());
        }
    }

    /** Shows the dialog on {@code chosen} (its preview loads at once); returns when the dialog closes. */
    static void showFor(Window owner, ImportDialogViewModel model, Messages m, java.nio.file.Path chosen) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(m.get("import.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ButtonType importButton = new ButtonType(m.get("import.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(m.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(importButton, close);
        dialog.getDialogPane().setId("importDialog");

        Label file = new Label();
        file.setId("importFile");
        file.textProperty().bind(model.fileDescriptionProperty());
        Button other = new Button(m.get("import.otherFile"));
        other.setOnAction(e -> {
            File again = chooseFile(dialog.getDialogPane().getScene().getWindow(), m);
            if (again != null) {
                model.open(again.toPath());
            }
        });
        other.disableProperty().bind(model.stepProperty().isEqualTo(Step.IMPORTING));
        // The button keeps its whole text; the description takes the rest of the line and wraps.
        other.setMinWidth(Region.USE_PREF_SIZE);
        file.setWrapText(true);
        file.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox top = new HBox(10, other, file);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<List<String>> table = new TableView<>();
        table.setId("importPreview");
        table.setPlaceholder(new Label(m.get("import.noPreview")));
        table.setPrefHeight(300);
        model.mapping().addListener((ListChangeListener<ColumnMapping<ContractField>>) c -> fillTable(table, model, m));

        Label problemsTitle = new Label(m.get("import.problems"));
        problemsTitle.getStyleClass().add("text-bold");
        // A read-only text area: the user can select and copy any part, and long sentences wrap.
        TextArea problems = new TextArea();
        problems.setId("importProblems");
        problems.setEditable(false);
        problems.setWrapText(true);
        problems.setPrefRowCount(6);
        model.problems().addListener((ListChangeListener<String>) c -> problems.setText(model.problemsAsText()));
        Button copy = new Button(m.get("import.copyProblems"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.problemsAsText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox problemsHeader = new HBox(10, problemsTitle, copy);
        problemsHeader.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox problemsBox = new VBox(4, problemsHeader, problems);
        problemsBox.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problemsBox.managedProperty().bind(problemsBox.visibleProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label progressText = new Label();
        progressText.textProperty().bind(model.progressTextProperty());
        progressText.setMinWidth(Region.USE_PREF_SIZE);
        Button cancel = new Button(m.get("button.cancel"));
        cancel.setId("importCancel");
        cancel.setOnAction(e -> model.cancel());
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox progress = new HBox(10, bar, progressText, cancel);
        progress.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        progress.visibleProperty().bind(model.stepProperty().isEqualTo(Step.IMPORTING));
        progress.managedProperty().bind(progress.visibleProperty());

        Label result = new Label();
        result.setId("importResult");
        result.getStyleClass().add("text-bold");
        result.textProperty().bind(model.resultTextProperty());
        result.managedProperty().bind(model.resultTextProperty().isNotEmpty());

        VBox content = new VBox(10, top, table, problemsBox, progress, result);
        content.setPadding(new Insets(12));
        VBox.setVgrow(table, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(980, 640);
        dialog.getDialogPane().setMinSize(760, 480);

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
        closeNode.addEventFilter(ActionEvent.ACTION, e -> {
            if (model.stepProperty().get() == Step.IMPORTING) {
                e.consume();
                model.cancel();
            }
        });
        model.open(chosen);
        dialog.showAndWait();
    }

    private static File chooseFile(Window owner, Messages m) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("import.chooseTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("filter.spreadsheets"), "*.csv", "*.xlsx", "*.txt"),
                new FileChooser.ExtensionFilter(m.get("filter.csv"), "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter(m.get("filter.xlsx"), "*.xlsx"));
        return chooser.showOpenDialog(owner);
    }

    private static void fillTable(TableView<List<String>> table, ImportDialogViewModel model, Messages m) {
        table.getColumns().clear();
        TableColumn<List<String>, String> line = new TableColumn<>(m.get("import.line"));
        line.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().get(0)));
        line.setPrefWidth(56);
        line.setSortable(false);
        table.getColumns().add(line);
        int index = 1;
        for (ColumnMapping<ContractField> column : model.mapping()) {
            int i = index++;
            TableColumn<List<String>, String> c = new TableColumn<>();
            c.setSortable(false);
            c.setPrefWidth(150);
            c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(i < cd.getValue().size() ? cd.getValue().get(i) : ""));
            ComboBox<ContractField> field = new ComboBox<>(FXCollections.observableArrayList(fieldChoices()));
            field.setMaxWidth(Double.MAX_VALUE);
            field.setPromptText(m.get("import.ignore"));
            field.setButtonCell(fieldCell(m));
            field.setCellFactory(lv -> fieldCell(m));
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

    private static List<ContractField> fieldChoices() {
        java.util.ArrayList<ContractField> choices = new java.util.ArrayList<>();
        choices.add(null);
        choices.addAll(List.of(ContractField.values()));
        return choices;
    }

    private static ListCell<ContractField> fieldCell(Messages m) {
        return new ListCell<>() {
            @Override
            protected void updateItem(ContractField item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? m.get("import.ignore") : m.get("field." + item.name()));
            }
        };
    }
}
