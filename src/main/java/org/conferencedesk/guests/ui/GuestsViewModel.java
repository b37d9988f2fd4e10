package org.conferencedesk.guests.ui;

import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestRow;
import org.conferencedesk.guests.GuestSearch;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.guests.InvitationStatus;
import org.conferencedesk.guests.LiveGuests;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
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
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;

/**
 * The guests screen: the current event's guests (live, from {@link LiveGuests}) found as you type
 * ({@link GuestSearch}: name in either script, organisation, pinyin and its initials — "zhang" and
 * "zs" find 张三) and filtered by category, invitation status and attendance; the selection and
 * the bulk actions on it (mark invited, confirmed or declined; check in; delete after asking); the
 * summary panel ({@link GuestSummaryViewModel}).
 *
 * <p>Search cost: every row carries its precomputed {@link GuestSearch.SearchKey}, so a keystroke
 * re-tests 100,000 keys with a few {@code String.contains} each inside one {@link FilteredList}
 * laid over the sorted rows (see docs/BENCHMARKS.md, "Guests screen").
 *
 * <p>Lifecycle: {@link #attach()} when shown, {@link #detach()} when hidden. UI thread; imports
 * nothing from {@code javafx.scene}.
 */
public final class GuestsViewModel {

    /**
     * An entry of a filter list.
     *
     * @param value the category, status or attendance to match; null for "all"
     * @param label what the user sees
     */
    public record Choice<E>(E value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final LiveGuests live;
    private final GuestService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final GuestWords words;
    private final Clock clock;

    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObservableList<Choice<GuestCategory>> categoryChoices;
    private final ObservableList<Choice<InvitationStatus>> statusChoices;
    private final ObservableList<Choice<Attendance>> attendanceChoices;
    private final ObjectProperty<Choice<GuestCategory>> categoryFilter;
    private final ObjectProperty<Choice<InvitationStatus>> statusFilter;
    private final ObjectProperty<Choice<Attendance>> attendanceFilter;
    private final FilteredList<GuestRow> filtered;
    private final SortedList<GuestRow> sorted;
    private final ObservableList<GuestRow> selection = FXCollections.observableArrayList();
    private final BooleanBinding hasSelection = Bindings.isNotEmpty(selection);
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", Event.DEFAULT_TIME_ZONE);
    private final ReadOnlyStringWrapper shownText = new ReadOnlyStringWrapper(this, "shownText", "");
    private final GuestSummaryViewModel summary;
    private final ListChangeListener<GuestRow> rowsListener = c -> followSelection();
    private boolean attached;

    /**
     * @param live the current event's guests (shared with the check-in desk and the status bar)
     * @param service does the bulk actions (through {@code executor})
     * @param dialogs asks before deleting; shows failures
     * @param words the screen's language
     * @param clock the time of a bulk check-in
     */
    public GuestsViewModel(LiveGuests live, GuestService service, TaskExecutor executor, DialogService dialogs,
                           GuestWords words, Clock clock) {
        this.live = live;
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.words = words;
        this.clock = clock;
        categoryChoices = choices(GuestCategory.values(), words::category, "filter.category.all");
        statusChoices = choices(InvitationStatus.values(), words::invitationStatus, "filter.status.all");
        attendanceChoices = choices(Attendance.values(), words::attendance, "filter.attendance.all");
        categoryFilter = new SimpleObjectProperty<>(this, "categoryFilter", categoryChoices.get(0));
        statusFilter = new SimpleObjectProperty<>(this, "statusFilter", statusChoices.get(0));
        attendanceFilter = new SimpleObjectProperty<>(this, "attendanceFilter", attendanceChoices.get(0));
        // Sorted first, then filtered: a keystroke only re-tests the keys of rows already in order,
        // and clearing the search does not re-sort 100,000 rows (docs/BENCHMARKS.md, "Guests screen").
        sorted = new SortedList<>(live.rows());
        filtered = new FilteredList<>(sorted);
        filtered.predicateProperty().bind(Bindings.createObjectBinding(this::predicate,
                filterText, categoryFilter, statusFilter, attendanceFilter));
        filtered.addListener((ListChangeListener<GuestRow>) c -> refreshShown());
        summary = new GuestSummaryViewModel(live, words);
        refreshShown();
    }

    /** Starts following the live data (when the screen is shown). */
    public void attach() {
        if (!attached) {
            live.rows().addListener(rowsListener);
            attached = true;
        }
        summary.attach();
        followSelection();
    }

    /** Stops following the live data (when hidden). */
    public void detach() {
        if (attached) {
            live.rows().removeListener(rowsListener);
            attached = false;
        }
        summary.detach();
    }

    /** The guests shown: in the {@link #orderProperty() order} chosen, filtered (read-only, live). */
    public FilteredList<GuestRow> guests() {
        return filtered;
    }

    /**
     * The order of the guests shown (the table's comparator; null for list order). Sorting happens
     * when the order or a row changes, not when the search changes.
     */
    public ObjectProperty<java.util.Comparator<? super GuestRow>> orderProperty() {
        return sorted.comparatorProperty();
    }

    /** What to find: words, each matched against name, other name, organisation, pinyin and initials. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** "All categories" and each category. */
    public ObservableList<Choice<GuestCategory>> categoryChoices() {
        return categoryChoices;
    }

    /** "All statuses" and each invitation status. */
    public ObservableList<Choice<InvitationStatus>> statusChoices() {
        return statusChoices;
    }

    /** "On site and online" and each attendance. */
    public ObservableList<Choice<Attendance>> attendanceChoices() {
        return attendanceChoices;
    }

    /** The category shown ("all" by default). */
    public ObjectProperty<Choice<GuestCategory>> categoryFilterProperty() {
        return categoryFilter;
    }

    /** The invitation status shown ("all" by default). */
    public ObjectProperty<Choice<InvitationStatus>> statusFilterProperty() {
        return statusFilter;
    }

    /** The attendance shown ("all" by default). */
    public ObjectProperty<Choice<Attendance>> attendanceFilterProperty() {
        return attendanceFilter;
    }

    /** The selected rows (the view keeps this in step with the table's multiple selection). */
    public ObservableList<GuestRow> selection() {
        return selection;
    }

    /** True when at least one guest is selected: the bulk actions are enabled. */
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

    /** The time zone check-in times are shown in (the event's; Asia/Shanghai by default). */
    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    /** "Showing 12 of 326 guests". */
    public ReadOnlyStringProperty shownTextProperty() {
        return shownText.getReadOnlyProperty();
    }

    /** The figures panel. */
    public GuestSummaryViewModel summary() {
        return summary;
    }

    /** The words of the screen. */
    public GuestWords words() {
        return words;
    }

    /** A check-in time as the table shows it: "11-26 09:15" in the event's zone. */
    public String checkedInText(java.time.Instant at) {
        return GuestWords.dayAndTime(at, zone.get());
    }

    /** A check-in time in full, as the form shows it: "2020-11-26 09:15" in the event's zone. */
    public String checkedInFullText(java.time.Instant at) {
        return GuestWords.full(at, zone.get());
    }

    /**
     * Sets the invitation status of the selected guests in the background (one transaction); the
     * table and the figures follow from the service's change. Nothing happens without a selection.
     */
    public void setStatusOfSelection(InvitationStatus status) {
        Long event = eventId();
        List<Long> ids = selectedIds();
        if (event == null || ids.isEmpty()) {
            return;
        }
        executor.execute(() -> service.setInvitationStatus(event, ids, status), changed -> { },
                failure -> dialogs.showError(words.get("bulk.failed.title"), failureSentence(failure)));
    }

    /** Checks the selected guests in now (those already checked in keep their first time). */
    public void checkInSelection() {
        Long event = eventId();
        List<Long> ids = selectedIds();
        if (event == null || ids.isEmpty()) {
            return;
        }
        executor.execute(() -> service.checkInAll(event, ids, clock.instant()), done -> { },
                failure -> dialogs.showError(words.get("bulk.failed.title"), failureSentence(failure)));
    }

    /**
     * Deletes the selected guests after asking (naming the guest, or how many); does nothing if the
     * user says no.
     *
     * @return true if the user agreed and the deletion started
     */
    public boolean deleteSelection() {
        Long event = eventId();
        List<GuestRow> chosen = List.copyOf(selection);
        if (event == null || chosen.isEmpty()) {
            return false;
        }
        String question = chosen.size() == 1
                ? words.get("delete.questionOne", chosen.get(0).guest().fullName())
                : words.get("delete.questionMany", chosen.size());
        if (!dialogs.confirmDestructive(words.get("delete.title"), question, words.get("delete.action"))) {
            return false;
        }
        executor.execute(() -> {
            for (GuestRow r : chosen) {
                service.delete(event, r.id());
            }
            return chosen.size();
        }, n -> { }, failure -> dialogs.showError(words.get("delete.failed.title"), failureSentence(failure)));
        return true;
    }

    // ---- internals ---------------------------------------------------------------------------

    private String failureSentence(Throwable failure) {
        return failure instanceof UserFacingException g ? g.sentence(words.locale())
                : words.get("failed.unexpected", String.valueOf(failure.getMessage()));
    }

    private List<Long> selectedIds() {
        List<Long> ids = new ArrayList<>(selection.size());
        for (GuestRow r : selection) {
            ids.add(r.id());
        }
        return ids;
    }

    private Predicate<GuestRow> predicate() {
        Predicate<GuestSearch.SearchKey> text = GuestSearch.matcher(filterText.get());
        GuestCategory category = value(categoryFilter);
        InvitationStatus status = value(statusFilter);
        Attendance attendance = value(attendanceFilter);
        return r -> {
            Guest g = r.guest();
            return (category == null || g.category() == category)
                    && (status == null || g.invitationStatus() == status)
                    && (attendance == null || g.attendance() == attendance)
                    && text.test(r.searchKey());
        };
    }

    private static <E> E value(ObjectProperty<Choice<E>> filter) {
        return filter.get() == null ? null : filter.get().value();
    }

    private <E> ObservableList<Choice<E>> choices(E[] values, Function<E, String> label, String allKey) {
        ObservableList<Choice<E>> list = FXCollections.observableArrayList();
        list.add(new Choice<>(null, words.get(allKey)));
        for (E e : values) {
            list.add(new Choice<>(e, label.apply(e)));
        }
        return list;
    }

    /** Keeps the selection on the stored rows: an edited guest stays selected, a deleted one leaves it. */
    private void followSelection() {
        if (selection.isEmpty()) {
            return;
        }
        List<GuestRow> fresh = new ArrayList<>(selection.size());
        for (GuestRow r : selection) {
            GuestRow now = live.row(r.id());
            if (now != null) {
                fresh.add(now);
            }
        }
        if (!fresh.equals(selection)) {
            selection.setAll(fresh);
        }
    }

    private void refreshShown() {
        shownText.set(words.get("filter.shown", filtered.size(), live.rows().size()));
    }
}
