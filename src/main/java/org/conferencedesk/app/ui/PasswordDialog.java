package org.conferencedesk.app.ui;

import java.util.Arrays;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.EncryptionService;

/**
 * The password dialog of an encrypted database: the current password (to open the database, restore
 * an encrypted backup, or change or remove the encryption), a new one typed twice (to encrypt or
 * change), or both. OK is enabled only when what is typed can be used (the two new ones equal, not
 * empty, no spaces). Call on the JavaFX application thread.
 */
public final class PasswordDialog {

    /** What was typed: the current password and the new one; each null if not asked for. */
    public record Typed(char[] current, char[] fresh) {
    }

    private PasswordDialog() {
    }

    /**
     * Shows the dialog modal to {@code owner} and waits.
     *
     * @param text the sentence above the fields (what the password is for)
     * @param error a sentence shown in red (e.g. "the password is not right"), or null
     * @param askCurrent whether to ask for the current password
     * @param askNew whether to ask for a new password (twice)
     * @return what was typed, or empty if the user cancelled
     */
    public static Optional<Typed> show(Window owner, Messages m, String title, String text, String error,
                                boolean askCurrent, boolean askNew) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        ButtonType ok = new ButtonType(m.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);

        Label sentence = new Label(text);
        sentence.setWrapText(true);
        sentence.setMaxWidth(480);
        VBox box = new VBox(10, sentence);
        if (error != null) {
            Label problem = new Label(error);
            problem.setId("passwordError");
            problem.setWrapText(true);
            problem.setMaxWidth(480);
            problem.getStyleClass().add("danger");
            problem.setStyle("-fx-text-fill: -color-danger-fg;");
            box.getChildren().add(problem);
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        PasswordField current = field("passwordCurrent");
        PasswordField fresh = field("passwordNew");
        PasswordField again = field("passwordAgain");
        int row = 0;
        if (askCurrent) {
            grid.addRow(row++, new Label(m.get("password.current")), current);
        }
        if (askNew) {
            grid.addRow(row++, new Label(m.get("password.new")), fresh);
            grid.addRow(row, new Label(m.get("password.again")), again);
        }
        Label hint = new Label();
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMaxWidth(480);
        hint.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!askNew || fresh.getText().isEmpty()) {
                return askNew ? m.get("password.rules") : "";
            }
            if (!EncryptionService.isUsable(fresh.getText().toCharArray())) {
                return m.get("password.noSpaces");
            }
            return again.getText().isEmpty() || again.getText().equals(fresh.getText()) ? "" : m.get("password.notSame");
        }, fresh.textProperty(), again.textProperty()));
        box.getChildren().addAll(grid, hint);
        dialog.getDialogPane().setContent(box);

        BooleanBinding usable = Bindings.createBooleanBinding(() ->
                (!askCurrent || !current.getText().isEmpty())
                        && (!askNew || (EncryptionService.isUsable(fresh.getText().toCharArray())
                        && fresh.getText().equals(again.getText()))),
                current.textProperty(), fresh.textProperty(), again.textProperty());
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(usable.not());
        dialog.setOnShown(e -> (askCurrent ? current : fresh).requestFocus());

        Optional<Typed> result = dialog.showAndWait().filter(ok::equals).map(b -> new Typed(
                askCurrent ? current.getText().toCharArray() : null,
                askNew ? fresh.getText().toCharArray() : null));
        current.clear();
        fresh.clear();
        again.clear();
        return result;
    }

    private static PasswordField field(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(20);
        return field;
    }

    /** Overwrites a password that is no longer needed. */
    static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
