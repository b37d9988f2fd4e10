package org.conferencedesk.awards;

import java.util.List;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * An award change was refused; {@link #sentence(java.util.Locale)} says why and what to do in the
 * user's language (bundle {@code i18n/awards}). Nothing was changed.
 */
public class AwardException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem<AwardField>> problems;

    /** The record breaks the rules (at least one problem, each naming its field). */
    public AwardException(List<FieldProblem<AwardField>> problems) {
        super(problems);
        this.problems = List.copyOf(problems);
    }

    /** A refusal not tied to one field: {@code key} in the {@code awards} bundle with its arguments. */
    public AwardException(String key, Object... arguments) {
        super("awards", key, arguments);
        this.problems = List.of();
    }

    /** The broken rules, field by field (empty for a refusal not tied to a field). */
    public List<FieldProblem<AwardField>> problems() {
        return problems;
    }
}
