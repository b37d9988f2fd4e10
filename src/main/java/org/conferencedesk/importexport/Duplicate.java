package org.conferencedesk.importexport;

import java.util.Set;

/**
 * A row of an import file that looks like a record already in the event, or like an earlier row of
 * the same file, found by the record type's "already there" check. The import asks what to do with
 * it ({@link DuplicateAction}) before anything is saved.
 *
 * @param line the row's line in the file (as in {@link ImportProblem#line()})
 * @param incoming the record the row would add
 * @param existing the record already in the event it looks like (the best if several), or null if
 *                 it only looks like an earlier row of the file
 * @param earlierLine the line of the earlier row it looks like, or 0 if it looks like an existing record
 * @param reasons why, as the record type names its reasons (for guests {@code SAME_NAME},
 *                {@code SAME_EMAIL}, {@code SAME_PHONE}); at least one
 * @param weak true if the likeness alone does not make it the same (for guests: the name only): a
 *             general "merge" adds such a row instead
 * @param <R> the record type
 */
public record Duplicate<R>(int line, R incoming, R existing, int earlierLine, Set<String> reasons, boolean weak) {

    /** Copies the reasons. */
    public Duplicate {
        reasons = Set.copyOf(reasons);
    }

    /** True if the row looks like an earlier row of the file rather than an existing record. */
    public boolean inFile() {
        return existing == null;
    }

    /**
     * What to do with the row unless the user says otherwise: skip a likely same record (the one on
     * the list stays as it is; merging is offered but only on the user's word), add a weak match.
     */
    public DuplicateAction suggested() {
        return weak ? DuplicateAction.ADD : DuplicateAction.SKIP;
    }

    /** What a general answer ({@code --duplicates}, "for all") means for this row: merge never applies to a weak match. */
    public DuplicateAction forAll(DuplicateAction general) {
        return general == DuplicateAction.MERGE && weak ? DuplicateAction.ADD : general;
    }
}
