-- events_sort_type (type, date_first DESC, rowid DESC) serves every query
-- events_type (type, date_first) served; one index less to write for each
-- event stored.
DROP INDEX events_type;
