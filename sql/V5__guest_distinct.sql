-- "Not the same person": pairs of guests the committee has said are different people, so the
-- duplicates review (GuestDuplicates) never links them again. Stored as PAIRS, not as groups: a
-- group changes as guests are added, edited or merged, a pair does not. The lower id comes first
-- (one row per pair). A pair is removed with either guest (deleted); a guest merged away keeps its
-- pairs (they then apply to the guest it was merged into, and again to itself if the merge is undone).
CREATE TABLE guest_distinct (
    event_id       BIGINT       NOT NULL,
    guest_id_low   BIGINT       NOT NULL,
    guest_id_high  BIGINT       NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Who said so (the audit trail's actor name).
    actor          VARCHAR(200) NOT NULL,
    CONSTRAINT guest_distinct_pk PRIMARY KEY (guest_id_low, guest_id_high),
    CONSTRAINT guest_distinct_ordered CHECK (guest_id_low < guest_id_high),
    CONSTRAINT guest_distinct_event_fk FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
    CONSTRAINT guest_distinct_low_fk FOREIGN KEY (guest_id_low) REFERENCES guest (id) ON DELETE CASCADE,
    CONSTRAINT guest_distinct_high_fk FOREIGN KEY (guest_id_high) REFERENCES guest (id) ON DELETE CASCADE
);

CREATE INDEX guest_distinct_event_idx ON guest_distinct (event_id);
CREATE INDEX guest_distinct_high_idx ON guest_distinct (guest_id_high);

-- Marking guests as different people, and undoing it, are audited.
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_action_known;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action_known
    CHECK (action IN ('CREATED', 'UPDATED', 'DELETED', 'IMPORTED', 'MERGED', 'UNMERGED',
                      'MARKED_DISTINCT', 'UNMARKED_DISTINCT'));
