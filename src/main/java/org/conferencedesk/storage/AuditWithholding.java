package org.conferencedesk.storage;

import java.util.Set;

/**
 * Values of the audit trail that readers may not see yet, though the trail keeps them as written: a
 * committee member's scores until the award category is signed off. The feature that writes such
 * entries registers one for their record type ({@link AuditTrail#withhold}); {@link AuditText} then
 * shows a withheld value as a note, and the command line's JSON leaves it out. Stored entries never
 * change, so the values read again as soon as the feature no longer withholds them.
 */
@FunctionalInterface
public interface AuditWithholding {

    /** Nothing is withheld. */
    AuditWithholding NONE = entry -> Set.of();

    /**
     * The fields of {@code entry} whose values readers may not see now (empty if none). Called off the
     * FX application thread, once per entry shown; it may read the database.
     */
    Set<String> withheldFields(AuditEntry entry);
}
