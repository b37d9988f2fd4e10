package org.conferencedesk.shared.record;

import java.util.Locale;
import org.conferencedesk.shared.i18n.Messages;

/**
 * A value that breaks one of its record type's rules (too long, empty, not an e-mail address),
 * named by its field so that a form marks the field and an import names the column.
 *
 * <p>The sentence is the key {@code key} of the field's own bundle ({@link RecordField#labelArea()}),
 * filled with the field's label as {@code {0}} and then {@code arguments}: {@code rule.tooLong=The {0}
 * has {1} characters; at most {2} fit.}
 *
 * @param field the field whose value breaks the rule
 * @param key the sentence's key in the field's bundle ({@code rule.*})
 * @param arguments the rest of the sentence's arguments ({@code {1}}, {@code {2}} …)
 * @param <F> the record type's field enum
 */
public record FieldProblem<F extends RecordField>(F field, String key, Object... arguments) {

    /** What is wrong and what to do, in {@code locale}'s language (Simplified Chinese for any Chinese locale). */
    public String sentence(Locale locale) {
        Messages messages = Messages.of(field.labelArea(), locale);
        Object[] args = new Object[arguments.length + 1];
        args[0] = messages.get(field.labelKey());
        System.arraycopy(arguments, 0, args, 1, arguments.length);
        return messages.get(key, args);
    }
}
