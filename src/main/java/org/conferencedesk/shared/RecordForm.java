package org.conferencedesk.shared;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.conferencedesk.shared.i18n.Messages;

/**
 * What every form that edits a copy of one record shares (ARCHITECTURE.md: "forms edit a copy of a
 * record and commit or reset it"): the derived flags the view binds to, the last record saved, and
 * moving to another record or a new one without losing typing unasked. A value new to one of the
 * event's lists is asked about with {@link NewValues}. The contract and guest
 * forms extend it; they own the fields ({@link FormFields}), the checks and the save.
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

    /** Asks the user (discard?) and shows failures. */
    protected final DialogService dialogs;
    private final Messages messages;

    /**
     * @param dialogs asks whether to throw typing away
     * @param messages holds {@code form.discard.title} and {@code form.discard.question}
     */
    protected RecordForm(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** Edits a copy of {@code record}; nothing changes in the database until a save. */
    public abstract void edit(R record);

    /** Starts a new record of the event. */
    public abstract void startNew(long event);

    /** The id of the record edited, or null for a new one. */
    protected abstract Long editedId();

    /** The id of {@code record}, or null if it is not stored. */
    protected abstract Long idOf(R record);

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
