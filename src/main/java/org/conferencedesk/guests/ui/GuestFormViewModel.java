package org.conferencedesk.guests.ui;

import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestException;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.guests.InvitationStatus;
import java.util.List;
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
import org.conferencedesk.shared.record.FieldProblem;

/**
 * The guest form: edits a copy of one guest (or a new one) as typed, checks every field live with
 * {@link GuestRules} ({@link GuestDraft}), and saves through {@link GuestService#save} only on
 * {@link #save()}. Nothing half-typed reaches the database; nothing typed is lost when a save is
 * refused. The check-in time is not edited here (the desk and the bulk action set it).
 *
 * <p>UI thread; imports nothing from {@code javafx.scene}.
 */
public final class GuestFormViewModel extends RecordForm<Guest> {

    private final GuestService service;
    private final GuestWords words;
    private final org.conferencedesk.shared.NewValues newValues;

    private final FormFields<GuestField> fields;
    private java.util.function.Supplier<List<GuestCategory>> eventCategories = () -> GuestCategory.DEFAULTS;
    private final ObjectProperty<GuestCategory> category = new SimpleObjectProperty<>(this, "category", GuestCategory.OTHER);
    private final ObjectProperty<Attendance> attendance = new SimpleObjectProperty<>(this, "attendance", Attendance.ON_SITE);
    private final ObjectProperty<InvitationStatus> status = new SimpleObjectProperty<>(this, "status", InvitationStatus.NOT_INVITED);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");

    private Guest stored;

    /** An empty form; call {@link #startNew(long)} or {@link #edit(Guest)} before typing. */
    public GuestFormViewModel(GuestService service, TaskExecutor executor, DialogService dialogs, GuestWords words) {
        super(dialogs, words.ui(), executor);
        this.service = service;
        this.words = words;
        this.newValues = new org.conferencedesk.shared.NewValues(dialogs, words.ui());
        this.fields = new FormFields<>(GuestField.class, List.of(GuestDraft.TEXT_FIELDS), () -> loading, f -> refresh());
        category.addListener((o, was, now) -> refresh());
        attendance.addListener((o, was, now) -> refresh());
        status.addListener((o, was, now) -> refresh());
        refresh();
    }

    /**
     * The text of a field as typed ({@link GuestDraft#TEXT_FIELDS} only).
     *
     * @throws IllegalArgumentException for a field that is not typed (category, attendance, status, check-in)
     */
    public StringProperty textProperty(GuestField field) {
        return fields.text(typed(field));
    }

    /**
     * The field's message (a sentence saying what is wrong and what to do), or null when it is fine
     * or not yet typed in. After a refused save it carries the service's reason until changed.
     */
    public ReadOnlyStringProperty messageProperty(GuestField field) {
        return fields.message(typed(field));
    }

    /**
     * Where the form reads the event's categories (the defaults, then the event's own): the screen's
     * live list, so that nothing is read from the database on the UI thread.
     */
    public void followCategories(java.util.function.Supplier<List<GuestCategory>> categories) {
        this.eventCategories = Objects.requireNonNull(categories);
    }

    /** The event's categories, for the category box: the six defaults, then the event's own. */
    public List<GuestCategory> categories() {
        return eventCategories.get();
    }

    /**
     * The category typed into the box: one of the event's by its name in either language or another
     * spelling of it (width, case, spaces); otherwise a new category named as typed (asked about once
     * on save); OTHER for blank text.
     */
    public GuestCategory categoryOf(String typed) {
        if (typed == null || typed.isBlank()) {
            return GuestCategory.OTHER;
        }
        for (java.util.Locale l : List.of(words.locale(), java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE)) {
            for (GuestCategory c : categories()) {
                if (org.conferencedesk.shared.record.EventValues.fold(c.label(l))
                        .equals(org.conferencedesk.shared.record.EventValues.fold(typed))) {
                    return c;
                }
            }
        }
        return GuestCategory.of(typed);
    }

    /** Category; OTHER for a new guest. */
    public ObjectProperty<GuestCategory> categoryProperty() {
        return category;
    }

    /** Attendance; on site for a new guest. */
    public ObjectProperty<Attendance> attendanceProperty() {
        return attendance;
    }

    /** Invitation status; not invited for a new guest. */
    public ObjectProperty<InvitationStatus> statusProperty() {
        return status;
    }

    /** "New guest" or "Edit guest 张三". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Id of the guest being edited, or null for a new one. */
    public Long guestId() {
        return stored == null ? null : stored.id();
    }

    /** Starts a new guest of the event (other, on site, not invited). */
    @Override
    public void startNew(long event) {
        load(Guest.named(event, ""));
    }

    @Override
    protected Long editedId() {
        return guestId();
    }

    @Override
    protected Long idOf(Guest guest) {
        return guest.id();
    }

    @Override
    protected Long editedEventId() {
        return stored == null ? null : stored.eventId();
    }

    /** Esc: back to the stored values (or the blank new guest). */
    public void reset() {
        if (stored != null) {
            load(stored);
        }
    }

    /** Before a save ({@link RecordForm#save()}): a category new to the event is asked about once. */
    @Override
    protected boolean confirmValues() {
        GuestCategory chosen = candidate.category();
        if (!chosen.isDefault()) {
            List<String> own = categories().stream().map(GuestCategory::name).toList();
            java.util.Optional<String> value = newValues.knownOrConfirmed("category", chosen.name(), own,
                    code -> words.category(GuestCategory.of(code)), Integer.MAX_VALUE);
            if (value.isEmpty()) {
                return false;
            }
            if (!value.get().equals(chosen.name())) {
                category.set(GuestCategory.of(value.get()));
                refresh();
            }
        }
        return true;
    }

    @Override
    protected Guest store(Guest guest) {
        return service.save(guest);
    }

    @Override
    protected void keepTyping(Guest saved) {
        stored = saved;
    }

    /** The service's reasons under their fields (one with no field under the full name). */
    @Override
    protected boolean refused(Throwable failure, Guest toSave) {
        if (!(failure instanceof GuestException refused) || refused.problems().isEmpty()) {
            return false;
        }
        for (FieldProblem<GuestField> p : refused.problems()) {
            fields.refuse(p.field(), GuestField.FULL_NAME, p.sentence(words.locale()));
        }
        return true;
    }

    /**
     * The merge of a stale save (decision 0028): every typed field, then category, attendance and
     * invitation status. The check-in time is not edited here: the stored one is kept.
     */
    @Override
    protected List<MergeField<Guest>> mergeFields() {
        List<MergeField<Guest>> merge = typedMergeFields(fields, fields.typed(), words::field, GuestDraft::textOf);
        merge.add(new MergeField<>(words.field(GuestField.CATEGORY), g -> words.category(g.category()), g -> category.set(g.category())));
        merge.add(new MergeField<>(words.field(GuestField.ATTENDANCE), g -> words.attendance(g.attendance()),
                g -> attendance.set(g.attendance())));
        merge.add(new MergeField<>(words.field(GuestField.INVITATION_STATUS), g -> words.invitationStatus(g.invitationStatus()),
                g -> status.set(g.invitationStatus())));
        return merge;
    }

    @Override
    protected String nameOf(Guest guest) {
        return guest.fullName();
    }

    // ---- internals ---------------------------------------------------------------------------

    private GuestField typed(GuestField field) {
        if (!fields.isTyped(field)) {
            throw new IllegalArgumentException(field + " is not typed in the form");
        }
        return field;
    }

    @Override
    protected void fill(Guest g) {
        stored = g;
        isNew.set(g.id() == null);
        for (GuestField f : fields.typed()) {
            fields.load(f, GuestDraft.textOf(g, f));
        }
        category.set(g.category());
        attendance.set(g.attendance());
        status.set(g.invitationStatus());
    }

    @Override
    protected Guest check() {
        GuestDraft draft = stored == null ? null
                : GuestDraft.read(fields.texts(), category.get(), attendance.get(), status.get(), stored, words.locale());
        boolean anyMessage = fields.showMessages(draft == null ? null : draft.messages(), saveTried);
        return draft == null || anyMessage ? null : draft.guest();
    }

    @Override
    protected boolean changed() {
        return stored != null && (!Objects.equals(category.get(), stored.category())
                || attendance.get() != stored.attendance() || status.get() != stored.invitationStatus()
                || fields.anyChanged());
    }

    @Override
    protected void refreshed() {
        title.set(stored == null || stored.id() == null ? words.get("form.title.new")
                : words.get("form.title.edit", stored.fullName()));
    }
}
