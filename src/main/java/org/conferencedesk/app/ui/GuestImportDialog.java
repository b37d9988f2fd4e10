package org.conferencedesk.app.ui;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.conferencedesk.app.ui.GuestImportDialogViewModel.DuplicateRow;
import org.conferencedesk.app.ui.SpreadsheetImportViewModel.Step;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.importexport.DuplicateAction;
import org.conferencedesk.shared.i18n.Messages;

/**
 * File → Import guests…: binds a {@link GuestImportDialogViewModel} to a dialog with the preview
 * table (each column's field chosen in its header), the rows that look like guests already on the
 * list (skip / merge / add per row and for all), the "import the good rows" choice, the problems
 * (copyable), a progress bar with Cancel, and the result; the pieces shared with the contracts' import
 * come from {@link SpreadsheetImportDialog}. No logic of its own.
 */
final class GuestImportDialog {

    private GuestImportDialog() {
    }

    /** Opens the file chooser, then the dialog on the chosen file; returns when the dialog closes. */
    static void show(Window owner, GuestImportDialogViewModel model, Messages m) {
        File chosen = chooseFile(owner, model, m);
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
        SpreadsheetImportDialog<GuestField> pieces = pieces(model, m);
        Dialog<ButtonType> dialog = pieces.dialog(owner, m.get("guestDialog.close"));
        SpreadsheetImportDialog.closeButton(dialog).setId("guestImportClose");

        TableView<List<String>> table = pieces.previewTable(140);
        table.setPrefHeight(240);

        VBox duplicatesBox = duplicatesBox(model, m);

        CheckBox goodRowsOnly = new CheckBox(m.get("guestDialog.goodRowsOnly"));
        goodRowsOnly.setId("guestImportGoodRowsOnly");
        goodRowsOnly.selectedProperty().bindBidirectional(model.goodRowsOnlyProperty());
        goodRowsOnly.disableProperty().bind(model.stepProperty().isNotEqualTo(Step.PREVIEW));

        Label result = pieces.result();
        result.setWrapText(true);

        VBox content = new VBox(10, pieces.fileLine(dialog), table, duplicatesBox, goodRowsOnly, pieces.problemsBox(5),
                pieces.progressArea(m.get("guestDialog.cancel")), result);
        content.setPadding(new Insets(12));
        VBox.setVgrow(table, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(1040, 720);
        dialog.getDialogPane().setMinSize(760, 520);
        return dialog;
    }

    private static SpreadsheetImportDialog<GuestField> pieces(GuestImportDialogViewModel model, Messages m) {
        Messages fields = Messages.of("guests", m.locale());
        return new SpreadsheetImportDialog<>(model, m, "guestImport", "guestDialog.", List.of(GuestField.values()),
                field -> fields.get("field." + field.jsonName()));
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

    private static File chooseFile(Window owner, GuestImportDialogViewModel model, Messages m) {
        return pieces(model, m).chooseFile(owner);
    }
}
