package org.conferencedesk.importexport.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.conferencedesk.importexport.ImportPreview;
import org.conferencedesk.importexport.ValueAnswers;

/**
 * One value of the file that the event's list for its column does not know (a guest category "VIP"),
 * shown once for the whole file in the import window, and the user's answer: one of the event's
 * values, or the value itself, added as written. No {@code javafx.scene}; call on the UI thread.
 */
public final class NewValueChoice {

    private final ImportPreview.NewValue value;
    private final ObjectProperty<String> answer;

    NewValueChoice(ImportPreview.NewValue value) {
        this.value = value;
        // A list that does not ask adds its new values unless mapped: that is the answer shown.
        String initial = value.answer() != null ? value.answer() : value.asks() ? null : value.written();
        this.answer = new SimpleObjectProperty<>(this, "answer", initial);
    }

    /** The column's header as written. */
    public String header() {
        return value.header();
    }

    /** The value as first written in the file. */
    public String written() {
        return value.written();
    }

    /** How many rows give it. */
    public int rows() {
        return value.rows();
    }

    /** The first of its rows' lines. */
    public List<Integer> lines() {
        return value.lines();
    }

    /**
     * What it may become: {@link #written()} first (added as a new value), then the event's values
     * (mapped to one of them).
     */
    public List<String> choices() {
        List<String> choices = new ArrayList<>();
        choices.add(value.written());
        for (String c : value.choices()) {
            if (!c.equals(value.written())) {
                choices.add(c);
            }
        }
        return choices;
    }

    /** True if {@code choice} adds the value rather than mapping it to a known one. */
    public boolean adds(String choice) {
        return value.written().equals(choice);
    }

    /** The answer: one of {@link #choices()}, or null while the import waits for it. */
    public ObjectProperty<String> answerProperty() {
        return answer;
    }

    /** True while the import waits for the answer. */
    public boolean waiting() {
        return value.asks() && answer.get() == null;
    }

    /** The answers with this one added (nothing if unanswered). */
    ValueAnswers addTo(ValueAnswers answers) {
        String a = answer.get();
        return a == null ? answers : answers.with(value.header() == null ? value.field().jsonName() : value.header(),
                value.written(), a);
    }
}
