package org.conferencedesk.shared.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.record.LiveRecords;

/**
 * The model of a screen's record table, the same for every record type: search as you type, typed
 * filters (a choice list each, "all" first), the rows shown in the order the table asks for,
 * "显示 12 / 30 个签约项目" / "Showing 12 of 30 contracts", the text of the empty table (no event,
 * none yet, none match), the selection kept on the stored rows, and deleting the selection after a
 * destructive question. A feature's screen model holds one and adds its own columns and commands.
 * Imports nothing from {@code javafx.scene}; use on the UI thread.
 *
 * <p>Rows are sorted first, then filtered: a keystroke re-tests only the rows already in order, and
 * clearing the search does not re-sort (docs/BENCHMARKS.md, "Guests screen").
 *
 * <p>Sentences come from the feature's bundle, with these keys: {@code filter.shown} ({0} shown,
 * {1} in all), {@code table.noEvent}, {@code table.empty} (none yet), {@code table.noMatch} (none
 * match the search or filters), {@code delete.title}, {@code delete.questionOne} ({0} the record's
 * name), {@code delete.questionMany} ({0} how many), {@code delete.action}, {@code delete.failed.title},
 * {@code delete.failed.message} ({0} the reason).
 *
 * @param <W> the rows (a record, or a record with its search keys)
 */
public final class RecordTableViewModel<W> {

    /**
     * An entry of a filter's choice list.
     *
     * @param value the value to match; null for "all"
     * @param label what the user sees
     * @param <V> the filtered value's type
     */
    public record Choice<V>(V value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * One typed filter: its choices ("all" first) and the one chosen. A row passes if "all" is chosen
     * or its value equals the chosen one.
     *
     * @param <W> the rows
     * @param <V> the value filtered on
     */
    public static final class Filter<W, V> {
        private final java.util.function.BiPredicate<W, V> matches;
        private final Choice<V> all;
        private final ObservableList<Choice<V>> choices = FXCollections.observableArrayList();
        private final ObjectProperty<Choice<V>> chosen;

        private Filter(java.util.function.BiPredicate<W, V> matches, String allLabel) {
            this.matches = matches;
            this.all = new Choice<>(null, allLabel);
            this.choices.add(all);
            this.chosen = new SimpleObjectProperty<>(this, "chosen", all);
        }

        /** "All …" and each value. */
        public ObservableList<Choice<V>> choices() {
            return choices;
        }

        /** The choice shown ("all" by default). */
        public ObjectProperty<Choice<V>> chosenProperty() {
            return chosen;
        }

        /**
         * Lists {@code values} after "all", keeping the chosen value listed even if no row has it any
         * more. The list is edited in place: a ComboBox whose items are replaced shows a blank box
         * although its value is unchanged (JavaFX), so the chosen item stays put.
         */
        public void setValues(List<Choice<V>> values) {
            List<Choice<V>> fresh = new ArrayList<>();
            fresh.add(all);
            fresh.addAll(values);
            Choice<V> current = chosen.get();
            if (current != null && current.value() != null && !fresh.contains(current)) {
                fresh.add(current);
            }
            if (!fresh.equals(choices)) {
                choices.removeIf(c -> !fresh.contains(c));
                for (int i = 0; i < fresh.size(); i++) {
                    if (i >= choices.size() || !choices.get(i).equals(fresh.get(i))) {
                        choices.add(i, fresh.get(i));
                    }
                }
            }
        }

        private void showAll() {
            chosen.set(all);
        }

        private Predicate<W> predicate() {
            V value = chosen.get() == null ? null : chosen.get().value();
            return value == null ? w -> true : w -> matches.test(w, value);
        }
    }

    private final LiveRecords<?, W, ?> live;
    private final ToLongFunction<W> idOf;
    private final Function<W, String> nameOf;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final List<Filter<W, ?>> filters = new ArrayList<>();
    private final SortedList<W> sorted;
    private final FilteredList<W> shown;
    private final ObservableList<W> selection = FXCollections.observableArrayList();
    private final ObjectProperty<W> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanBinding hasSelection = Bindings.isNotEmpty(selection);
    private final ReadOnlyStringWrapper shownText = new ReadOnlyStringWrapper(this, "shownText", "");
    private final ReadOnlyStringWrapper placeholderText = new ReadOnlyStringWrapper(this, "placeholderText", "");
    private final ListChangeListener<W> rowsListener = c -> rowsChanged();
    private final InvalidationListener eventListener = o -> refreshTexts();
    private final List<Runnable> onRowsChanged = new ArrayList<>();
    private Function<String, Predicate<W>> textMatcher = text -> w -> true;
    private BiConsumer<Long, List<Long>> deleter;
    private boolean syncing;
    private boolean attached;

    /**
     * @param live the current event's records (the event, and a row's stored copy by id)
     * @param base the rows in their default order (the live rows, or a view of them such as signing order)
     * @param idOf a row's database id
     * @param nameOf how a row is named in a question ("智能装备产业园", "张三")
     * @param executor runs deletions in the background
     * @param dialogs asks before deleting; shows failures
     * @param messages the feature's bundle with the keys listed above
     */
    public RecordTableViewModel(LiveRecords<?, W, ?> live, ObservableList<W> base, ToLongFunction<W> idOf,
                                Function<W, String> nameOf, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.live = live;
        this.idOf = idOf;
        this.nameOf = nameOf;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.sorted = new SortedList<>(base);
        this.shown = new FilteredList<>(sorted);
        filterText.addListener(o -> refilter());
        shown.addListener((ListChangeListener<W>) c -> refreshTexts());
        selection.addListener((ListChangeListener<W>) c -> {
            if (!syncing) {
                syncing = true;
                try {
                    selected.set(selection.size() == 1 ? selection.get(0) : null);
                } finally {
                    syncing = false;
                }
            }
        });
        selected.addListener((o, was, now) -> {
            if (!syncing) {
                syncing = true;
                try {
                    if (now == null) {
                        selection.clear();
                    } else {
                        selection.setAll(List.of(now));
                    }
                } finally {
                    syncing = false;
                }
            }
        });
        refreshTexts();
    }

    /**
     * How the search text finds rows: given the text, a test of a row (called again on every keystroke).
     * Without one every row matches.
     */
    public RecordTableViewModel<W> searchWith(Function<String, Predicate<W>> matcher) {
        this.textMatcher = Objects.requireNonNull(matcher);
        refilter();
        return this;
    }

    /**
     * Adds a filter on {@code valueOf}, its choices "all" ({@code allLabel}) then {@code values}
     * (more may be set later with {@link Filter#setValues}).
     */
    public <V> Filter<W, V> addFilter(Function<W, V> valueOf, String allLabel, List<Choice<V>> values) {
        return add(new Filter<>((w, v) -> v.equals(valueOf.apply(w)), allLabel), values);
    }

    /**
     * Adds a filter on a row's several values (an exhibitor's halls): a row passes if "all" is chosen
     * or {@code valuesOf} holds the chosen value. Otherwise as {@link #addFilter}.
     */
    public <V> Filter<W, V> addFilterOnAny(Function<W, ? extends java.util.Collection<V>> valuesOf, String allLabel,
                                           List<Choice<V>> values) {
        return add(new Filter<>((w, v) -> valuesOf.apply(w).contains(v), allLabel), values);
    }

    private <V> Filter<W, V> add(Filter<W, V> filter, List<Choice<V>> values) {
        filter.setValues(values);
        filter.chosenProperty().addListener(o -> refilter());
        filters.add(filter);
        return filter;
    }

    /**
     * How the selection is deleted: {@code delete.accept(eventId, ids)} in the background, all in one
     * transaction (the service's {@code deleteAll}, on {@code AuditedWrites.deleteAll}): a refusal of one
     * keeps them all. Without one, {@link #deleteSelection()} does nothing.
     */
    public RecordTableViewModel<W> deleteWith(BiConsumer<Long, List<Long>> delete) {
        this.deleter = Objects.requireNonNull(delete);
        return this;
    }

    /** Runs {@code action} whenever the rows change while attached (a screen refreshing its choice lists). */
    public void onRowsChanged(Runnable action) {
        onRowsChanged.add(action);
    }

    /** Starts following the rows (the screen is shown) and catches up with what changed meanwhile. */
    public void attach() {
        if (!attached) {
            live.rows().addListener(rowsListener);
            live.eventIdProperty().addListener(eventListener);
            attached = true;
        }
        rowsChanged();
    }

    /** Stops following the rows (the screen is hidden). */
    public void detach() {
        if (attached) {
            live.rows().removeListener(rowsListener);
            live.eventIdProperty().removeListener(eventListener);
            attached = false;
        }
    }

    /** The rows shown: in the {@link #orderProperty() order} chosen, filtered (read-only, live). */
    public FilteredList<W> rows() {
        return shown;
    }

    /** The order of the rows (the table's comparator; null for the default order). */
    public ObjectProperty<Comparator<? super W>> orderProperty() {
        return sorted.comparatorProperty();
    }

    /** What to find. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The rows chosen (the view keeps it in step with the table). */
    public ObservableList<W> selection() {
        return selection;
    }

    /** The one row chosen, or null if none or several are; setting it chooses that row alone. */
    public ObjectProperty<W> selectedProperty() {
        return selected;
    }

    /** True when at least one row is chosen. */
    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    /** True while an event is shown. */
    public BooleanBinding hasEventProperty() {
        return live.eventIdProperty().isNotNull();
    }

    /** The event shown, or null. */
    public Long eventId() {
        return live.eventIdProperty().get();
    }

    /** "显示 12 / 30 个签约项目" / "Showing 12 of 30 contracts". */
    public ReadOnlyStringProperty shownTextProperty() {
        return shownText.getReadOnlyProperty();
    }

    /** What the empty table says: no event yet, no records yet, or none match the search and filters. */
    public ReadOnlyStringProperty placeholderTextProperty() {
        return placeholderText.getReadOnlyProperty();
    }

    /** The database id of {@code row}. */
    public long idOf(W row) {
        return idOf.applyAsLong(row);
    }

    /** The ids of the rows chosen, in the order chosen. */
    public List<Long> selectedIds() {
        List<Long> ids = new ArrayList<>(selection.size());
        for (W w : selection) {
            ids.add(idOf.applyAsLong(w));
        }
        return ids;
    }

    /**
     * Deletes the rows chosen after a destructive question naming the row, or how many (Cancel is
     * the default); does nothing if the user cancels. Runs in the background; a failure is shown
     * with its sentence in the user's language.
     *
     * @return true if the user agreed and the deletion started
     */
    public boolean deleteSelection() {
        Long event = eventId();
        List<W> chosen = List.copyOf(selection);
        if (event == null || chosen.isEmpty() || deleter == null) {
            return false;
        }
        String question = chosen.size() == 1
                ? messages.get("delete.questionOne", nameOf.apply(chosen.get(0)))
                : messages.get("delete.questionMany", chosen.size());
        if (!dialogs.confirmDestructive(messages.get("delete.title"), question, messages.get("delete.action"))) {
            return false;
        }
        List<Long> ids = selectedIds();
        Locale locale = messages.locale();
        executor.execute(() -> {
            deleter.accept(event, ids);
            return ids.size();
        }, n -> { }, failure -> dialogs.showError(messages.get("delete.failed.title"),
                messages.get("delete.failed.message", UserFacingException.sentenceOf(failure, locale))));
        return true;
    }

    /**
     * Makes the row with this id shown (another screen's "Open …"): if the search or a filter hides
     * it, the search is emptied and every filter set to "all".
     *
     * @return the row, or null if the event shown has no such record (or its rows are not read yet)
     */
    public W reveal(long id) {
        W row = null;
        for (W w : sorted) {
            if (idOf.applyAsLong(w) == id) {
                row = w;
                break;
            }
        }
        if (row != null && !shown.contains(row)) {
            filterText.set("");
            filters.forEach(Filter::showAll);
            refilter();
        }
        return row;
    }

    /** Re-applies the search and the filters (a feature whose matching depends on more than these calls it). */
    public void refilter() {
        Predicate<W> text = textMatcher.apply(filterText.get() == null ? "" : filterText.get());
        List<Predicate<W>> tests = new ArrayList<>();
        for (Filter<W, ?> f : filters) {
            tests.add(f.predicate());
        }
        shown.setPredicate(w -> {
            for (Predicate<W> t : tests) {
                if (!t.test(w)) {
                    return false;
                }
            }
            return text.test(w);
        });
    }

    private void rowsChanged() {
        onRowsChanged.forEach(Runnable::run);
        followSelection();
        refreshTexts();
    }

    /** Keeps the selection on the stored rows: an edited row stays chosen, a deleted one leaves it. */
    private void followSelection() {
        if (selection.isEmpty()) {
            return;
        }
        List<W> fresh = new ArrayList<>(selection.size());
        for (W w : selection) {
            W now = live.row(idOf.applyAsLong(w));
            if (now != null) {
                fresh.add(now);
            }
        }
        if (!fresh.equals(selection)) {
            selection.setAll(fresh);
        }
    }

    private void refreshTexts() {
        int all = live.rows().size();
        shownText.set(messages.get("filter.shown", shown.size(), all));
        placeholderText.set(eventId() == null ? messages.get("table.noEvent")
                : all == 0 ? messages.get("table.empty") : messages.get("table.noMatch"));
    }
}
