package org.conferencedesk.importexport;

import java.util.Locale;

/**
 * What an import does with a row that looks like a record already in the event (or like an earlier
 * row of the same file): the user's word, per row or for all ({@code --duplicates skip|merge|add}).
 */
public enum DuplicateAction {
    /** Leave the row out; the existing record stays as it is. */
    SKIP,
    /**
     * Merge the row into the existing record (or the earlier row), as its record type merges: for a
     * guest every value the guest already has is kept, empty ones are filled from the row, clashing
     * ones go to the notes. A weak likeness (for guests: the name only) is never merged on a general
     * "merge": the row is added, since two people may share a name; merge it only by choosing it for
     * that row.
     */
    MERGE,
    /** Add the row as a new record anyway. */
    ADD;

    /** The action named {@code skip}, {@code merge} or {@code add} (case-insensitive), or null. */
    public static DuplicateAction fromName(String name) {
        for (DuplicateAction a : values()) {
            if (a.name().equalsIgnoreCase(name.strip())) {
                return a;
            }
        }
        return null;
    }

    /** The word used on the command line: {@code skip}, {@code merge}, {@code add}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
