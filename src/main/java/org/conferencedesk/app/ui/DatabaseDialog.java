package org.conferencedesk.app.ui;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Settings › Database… (issue 16): the embedded file or a PostgreSQL server (host, port, database,
 * user), bound to a {@link DatabaseChoiceViewModel}; OK only when the choice is complete. No
 * password field: the password is never stored. Call on the JavaFX application thread.
 */
public final class DatabaseDialog {

    private DatabaseDialog() {
    }

    /**
     * Builds the dialog (not shown) over {@code model}; its result is true for OK.
     *
     * @param owner the window it belongs to, or null
     */
    public static Dialog<Boolean> create(Window owner, Messages m, DatabaseChoiceViewModel model) {
        Dialog<Boolean> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(m.get("database.title"));
        dialog.setHeaderText(null);
        ButtonType ok = new ButtonType(m.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);

        ToggleGroup kind = new ToggleGroup();
        RadioButton file = new RadioButton(m.get("database.file"));
        file.setId("databaseFile");
        file.setToggleGroup(kind);
        RadioButton server = new RadioButton(m.get("database.server"));
        server.setId("databaseServer");
        server.setToggleGroup(kind);
        (model.serverProperty().get() ? server : file).setSelected(true);
        server.selectedProperty().addListener((o, was, now) -> model.serverProperty().set(now));

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new javafx.geometry.Insets(0, 0, 0, 24));
        TextField host = field("databaseHost", model.hostProperty(), 24);
        TextField port = field("databasePort", model.portProperty(), 6);
        TextField database = field("databaseName", model.databaseProperty(), 24);
        TextField user = field("databaseUser", model.userProperty(), 24);
        grid.addRow(0, new Label(m.get("database.host")), host, new Label(m.get("database.port")), port);
        grid.addRow(1, new Label(m.get("database.name")), database);
        grid.addRow(2, new Label(m.get("database.user")), user);
        grid.disableProperty().bind(model.serverProperty().not());

        Label password = new Label(m.get("database.passwordNote"));
        password.setWrapText(true);
        password.setMaxWidth(520);
        password.getStyleClass().add("text-muted");
        Label problem = new Label();
        problem.setId("databaseProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(520);
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add("danger");
        Label when = new Label(m.get("database.nextStart"));
        when.setWrapText(true);
        when.setMaxWidth(520);

        dialog.getDialogPane().setContent(new VBox(10, file, server, grid, password, problem, when));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(model.canSaveProperty().not());
        dialog.setResultConverter(button -> button == ok);
        return dialog;
    }

    /** Shows the dialog modal to {@code owner}; the address chosen (empty: the file), or nothing if cancelled. */
    public static Optional<Optional<String>> show(Window owner, Messages m, DatabaseChoiceViewModel model) {
        return create(owner, m, model).showAndWait().filter(Boolean::booleanValue).map(pressed -> model.address());
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
