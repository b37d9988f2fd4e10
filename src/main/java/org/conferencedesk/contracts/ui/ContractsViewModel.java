package org.conferencedesk.contracts.ui;

import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.ContractTotals;
import org.conferencedesk.contracts.LiveContracts;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.WeakHashMap;
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
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.MoneyFormat;

/**
 * The contracts screen: the current event's contracts (live, from {@link LiveContracts}) filtered by
 * text, sector, district and status; the selected contract and its deletion; the running total of
 * each row; and the live totals as texts in the UI language ({@link #totals()}: 536.3 亿元 /
 * RMB 53.63 billion).
 *
 * <p>Lifecycle: {@link #attach()} when the screen is shown, {@link #detach()} when hidden; the totals
 * and choice lists follow the data only while attached. Use on the UI thread; imports nothing from
 * {@code javafx.scene}.
 */
public final class ContractsViewModel {

    /**
     * An entry of a filter choice list.
     *
     * @param value the sector, district or status name to match; null for "all"
     * @param label what the user sees
     */
    public record Choice(String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final LiveContracts live;
    private final ContractService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Locale locale;
    private final Collator collator;

    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final Choice allSectors;
    private final Choice allDistricts;
    private final Choice allStatuses;
    private final ObjectProperty<Choice> sectorFilter;
    private final ObjectProperty<Choice> districtFilter;
    private final ObjectProperty<Choice> statusFilter;
    private final ObservableList<Choice> sectorChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> districtChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> statusChoices = FXCollections.observableArrayList();
    private final FilteredList<Contract> filtered;
    private final SortedList<Contract> sorted;
    private final ObjectProperty<Contract> selected = new SimpleObjectProperty<>(this, "selected");
    private final BooleanBinding canDelete = selected.isNotNull();

    private final ReadOnlyStringWrapper shownText = new ReadOnlyStringWrapper(this, "shownText");
    private final RunningTotalsViewModel totals;
    private final Map<Contract, String> folded = new WeakHashMap<>();
    private final ListChangeListener<Contract> contractsListener = c -> onContractsChanged();
    private boolean attached;

    /** Creates the screen's model over the live contracts; nothing is listened to before {@link #attach()}. */
    public ContractsViewModel(LiveContracts live, ContractService service, TaskExecutor executor,
                              DialogService dialogs, Messages messages) {
        this.live = live;
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.locale = messages.locale();
        this.collator = Collator.getInstance(ULocale.forLocale(locale));
        allSectors = new Choice(null, messages.get("filter.sector.all"));
        allDistricts = new Choice(null, messages.get("filter.district.all"));
        allStatuses = new Choice(null, messages.get("filter.status.all"));
        sectorFilter = new SimpleObjectProperty<>(this, "sectorFilter", allSectors);
        districtFilter = new SimpleObjectProperty<>(this, "districtFilter", allDistricts);
        statusFilter = new SimpleObjectProperty<>(this, "statusFilter", allStatuses);
        sectorChoices.add(allSectors);
        districtChoices.add(allDistricts);
        statusChoices.add(allStatuses);
        for (ContractStatus s : ContractStatus.values()) {
            statusChoices.add(new Choice(s.name(), statusLabel(s)));
        }
        filtered = new FilteredList<>(live.contracts());
        filtered.predicateProperty().bind(Bindings.createObjectBinding(this::predicate,
                filterText, sectorFilter, districtFilter, statusFilter));
        sorted = new SortedList<>(filtered);
        filtered.addListener((ListChangeListener<Contract>) c -> refreshShown());
        totals = new RunningTotalsViewModel(live, messages);
        refreshShown();
    }

    /** Starts following the live data (call when the screen is shown). */
    public void attach() {
        if (!attached) {
            live.contracts().addListener(contractsListener);
            attached = true;
        }
        totals.attach();
        onContractsChanged();
    }

    /** Stops following the live data (call when the screen is hidden). */
    public void detach() {
        if (attached) {
            live.contracts().removeListener(contractsListener);
            attached = false;
        }
        totals.detach();
    }

    /** The contracts shown: filtered; sorted by {@link SortedList#comparatorProperty()} (bind it to the table's). */
    public SortedList<Contract> contracts() {
        return sorted;
    }

    /** Text to find in project, investor, partner, sector, district or note (case and width ignored). */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The sector shown ("all" by default). */
    public ObjectProperty<Choice> sectorFilterProperty() {
        return sectorFilter;
    }

    /** The district shown ("all" by default). */
    public ObjectProperty<Choice> districtFilterProperty() {
        return districtFilter;
    }

    /** The status shown ("all" by default). */
    public ObjectProperty<Choice> statusFilterProperty() {
        return statusFilter;
    }

    /** "All sectors" and the sectors of the event's contracts, in collation order (live while attached). */
    public ObservableList<Choice> sectorChoices() {
        return sectorChoices;
    }

    /** "All districts" and the districts of the event's contracts (live while attached). */
    public ObservableList<Choice> districtChoices() {
        return districtChoices;
    }

    /** "All statuses" and each status, localised. */
    public ObservableList<Choice> statusChoices() {
        return statusChoices;
    }

    /** The selected contract, or null. Follows the live list: an edited contract stays selected. */
    public ObjectProperty<Contract> selectedProperty() {
        return selected;
    }

    /** True when a contract is selected. */
    public BooleanBinding canDeleteProperty() {
        return canDelete;
    }

    /**
     * True while an event is shown: without one, New contract (Ctrl+N) and the form are disabled
     * and the table's placeholder does not offer Ctrl+N.
     */
    public BooleanBinding hasEventProperty() {
        return live.eventIdProperty().isNotNull();
    }

    /** The event shown, or null before the live contracts were shown. */
    public Long eventId() {
        return live.eventIdProperty().get();
    }

    /**
     * Deletes {@code contract} after asking the user (a question naming the project); does
     * nothing if the user says no. Failures are shown by the dialog service.
     *
     * @return true if the user agreed and the deletion was started
     */
    public boolean delete(Contract contract) {
        if (contract == null || contract.id() == null) {
            return false;
        }
        if (!dialogs.confirmDestructive(messages.get("delete.title"), messages.get("delete.question", contract.projectName()),
                messages.get("delete.action"))) {
            return false;
        }
        executor.execute(() -> service.delete(contract.eventId(), contract.id()), deleted -> { },
                failure -> dialogs.showError(messages.get("delete.failed.title"),
                        messages.get("delete.failed.message", contract.projectName(),
                                UserFacingException.sentenceOf(failure, locale))));
        return true;
    }

    /** Deletes the selected contract, see {@link #delete(Contract)}. */
    public boolean deleteSelected() {
        return delete(selected.get());
    }

    /** "Showing 12 of 30 contracts". */
    public ReadOnlyStringProperty shownTextProperty() {
        return shownText.getReadOnlyProperty();
    }

    /** The live totals as texts in the UI language (attached and detached with this screen). */
    public RunningTotalsViewModel totals() {
        return totals;
    }

    /** The running total at {@code contract} (yuan), re-read whenever any contract changes; null if unknown. */
    public ObservableValue<BigDecimal> runningTotal(Contract contract) {
        return Bindings.createObjectBinding(() -> {
            try {
                return contract.id() == null ? null : live.runningTotal(contract.id());
            } catch (IllegalArgumentException gone) {
                return null;
            }
        }, live.revisionProperty());
    }

    /** An amount in full with grouping, as tables show it: "35,000,000.00" (blank for null). */
    public String formatAmount(BigDecimal amount) {
        return amount == null ? "" : MoneyFormat.full(amount, locale);
    }

    /** The status in the UI language. */
    public String statusLabel(ContractStatus status) {
        return status == null ? "" : messages.get("status." + status.name());
    }

    /** Order for text columns: pinyin order for Chinese (ICU collator of the UI language); blanks last. */
    public Comparator<String> textOrder() {
        return Comparator.nullsLast((a, b) -> collator.compare(a, b));
    }

    // ---- internals ---------------------------------------------------------------------------

    private Predicate<Contract> predicate() {
        List<String> terms = new ArrayList<>();
        for (String t : fold(filterText.get()).split("\\s+")) {
            if (!t.isEmpty()) {
                terms.add(t);
            }
        }
        String sector = choice(sectorFilter);
        String district = choice(districtFilter);
        String status = choice(statusFilter);
        return c -> (sector == null || sector.equals(key(c.sector())))
                && (district == null || district.equals(key(c.district())))
                && (status == null || status.equals(c.status().name()))
                && (terms.isEmpty() || matchesAll(c, terms));
    }

    private boolean matchesAll(Contract c, List<String> terms) {
        // Folding (NFKC, lower case) is cached per contract: a keystroke in the filter re-tests every
        // row, and most rows are unchanged between keystrokes. Equal records fold equally.
        String haystack = folded.computeIfAbsent(c, k -> fold(String.join("\u0000", Objects.toString(k.projectName(), ""),
                Objects.toString(k.investor(), ""), Objects.toString(k.partner(), ""), Objects.toString(k.sector(), ""),
                Objects.toString(k.district(), ""), Objects.toString(k.note(), ""))));
        return terms.stream().allMatch(haystack::contains);
    }

    private static String choice(ObjectProperty<Choice> filter) {
        return filter.get() == null ? null : filter.get().value();
    }

    private static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    private static String key(String s) {
        return s == null || s.isBlank() ? ContractTotals.UNSPECIFIED : s.strip();
    }

    private void onContractsChanged() {
        updateChoices(sectorChoices, allSectors, sectorFilter, Contract::sector, "filter.sector.none");
        updateChoices(districtChoices, allDistricts, districtFilter, Contract::district, "filter.district.none");
        Contract current = selected.get();
        if (current != null && current.id() != null) {
            selected.set(live.contracts().stream().filter(c -> current.id().equals(c.id())).findFirst().orElse(null));
        }
    }

    private void updateChoices(ObservableList<Choice> choices, Choice all, ObjectProperty<Choice> filter,
                               Function<Contract, String> field, String noneKey) {
        TreeSet<String> names = new TreeSet<>(textOrder());
        for (Contract c : live.contracts()) {
            names.add(key(field.apply(c)));
        }
        List<Choice> fresh = new ArrayList<>();
        fresh.add(all);
        for (String n : names) {
            fresh.add(new Choice(n, n.isEmpty() ? messages.get(noneKey) : n));
        }
        Choice chosen = filter.get();
        if (chosen != null && chosen.value() != null && !fresh.contains(chosen)) {
            fresh.add(chosen); // keep what the user chose visible even when no contract has it any more
        }
        if (!fresh.equals(choices)) {
            // Edit the list in place instead of replacing it: a ComboBox whose items are replaced shows
            // a blank box although its value is unchanged (JavaFX), so the chosen item must stay put.
            choices.removeIf(c -> !fresh.contains(c));
            for (int i = 0; i < fresh.size(); i++) {
                if (i >= choices.size() || !choices.get(i).equals(fresh.get(i))) {
                    choices.add(i, fresh.get(i));
                }
            }
        }
    }

    private void refreshShown() {
        shownText.set(messages.get("filter.shown", filtered.size(), live.contracts().size()));
    }
}
