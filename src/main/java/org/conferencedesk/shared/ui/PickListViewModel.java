package org.conferencedesk.shared.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Finding one record among many as the user types (a guest to link a nominee or an exhibitor's contact
 * to): what is typed, the best matches and the one chosen (the first after each keystroke; ↓ ↑ move).
 * How a record matches is the feature's ({@code rank}: e.g. names, organisation and pinyin); the
 * candidates are handed in once read in the background.
 *
 * @param <T> the records to choose among
 */
public final class PickListViewModel<T> {

    private final BiFunction<List<T>, String, List<T>> rank;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<T> matches = FXCollections.observableArrayList();
    private final ObjectProperty<T> chosen = new SimpleObjectProperty<>(this, "chosen");
    private List<T> candidates = List.of();

    /**
     * @param rank the matches of the candidates for what is typed, best first (a blank text: none)
     */
    public PickListViewModel(BiFunction<List<T>, String, List<T>> rank) {
        this.rank = Objects.requireNonNull(rank, "rank");
        query.addListener((o, was, now) -> refresh());
    }

    /** The records to choose among (an empty list: nothing can be found); the matches follow. */
    public void setCandidates(List<T> candidates) {
        this.candidates = List.copyOf(candidates);
        refresh();
    }

    /** What is typed. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The candidates matching it, best first. */
    public ObservableList<T> matches() {
        return matches;
    }

    /** The match chosen (the first one after each keystroke), or null. */
    public ObjectProperty<T> chosenProperty() {
        return chosen;
    }

    /** ↓ (+1) or ↑ (-1): the next or previous match is chosen; nothing past either end. */
    public void move(int by) {
        int at = matches.indexOf(chosen.get()) + by;
        if (at >= 0 && at < matches.size()) {
            chosen.set(matches.get(at));
        }
    }

    /** Empties what is typed and the matches. */
    public void clear() {
        query.set("");
        refresh();
    }

    private void refresh() {
        List<T> found = rank.apply(candidates, query.get() == null ? "" : query.get());
        matches.setAll(found);
        chosen.set(found.isEmpty() ? null : found.get(0));
    }
}
