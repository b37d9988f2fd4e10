package org.conferencedesk.shared;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.record.StaleEditException;

/**
 * What every form that edits a copy of one record shares (ARCHITECTURE.md: "forms edit a copy of a
 * record and commit or reset it"): the derived flags the view binds to, the last record saved, and
 * moving to another record or a new one without losing typing unasked. A value new to one of the
 * event's lists is asked about with {@link NewValues}. The contract, guest and exhibitor forms
 * extend it: it runs loading ({@link #load}), checking ({@link #refresh}) and saving ({@link #save});
 * they own the fields ({@link FormFields}) and fill in what differs through the hooks
 * ({@link #fill}, {@link #check}, {@link #changed}, {@link #confirmValues}, {@link #store},
 * {@link #refused}).
 *
 * <p>Use on the UI thread; imports nothing from {@code javafx.scene}.
 *
 * @param <R> the record edited
 */
public abstract class RecordForm<R> {

    /** True when something differs from the stored values; set by the subclass. */
    protected final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    /** True when every field is fine; set by the subclass. */
    protected final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");
    /** True when a save would save; set by the subclass. */
    protected final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    /** True while a save runs; set by the subclass. */
    protected final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    /** True while the form holds a record not yet saved; set by the subclass. */
    protected final ReadOnlyBooleanWrapper isNew = new ReadOnlyBooleanWrapper(this, "new", true);
    /** The record as stored by the last successful save; set by the subclass. */
    protected final ReadOnlyObjectWrapper<R> lastSaved = new ReadOnlyObjectWrapper<>(this, "lastSaved");
    private final ReadOnlyObjectWrapper<Long> edited = new ReadOnlyObjectWrapper<>(this, "editedId");

    /** Asks the user (discard?) and shows failures. */
    protected final DialogService dialogs;
    private final Messages messages;
    private final TaskExecutor executor;

    /** The copy the form's edit started from (loaded, or stored by the last save): the base of a merge. */
    private R base;

    /** The record a save would store now (every field fine), or null; set by {@link #refresh()}. */
    protected R candidate;
    /** True while {@link #load} (or the subclass) sets fields: their changes are not the user's typing. */
    protected boolean loading;
    /** True once a save was tried on this record: every field's message shows, not only the touched ones. */
    protected boolean saveTried;

    /**
     * @param dialogs asks whether to throw typing away, shows a failed save
     * @param messages holds {@code form.discard.title}, {@code form.discard.question},
     *                 {@code form.saveFailed.title} and {@code form.saveFailed.message}
     * @param executor runs the save in the background
     */
    protected RecordForm(DialogService dialogs, Messages messages, TaskExecutor executor) {
        this.dialogs = dialogs;
        this.messages = messages;
        this.executor = executor;
    }

    // ---- hooks -------------------------------------------------------------------------------

    /** Sets every field from {@code record} (called by {@link #load}, with {@link #loading} true). */
    protected abstract void fill(R record);

    /**
     * Reads the fields as typed, shows their messages (all of them once {@link #saveTried}) and
     * returns the record a save would store, or null while a field is wrong (or no record is loaded).
     */
    protected abstract R check();

    /** True when something differs from the values loaded. */
    protected abstract boolean changed();

    /** What else follows the fields after each {@link #refresh()} (the title); nothing by default. */
    protected void refreshed() {
    }

    /**
     * Before a save: a value new to one of the event's lists is asked about ({@link NewValues}), one
     * written another way takes the event's spelling. True by default.
     *
     * @return false if the user chose to correct a value (nothing is saved)
     */
    protected boolean confirmValues() {
        return true;
    }

    /**
     * What a save compares to tell whether the user typed on while it ran (then the form keeps the
     * typing rather than load the record stored): by default the {@link #candidate}.
     */
    protected Object typedNow() {
        return candidate;
    }

    /** Stores {@code record} (in the background) and returns it as stored. */
    protected abstract R store(R record) throws Exception;

    /** The save stored {@code saved} while the user typed on: the form now edits it, typing kept. */
    protected abstract void keepTyping(R saved);

    /**
     * A save failed: puts each of the service's reasons under its field and returns true, or
     * returns false (the failure is then shown in a dialog).
     */
    protected abstract boolean refused(Throwable failure, R toSave);

    /**
     * One field as the merge dialog shows it (optimistic locking, decision 0028).
     *
     * @param label the field's name in the user's language
     * @param text the field's value in a copy, as the form shows it (null for empty)
     * @param keepYours puts the field's value of the user's copy back into the form (after the form
     *                  has loaded the database's copy), as if typed
     */
    public record MergeField<R>(String label, java.util.function.Function<R, String> text, java.util.function.Consumer<R> keepYours) {
    }

    /**
     * The merge fields of the fields typed as text: each labelled by {@code label}, its value in a
     * copy read by {@code text}, put back by setting the field's text.
     */
    protected static <R, K extends Enum<K>> List<MergeField<R>> typedMergeFields(FormFields<K> fields, Iterable<K> typed,
            java.util.function.Function<K, String> label, java.util.function.BiFunction<R, K, String> text) {
        List<MergeField<R>> merge = new java.util.ArrayList<>();
        for (K k : typed) {
            merge.add(new MergeField<>(label.apply(k), r -> text.apply(r, k), r -> fields.text(k).set(text.apply(r, k))));
        }
        return merge;
    }

    /**
     * The fields a merge shows, in the form's order; empty (the default) when the form offers no
     * merge: a stale save is then refused with its sentence and the typing kept.
     */
    protected List<MergeField<R>> mergeFields() {
        return List.of();
    }

    /** How the record is named in the merge dialog's title (the guest's name, the project). */
    protected String nameOf(R record) {
        return String.valueOf(record);
    }

    // ---- the flow ----------------------------------------------------------------------------

    /** Shows {@code record}'s values in the fields, as stored (not typed in), then {@link #refresh()}es. */
    protected final void load(R record) {
        loading = true;
        saveTried = false;
        base = record;
        try {
            fill(record);
        } finally {
            loading = false;
        }
        refresh();
    }

    /** Recomputes every message, the candidate, valid, dirty and canSave from the fields now (not while loading). */
    protected final void refresh() {
        if (loading) {
            return;
        }
        R checked = check();
        boolean isDirty = changed();
        candidate = checked;
        valid.set(candidate != null);
        dirty.set(isDirty);
        canSave.set(valid.get() && isDirty && !saving.get());
        edited.set(editedId());
        refreshed();
    }

    /**
     * Saves in the background if {@link #canSaveProperty()}; otherwise shows every field's message.
     * New values are asked about first ({@link #confirmValues}). On success the form shows the record
     * as stored (or keeps what was typed meanwhile) and sets {@link #lastSavedProperty()}; a refusal
     * by the service puts each reason under its field and keeps the typing; any other failure goes
     * to the dialog service.
     */
    public void save() {
        if (!canSave.get()) {
            if (!saveTried) {
                // Enter on an incomplete form: show every field's message, not only the touched ones.
                saveTried = true;
                refresh();
            }
            return;
        }
        if (!confirmValues() || !canSave.get()) {
            return;
        }
        R toSave = candidate;
        Object typed = typedNow();
        saving.set(true);
        refresh();
        executor.execute(() -> store(toSave), saved -> {
            saving.set(false);
            if (Objects.equals(typed, typedNow())) {
                load(saved);
            } else {
                keepTyping(saved);
                base = saved;
                isNew.set(false);
                refresh();
            }
            lastSaved.set(saved);
        }, failure -> {
            saving.set(false);
            if (failure instanceof StaleEditException stale && !mergeFields().isEmpty() && base != null) {
                merge(stale.<R>yours(), stale.<R>stored());
                return;
            }
            if (!refused(failure, toSave)) {
                dialogs.showError(messages.get("form.saveFailed.title"),
                        messages.get("form.saveFailed.message", UserFacingException.sentenceOf(failure, messages.locale())));
            }
            refresh();
        });
    }

    /**
     * A save was refused because someone saved the record meanwhile: the dialog shows the user's copy
     * and the stored one field by field. Saving the merge loads the stored copy (its version the new
     * base), puts back the user's value of every field they chose, and saves again; a cancel leaves
     * the form as typed (nothing saved; saving again asks again).
     */
    private void merge(R yours, R stored) {
        List<MergeField<R>> mergeFields = mergeFields();
        StaleEditMerge choices = StaleEditMerge.of(nameOf(stored), mergeFields.stream().map(MergeField::label).toList(),
                base, yours, stored, mergeFields.stream().map(MergeField::text).toList());
        if (!dialogs.mergeStaleEdit(choices)) {
            dialogs.showError(messages.get("form.saveFailed.title"), messages.get("form.saveFailed.message",
                    Messages.of("shared", messages.locale()).get("stale.edit")));
            refresh();
            return;
        }
        List<Integer> kept = choices.keptYours();
        load(stored);
        for (int i : kept) {
            mergeFields.get(i).keepYours().accept(yours);
        }
        refresh();
        if (canSave.get()) {
            save();
        }
    }

    /**
     * Edits a copy of {@code record}; nothing changes in the database until a save.
     *
     * @throws NullPointerException if {@code record} is null
     */
    public void edit(R record) {
        load(Objects.requireNonNull(record, "record"));
    }

    /** Starts a new record of the event. */
    public abstract void startNew(long event);

    /** The id of the record edited, or null for a new one. */
    protected abstract Long editedId();

    /** The id of {@code record}, or null if it is not stored. */
    protected abstract Long idOf(R record);

    /** The event of the record edited, or null before any. */
    protected abstract Long editedEventId();

    /**
     * The record with this id was deleted (the user agreed): a form editing it starts a new record of
     * the same event instead, its copy not kept. Any other id changes nothing.
     */
    public void recordDeleted(long id) {
        Long edited = editedId();
        Long event = editedEventId();
        if (edited != null && edited == id && event != null) {
            startNew(event);
        }
    }

    /** True when something differs from the stored values. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** True when every field is fine. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** True when a save would save: the form belongs to an event, is valid, dirty and not already saving. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    /** True while a save is running in the background. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True while the form holds a record not yet saved. */
    public ReadOnlyBooleanProperty newProperty() {
        return isNew.getReadOnlyProperty();
    }

    /** The id of the stored record the form shows, or null for a new one (what its related records follow). */
    public ReadOnlyObjectProperty<Long> editedIdProperty() {
        return edited.getReadOnlyProperty();
    }

    /** The record as stored by the last successful save (null before). */
    public ReadOnlyObjectProperty<R> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    /**
     * Asks before throwing away unsaved typing: true if the form is not dirty or the user agreed
     * to discard it (then the caller may load something else).
     */
    public boolean confirmDiscard() {
        return !dirty.get() || dialogs.confirmDestructive(messages.get("form.discard.title"), messages.get("form.discard.question"),
                Messages.of("shared", messages.locale()).get("form.discard.action"));
    }

    /**
     * Edits {@code record} if that loses nothing: the same record with no unsaved typing is
     * refreshed; the same record with typing is kept as typed; another record is loaded after
     * {@link #confirmDiscard()}. Null does nothing.
     *
     * @return false if the user chose to keep typing (the form is unchanged)
     */
    public boolean requestEdit(R record) {
        if (record == null) {
            return true;
        }
        Long id = editedId();
        if (id != null && Objects.equals(idOf(record), id)) {
            if (!dirty.get()) {
                edit(record);
            }
            return true;
        }
        if (!confirmDiscard()) {
            return false;
        }
        edit(record);
        return true;
    }

    /** Starts a new record after {@link #confirmDiscard()}; false if the user kept typing. */
    public boolean requestNew(long event) {
        if (!confirmDiscard()) {
            return false;
        }
        startNew(event);
        return true;
    }
}
