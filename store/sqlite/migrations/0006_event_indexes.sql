-- Indexes for event listings on large stores (BenchmarkEventQueries in
-- bench_test.go measures them).

-- Events whose dates span more than a year ("from 2019 to June 2022"),
-- which a query for events since a day must find before the date index's
-- usual bound of a year.
CREATE INDEX events_long ON events(date_last) WHERE julianday(date_last) - julianday(date_first) > 365;

-- Date windows counted from the index alone, without reading each event.
DROP INDEX events_date;
CREATE INDEX events_date ON events(date_first, rowid, date_last);

-- Oldest first with the undated last, without sorting every event.
CREATE INDEX events_date_asc ON events(date_first = '', date_first);

-- A place's events newest first, without sorting them all.
DROP INDEX events_place;
CREATE INDEX events_place ON events(place_id, date_first);
