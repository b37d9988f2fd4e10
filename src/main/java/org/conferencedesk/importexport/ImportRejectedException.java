package org.conferencedesk.importexport;

import java.util.List;

/** An import was refused and nothing was imported; {@link #problems()} lists every bad row and why. */
public class ImportRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    /** Creates the exception from at least one problem. */
    public ImportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s); nothing was imported. First: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<ImportProblem> problems() {
        return problems;
    }
}
