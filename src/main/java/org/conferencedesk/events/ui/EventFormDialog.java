package org.conferencedesk.events.ui;

import org.conferencedesk.events.Event;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.ui.DateFields;

/**
 * The event form as a modal dialog: binds controls to an {@link EventFormViewModel}, nothing else.
 * OK stays disabled until the form is valid; errors show under their field while typing.
 * The view is built in code (a dozen controls): see docs/decisions/0002-window-views-in-code.md.
 */
public final class EventFormDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType ok;

    /**
     * @param owner the main window (may be null)
     * @param model the form's state; reused when the dialog is shown again after a refusal
     * @param messages the {@code ui} sentences
     * @param firstEvent true for "Create your first event" on a fresh database
     */
    public EventFormDialog(Window owner, EventFormViewModel model, Messages messages, boolean firstEvent) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get(firstEvent ? "event.form.firstTitle" : "event.form.newTitle"));
        dialog.setHeaderText(messages.get(firstEvent ? "event.form.firstHeader" : "event.form.newHeader"));
        ok = new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().setId("eventFormDialog");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(320, 360, Double.MAX_VALUE, Priority.ALWAYS, null, true));

        TextField name = text("eventName", model.nameProperty().get());
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setPromptText(messages.get("event.form.namePrompt"));
        TextField shortName = text("eventShortName", null);
        shortName.textProperty().bindBidirectional(model.shortNameProperty());
        shortName.setPromptText(messages.get("event.form.shortNamePrompt"));
        TextField city = text("eventCity", null);
        city.textProperty().bindBidirectional(model.cityProperty());
        TextField venue = text("eventVenue", null);
        venue.textProperty().bindBidirectional(model.venueProperty());
        venue.setPromptText(messages.get("event.form.venuePrompt"));
        DatePicker start = datePicker("eventStartDate");
        DateFields.bind(start, model.startDateTextProperty());
        DatePicker end = datePicker("eventEndDate");
        DateFields.bind(end, model.endDateTextProperty());

        int row = 0;
        row = addRow(grid, row, messages.get("event.form.name"), name, error("eventNameError", model.nameErrorProperty()));
        row = addRow(grid, row, messages.get("event.form.shortName"), shortName, null);
        row = addRow(grid, row, messages.get("event.form.city"), city, null);
        row = addRow(grid, row, messages.get("event.form.venue"), venue, null);
        row = addRow(grid, row, messages.get("event.form.startDate"), start, error("eventStartDateError", model.startDateErrorProperty()));
        row = addRow(grid, row, messages.get("event.form.endDate"), end, error("eventEndDateError", model.endDateErrorProperty()));
        Label zone = new Label(messages.get("event.form.timeZone",
                org.conferencedesk.shared.i18n.ZoneNames.name(Event.DEFAULT_TIME_ZONE, messages.locale())));
        zone.getStyleClass().add("text-muted");
        grid.add(zone, 1, row);
        dialog.getDialogPane().setContent(grid);

        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.disableProperty().bind(model.canSaveProperty().not());
        okButton.setId("eventFormOk");
        // Enter in a date field commits the date first; OK then reads the committed text.
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!model.canSaveProperty().get()) {
                e.consume();
            }
        });
        // Enter anywhere in the form is OK when the form is valid (a date picker would take it otherwise).
        grid.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && model.canSaveProperty().get()) {
                e.consume();
                ((Button) okButton).fire();
            }
        });
        // Cancel, Esc or the window's close box never silently drop what was typed: ask first.
        dialog.setOnCloseRequest(e -> {
            if (!ok.equals(dialog.getResult()) && model.hasTyping() && !confirmDiscard(messages)) {
                e.consume();
            }
        });
        Platform.runLater(name::requestFocus);
    }

    /** Asks whether to throw away the typed event; "Keep editing" is the default (Enter, Esc). */
    private boolean confirmDiscard(Messages messages) {
        ButtonType discard = new ButtonType(messages.get("event.form.discard.discard"), ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(messages.get("event.form.discard.keep"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("event.form.discard.question"), discard, keep);
        alert.initOwner(dialog.getDialogPane().getScene().getWindow());
        alert.setTitle(messages.get("event.form.discard.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("eventFormDiscard");
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        return alert.showAndWait().filter(discard::equals).isPresent();
    }

    /**
     * Shows the dialog and waits; returns true if the user pressed OK with a valid form. OK is the
     * default button (Enter anywhere in the form); Cancel, Esc or closing the window ask before
     * throwing away typed input.
     */
    public boolean showAndWait() {
        Optional<ButtonType> answer = dialog.showAndWait();
        return answer.filter(ok::equals).isPresent();
    }

    private static TextField text(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        return field;
    }

    private static DatePicker datePicker(String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setEditable(true);
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    private static Label error(String id, ReadOnlyStringProperty text) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("danger");
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.managedProperty().bind(text.isNotEmpty());
        label.visibleProperty().bind(text.isNotEmpty());
        return label;
    }

    private static int addRow(GridPane grid, int row, String label, Node field, Label error) {
        Label l = new Label(label);
        l.setLabelFor(field);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
        row++;
        if (error != null) {
            grid.add(error, 1, row);
            row++;
        }
        return row;
    }
}
