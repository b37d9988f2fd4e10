package org.conferencedesk.shared.ui;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * Completion as you type in a text field (ControlsFX), the same on every form: suggestions as soon
 * as a character is typed, eight rows, in the theme's colours. Down chooses in the list, Enter takes
 * the suggestion chosen; Esc closes the list.
 */
public final class Completion {

    private Completion() {
    }

    /**
     * Completes {@code field} with {@code suggestions(typed)}. Call on the JavaFX thread.
     *
     * @return the binding; {@code getAutoCompletionPopup().isShowing()} tells a form not to take Enter
     */
    public static AutoCompletionBinding<String> bind(TextField field, Function<String, List<String>> suggestions) {
        AutoCompletionBinding<String> binding = TextFields.bindAutoCompletion(field,
                request -> suggestions.apply(request.getUserText()));
        binding.setVisibleRowCount(8);
        binding.setDelay(0);
        binding.getAutoCompletionPopup().getScene().getStylesheets()
                .add(Completion.class.getResource("completion.css").toExternalForm());
        return binding;
    }
}
