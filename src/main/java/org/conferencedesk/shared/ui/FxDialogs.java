package org.conferencedesk.shared.ui;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.i18n.Messages;

/**
 * {@link DialogService} with JavaFX alerts: modal to the main window, buttons in the window's
 * language (bundle {@code shared}). A destructive question has Cancel as its default button: Enter
 * and Esc keep everything; only a click on the named action (or Tab to it, then Space) destroys. (Not named {@code FxDialogService}: the layer rules keep every {@code *Service} free
 * of JavaFX, since services run headless.) Call on the JavaFX application thread (view models do, from {@code TaskExecutor} callbacks).
 */
public final class FxDialogs implements DialogService {

    private final Supplier<Window> owner;
    private final Messages messages;

    /**
     * @param owner the window the alerts belong to (may supply null before the window exists)
     * @param messages any area in the window's language (its locale chooses the buttons' language)
     */
    public FxDialogs(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = Messages.of("shared", messages.locale());
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message, new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
    }

    @Override
    public void showInformation(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message, new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
    }

    @Override
    public boolean confirm(String title, String question) {
        ButtonType yes = new ButtonType(messages.get("button.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(messages.get("button.no"), ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, question, yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public boolean confirmDestructive(String title, String question, String action) {
        Alert alert = destructiveAlert(title, question, action);
        ButtonType act = alert.getButtonTypes().get(0);
        return alert.showAndWait().filter(act::equals).isPresent();
    }

    /**
     * The alert of {@link #confirmDestructive}, not shown: the action first (styled as danger, never
     * the default), then Cancel, which is both the default and the cancel button and has the focus.
     */
    Alert destructiveAlert(String title, String question, String action) {
        ButtonType act = new ButtonType(action, ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, title, question, act, cancel);
        Button actButton = (Button) alert.getDialogPane().lookupButton(act);
        Button cancelButton = (Button) alert.getDialogPane().lookupButton(cancel);
        actButton.setDefaultButton(false);
        actButton.getStyleClass().add("danger");
        actButton.setId("destructiveAction");
        cancelButton.setDefaultButton(true);
        cancelButton.setCancelButton(true);
        cancelButton.setId("destructiveCancel");
        alert.setOnShown(e -> cancelButton.requestFocus());
        return alert;
    }

    /** The merge of a stale save ({@link StaleEditDialog}), modal to the window. */
    @Override
    public boolean mergeStaleEdit(org.conferencedesk.shared.StaleEditMerge merge) {
        return StaleEditDialog.show(owner.get(), messages, merge);
    }

    private void show(Alert.AlertType type, String title, String message, ButtonType button) {
        alert(type, title, message, button).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        alert.setTitle(title);
        alert.setHeaderText(null);
        // A Label wraps long sentences (file paths, line numbers) instead of cutting them off.
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);
        return alert;
    }
}
