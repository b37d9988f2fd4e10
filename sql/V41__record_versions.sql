-- Optimistic locking (issue 16, decision 0028): every record type edited in a form carries a
-- version, 0 when added, one more at every edit made through a form or a service's save. A save
-- based on an older copy finds another version and is refused (UPDATE ... WHERE id = ? AND
-- version = ?), so that two laptops editing one record never overwrite each other unseen.
-- The same SQL runs on H2 and PostgreSQL.
ALTER TABLE contract ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE guest ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE exhibitor ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;
