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
import org.conferencedesk.shared.UserFacingException;
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
    private final TaskExecutor executor;
    private final GuestWords words;
    private final org.conferencedesk.shared.NewValues newValues;

    private final FormFields<GuestField> fields;
    private java.util.function.Supplier<List<GuestCategory>> eventCategories = () -> GuestCategory.DEFAULTS;
    private final ObjectProperty<GuestCategory> category = new SimpleObjectProperty<>(this, "category", GuestCategory.OTHER);
    private final ObjectProperty<Attendance> attendance = new SimpleObjectProperty<>(this, "attendance", Attendance.ON_SITE);
    private final ObjectProperty<InvitationStatus> status = new SimpleObjectProperty<>(this, "status", InvitationStatus.NOT_INVITED);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");

    private Guest stored;
    private Guest candidate;
    private boolean loading;
    private boolean saveTried;

    /** An empty form; call {@link #startNew(long)} or {@link #edit(Guest)} before typing. */
    public GuestFormViewModel(GuestService service, TaskExecutor executor, DialogService dialogs, GuestWords words) {
        super(dialogs, words.ui());
        this.service = service;
        this.executor = executor;
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

    /** Edits a copy of {@code guest}; nothing changes in the database until {@link #save()}. */
    @Override
    public void edit(Guest guest) {
        load(Objects.requireNonNull(guest, "guest"));
    }

    @Override
    protected Long editedId() {
        return guestId();
    }

    @Override
    protected Long idOf(Guest guest) {
        return guest.id();
    }

    /** The guest with this id was deleted: a form editing it starts a new guest instead. */
    public void guestDeleted(long id) {
        if (stored != null && stored.id() != null && stored.id() == id) {
            startNew(stored.eventId());
        }
    }

    /** Esc: back to the stored values (or the blank new guest). */
    public void reset() {
        if (stored != null) {
            load(stored);
        }
    }

    /**
     * Saves in the background if {@link #canSaveProperty()}; otherwise shows every field's message.
     * A refusal by the service puts each reason under its field and keeps the typing; any other
     * failure goes to the dialog service.
     */
    public void save() {
        if (!canSave.get()) {
            if (!saveTried) {
                saveTried = true;
                refresh();
            }
            return;
        }
        GuestCategory chosen = candidate.category();
        if (!chosen.isDefault()) {
            List<String> own = categories().stream().map(GuestCategory::name).toList();
            java.util.Optional<String> value = newValues.knownOrConfirmed("category", chosen.name(), own,
                    code -> words.category(GuestCategory.of(code)), Integer.MAX_VALUE);
            if (value.isEmpty()) {
                return;
            }
            if (!value.get().equals(chosen.name())) {
                category.set(GuestCategory.of(value.get()));
                refresh();
            }
        }
        Guest toSave = candidate;
        saving.set(true);
        refresh();
        executor.execute(() -> service.save(toSave), saved -> {
            saving.set(false);
            if (Objects.equals(candidate, toSave)) {
                load(saved);
            } else {
                stored = saved;
                isNew.set(false);
                refresh();
            }
            lastSaved.set(saved);
        }, failure -> {
            saving.set(false);
            if (failure instanceof GuestException refused && !refused.problems().isEmpty()) {
                for (FieldProblem<GuestField> p : refused.problems()) {
                    fields.refuse(p.field(), GuestField.FULL_NAME, p.sentence(words.locale()));
                }
            } else {
                String sentence = UserFacingException.sentenceOf(failure, words.locale());
                dialogs.showError(words.get("form.saveFailed.title"), words.get("form.saveFailed.message", sentence));
            }
            refresh();
        });
    }

    // ---- internals ---------------------------------------------------------------------------

    private GuestField typed(GuestField field) {
        if (!fields.isTyped(field)) {
            throw new IllegalArgumentException(field + " is not typed in the form");
        }
        return field;
    }

    private void load(Guest g) {
        loading = true;
        saveTried = false;
        try {
            stored = g;
            isNew.set(g.id() == null);
            for (GuestField f : fields.typed()) {
                fields.load(f, GuestDraft.textOf(g, f));
            }
            category.set(g.category());
            attendance.set(g.attendance());
            status.set(g.invitationStatus());
        } finally {
            loading = false;
        }
        refresh();
    }

    private void refresh() {
        if (loading) {
            return;
        }
        GuestDraft draft = stored == null ? null
                : GuestDraft.read(fields.texts(), category.get(), attendance.get(), status.get(), stored, words.locale());
        boolean anyMessage = fields.showMessages(draft == null ? null : draft.messages(), saveTried);
        boolean isDirty = stored != null && (!java.util.Objects.equals(category.get(), stored.category()) || attendance.get() != stored.attendance()
                || status.get() != stored.invitationStatus()
                || fields.anyChanged());
        candidate = draft == null || anyMessage ? null : draft.guest();
        valid.set(candidate != null);
        dirty.set(isDirty);
        canSave.set(valid.get() && isDirty && !saving.get());
        title.set(stored == null || stored.id() == null ? words.get("form.title.new")
                : words.get("form.title.edit", stored.fullName()));
    }
}
