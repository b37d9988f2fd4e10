package org.conferencedesk.guests;

import java.util.List;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * A guest could not be saved, merged or checked in; {@link #sentence(java.util.Locale)} says why
 * and what to do in the user's language. Nothing was changed.
 */
public class GuestException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem<GuestField>> problems;

    /** The guest breaks the rules (at least one problem, each naming its field). */
    public GuestException(List<FieldProblem<GuestField>> problems) {
        super(problems);
        this.problems = List.copyOf(problems);
    }

    /** Something not tied to a field went wrong: {@code key} in the {@code guests} bundle with its arguments. */
    public GuestException(String key, Object... arguments) {
        super("guests", key, arguments);
        this.problems = List.of();
    }

    /** The broken rules, field by field (empty for a problem not tied to a field). */
    public List<FieldProblem<GuestField>> problems() {
        return problems;
    }
}
