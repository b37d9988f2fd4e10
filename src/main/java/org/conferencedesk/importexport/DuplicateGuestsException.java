package org.conferencedesk.importexport;

import java.util.List;

/**
 * A guest import was refused because rows look like guests already in the event (or like earlier
 * rows) and no answer was given for them; nothing was imported. {@link #problems()} describes each
 * such row (line, name, which guest, why); {@link #duplicates()} holds them for a choice.
 */
public class DuplicateGuestsException extends ImportRejectedException {

    private static final long serialVersionUID = 1L;

    private final transient List<GuestDuplicate> duplicates;

    /** Creates the exception from the rows (at least one) and their descriptions. */
    public DuplicateGuestsException(List<GuestDuplicate> duplicates, List<ImportProblem> problems) {
        super(problems);
        this.duplicates = List.copyOf(duplicates);
    }

    /** Every row that looks like a duplicate, in file order. */
    public List<GuestDuplicate> duplicates() {
        return duplicates;
    }
}
