package org.conferencedesk.contracts;

import java.util.List;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * A contract could not be saved or deleted: it breaks the rules (each problem names its field), or
 * it changed meanwhile. {@link #sentence(java.util.Locale)} says why in the user's language.
 */
public class ContractException extends UserFacingException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem<ContractField>> problems;

    /** Creates the exception from the rules that were broken (at least one). */
    public ContractException(List<FieldProblem<ContractField>> problems) {
        super(problems);
        this.problems = List.copyOf(problems);
    }

    /** Creates the exception with the sentence {@code key} of the {@code contracts} bundle, not tied to a field. */
    public ContractException(String key, Object... arguments) {
        super(ContractField.LABEL_AREA, key, arguments);
        this.problems = List.of();
    }

    /** The broken rules, field by field. */
    public List<FieldProblem<ContractField>> problems() {
        return problems;
    }
}
