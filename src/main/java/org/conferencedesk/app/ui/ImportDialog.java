package org.conferencedesk.app.ui;

import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.shared.i18n.Messages;

/**
 * File → Import contracts…: binds an {@link ImportDialogViewModel} to a dialog with a file chooser,
 * the preview table (each column's field chosen in a box in its header), the problems list (copyable),
 * a progress bar with Cancel, and the result, all made by {@link SpreadsheetImportDialog}. No logic
 * of its own.
 */
final class ImportDialog {

    private ImportDialog() {
    }

    /** Opens the file chooser, then the dialog on the chosen file; returns when the dialog closes. */
    static void show(Window owner, ImportDialogViewModel model, Messages m) {
        File chosen = pieces(model, m).chooseFile(owner);
        if (chosen != null) {
            showFor(owner, model, m, chosen.toPath());
        }
    }

    /** Shows the dialog on {@code chosen} (its preview loads at once); returns when the dialog closes. */
    static void showFor(Window owner, ImportDialogViewModel model, Messages m, java.nio.file.Path chosen) {
        SpreadsheetImportDialog<ContractField> pieces = pieces(model, m);
        Dialog<ButtonType> dialog = pieces.dialog(owner, m.get("button.close"));
        TableView<List<String>> table = pieces.previewTable(150);
        table.setPrefHeight(300);
        VBox content = new VBox(10, pieces.fileLine(dialog), table, pieces.problemsBox(6),
                pieces.progressArea(m.get("button.cancel")), pieces.result());
        content.setPadding(new Insets(12));
        VBox.setVgrow(table, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(980, 640);
        dialog.getDialogPane().setMinSize(760, 480);
        model.open(chosen);
        dialog.showAndWait();
    }

    private static SpreadsheetImportDialog<ContractField> pieces(ImportDialogViewModel model, Messages m) {
        return new SpreadsheetImportDialog<>(model, m, "import", "import.", List.of(ContractField.values()),
                field -> m.get("field." + field.name()));
    }
}
