package org.conferencedesk.shared;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.record.EventValues;

/**
 * What a form does before saving a value of a list the event keeps by use (a contract's sector and
 * district, an exhibitor's sector): a value written another way than the event's (width, case,
 * spaces: {@link EventValues#known}) takes the event's spelling; a value the event does not use yet
 * is asked about once per form (a typo must not start a separate total); the event's first value is
 * not asked about. One per form. No JavaFX.
 *
 * <p>The question's words are the keys of the form's bundle: {@code value.new.title.<kind>},
 * {@code value.new.<kind>} ({0} the value typed, {1} the event's values, the first six joined with
 * {@code value.new.join}, then {@code value.new.more} if there are more).
 */
public final class NewValues {

    private final DialogService dialogs;
    private final Messages messages;
    private final Set<String> confirmed = new HashSet<>();

    /**
     * @param dialogs asks the question
     * @param messages the form's bundle, holding the keys above
     */
    public NewValues(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /**
     * The value to save for what was typed.
     *
     * @param kind the list's name in the keys ({@code "sector"}, {@code "district"})
     * @param typed the text as typed (may be blank)
     * @param known the event's values, in the order to show them
     * @return the typed text (stripped) or the event's spelling of it; empty if the user chose to
     *         correct it (nothing is to be saved)
     */
    public Optional<String> knownOrConfirmed(String kind, String typed, List<String> known) {
        return knownOrConfirmed(kind, typed, known, value -> value, 6);
    }

    /**
     * As {@link #knownOrConfirmed(String, String, List)}, with the event's values shown in the
     * question by {@code label} (a guest category's stored code "ACADEMICIAN" is shown as 院士), at
     * most {@code shownAtMost} of them (a sector list can be long; the guest categories are all shown,
     * since the event's own ones come last).
     *
     * @param label the words shown for one of {@code known}
     * @param shownAtMost how many of {@code known} the question names before {@code value.new.more}
     */
    public Optional<String> knownOrConfirmed(String kind, String typed, List<String> known,
                                             java.util.function.Function<String, String> label, int shownAtMost) {
        String stripped = typed == null ? "" : typed.strip();
        if (stripped.isEmpty() || known.isEmpty()) {
            return Optional.of(stripped);
        }
        Optional<String> same = EventValues.known(stripped, known);
        if (same.isPresent()) {
            return same;
        }
        if (confirmed.contains(kind + "\0" + stripped)) {
            return Optional.of(stripped);
        }
        List<String> shown = (known.size() > shownAtMost ? known.subList(0, shownAtMost) : known).stream().map(label).toList();
        String list = String.join(messages.get("value.new.join"), shown) + (known.size() > shownAtMost ? messages.get("value.new.more") : "");
        if (!dialogs.confirm(messages.get("value.new.title." + kind), messages.get("value.new." + kind, stripped, list))) {
            return Optional.empty();
        }
        confirmed.add(kind + "\0" + stripped);
        return Optional.of(stripped);
    }
}
