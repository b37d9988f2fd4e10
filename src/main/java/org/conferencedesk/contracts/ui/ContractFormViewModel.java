package org.conferencedesk.contracts.ui;

import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractException;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.LiveContracts;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.FormFields;
import org.conferencedesk.shared.RecordForm;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.money.AmountParser;
import org.conferencedesk.shared.money.MoneyFormat;
import org.conferencedesk.shared.record.EventValues;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * The contract form: edits a copy of one contract (or a new one) as the texts the user types, checks
 * every field live, and saves through {@link ContractService#save} only on {@link #save()}.
 * Nothing half-typed reaches the database; nothing typed is lost when a save is refused.
 *
 * <p>Amounts are read with {@link AmountParser} in any notation of DOMAIN.md ("5.2亿", "3,500万元",
 * "RMB 1.2 billion"); {@link #amountPreviewProperty()} shows what the text means in yuan before saving.
 * Dates are read as 2020-11-28, 2020/11/28 or 2020年11月28日 (full-width digits too).
 * Messages are in the language of the {@link Messages} given (area {@code contracts}).
 *
 * <p>Use on the UI thread. Imports nothing from {@code javafx.scene}.
 */
public final class ContractFormViewModel extends RecordForm<Contract> {

    private final ContractService service;
    private final TaskExecutor executor;
    private final Messages messages;

    private final FormFields<ContractField> fields;
    private final ObjectProperty<ContractStatus> status = new SimpleObjectProperty<>(this, "status", ContractStatus.SIGNED);
    private ContractStatus storedStatus = ContractStatus.SIGNED;
    private final ReadOnlyStringWrapper amountPreview = new ReadOnlyStringWrapper(this, "amountPreview");

    private Long eventId;
    private Long contractId;
    /** The stored version of the contract edited (optimistic locking, decision 0028). */
    private long version;
    private LiveContracts followed;
    /** New sectors and districts the user confirmed in this form: asked once each. */
    private final org.conferencedesk.shared.NewValues newValues;
    private final javafx.beans.value.ChangeListener<Number> liveChanged = (o, was, now) -> suggestSigningOrderFromLive();

    /** Creates an empty form; call {@link #startNew(long)} or {@link #edit(Contract)} before typing. */
    public ContractFormViewModel(ContractService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
        super(dialogs, messages, executor);
        this.newValues = new org.conferencedesk.shared.NewValues(dialogs, messages);
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.fields = new FormFields<>(ContractField.class, EnumSet.complementOf(EnumSet.of(ContractField.STATUS)),
                () -> loading, f -> {
                    if (f == ContractField.AMOUNT) {
                        followCurrencyOfAmount();
                    }
                    refresh();
                });
        status.addListener((o, was, now) -> refresh());
        refresh();
    }

    // ---- fields ------------------------------------------------------------------------------

    /** Signing order as typed (a whole number ≥ 1, or empty for "not yet placed"). */
    public StringProperty signingOrderProperty() {
        return text(ContractField.SIGNING_ORDER);
    }

    /** Project name as typed (required, at most 300 characters). */
    public StringProperty projectNameProperty() {
        return text(ContractField.PROJECT_NAME);
    }

    /** Investor (party A) as typed. */
    public StringProperty investorProperty() {
        return text(ContractField.INVESTOR);
    }

    /** Partner (party B) as typed. */
    public StringProperty partnerProperty() {
        return text(ContractField.PARTNER);
    }

    /** Sector as typed. */
    public StringProperty sectorProperty() {
        return text(ContractField.SECTOR);
    }

    /** District as typed. */
    public StringProperty districtProperty() {
        return text(ContractField.DISTRICT);
    }

    /** Amount exactly as typed, e.g. "5.2亿"; a currency named in it ("6.2亿美元") sets the currency. */
    public StringProperty amountProperty() {
        return text(ContractField.AMOUNT);
    }

    /** ISO 4217 currency code, CNY by default. */
    public StringProperty currencyProperty() {
        return text(ContractField.CURRENCY);
    }

    /** Day signed as typed (2020-11-28, 2020/11/28 or 2020年11月28日), or empty. */
    public StringProperty signedOnProperty() {
        return text(ContractField.SIGNED_ON);
    }

    /** Note as typed. */
    public StringProperty noteProperty() {
        return text(ContractField.NOTE);
    }

    /** Status; SIGNED for a new contract. */
    public ObjectProperty<ContractStatus> statusProperty() {
        return status;
    }

    /**
     * The message for a field (a localised sentence saying what is wrong and what to do), or null
     * when the field is fine. Updated on every keystroke; after a refused save it carries the
     * service's reason until the field is changed.
     *
     * @throws IllegalArgumentException for {@link ContractField#STATUS}, which cannot be wrong
     */
    public ReadOnlyStringProperty messageProperty(ContractField field) {
        if (!fields.isTyped(field)) {
            throw new IllegalArgumentException("No message for " + field);
        }
        return fields.message(field);
    }

    /** What the amount means: "= 520,000,000.00 元" (Chinese) or "= 520,000,000.00 CNY (RMB 520 million)"; empty if not understood. */
    public ReadOnlyStringProperty amountPreviewProperty() {
        return amountPreview.getReadOnlyProperty();
    }

    /** Id of the contract being edited, or null for a new one. */
    public Long contractId() {
        return contractId;
    }

    // ---- commands ----------------------------------------------------------------------------

    /**
     * Starts a new contract of the event: signed, CNY, signing order after the event's last one
     * (read from {@link ContractService#nextSigningOrder} in the background).
     */
    @Override
    public void startNew(long event) {
        Contract blank = new Contract(null, event, "", null, null, null, null, BigDecimal.ZERO, Contract.CNY,
                null, ContractStatus.SIGNED, null, null);
        load(blank);
        fields.setStored(ContractField.AMOUNT, "");
        setQuietly(ContractField.AMOUNT, "");
        refresh();
        executor.execute(() -> service.nextSigningOrder(event), next -> {
            if (!Objects.equals(eventId, event) || contractId != null) {
                return;
            }
            boolean untouched = fields.unchanged(ContractField.SIGNING_ORDER);
            fields.setStored(ContractField.SIGNING_ORDER, String.valueOf(next));
            if (untouched) {
                setQuietly(ContractField.SIGNING_ORDER, fields.stored(ContractField.SIGNING_ORDER));
            }
            refresh();
        }, e -> { });
    }

    /**
     * Keeps the signing order of a new, untouched form after the event's last one while the
     * contracts change (an import, a deletion, a save in another window): on every change of
     * {@code live}, a new contract of the event shown whose signing-order field the user has not
     * changed gets max(signing order) + 1 of {@code live}'s contracts (1 if none), without a
     * database call. Typing in the field, or editing a stored contract, stops the suggestion.
     * Call on the UI thread; {@link #stopFollowing()} when the form leaves the window.
     */
    public void follow(LiveContracts live) {
        stopFollowing();
        followed = live;
        live.revisionProperty().addListener(liveChanged);
    }

    /** Stops {@link #follow(LiveContracts)}. */
    public void stopFollowing() {
        if (followed != null) {
            followed.revisionProperty().removeListener(liveChanged);
            followed = null;
        }
    }

    private void suggestSigningOrderFromLive() {
        LiveContracts live = followed;
        // While this form's own save is under way, the change it causes arrives before its result:
        // re-suggesting then would renumber the contract being saved.
        if (live == null || saving.get() || contractId != null || eventId == null
                || !eventId.equals(live.eventIdProperty().get())) {
            return;
        }
        if (!fields.unchanged(ContractField.SIGNING_ORDER)) {
            return; // the user typed a signing order: keep it
        }
        int max = 0;
        for (Contract c : live.contracts()) {
            if (c.signingOrder() != null) {
                max = Math.max(max, c.signingOrder());
            }
        }
        fields.setStored(ContractField.SIGNING_ORDER, String.valueOf(max + 1));
        setQuietly(ContractField.SIGNING_ORDER, fields.stored(ContractField.SIGNING_ORDER));
        refresh();
    }

    /**
     * The sectors or districts the event's contracts use, in collation order ({@link #follow}'s
     * list; empty before). The form completes what is typed from them and asks before a new one.
     *
     * @param field {@link ContractField#SECTOR} or {@link ContractField#DISTRICT}
     */
    public List<String> knownValues(ContractField field) {
        LiveContracts live = followed;
        if (live == null) {
            return List.of();
        }
        java.util.TreeSet<String> values = new java.util.TreeSet<>(
                com.ibm.icu.text.Collator.getInstance(com.ibm.icu.util.ULocale.forLocale(messages.locale())));
        for (Contract c : live.contracts()) {
            String v = field == ContractField.SECTOR ? c.sector() : c.district();
            if (v != null && !v.isBlank()) {
                values.add(v.strip());
            }
        }
        return new java.util.ArrayList<>(values);
    }

    /** Completion as you type: the event's values of {@code field} matching {@code typed} (at most 12). */
    public List<String> suggestions(ContractField field, String typed) {
        return EventValues.suggestions(typed, knownValues(field), 12);
    }

    /**
     * Before a save: a sector or district written another way than the event's (width, case, spaces)
     * takes the event's spelling; a value the event does not use yet is asked about once (a typo
     * must not start a separate total). The event's first value is not asked about.
     *
     * @return false if the user chose to correct the value (nothing is saved)
     */
    private boolean valuesKnownOrConfirmed() {
        for (ContractField field : new ContractField[] {ContractField.SECTOR, ContractField.DISTRICT}) {
            String kind = field == ContractField.SECTOR ? "sector" : "district";
            java.util.Optional<String> value = newValues.knownOrConfirmed(kind, value(field), knownValues(field));
            if (value.isEmpty()) {
                return false;
            }
            if (!value.get().equals(value(field).strip())) {
                text(field).set(value.get());
            }
        }
        return true;
    }

    /** Sets a field's text as the form's own doing, not the user's: it does not count as typed in. */
    private void setQuietly(ContractField field, String text) {
        boolean wasLoading = loading;
        loading = true;
        try {
            fields.text(field).set(text);
        } finally {
            loading = wasLoading;
        }
    }

    @Override
    protected Long editedId() {
        return contractId;
    }

    @Override
    protected Long idOf(Contract contract) {
        return contract.id();
    }

    @Override
    protected Long editedEventId() {
        return eventId;
    }

    /** Esc: back to the stored values (or the blank new contract); messages from a refused save go. */
    public void reset() {
        loading = true;
        try {
            saveTried = false;
            fields.resetToStored();
            status.set(storedStatus);
        } finally {
            loading = false;
        }
        refresh();
    }

    @Override
    protected boolean confirmValues() {
        return valuesKnownOrConfirmed();
    }

    /** The texts and the status as typed: a save keeps them if they change while it runs. */
    @Override
    protected Object typedNow() {
        return java.util.Arrays.asList(typedTexts(), status.get());
    }

    @Override
    protected Contract store(Contract contract) {
        return service.save(contract);
    }

    @Override
    protected void keepTyping(Contract saved) {
        contractId = saved.id();
        version = saved.version();
    }

    /** The service's reasons under their fields (one with no field under the project name). */
    @Override
    protected boolean refused(Throwable failure, Contract toSave) {
        if (!(failure instanceof ContractException refused) || refused.problems().isEmpty()) {
            return false;
        }
        for (FieldProblem<ContractField> p : refused.problems()) {
            fields.refuse(p.field(), ContractField.PROJECT_NAME, ContractDraft.localise(p, toSave, messages));
        }
        return true;
    }

    // ---- internals ---------------------------------------------------------------------------

    private StringProperty text(ContractField field) {
        return fields.text(field);
    }

    private String value(ContractField field) {
        return fields.value(field);
    }

    @Override
    protected void fill(Contract c) {
        eventId = c.eventId();
        contractId = c.id();
        version = c.version();
        isNew.set(c.id() == null);
        for (ContractField f : TYPED) {
            set(f, shown(c, f));
        }
        storedStatus = c.status();
        status.set(c.status());
    }

    /** The fields typed as text, in the form's order. */
    private static final List<ContractField> TYPED = List.of(ContractField.SIGNING_ORDER, ContractField.PROJECT_NAME,
            ContractField.INVESTOR, ContractField.PARTNER, ContractField.SECTOR, ContractField.DISTRICT, ContractField.AMOUNT,
            ContractField.CURRENCY, ContractField.SIGNED_ON, ContractField.NOTE);

    /** A typed field's text for {@code c}, as the form shows it. */
    private String shown(Contract c, ContractField f) {
        return switch (f) {
            case SIGNING_ORDER -> c.signingOrder() == null ? "" : c.signingOrder().toString();
            case PROJECT_NAME -> c.projectName();
            case INVESTOR -> c.investor();
            case PARTNER -> c.partner();
            case SECTOR -> c.sector();
            case DISTRICT -> c.district();
            case AMOUNT -> MoneyFormat.full(c.amount(), messages.locale());
            case CURRENCY -> c.currency();
            case SIGNED_ON -> c.signedOn() == null ? "" : c.signedOn().toString();
            case NOTE -> c.note();
            default -> throw new IllegalArgumentException(f + " is not typed in the contract form");
        };
    }

    /** The merge of a stale save (decision 0028): the typed fields, then the status. */
    @Override
    protected List<MergeField<Contract>> mergeFields() {
        List<MergeField<Contract>> merge = typedMergeFields(fields, TYPED, f -> messages.get("field." + f.jsonName()), this::shown);
        merge.add(new MergeField<>(messages.get("field.status"), c -> messages.get("status." + c.status().name()),
                c -> status.set(c.status())));
        return merge;
    }

    @Override
    protected String nameOf(Contract contract) {
        return contract.projectName();
    }

    /** Loads a field with the stored value: not typed in (every field is set by {@link #load}). */
    private void set(ContractField field, String value) {
        fields.load(field, value);
    }

    private Map<ContractField, String> typedTexts() {
        return fields.texts();
    }

    /** A currency named in the amount ("6.2亿美元") becomes the contract's currency. */
    private void followCurrencyOfAmount() {
        if (loading) {
            return;
        }
        String currency = value(ContractField.CURRENCY).strip().toUpperCase(java.util.Locale.ROOT);
        try {
            Amount amount = AmountParser.parse(value(ContractField.AMOUNT), ContractDraft.isCurrency(currency) ? currency : Contract.CNY);
            if (!amount.currency().equals(currency)) {
                text(ContractField.CURRENCY).set(amount.currency());
            }
        } catch (IllegalArgumentException notYet) {
            // shown by refresh()
        }
    }

    /** Every message and the preview from the texts now; the contract a save would store, or null. */
    @Override
    protected Contract check() {
        ContractDraft draft = eventId == null ? null
                : ContractDraft.read(typedTexts(), status.get(), contractId, eventId, messages);
        amountPreview.set(draft == null || draft.amount() == null ? "" : ContractDraft.preview(draft.amount(), messages));
        // A blank new form is not an error yet: a field speaks once typed in, or after a save was tried.
        boolean anyMessage = fields.showMessages(draft == null ? null : draft.messages(), saveTried);
        return draft == null || anyMessage ? null : draft.contract().withVersion(version);
    }

    @Override
    protected boolean changed() {
        return status.get() != storedStatus || fields.anyChanged();
    }
}
