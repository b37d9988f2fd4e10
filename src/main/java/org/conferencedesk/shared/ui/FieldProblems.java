package org.conferencedesk.shared.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * Shows a form field's problem (a view model's message property, null when the value is fine) the
 * same way on every form: the sentence in a label under the field, which takes no room while there
 * is none, and ControlsFX's error mark on the field. One per form.
 */
public final class FieldProblems {

    private final ValidationDecoration decoration = new GraphicValidationDecoration();

    /**
     * Keeps {@code message} and the mark on {@code field} in step with {@code problem}, from now on.
     * Call on the JavaFX thread.
     */
    public void show(Control field, ReadOnlyStringProperty problem, Label message) {
        message.textProperty().bind(problem);
        message.visibleProperty().bind(problem.isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        problem.addListener((o, was, now) -> decorate(field, now));
        decorate(field, problem.get());
    }

    /**
     * A typed form field: {@code name} in {@code label} (never cut), the field's text bound both ways
     * to {@code text} (the view model's), and its problem shown ({@link #show}). JavaFX thread.
     */
    public void labelled(Label label, String name, TextField field, StringProperty text, ReadOnlyStringProperty problem,
                         Label message) {
        label.setText(name);
        label.setMinWidth(Control.USE_PREF_SIZE);
        field.textProperty().bindBidirectional(text);
        show(field, problem, message);
    }

    private void decorate(Control control, String problem) {
        decoration.removeDecorations(control);
        if (problem != null) {
            decoration.applyValidationDecoration(ValidationMessage.error(control, problem));
        }
    }
}
