package org.conferencedesk.guests.ui;

import org.conferencedesk.guests.Attendance;
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
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.ui.RecordTableViewModel;
import org.conferencedesk.shared.ui.RecordTableViewModel.Choice;
import org.conferencedesk.shared.ui.RecordTableViewModel.Filter;

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

    private final LiveGuests live;
    private final GuestService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final GuestWords words;
    private final Clock clock;
    private final RecordTableViewModel<GuestRow> table;
    private final Filter<GuestRow, GuestCategory> categoryFilter;
    private final Filter<GuestRow, InvitationStatus> statusFilter;
    private final Filter<GuestRow, Attendance> attendanceFilter;
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", Event.DEFAULT_TIME_ZONE);
    private final GuestSummaryViewModel summary;

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
        table = new RecordTableViewModel<>(live, live.rows(), GuestRow::id, r -> r.guest().fullName(), executor, dialogs,
                words.ui());
        table.searchWith(text -> {
            Predicate<GuestSearch.SearchKey> matcher = GuestSearch.matcher(text);
            return r -> matcher.test(r.searchKey());
        }).deleteWith(service::deleteAll);
        categoryFilter = table.addFilter(r -> r.guest().category(), words.get("filter.category.all"),
                choices(GuestCategory.values(), words::category));
        statusFilter = table.addFilter(r -> r.guest().invitationStatus(), words.get("filter.status.all"),
                choices(InvitationStatus.values(), words::invitationStatus));
        attendanceFilter = table.addFilter(r -> r.guest().attendance(), words.get("filter.attendance.all"),
                choices(Attendance.values(), words::attendance));
        summary = new GuestSummaryViewModel(live, words);
        table.onRowsChanged(() -> categoryFilter.setValues(choices(categories().toArray(GuestCategory[]::new), words::category)));
    }

    /**
     * The event's categories as the screen knows them: the six defaults, then the event's own that its
     * guests carry (from the live figures; nothing is read on the UI thread).
     */
    public List<GuestCategory> categories() {
        return List.copyOf(live.totals().byCategory().keySet());
    }

    /** Starts following the live data (when the screen is shown). */
    public void attach() {
        table.attach();
        summary.attach();
    }

    /** Stops following the live data (when hidden). */
    public void detach() {
        table.detach();
        summary.detach();
    }

    /** The table's model (search, filters, selection, delete). */
    public RecordTableViewModel<GuestRow> table() {
        return table;
    }

    /** The guests shown: in the {@link #orderProperty() order} chosen, filtered (read-only, live). */
    public FilteredList<GuestRow> guests() {
        return table.rows();
    }

    /**
     * The order of the guests shown (the table's comparator; null for list order). Sorting happens
     * when the order or a row changes, not when the search changes.
     */
    public ObjectProperty<java.util.Comparator<? super GuestRow>> orderProperty() {
        return table.orderProperty();
    }

    /** What to find: words, each matched against name, other name, organisation, pinyin and initials. */
    public StringProperty filterTextProperty() {
        return table.filterTextProperty();
    }

    /** "All categories" and each category. */
    public ObservableList<Choice<GuestCategory>> categoryChoices() {
        return categoryFilter.choices();
    }

    /** "All statuses" and each invitation status. */
    public ObservableList<Choice<InvitationStatus>> statusChoices() {
        return statusFilter.choices();
    }

    /** "On site and online" and each attendance. */
    public ObservableList<Choice<Attendance>> attendanceChoices() {
        return attendanceFilter.choices();
    }

    /** The category shown ("all" by default). */
    public ObjectProperty<Choice<GuestCategory>> categoryFilterProperty() {
        return categoryFilter.chosenProperty();
    }

    /** The invitation status shown ("all" by default). */
    public ObjectProperty<Choice<InvitationStatus>> statusFilterProperty() {
        return statusFilter.chosenProperty();
    }

    /** The attendance shown ("all" by default). */
    public ObjectProperty<Choice<Attendance>> attendanceFilterProperty() {
        return attendanceFilter.chosenProperty();
    }

    /** The selected rows (the view keeps this in step with the table's multiple selection). */
    public ObservableList<GuestRow> selection() {
        return table.selection();
    }

    /** True when at least one guest is selected: the bulk actions are enabled. */
    public BooleanBinding hasSelectionProperty() {
        return table.hasSelectionProperty();
    }

    /** True while an event is shown. */
    public BooleanBinding hasEventProperty() {
        return table.hasEventProperty();
    }

    /** The event shown, or null. */
    public Long eventId() {
        return table.eventId();
    }

    /** The time zone check-in times are shown in (the event's; Asia/Shanghai by default). */
    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    /** "显示 12 / 326 位嘉宾" / "Showing 12 of 326 guests". */
    public ReadOnlyStringProperty shownTextProperty() {
        return table.shownTextProperty();
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
        List<Long> ids = table.selectedIds();
        if (event == null || ids.isEmpty()) {
            return;
        }
        executor.execute(() -> service.setInvitationStatus(event, ids, status), changed -> { },
                failure -> dialogs.showError(words.get("bulk.failed.title"), failureSentence(failure)));
    }

    /** Checks the selected guests in now (those already checked in keep their first time). */
    public void checkInSelection() {
        Long event = eventId();
        List<Long> ids = table.selectedIds();
        if (event == null || ids.isEmpty()) {
            return;
        }
        executor.execute(() -> service.checkInAll(event, ids, clock.instant()), done -> { },
                failure -> dialogs.showError(words.get("bulk.failed.title"), failureSentence(failure)));
    }

    /**
     * Deletes the selected guests after a destructive question (naming the guest, or how many;
     * Cancel is the default); does nothing if the user cancels.
     *
     * @return true if the user agreed and the deletion started
     */
    public boolean deleteSelection() {
        return table.deleteSelection();
    }

    // ---- internals ---------------------------------------------------------------------------

    private String failureSentence(Throwable failure) {
        return failure instanceof UserFacingException g ? g.sentence(words.locale())
                : words.get("failed.unexpected", String.valueOf(failure.getMessage()));
    }

    private static <E> List<Choice<E>> choices(E[] values, Function<E, String> label) {
        List<Choice<E>> list = new ArrayList<>();
        for (E e : values) {
            list.add(new Choice<>(e, label.apply(e)));
        }
        return list;
    }
}
