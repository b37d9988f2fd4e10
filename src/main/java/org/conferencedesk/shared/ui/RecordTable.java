package org.conferencedesk.shared.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;

/**
 * Binds a screen's {@link TableView} to its {@link RecordTableViewModel}, the same way on every
 * screen: the rows shown and their order (the table's sort order becomes the model's), the
 * selection both ways (kept by id when rows are replaced by their stored copies or filtered away),
 * the edit form asked before another row is chosen, and the empty table's text. JavaFX thread only.
 *
 * @param <W> the rows
 */
public final class RecordTable<W> {

    private final TableView<W> table;
    private final RecordTableViewModel<W> model;
    private final Predicate<W> choose;
    private boolean syncing;
    private boolean listChanging;
    private Set<Long> chosenBefore = Set.of();
    private List<W> accepted = List.of();
    private Long pendingOpen;

    private RecordTable(TableView<W> table, RecordTableViewModel<W> model, Predicate<W> choose) {
        this.table = table;
        this.model = model;
        this.choose = choose;
    }

    /**
     * Binds {@code table} to {@code model}.
     *
     * @param many whether several rows may be chosen at once (bulk actions)
     * @param choose asked when the user chooses one row (the form edits it): false if the user kept
     *               unsaved typing instead, and the rows chosen before are chosen again
     * @param placeholderId the node id of the empty table's text
     * @return the binding, to choose a row by id (after a save)
     */
    public static <W> RecordTable<W> bind(TableView<W> table, RecordTableViewModel<W> model, boolean many,
                                          Predicate<W> choose, String placeholderId) {
        RecordTable<W> bound = new RecordTable<>(table, model, Objects.requireNonNull(choose));
        bound.bind(many, placeholderId);
        return bound;
    }

    /**
     * Shows a filter's choices ("All sectors" and each value) in {@code box}, the one chosen kept in
     * step both ways with the model's.
     */
    public static <V> void bindChoice(ComboBox<RecordTableViewModel.Choice<V>> box,
                                      ObservableList<RecordTableViewModel.Choice<V>> choices,
                                      ObjectProperty<RecordTableViewModel.Choice<V>> chosen) {
        box.setItems(choices);
        box.valueProperty().bindBidirectional(chosen);
    }

    private void bind(boolean many, String placeholderId) {
        // Before the table sees a change of the rows: remember who was chosen (the table's own
        // selection changes while it adjusts are not the user's).
        model.rows().addListener((ListChangeListener<W>) c -> {
            listChanging = true;
            chosenBefore = new HashSet<>(model.selectedIds());
        });
        table.setItems(model.rows());
        model.rows().addListener((ListChangeListener<W>) c -> listChanged());
        // The model sorts under its filter: the table hands it its order instead of sorting its items.
        table.setSortPolicy(t -> {
            model.orderProperty().set(t.getComparator());
            return true;
        });
        table.getSelectionModel().setSelectionMode(many ? SelectionMode.MULTIPLE : SelectionMode.SINGLE);
        Label placeholder = new Label();
        placeholder.setId(placeholderId);
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.placeholderTextProperty());
        table.setPlaceholder(placeholder);

        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<W>) c -> {
            if (syncing || listChanging) {
                return;
            }
            List<W> now = new ArrayList<>(table.getSelectionModel().getSelectedItems());
            now.removeIf(Objects::isNull);
            if (now.size() == 1 && !choose.test(now.get(0))) {
                // The user kept the typing: the rows chosen before are chosen again (after the table's click).
                List<W> back = accepted;
                Platform.runLater(() -> selectInTable(back));
                return;
            }
            setModelSelection(now);
            accepted = List.copyOf(now);
        });
        model.selection().addListener((ListChangeListener<W>) c -> {
            if (!syncing && !listChanging) {
                List<W> now = List.copyOf(model.selection());
                selectInTable(now);
                if (now.size() == 1) {
                    choose.test(now.get(0));
                }
                accepted = now;
            }
        });
    }

    /**
     * Opens the record with this id (another screen's "Open …"): shown even if the search or a filter
     * hid it ({@link RecordTableViewModel#reveal}), chosen alone, scrolled into view and handed to the
     * form (which asks before unsaved typing is lost). Rows not read yet (the screen was just built):
     * opened as soon as they are.
     */
    public void open(long id) {
        W row = model.reveal(id);
        if (row == null) {
            pendingOpen = id;
            return;
        }
        pendingOpen = null;
        if (choose.test(row)) {
            select(id);
        }
    }

    /** Chooses the row with this id alone and scrolls it into view (after a save); nothing if it is not shown. */
    public void select(long id) {
        ObservableList<W> shown = model.rows();
        for (int i = 0; i < shown.size(); i++) {
            if (model.idOf(shown.get(i)) == id) {
                W row = shown.get(i);
                selectInTable(List.of(row));
                setModelSelection(List.of(row));
                accepted = List.of(row);
                SearchField.showRow(table, i);
                return;
            }
        }
    }

    /**
     * After each save ({@code saved} set to the record stored, e.g. a form's last-saved property),
     * chooses its row ({@link #select}) once the table has taken in the new rows (a later pulse).
     * A record without an id ({@code idOf} gives null) chooses nothing.
     */
    public <R> void selectLater(ObservableValue<R> saved, Function<R, Long> idOf) {
        saved.addListener((o, was, now) -> {
            Long id = now == null ? null : idOf.apply(now);
            if (id != null) {
                Platform.runLater(() -> select(id));
            }
        });
    }

    /** The rows shown changed (after the table has seen it): choose again the rows chosen before, by id. */
    private void listChanged() {
        listChanging = false;
        if (pendingOpen != null) {
            long id = pendingOpen;
            Platform.runLater(() -> {
                if (pendingOpen != null && pendingOpen == id) {
                    open(id);
                }
            });
        }
        Set<Long> chosen = chosenBefore;
        chosenBefore = Set.of();
        if (chosen.isEmpty()) {
            return;
        }
        List<W> rows = new ArrayList<>(chosen.size());
        List<Integer> indices = new ArrayList<>(chosen.size());
        ObservableList<W> shown = model.rows();
        for (int i = 0; i < shown.size() && rows.size() < chosen.size(); i++) {
            if (chosen.contains(model.idOf(shown.get(i)))) {
                rows.add(shown.get(i));
                indices.add(i);
            }
        }
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            for (int i : indices) {
                table.getSelectionModel().select(i);
            }
        } finally {
            syncing = false;
        }
        setModelSelection(rows);
        accepted = List.copyOf(rows);
        if (rows.size() == 1) {
            choose.test(rows.get(0));
        }
    }

    private void setModelSelection(List<W> rows) {
        if (model.selection().equals(rows)) {
            return;
        }
        syncing = true;
        try {
            model.selection().setAll(rows);
        } finally {
            syncing = false;
        }
    }

    private void selectInTable(List<W> rows) {
        if (table.getSelectionModel().getSelectedItems().equals(rows)) {
            return;
        }
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            for (W r : rows) {
                int i = model.rows().indexOf(r);
                if (i >= 0) {
                    table.getSelectionModel().select(i);
                }
            }
        } finally {
            syncing = false;
        }
    }
}
