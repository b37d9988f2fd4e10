package org.conferencedesk.exhibitors;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.conferencedesk.shared.i18n.Messages;

/**
 * An exhibitor, hall, booth, booking, rate or deposit could not be saved or removed;
 * {@link #sentence(Locale)} says why and what to do, in the user's language. Nothing was changed.
 * (To be moved onto the shared kit's user-facing exception once it lands: issue 11.)
 */
public class ExhibitorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ExhibitorRules.Problem> problems;
    private final String key;
    private final transient Object[] arguments;

    /** The record breaks the rules (at least one problem, each naming its field). */
    public ExhibitorException(List<ExhibitorRules.Problem> problems) {
        super(problems.stream().map(p -> p.message(Locale.ENGLISH)).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
        this.key = null;
        this.arguments = new Object[0];
    }

    /** Something not tied to one field: {@code key} in the {@code exhibitors} bundle with its arguments. */
    public ExhibitorException(String key, Object... arguments) {
        super(Messages.of("exhibitors", Locale.ENGLISH).get(key, arguments));
        this.problems = List.of();
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** Throws the exception for {@code problems} if there is any; returns if there is none. */
    public static void refuseIfAny(List<ExhibitorRules.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ExhibitorException(problems);
        }
    }

    /** The broken rules, field by field (empty for a problem not tied to a field). */
    public List<ExhibitorRules.Problem> problems() {
        return problems;
    }

    /** The message key in the {@code exhibitors} bundle ({@code booking.taken} …), or null for broken rules. */
    public String key() {
        return key;
    }

    /** What went wrong and what to do, in {@code locale}. */
    public String sentence(Locale locale) {
        if (key != null) {
            return Messages.of("exhibitors", locale).get(key, arguments);
        }
        return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining(Messages.isChinese(locale) ? "" : " "));
    }
}
