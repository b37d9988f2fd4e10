package org.conferencedesk.importexport;

import java.util.List;

/**
 * What a guest import did.
 *
 * @param added guests added
 * @param merged rows merged into guests already in the event (or into an earlier row of the file)
 * @param skipped rows left out as duplicates
 * @param notImported the problems of the rows left out by a partial import (empty for all or nothing)
 * @param addedNameOnly rows added although a guest with the same name exists (a general "merge"
 *                      never merges a name-only match): to review on the duplicates screen
 */
public record GuestImportResult(int added, int merged, int skipped, List<ImportProblem> notImported,
                                List<GuestDuplicate> addedNameOnly) {

    /** Copies the lists. */
    public GuestImportResult {
        notImported = List.copyOf(notImported);
        addedNameOnly = List.copyOf(addedNameOnly);
    }
}
