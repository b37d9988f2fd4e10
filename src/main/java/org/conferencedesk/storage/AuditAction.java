package org.conferencedesk.storage;

/** What happened to a record, as kept in the audit trail (column {@code audit_entry.action}). */
public enum AuditAction {
    /** The record was added by hand; the entry's changes hold its values ("after" only). */
    CREATED,
    /** The record was edited; the entry's changes hold only the fields that changed, before and after. */
    UPDATED,
    /** The record was deleted; the entry's changes hold its last values ("before" only). */
    DELETED,
    /** Many records were added at once from a file; one entry per import (count, total, file). */
    IMPORTED,
    /** Duplicates were merged into the record; the changes hold its fields before and after and {@code mergedIds}. */
    MERGED,
    /** A merge was undone; the record got its values back and the merged records returned (see sql/V4). */
    UNMERGED,
    /** Records were said to be different people ("not the same person"); the changes hold their ids and how many pairs (see sql/V5). */
    MARKED_DISTINCT,
    /** "Not the same person" was undone; the changes hold the ids and how many pairs were taken back. */
    UNMARKED_DISTINCT,
    /** An award category was signed off by a committee member: its result frozen; the changes hold the member, time and result hash (see sql/V20). */
    SIGNED_OFF,
    /** A signed-off award category was reopened; the changes hold who, why and the hash that was in force. */
    REOPENED
}
