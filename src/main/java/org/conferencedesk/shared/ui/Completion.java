package org.conferencedesk.shared.ui;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * Completion as you type in a text field (ControlsFX), the same on every form: suggestions as soon
 * as a character is typed, eight rows, in the theme's colours. Down chooses in the list, Enter takes
 * the suggestion chosen; Esc closes the list. The list shows only while the field has the focus.
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
        // Suggestions are looked up in the background: a list that arrives after the user left the
        // field (Tab, another screen) would stay open over whatever is shown next. Only a focused
        // field shows its list.
        var popup = binding.getAutoCompletionPopup();
        popup.showingProperty().addListener((o, was, showing) -> {
            if (showing && !field.isFocused()) {
                javafx.application.Platform.runLater(popup::hide);
            }
        });
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
        return binding;
    }
}
