-- Oldest first is read as the dated events up the date index and the
-- undated after them, so the index kept for that order goes: one index
-- less to write for each event stored.
DROP INDEX events_date_asc;
