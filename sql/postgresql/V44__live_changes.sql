-- Live changes between laptops (issue 16, docs/decisions/0030): after every statement that writes
-- one of the tables the screens show, the database itself sends a NOTIFY on channel
-- 'conferencedesk_changes', so a change made by any program (the window, the command line, another
-- SQL client) reaches every window listening. NOTIFY is transactional: it is delivered at commit,
-- and a rolled-back change notifies nothing.
--
-- The payload carries ids only, never values (PostgreSQL caps a payload below 8,000 bytes):
--   ORIGIN|TOPIC|EVENT|ID,ID,...     the records of this topic and event with these ids changed
--   ORIGIN|TOPIC|EVENT|*             too many to list: read the event's records of this topic again
-- ORIGIN is the writing program's conferencedesk.origin setting (set per connection by the
-- application, empty for another client), so a window skips what it already published itself.
-- One NOTIFY per statement and event (statement-level triggers over transition tables), not one
-- per row: an import of 10,000 rows in one statement sends one "*".
--
-- H2 has a no-op V44 (one writer per file: the program's own change events are enough).

CREATE FUNCTION conferencedesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    topic    text := TG_ARGV[0];
    id_col   text := TG_ARGV[1];
    event_of text := TG_ARGV[2];
    origin   text := coalesce(current_setting('conferencedesk.origin', true), '');
    rows_sql text;
    changed  record;
BEGIN
    IF TG_OP = 'INSERT' THEN
        rows_sql := 'SELECT * FROM new_rows';
    ELSIF TG_OP = 'DELETE' THEN
        rows_sql := 'SELECT * FROM old_rows';
    ELSE
        rows_sql := 'SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows';
    END IF;
    FOR changed IN EXECUTE format(
            'SELECT e, string_agg(DISTINCT i::text, '','') AS ids FROM '
            || '(SELECT %s AS e, t.%I AS i FROM (%s) t) x WHERE e IS NOT NULL AND i IS NOT NULL GROUP BY e',
            event_of, id_col, rows_sql) LOOP
        -- 7,000 bytes of ids at most (about 900 ids), far below the 8,000-byte cap with the prefix.
        PERFORM pg_notify('conferencedesk_changes', origin || '|' || topic || '|' || changed.e || '|'
            || CASE WHEN length(changed.ids) > 7000 THEN '*' ELSE changed.ids END);
    END LOOP;
    RETURN NULL;
END;
$$;

-- Creates the three statement-level triggers (insert, update, delete) that report writes to
-- table_name as ids_column of topic, of the event event_of (an SQL expression over the row t).
CREATE FUNCTION conferencedesk_live(table_name text, topic text, ids_column text, event_of text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
        || 'FOR EACH STATEMENT EXECUTE FUNCTION conferencedesk_notify(%L, %L, %L)',
        table_name || '_live_' || topic || '_ins', table_name, topic, ids_column, event_of);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
        || 'FOR EACH STATEMENT EXECUTE FUNCTION conferencedesk_notify(%L, %L, %L)',
        table_name || '_live_' || topic || '_upd', table_name, topic, ids_column, event_of);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
        || 'FOR EACH STATEMENT EXECUTE FUNCTION conferencedesk_notify(%L, %L, %L)',
        table_name || '_live_' || topic || '_del', table_name, topic, ids_column, event_of);
END;
$$;

-- Topics are what the windows' change feeds know: a record type, named by its table.
SELECT conferencedesk_live('event', 'event', 'id', 't.id');
SELECT conferencedesk_live('contract', 'contract', 'id', 't.event_id');
SELECT conferencedesk_live('signing_session', 'signing_session', 'id', 't.event_id');
SELECT conferencedesk_live('guest', 'guest', 'id', 't.event_id');
SELECT conferencedesk_live('exhibitor', 'exhibitor', 'id', 't.event_id');
SELECT conferencedesk_live('exhibitor_deposit', 'exhibitor', 'exhibitor_id', 't.event_id');
SELECT conferencedesk_live('booking_day', 'exhibitor', 'exhibitor_id', 't.event_id');
SELECT conferencedesk_live('booking_day', 'booth', 'booth_id', 't.event_id');
SELECT conferencedesk_live('booth', 'booth', 'id', 't.event_id');
SELECT conferencedesk_live('hall', 'hall', 'id', 't.event_id');
SELECT conferencedesk_live('booth_rate', 'booth_rate', 'event_id', 't.event_id');
SELECT conferencedesk_live('announced_figure', 'announced_figure', 'id', 't.event_id');
SELECT conferencedesk_live('award_category', 'award_category', 'id', 't.event_id');
SELECT conferencedesk_live(part, 'award_category', 'category_id',
        '(SELECT c.event_id FROM award_category c WHERE c.id = t.category_id)')
  FROM unnest(ARRAY['award_prize', 'award_criterion', 'award_committee_member', 'award_nominee', 'award_recusal',
                    'award_score', 'award_winner', 'award_sign_off', 'award_reopening']) AS part;
