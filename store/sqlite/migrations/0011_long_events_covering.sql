-- The long events' index carries their first day, so that finding how far
-- back a date query must look reads the index alone.
DROP INDEX events_long;
CREATE INDEX events_long ON events(date_last, date_first) WHERE julianday(date_last) - julianday(date_first) > 365;
