package org.conferencedesk.exhibitors.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.exhibitors.ExhibitorRow;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.exhibitors.LiveExhibitors;
import org.conferencedesk.exhibitors.PaymentStatus;
import org.conferencedesk.guests.GuestSearch;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.record.EventValues;
import org.conferencedesk.shared.ui.RecordTableViewModel;
import org.conferencedesk.shared.ui.RecordTableViewModel.Choice;
import org.conferencedesk.shared.ui.RecordTableViewModel.Filter;

/**
 * The exhibitors screen: the current event's exhibitors (live, from {@link LiveExhibitors}) found as
 * you type (company name in either language, pinyin and initials — "aisi" and "asd" find 埃斯顿 —,
 * the contact person, or a booth code such as "A101") and filtered by exhibition mode, hall, sector
 * and payment status; "显示 12 / 30 家展商"; the selection, bulk "mark paid" (one transaction, all or
 * nothing, each exhibitor's change in the audit trail) and delete after asking.
 *
 * <p>Lifecycle: {@link #attach()} when shown, {@link #detach()} when hidden. UI thread; imports
 * nothing from {@code javafx.scene}.
 */
public final class ExhibitorsViewModel {

    /** The hall filter's value for exhibitors holding no booth. */
    public static final String NO_HALL = "";

    private final LiveExhibitors live;
    private final ExhibitorService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ExhibitorWords words;
    private final RecordTableViewModel<ExhibitorRow> table;
    private final Filter<ExhibitorRow, ExhibitionMode> modeFilter;
    private final Filter<ExhibitorRow, String> hallFilter;
    private final Filter<ExhibitorRow, String> sectorFilter;
    private final Filter<ExhibitorRow, PaymentStatus> paymentFilter;

    /**
     * @param live the current event's exhibitors (shared with the status bar)
     * @param service changes payment states and deletes (through {@code executor})
     * @param dialogs asks before deleting and marking paid; shows failures
     * @param words the screen's language
     */
    public ExhibitorsViewModel(LiveExhibitors live, ExhibitorService service, TaskExecutor executor, DialogService dialogs,
                               ExhibitorWords words) {
        this.live = live;
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.words = words;
        table = new RecordTableViewModel<>(live, live.rows(), ExhibitorRow::id, r -> r.exhibitor().companyName(), executor,
                dialogs, words.ui());
        table.searchWith(ExhibitorsViewModel::matcher).deleteWith((event, ids) -> ids.forEach(id -> service.delete(event, id)));
        modeFilter = table.addFilter(r -> r.exhibitor().mode(), words.get("filter.mode.all"),
                Arrays.stream(ExhibitionMode.values()).map(m -> new Choice<>(m, words.mode(m))).toList());
        hallFilter = table.addFilterOnAny(ExhibitorsViewModel::hallsOf, words.get("filter.hall.all"), List.of());
        sectorFilter = table.addFilter(r -> sectorOf(r), words.get("filter.sector.all"), List.of());
        paymentFilter = table.addFilter(r -> r.exhibitor().paymentStatus(), words.get("filter.payment.all"),
                Arrays.stream(PaymentStatus.values()).map(s -> new Choice<>(s, words.paymentStatus(s))).toList());
        table.onRowsChanged(this::refreshChoices);
        refreshChoices();
    }

    /** Starts following the live data (when the screen is shown). */
    public void attach() {
        table.attach();
        refreshChoices();
    }

    /** Stops following the live data (when hidden). */
    public void detach() {
        table.detach();
    }

    /** The table's model (search, filters, selection, delete). */
    public RecordTableViewModel<ExhibitorRow> table() {
        return table;
    }

    /** The exhibitors shown, in the table's order, filtered (read-only, live). */
    public FilteredList<ExhibitorRow> exhibitors() {
        return table.rows();
    }

    /** What to find: words, each matched against the names, pinyin, initials, contact and booth codes. */
    public StringProperty filterTextProperty() {
        return table.filterTextProperty();
    }

    /** "All modes" and each exhibition mode. */
    public Filter<ExhibitorRow, ExhibitionMode> modeFilter() {
        return modeFilter;
    }

    /** "All halls", each hall an exhibitor holds a booth in, and "no booth". */
    public Filter<ExhibitorRow, String> hallFilter() {
        return hallFilter;
    }

    /** "All sectors", each sector of the event, and "no sector". */
    public Filter<ExhibitorRow, String> sectorFilter() {
        return sectorFilter;
    }

    /** "All payment states" and each payment status. */
    public Filter<ExhibitorRow, PaymentStatus> paymentFilter() {
        return paymentFilter;
    }

    /** The selected rows (kept in step with the table's multiple selection). */
    public ObservableList<ExhibitorRow> selection() {
        return table.selection();
    }

    /** True when at least one exhibitor is selected: the bulk actions are enabled. */
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

    /** "显示 12 / 30 家展商" / "Showing 12 of 30 exhibitors". */
    public ReadOnlyStringProperty shownTextProperty() {
        return table.shownTextProperty();
    }

    /** The words of the screen. */
    public ExhibitorWords words() {
        return words;
    }

    /**
     * The sectors the event's exhibitors use, in the order of first use (the form completes from
     * them and asks before a new one).
     */
    public List<String> knownSectors() {
        java.util.LinkedHashSet<String> sectors = new java.util.LinkedHashSet<>();
        for (ExhibitorRow r : live.rows()) {
            String s = sectorOf(r);
            if (!s.isEmpty()) {
                sectors.add(s);
            }
        }
        return new ArrayList<>(sectors);
    }

    /**
     * Marks the selected exhibitors paid in the background, in one transaction (all or nothing),
     * after asking when more than one is selected; each change is audited. The table and the figures
     * follow from the service's change. Nothing happens without a selection.
     *
     * @return true if the change started
     */
    public boolean markSelectionPaid() {
        Long event = eventId();
        List<Long> ids = table.selectedIds();
        if (event == null || ids.isEmpty()) {
            return false;
        }
        if (ids.size() > 1 && !dialogs.confirm(words.get("bulk.paid.title"), words.get("bulk.paid.question", ids.size()))) {
            return false;
        }
        executor.execute(() -> service.setPaymentStatus(event, ids, PaymentStatus.PAID), changed -> { },
                failure -> dialogs.showError(words.get("bulk.failed.title"),
                        UserFacingException.sentenceOf(failure, words.locale())));
        return true;
    }

    /** Deletes the selection after a destructive question (Cancel is the default). */
    public boolean deleteSelection() {
        return table.deleteSelection();
    }

    // ---- internals ---------------------------------------------------------------------------

    private static Predicate<ExhibitorRow> matcher(String text) {
        Predicate<GuestSearch.SearchKey> byName = GuestSearch.matcher(text);
        String folded = EventValues.fold(text);
        return r -> byName.test(r.key()) || (!folded.isEmpty()
                && r.listed().booths().stream().anyMatch(b -> EventValues.fold(b).contains(folded)));
    }

    /** The hall codes of a row ("5号馆, 6号馆" → both), or {@link #NO_HALL}. */
    static List<String> hallsOf(ExhibitorRow r) {
        String halls = r.listed().hall();
        return halls == null || halls.isBlank() ? List.of(NO_HALL) : List.of(halls.split(",\\s*"));
    }

    private static String sectorOf(ExhibitorRow r) {
        String s = r.exhibitor().sector();
        return s == null ? "" : s.strip();
    }

    private void refreshChoices() {
        TreeSet<String> halls = new TreeSet<>(org.conferencedesk.exhibitors.Hall::compareCodes);
        TreeSet<String> sectors = new TreeSet<>(com.ibm.icu.text.Collator.getInstance(
                com.ibm.icu.util.ULocale.forLocale(words.locale())));
        boolean noSector = false;
        boolean noHall = false;
        for (ExhibitorRow r : live.rows()) {
            for (String h : hallsOf(r)) {
                if (h.isEmpty()) {
                    noHall = true;
                } else {
                    halls.add(h);
                }
            }
            String s = sectorOf(r);
            if (s.isEmpty()) {
                noSector = true;
            } else {
                sectors.add(s);
            }
        }
        List<Choice<String>> hallChoices = new ArrayList<>(halls.stream().map(h -> new Choice<>(h, h)).toList());
        if (noHall) {
            hallChoices.add(new Choice<>(NO_HALL, words.get("filter.hall.none")));
        }
        hallFilter.setValues(hallChoices);
        List<Choice<String>> sectorChoices = new ArrayList<>(sectors.stream().map(s -> new Choice<>(s, s)).toList());
        if (noSector) {
            sectorChoices.add(new Choice<>("", words.get("filter.sector.none")));
        }
        sectorFilter.setValues(sectorChoices);
    }
}
