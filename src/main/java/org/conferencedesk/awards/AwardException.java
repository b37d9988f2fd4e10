package org.conferencedesk.awards;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.conferencedesk.shared.i18n.Messages;

/**
 * An award change was refused; {@link #sentence(Locale)} says why and what to do in the user's
 * language (bundle {@code i18n/awards}). Nothing was changed.
 */
public class AwardException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<AwardRules.Problem> problems;
    private final String key;
    private final transient Object[] arguments;

    /** The record breaks the rules (at least one problem, each naming its field). */
    public AwardException(List<AwardRules.Problem> problems) {
        super(problems.stream().map(p -> p.message(Locale.ENGLISH)).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
        this.key = null;
        this.arguments = new Object[0];
    }

    /** A refusal not tied to one field: {@code key} in the {@code awards} bundle with its arguments. */
    public AwardException(String key, Object... arguments) {
        super(Messages.of("awards", Locale.ENGLISH).get(key, localised(Messages.of("awards", Locale.ENGLISH), arguments)));
        this.problems = List.of();
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The broken rules, field by field (empty for a refusal not tied to a field). */
    public List<AwardRules.Problem> problems() {
        return problems;
    }

    /** The message key of a refusal not tied to a field, or null. */
    public String key() {
        return key;
    }

    /** The arguments with each enum constant replaced by its name in the bundle ({@code AwardKind.FORUM_AWARD}). */
    static Object[] localised(Messages messages, Object[] arguments) {
        Object[] copy = arguments.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] instanceof Enum<?> e) {
                copy[i] = messages.get(e.getDeclaringClass().getSimpleName() + "." + e.name());
            }
        }
        return copy;
    }

    /** What went wrong and what to do, in {@code locale}. */
    public String sentence(Locale locale) {
        if (key != null) {
            Messages messages = Messages.of("awards", locale);
            return messages.get(key, localised(messages, arguments));
        }
        return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining(Messages.isChinese(locale) ? "" : " "));
    }
}
