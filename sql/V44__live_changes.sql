-- Live changes between laptops (issue 16, docs/decisions/0030) exist on PostgreSQL only: there,
-- sql/postgresql/V44__live_changes.sql makes the database announce every committed write (NOTIFY,
-- ids only) to the other programs working on it. An H2 file has one writer (decision 0018), whose
-- own change events reach its screens already, so on H2 this migration changes nothing. It exists
-- so that both databases carry the same versions.
SELECT 1;
