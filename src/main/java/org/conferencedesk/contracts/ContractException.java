package org.conferencedesk.contracts;

import java.util.List;

/** A contract could not be saved because it breaks the rules; each problem names its field. */
public class ContractException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ContractRules.Problem> problems;

    /** Creates the exception from the rules that were broken (at least one). */
    public ContractException(List<ContractRules.Problem> problems) {
        super(problems.stream().map(ContractRules.Problem::message).reduce((a, b) -> a + " " + b).orElse("Invalid contract"));
        this.problems = List.copyOf(problems);
    }

    /** Creates the exception with one sentence not tied to a field. */
    public ContractException(String message) {
        super(message);
        this.problems = List.of();
    }

    /** The broken rules, field by field. */
    public List<ContractRules.Problem> problems() {
        return problems;
    }
}
