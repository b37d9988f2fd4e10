package org.conferencedesk.exhibitors.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.ExhibitorException;
import org.conferencedesk.exhibitors.ExhibitorField;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.exhibitors.PaymentStatus;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.FormFields;
import org.conferencedesk.shared.NewValues;
import org.conferencedesk.shared.RecordForm;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.record.EventValues;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * The exhibitor form: edits a copy of one exhibitor (or a new one) as typed, checks every field live
 * ({@link ExhibitorDraft}), and saves through {@link ExhibitorService#save} only on {@link #save()}.
 * The sector is completed from the event's sectors; one written another way takes the event's
 * spelling, a new one is asked about once ({@link NewValues}). Nothing half-typed reaches the
 * database; nothing typed is lost when a save is refused. Booths are booked on the hall plan.
 *
 * <p>UI thread; imports nothing from {@code javafx.scene}.
 */
public final class ExhibitorFormViewModel extends RecordForm<Exhibitor> {

    private final ExhibitorService service;
    private final ExhibitorWords words;
    private final Supplier<List<String>> knownSectors;
    private final NewValues newValues;
    private final FormFields<ExhibitorField> fields;
    private final ObjectProperty<ExhibitionMode> mode = new SimpleObjectProperty<>(this, "mode", ExhibitionMode.ON_SITE);
    private final ObjectProperty<PaymentStatus> payment = new SimpleObjectProperty<>(this, "payment", PaymentStatus.UNPAID);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper contactNote = new ReadOnlyStringWrapper(this, "contactNote", "");

    private Exhibitor stored;
    /** The guest chosen as the contact on this form (its id and name as chosen), or null. */
    private ContactGuestViewModel.Chosen picked;
    /** True once the user unlinked the contact on this form (the name kept as written). */
    private boolean unlinked;

    /**
     * An empty form; call {@link #startNew(long)} or {@link #edit(Exhibitor)} before typing.
     *
     * @param knownSectors the event's sectors now (completion and the new-sector question)
     */
    public ExhibitorFormViewModel(ExhibitorService service, TaskExecutor executor, DialogService dialogs,
                                  ExhibitorWords words, Supplier<List<String>> knownSectors) {
        super(dialogs, words.ui(), executor);
        this.service = service;
        this.words = words;
        this.knownSectors = knownSectors;
        this.newValues = new NewValues(dialogs, words.ui());
        this.fields = new FormFields<>(ExhibitorField.class, List.of(ExhibitorDraft.TEXT_FIELDS), () -> loading, f -> refresh());
        mode.addListener((o, was, now) -> refresh());
        payment.addListener((o, was, now) -> refresh());
        refresh();
    }

    /**
     * The text of a field as typed ({@link ExhibitorDraft#TEXT_FIELDS} only).
     *
     * @throws IllegalArgumentException for a field that is not typed (mode, payment status)
     */
    public StringProperty textProperty(ExhibitorField field) {
        return fields.text(typed(field));
    }

    /** The field's message (what is wrong and what to do), or null when fine or not yet typed in. */
    public ReadOnlyStringProperty messageProperty(ExhibitorField field) {
        return fields.message(typed(field));
    }

    /** Exhibition mode; on site for a new exhibitor. */
    public ObjectProperty<ExhibitionMode> modeProperty() {
        return mode;
    }

    /** Payment status; unpaid for a new exhibitor. */
    public ObjectProperty<PaymentStatus> paymentProperty() {
        return payment;
    }

    /** "新展商" or "展商：南京埃斯顿…". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "Linked to guest no. 12 (also on the guest list)" while the contact is a guest; else empty. */
    public ReadOnlyStringProperty contactNoteProperty() {
        return contactNote.getReadOnlyProperty();
    }

    /**
     * Makes this guest the contact (not saved until Save): the contact field takes the guest's name, and
     * the exhibitor is saved linked to the guest, whose name it then shows wherever it is read.
     */
    public void linkContact(ContactGuestViewModel.Chosen guest) {
        picked = guest;
        unlinked = false;
        fields.text(ExhibitorField.CONTACT_PERSON).set(guest.name());
        refresh();
    }

    /** Keeps the contact's name as written and drops the link to the guest (not saved until Save). */
    public void unlinkContact() {
        picked = null;
        unlinked = true;
        refresh();
    }

    /** True while the form links the contact to a guest (what Save would store). */
    public boolean contactLinked() {
        return contactGuest(fields.value(ExhibitorField.CONTACT_PERSON)) != null;
    }

    private Long contactGuest(String contactText) {
        String contact = contactText == null ? "" : contactText.strip();
        if (picked != null && contact.equals(picked.name())) {
            return picked.id();
        }
        if (unlinked || stored == null || stored.contactGuestId() == null) {
            return null;
        }
        return contact.equals(stored.contactPerson() == null ? "" : stored.contactPerson()) ? stored.contactGuestId() : null;
    }

    /** Completion as you type: the event's sectors matching {@code typed} (at most 12). */
    public List<String> sectorSuggestions(String typed) {
        return EventValues.suggestions(typed, knownSectors.get(), 12);
    }

    /** Id of the exhibitor being edited, or null for a new one. */
    public Long exhibitorId() {
        return stored == null ? null : stored.id();
    }

    @Override
    public void startNew(long event) {
        load(Exhibitor.named(event, ""));
    }

    @Override
    protected Long editedId() {
        return exhibitorId();
    }

    @Override
    protected Long idOf(Exhibitor exhibitor) {
        return exhibitor.id();
    }

    @Override
    protected Long editedEventId() {
        return stored == null ? null : stored.eventId();
    }

    /** Esc: back to the stored values (or the blank new exhibitor). */
    public void reset() {
        if (stored != null) {
            load(stored);
        }
    }

    /** Before a save ({@link RecordForm#save()}): the sector in the event's spelling, a new one asked about. */
    @Override
    protected boolean confirmValues() {
        String typedSector = fields.value(ExhibitorField.SECTOR);
        java.util.Optional<String> sector = newValues.knownOrConfirmed("sector", typedSector, knownSectors.get());
        if (sector.isEmpty()) {
            return false;
        }
        if (!sector.get().equals(typedSector.strip())) {
            fields.text(ExhibitorField.SECTOR).set(sector.get());
        }
        return true;
    }

    @Override
    protected Exhibitor store(Exhibitor exhibitor) {
        return service.save(exhibitor);
    }

    @Override
    protected void keepTyping(Exhibitor saved) {
        stored = saved;
    }

    /** The service's reasons under their fields (the same company twice under the company name). */
    @Override
    protected boolean refused(Throwable failure, Exhibitor toSave) {
        if (!(failure instanceof ExhibitorException refused) || refused.fieldProblems().isEmpty()) {
            return false;
        }
        for (FieldProblem<?> p : refused.fieldProblems()) {
            if (p.field() instanceof ExhibitorField f) {
                fields.refuse(f, ExhibitorField.COMPANY_NAME, p.sentence(words.locale()));
            }
        }
        return true;
    }

    // ---- internals ---------------------------------------------------------------------------

    private ExhibitorField typed(ExhibitorField field) {
        if (!fields.isTyped(field)) {
            throw new IllegalArgumentException(field + " is not typed in the form");
        }
        return field;
    }

    /** The merge of a stale save (decision 0028): every typed field, then the mode and the payment status. */
    @Override
    protected List<MergeField<Exhibitor>> mergeFields() {
        List<MergeField<Exhibitor>> merge = typedMergeFields(fields, fields.typed(), words::field, ExhibitorDraft::textOf);
        merge.add(new MergeField<>(words.field(ExhibitorField.MODE), e -> words.mode(e.mode()), e -> mode.set(e.mode())));
        merge.add(new MergeField<>(words.field(ExhibitorField.PAYMENT_STATUS), e -> words.paymentStatus(e.paymentStatus()),
                e -> payment.set(e.paymentStatus())));
        return merge;
    }

    @Override
    protected String nameOf(Exhibitor exhibitor) {
        return exhibitor.companyName();
    }

    @Override
    protected void fill(Exhibitor e) {
        stored = e;
        picked = null;
        unlinked = false;
        isNew.set(e.id() == null);
        for (ExhibitorField f : fields.typed()) {
            fields.load(f, ExhibitorDraft.textOf(e, f));
        }
        mode.set(e.mode());
        payment.set(e.paymentStatus());
    }

    @Override
    protected Exhibitor check() {
        ExhibitorDraft draft = stored == null ? null
                : ExhibitorDraft.read(fields.texts(), mode.get(), payment.get(), stored, words);
        boolean anyMessage = fields.showMessages(draft == null ? null : draft.messages(), saveTried);
        Long guest = contactGuest(fields.value(ExhibitorField.CONTACT_PERSON));
        contactNote.set(guest == null ? "" : words.get("form.contactGuest", guest));
        return draft == null || anyMessage || draft.exhibitor() == null ? null
                : draft.exhibitor().withContact(draft.exhibitor().contactPerson(), guest);
    }

    @Override
    protected boolean changed() {
        return stored != null && (mode.get() != stored.mode() || payment.get() != stored.paymentStatus()
                || fields.anyChanged()
                || !java.util.Objects.equals(contactGuest(fields.value(ExhibitorField.CONTACT_PERSON)), stored.contactGuestId()));
    }

    @Override
    protected void refreshed() {
        title.set(stored == null || stored.id() == null ? words.get("form.title.new")
                : words.get("form.title.edit", stored.companyName()));
    }
}
