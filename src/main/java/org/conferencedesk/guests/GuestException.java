package org.conferencedesk.guests;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.conferencedesk.shared.i18n.Messages;

/**
 * A guest could not be saved, merged or checked in; {@link #sentence(Locale)} says why and what to
 * do in the user's language. Nothing was changed.
 */
public class GuestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<GuestRules.Problem> problems;
    private final String key;
    private final transient Object[] arguments;

    /** The guest breaks the rules (at least one problem, each naming its field). */
    public GuestException(List<GuestRules.Problem> problems) {
        super(problems.stream().map(p -> p.message(Locale.ENGLISH)).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
        this.key = null;
        this.arguments = new Object[0];
    }

    /** Something not tied to a field went wrong: {@code key} in the {@code guests} bundle with its arguments. */
    public GuestException(String key, Object... arguments) {
        super(Messages.of("guests", Locale.ENGLISH).get(key, arguments));
        this.problems = List.of();
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The broken rules, field by field (empty for a problem not tied to a field). */
    public List<GuestRules.Problem> problems() {
        return problems;
    }

    /** What went wrong and what to do, in {@code locale}. */
    public String sentence(Locale locale) {
        if (key != null) {
            return Messages.of("guests", locale).get(key, arguments);
        }
        return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining(Messages.isChinese(locale) ? "" : " "));
    }
}
