package org.conferencedesk.importexport;

import java.util.List;

/**
 * What an import did.
 *
 * @param added records added
 * @param merged rows merged into records already in the event (or into an earlier row of the file)
 * @param skipped rows left out as duplicates
 * @param notImported the problems of the rows left out by a partial import (empty for all or nothing)
 * @param addedForReview rows added although they weakly look like a record already there (a general
 *                       "merge" never merges a weak likeness, such as a guest's name only): to review
 * @param notes what the user should know (total rows left out, unlikely values), in file order
 * @param <R> the record type
 */
public record ImportResult<R>(int added, int merged, int skipped, List<ImportProblem> notImported,
                              List<Duplicate<R>> addedForReview, List<ImportNote> notes) {

    /** Copies the lists. */
    public ImportResult {
        notImported = List.copyOf(notImported);
        addedForReview = List.copyOf(addedForReview);
        notes = List.copyOf(notes);
    }
}
