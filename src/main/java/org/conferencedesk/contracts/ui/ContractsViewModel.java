package org.conferencedesk.contracts.ui;

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
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.ContractTotals;
import org.conferencedesk.contracts.LiveContracts;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.MoneyFormat;
import org.conferencedesk.shared.ui.RecordTableViewModel;
import org.conferencedesk.shared.ui.RecordTableViewModel.Choice;
import org.conferencedesk.shared.ui.RecordTableViewModel.Filter;

/**
 * The contracts screen: the current event's contracts (live, from {@link LiveContracts}) in the
 * shared table model ({@link RecordTableViewModel}: search, filters by sector, district and status,
 * "showing N of M", selection, delete after asking), the running total of each row, and the live
 * totals as texts in the UI language ({@link #totals()}: 536.3 亿元 / RMB 53.63 billion).
 *
 * <p>Lifecycle: {@link #attach()} when the screen is shown, {@link #detach()} when hidden; the totals
 * and choice lists follow the data only while attached. Use on the UI thread; imports nothing from
 * {@code javafx.scene}.
 */
public final class ContractsViewModel {

    private final LiveContracts live;
    private final ContractService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Locale locale;
    private final Collator collator;
    private final RecordTableViewModel<Contract> table;
    private final Filter<Contract, String> sectorFilter;
    private final Filter<Contract, String> districtFilter;
    private final Filter<Contract, ContractStatus> statusFilter;
    private final RunningTotalsViewModel totals;
    private final Map<Contract, String> folded = new WeakHashMap<>();

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
        table = new RecordTableViewModel<>(live, live.contracts(), Contract::id, Contract::projectName, executor, dialogs,
                messages);
        table.searchWith(this::matcher).deleteWith(service::deleteAll);
        sectorFilter = table.addFilter(c -> key(c.sector()), messages.get("filter.sector.all"), List.of());
        districtFilter = table.addFilter(c -> key(c.district()), messages.get("filter.district.all"), List.of());
        List<Choice<ContractStatus>> statuses = new ArrayList<>();
        for (ContractStatus s : ContractStatus.values()) {
            statuses.add(new Choice<>(s, statusLabel(s)));
        }
        statusFilter = table.addFilter(Contract::status, messages.get("filter.status.all"), statuses);
        table.onRowsChanged(this::refreshChoices);
        totals = new RunningTotalsViewModel(live, messages);
        refreshChoices();
    }

    /** Starts following the live data (call when the screen is shown). */
    public void attach() {
        table.attach();
        totals.attach();
    }

    /** Stops following the live data (call when the screen is hidden). */
    public void detach() {
        table.detach();
        totals.detach();
    }

    /** The table's model (search, filters, selection, delete). */
    public RecordTableViewModel<Contract> table() {
        return table;
    }

    /** The contracts shown: in the table's order (signing order by default), filtered. */
    public FilteredList<Contract> contracts() {
        return table.rows();
    }

    /** Text to find in project, investor, partner, sector, district or note (case and width ignored). */
    public StringProperty filterTextProperty() {
        return table.filterTextProperty();
    }

    /** The sector shown ("all" by default). */
    public ObjectProperty<Choice<String>> sectorFilterProperty() {
        return sectorFilter.chosenProperty();
    }

    /** The district shown ("all" by default). */
    public ObjectProperty<Choice<String>> districtFilterProperty() {
        return districtFilter.chosenProperty();
    }

    /** The status shown ("all" by default). */
    public ObjectProperty<Choice<ContractStatus>> statusFilterProperty() {
        return statusFilter.chosenProperty();
    }

    /** "All sectors" and the sectors of the event's contracts, in collation order (live while attached). */
    public ObservableList<Choice<String>> sectorChoices() {
        return sectorFilter.choices();
    }

    /** "All districts" and the districts of the event's contracts (live while attached). */
    public ObservableList<Choice<String>> districtChoices() {
        return districtFilter.choices();
    }

    /** "All statuses" and each status, localised. */
    public ObservableList<Choice<ContractStatus>> statusChoices() {
        return statusFilter.choices();
    }

    /** The selected contract, or null. Follows the live list: an edited contract stays selected. */
    public ObjectProperty<Contract> selectedProperty() {
        return table.selectedProperty();
    }

    /** True when a contract is selected. */
    public BooleanBinding canDeleteProperty() {
        return table.hasSelectionProperty();
    }

    /**
     * True while an event is shown: without one, New contract (Ctrl+N) and the form are disabled
     * and the table's placeholder does not offer Ctrl+N.
     */
    public BooleanBinding hasEventProperty() {
        return table.hasEventProperty();
    }

    /** The event shown, or null before the live contracts were shown. */
    public Long eventId() {
        return table.eventId();
    }

    /**
     * Deletes the selected contract after a destructive question naming the project (Cancel is the
     * default); does nothing if the user cancels. Failures are shown by the dialog service.
     *
     * @return true if the user agreed and the deletion was started
     */
    public boolean deleteSelected() {
        return table.deleteSelection();
    }

    /** "Showing 12 of 30 contracts". */
    public ReadOnlyStringProperty shownTextProperty() {
        return table.shownTextProperty();
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

    /** The sectors of the event's contracts, in collation order, without blanks (the form's completion). */
    public List<String> sectors() {
        return names(Contract::sector);
    }

    /** The districts of the event's contracts, in collation order, without blanks (the form's completion). */
    public List<String> districts() {
        return names(Contract::district);
    }

    /**
     * How many of the event's contracts read {@code value} in {@code field} (sector or district).
     */
    public long countWith(ContractField field, String value) {
        String wanted = value == null ? "" : value.strip();
        return live.contracts().stream().filter(c -> key(field == ContractField.SECTOR ? c.sector() : c.district()).equals(wanted))
                .count();
    }

    /**
     * Renames a sector or district across the event ({@link ContractService#renameValue}), in the
     * background; every change is recorded in the audit trail. Renaming to a value the event already
     * uses joins the two totals, after a destructive question (Cancel is the default). A blank or
     * unchanged name does nothing.
     *
     * @return true if the renaming started
     */
    public boolean renameValue(ContractField field, String from, String to) {
        Long event = eventId();
        String target = to == null ? "" : to.strip();
        if (event == null || from == null || from.isBlank() || target.isEmpty() || target.equals(from.strip())) {
            return false;
        }
        List<String> known = field == ContractField.SECTOR ? sectors() : districts();
        java.util.Optional<String> existing = org.conferencedesk.shared.record.EventValues.known(target,
                known.stream().filter(k -> !k.equals(from.strip())).toList());
        String kind = field == ContractField.SECTOR ? "sector" : "district";
        if (existing.isPresent()) {
            target = existing.get();
            if (!dialogs.confirmDestructive(messages.get("rename.join.title." + kind),
                    messages.get("rename.join.question", from.strip(), target, countWith(field, from)),
                    messages.get("rename.join.action"))) {
                return false;
            }
        }
        String newName = target;
        executor.execute(() -> service.renameValue(event, field, from, newName), renamed -> { },
                failure -> dialogs.showError(messages.get("rename.failed.title"),
                        messages.get("rename.failed.message", org.conferencedesk.shared.UserFacingException.sentenceOf(failure, locale))));
        return true;
    }

    // ---- internals ---------------------------------------------------------------------------

    private Predicate<Contract> matcher(String text) {
        List<String> terms = new ArrayList<>();
        for (String t : fold(text).split("\\s+")) {
            if (!t.isEmpty()) {
                terms.add(t);
            }
        }
        return terms.isEmpty() ? c -> true : c -> matchesAll(c, terms);
    }

    private boolean matchesAll(Contract c, List<String> terms) {
        // Folding (NFKC, lower case) is cached per contract: a keystroke in the filter re-tests every
        // row, and most rows are unchanged between keystrokes. Equal records fold equally.
        String haystack = folded.computeIfAbsent(c, k -> fold(String.join("\u0000", Objects.toString(k.projectName(), ""),
                Objects.toString(k.investor(), ""), Objects.toString(k.partner(), ""), Objects.toString(k.sector(), ""),
                Objects.toString(k.district(), ""), Objects.toString(k.note(), ""))));
        return terms.stream().allMatch(haystack::contains);
    }

    private static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    private static String key(String s) {
        return s == null || s.isBlank() ? ContractTotals.UNSPECIFIED : s.strip();
    }

    private List<String> names(Function<Contract, String> field) {
        TreeSet<String> names = new TreeSet<>(textOrder());
        for (Contract c : live.contracts()) {
            String key = key(field.apply(c));
            if (!key.isEmpty()) {
                names.add(key);
            }
        }
        return new ArrayList<>(names);
    }

    private void refreshChoices() {
        sectorFilter.setValues(choices(Contract::sector, "filter.sector.none"));
        districtFilter.setValues(choices(Contract::district, "filter.district.none"));
    }

    private List<Choice<String>> choices(Function<Contract, String> field, String noneKey) {
        TreeSet<String> names = new TreeSet<>(textOrder());
        for (Contract c : live.contracts()) {
            names.add(key(field.apply(c)));
        }
        List<Choice<String>> fresh = new ArrayList<>();
        for (String n : names) {
            fresh.add(new Choice<>(n, n.isEmpty() ? messages.get(noneKey) : n));
        }
        return fresh;
    }
}
