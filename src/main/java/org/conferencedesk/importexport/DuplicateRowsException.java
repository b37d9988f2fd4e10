package org.conferencedesk.importexport;

import java.util.List;

/**
 * An import was refused because rows look like records already in the event (or like earlier rows)
 * and no answer was given for them; nothing was imported. {@link #problems()} describes each such
 * row (line, name, which record, why); {@link #duplicates()} holds them for a choice.
 */
public class DuplicateRowsException extends ImportRejectedException {

    private static final long serialVersionUID = 1L;

    private final transient List<Duplicate<?>> duplicates;

    /** Creates the exception from the rows (at least one) and their descriptions. */
    public DuplicateRowsException(List<? extends Duplicate<?>> duplicates, List<ImportProblem> problems) {
        super(problems);
        this.duplicates = List.copyOf(duplicates);
    }

    /** Every row that looks like a duplicate, in file order. */
    public List<Duplicate<?>> duplicates() {
        return duplicates;
    }
}
