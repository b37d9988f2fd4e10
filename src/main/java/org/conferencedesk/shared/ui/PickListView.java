package org.conferencedesk.shared.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * The two controls of a {@link PickListViewModel}: the field typed in and the list of matches (a
 * combo box showing the chosen one). In the field ↓ ↑ choose among the matches and Enter runs the
 * action (link, take) when it may run; Esc empties the field.
 */
public final class PickListView<T> {

    private final TextField field = new TextField();
    private final ComboBox<T> choice;

    /**
     * @param model what is typed, the matches, the one chosen
     * @param idPrefix ids given: {@code idPrefix + "Query"} (the field), {@code idPrefix + "Match"} (the matches)
     * @param prompt the field's prompt ("Name, organisation or pinyin")
     * @param onEnter what Enter in the field does
     * @param enterAllowed when Enter does it
     */
    public PickListView(PickListViewModel<T> model, String idPrefix, String prompt, Runnable onEnter,
                        ObservableBooleanValue enterAllowed) {
        field.setId(idPrefix + "Query");
        field.setPromptText(prompt);
        field.setPrefColumnCount(14);
        field.textProperty().bindBidirectional(model.queryProperty());
        choice = new ComboBox<>(model.matches());
        choice.setId(idPrefix + "Match");
        choice.setPrefWidth(260);
        choice.valueProperty().bindBidirectional(model.chosenProperty());
        choice.disableProperty().bind(Bindings.isEmpty(model.matches()));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                model.move(1);
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                model.move(-1);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && enterAllowed.get()) {
                onEnter.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                model.clear();
                e.consume();
            }
        });
    }

    /**
     * True while the user is finding in it (the field has the focus and holds text, or the list of
     * matches is open): a form's Enter and Esc then belong to it ({@link FormKeys#enterSavesEscapeResets}).
     */
    public boolean choosing() {
        return (field.isFocused() && !field.getText().isEmpty()) || choice.isShowing();
    }

    /** The field typed in. */
    public TextField field() {
        return field;
    }

    /** The matches. */
    public ComboBox<T> choice() {
        return choice;
    }
}
