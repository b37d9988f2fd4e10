package org.conferencedesk.shared;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * Something the user asked for was refused or could not be done, with a sentence that says what
 * happened and what to do in the user's language ({@link #sentence(Locale)}: Simplified Chinese for
 * any Chinese locale, else English). Nothing was changed. {@link #getMessage()} is the English
 * sentence, for logs; the window and the command line show {@link #sentence(Locale)}.
 *
 * <p>A feature's refusals ({@code ContractException}, {@code GuestException}, {@code EventException}
 * …) are subclasses that only pick their constructors: the sentence is either a key of an i18n area
 * ({@code guests}: {@code merge.gone}) with its arguments, or the rules a record breaks
 * ({@link FieldProblem}s, each naming its field). A caller that shows errors catches this type,
 * never a feature's.
 */
public class UserFacingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String area;
    private final String key;
    private final transient Object[] arguments;
    private final transient List<FieldProblem<?>> problems;

    /**
     * A refusal not tied to a field.
     *
     * @param area the i18n area whose bundle holds {@code key} ({@code "guests"}, {@code "events"} …)
     * @param key the sentence's key; {@code arguments} fill its {@code {0}}, {@code {1}} …
     */
    public UserFacingException(String area, String key, Object... arguments) {
        this(null, area, key, arguments);
    }

    /** Like {@link #UserFacingException(String, String, Object...)}, with the cause (for the log only). */
    public UserFacingException(Throwable cause, String area, String key, Object... arguments) {
        super(Messages.of(area, Locale.ENGLISH).get(key, arguments), cause);
        this.area = area;
        this.key = key;
        this.arguments = arguments.clone();
        this.problems = List.of();
    }

    /**
     * A record breaks its rules: at least one problem, each naming its field; the sentence joins
     * theirs.
     */
    public UserFacingException(List<? extends FieldProblem<?>> problems) {
        super(join(problems, Locale.ENGLISH));
        this.area = null;
        this.key = null;
        this.arguments = new Object[0];
        this.problems = List.copyOf(problems);
    }

    /** What happened and what to do, in {@code locale}'s language. */
    public String sentence(Locale locale) {
        return key != null ? Messages.of(area, locale).get(key, arguments) : join(problems, locale);
    }

    /** The key of the sentence ({@code "merge.gone"}), or null for a refusal by the rules. */
    public String key() {
        return key;
    }

    /** The rules broken, field by field; empty for a refusal not tied to a field. */
    public List<FieldProblem<?>> fieldProblems() {
        return problems;
    }

    /**
     * What a failure means to the user: the {@link #sentence(Locale)} of a user-facing exception;
     * for anything else its message, or its class name when it has none (a bug: the stack trace
     * belongs in the log).
     */
    public static String sentenceOf(Throwable failure, Locale locale) {
        if (failure instanceof UserFacingException refused) {
            return refused.sentence(locale);
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    private static String join(List<? extends FieldProblem<?>> problems, Locale locale) {
        return problems.stream().map(p -> p.sentence(locale)).collect(Collectors.joining(Messages.isChinese(locale) ? "" : " "));
    }
}
