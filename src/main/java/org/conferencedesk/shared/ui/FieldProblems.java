package org.conferencedesk.shared.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
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

    private void decorate(Control control, String problem) {
        decoration.removeDecorations(control);
        if (problem != null) {
            decoration.applyValidationDecoration(ValidationMessage.error(control, problem));
        }
    }
}
