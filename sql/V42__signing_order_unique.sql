-- A signing order is one place in the ceremony (issue 16, decision 0028): two contracts of one
-- event cannot hold the same one, enforced by the database, so that two people giving the same
-- place at the same moment on two laptops get one success and one refusal. Contracts without a
-- place (NULL) are not limited (both H2 and PostgreSQL let NULLs repeat in a UNIQUE constraint).
-- A database that already holds a place twice (possible before this version: only the import
-- checked) keeps the place for the contract entered first; the later ones lose the place (NULL,
-- shown after the event's last placed contract) and are otherwise unchanged.
-- Each place taken away is written to the audit trail first, so the secretariat can see which
-- contracts lost their place and give them a new one (nothing changes unseen).
INSERT INTO audit_entry (event_id, occurred_at, actor, record_type, record_id, action, changes, summary)
SELECT later.event_id, CURRENT_TIMESTAMP, 'ConferenceDesk (upgrade)', 'contract', later.id, 'UPDATED',
       '[{"field":"signingOrder","before":"' || CAST(later.signing_order AS VARCHAR(12)) || '","after":null}]',
       'Signing order ' || CAST(later.signing_order AS VARCHAR(12))
           || ' was also held by a contract entered earlier; this one has no place now (decision 0028).'
  FROM contract later
 WHERE EXISTS (SELECT 1 FROM contract earlier
                WHERE earlier.event_id = later.event_id
                  AND earlier.signing_order = later.signing_order
                  AND earlier.id < later.id);
UPDATE contract SET signing_order = NULL
 WHERE id IN (SELECT later.id FROM contract later
                JOIN contract earlier ON earlier.event_id = later.event_id
                                     AND earlier.signing_order = later.signing_order
                                     AND earlier.id < later.id);
ALTER TABLE contract ADD CONSTRAINT contract_signing_order_unique UNIQUE (event_id, signing_order);
-- The constraint's index serves what contract_event_order_idx (V2, the same two columns) served:
-- one index, not two, on every write of a contract.
DROP INDEX contract_event_order_idx;
