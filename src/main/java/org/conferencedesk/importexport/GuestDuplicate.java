package org.conferencedesk.importexport;

import java.util.EnumSet;
import java.util.Set;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestDuplicates;

/**
 * A row of an import file that looks like a guest already in the event, or like an earlier row of
 * the same file (found by {@link GuestDuplicates}). The import asks what to do with it
 * ({@link DuplicateAction}) before anything is saved.
 *
 * @param line the row's line in the file (as in {@link ImportProblem#line()})
 * @param incoming the guest the row would add
 * @param existing the guest already in the event it looks like (the first if several), or null if
 *                 it only looks like an earlier row of the file
 * @param earlierLine the line of the earlier row it looks like, or 0 if it looks like an existing guest
 * @param reasons why (same name, same e-mail, same phone; at least one)
 */
public record GuestDuplicate(int line, Guest incoming, Guest existing, int earlierLine,
                             Set<GuestDuplicates.Reason> reasons) {

    /** Copies the reasons. */
    public GuestDuplicate {
        reasons = Set.copyOf(reasons);
    }

    /**
     * True if only the name matches (no shared e-mail or phone): two people may share a name, so
     * such a row is never merged unless the user chooses merge for that very row.
     */
    public boolean nameOnly() {
        return reasons.equals(EnumSet.of(GuestDuplicates.Reason.SAME_NAME));
    }

    /** True if the row looks like an earlier row of the file rather than an existing guest. */
    public boolean inFile() {
        return existing == null;
    }

    /**
     * What to do with the row unless the user says otherwise: skip a likely same person (the guest on
     * the list stays as it is; merging is offered but only on the user's word, since a merge done by
     * an import is not undone by "undo merge"), add a name-only match (namesakes are common).
     */
    public DuplicateAction suggested() {
        return nameOnly() ? DuplicateAction.ADD : DuplicateAction.SKIP;
    }

    /** What a general answer ({@code --duplicates}, "for all") means for this row: merge never applies to a name-only match. */
    public DuplicateAction forAll(DuplicateAction general) {
        return general == DuplicateAction.MERGE && nameOnly() ? DuplicateAction.ADD : general;
    }
}
