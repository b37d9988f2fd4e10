package org.conferencedesk.shared;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The typed fields of a form that edits a copy of a record (ARCHITECTURE.md: "forms edit a copy"),
 * for the contract and guest forms: for each field the text as typed, the text stored, whether the
 * user has typed in it, the reason a save was refused, and the message shown under it.
 *
 * <p>The rule of the messages ({@link #showMessages}): a blank new form is not an error yet; a field
 * speaks once typed in, after a save was tried, or while it carries a refused save's reason (which
 * goes at the next keystroke in that field). Use on the UI thread; no {@code javafx.scene}.
 *
 * @param <K> the record's field enum
 */
public final class FormFields<K extends Enum<K>> {

    private final Class<K> type;
    private final Map<K, Field> fields;

    /**
     * @param type the field enum
     * @param typed the fields typed as text, in the order messages are computed
     * @param loading true while the form itself sets texts (loading a record): those are not typing
     * @param onTyped called after every change of a field's text (typed or not)
     */
    public FormFields(Class<K> type, Iterable<K> typed, BooleanSupplier loading, Consumer<K> onTyped) {
        this.type = type;
        this.fields = new EnumMap<>(type);
        for (K k : typed) {
            Field field = new Field();
            fields.put(k, field);
            field.text.addListener((o, was, now) -> {
                field.serverMessage = null;
                field.touched |= !loading.getAsBoolean();
                onTyped.accept(k);
            });
        }
    }

    /** The fields typed as text, in the enum's order. */
    public Set<K> typed() {
        return Collections.unmodifiableSet(fields.keySet());
    }

    /** True if {@code k} is typed as text in this form. */
    public boolean isTyped(K k) {
        return fields.containsKey(k);
    }

    /** The text of {@code k} as typed (bound to the field on screen). */
    public StringProperty text(K k) {
        return fields.get(k).text;
    }

    /** The message under {@code k}, or null. */
    public ReadOnlyStringProperty message(K k) {
        return fields.get(k).message.getReadOnlyProperty();
    }

    /** The text of {@code k} now, "" for null. */
    public String value(K k) {
        return fields.get(k).value();
    }

    /** Every typed text now, by field. */
    public Map<K, String> texts() {
        Map<K, String> texts = new EnumMap<>(type);
        fields.forEach((k, f) -> texts.put(k, f.value()));
        return texts;
    }

    /** Loads {@code k} with a stored value (null as ""): not typed in, no refused reason. */
    public void load(K k, String stored) {
        Field f = fields.get(k);
        f.stored = stored == null ? "" : stored;
        f.serverMessage = null;
        f.touched = false;
        f.text.set(f.stored);
    }

    /** Every field back to its stored text; not typed in, no refused reason. */
    public void resetToStored() {
        for (Field f : fields.values()) {
            f.serverMessage = null;
            f.touched = false;
            f.text.set(f.stored);
        }
    }

    /** The stored text of {@code k} becomes {@code stored} (the text as typed does not change). */
    public void setStored(K k, String stored) {
        fields.get(k).stored = stored;
    }

    /** The stored text of {@code k}. */
    public String stored(K k) {
        return fields.get(k).stored;
    }

    /** True if {@code k}'s text is still the stored one. */
    public boolean unchanged(K k) {
        Field f = fields.get(k);
        return f.value().equals(f.stored);
    }

    /** True if any text differs from the stored one. */
    public boolean anyChanged() {
        return fields.values().stream().anyMatch(f -> !f.value().equals(f.stored));
    }

    /** A refused save's reason for {@code k} (or for {@code fallback} if {@code k} is not typed here). */
    public void refuse(K k, K fallback, String reason) {
        fields.getOrDefault(k, fields.get(fallback)).serverMessage = reason;
    }

    /**
     * Shows each field's message by the rule above.
     *
     * @param draftMessages the messages of the texts now by field, or null when there is nothing to check
     * @param saveTried true once the user tried to save: every field speaks
     * @return true if any field has a message (shown or not): the form cannot be saved
     */
    public boolean showMessages(Map<K, String> draftMessages, boolean saveTried) {
        boolean anyMessage = false;
        for (Map.Entry<K, Field> e : fields.entrySet()) {
            Field f = e.getValue();
            String message = draftMessages == null ? null : draftMessages.getOrDefault(e.getKey(), f.serverMessage);
            f.message.set(f.touched || saveTried || f.serverMessage != null ? message : null);
            anyMessage |= message != null;
        }
        return anyMessage;
    }

    /** One text field: what is typed, what is stored, and its message. */
    private static final class Field {
        final StringProperty text = new SimpleStringProperty("");
        final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
        String stored = "";
        String serverMessage;
        boolean touched;

        String value() {
            String s = text.get();
            return s == null ? "" : s;
        }
    }
}
