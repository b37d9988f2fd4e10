-- Awards add two actions to the shared audit trail: a committee member signing a category off, and
-- someone reopening it with a reason. The list keeps every action of V3, V4 and V5.
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_action_known;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action_known
    CHECK (action IN ('CREATED', 'UPDATED', 'DELETED', 'IMPORTED', 'MERGED', 'UNMERGED',
                      'MARKED_DISTINCT', 'UNMARKED_DISTINCT', 'SIGNED_OFF', 'REOPENED'));
