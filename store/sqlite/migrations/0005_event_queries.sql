-- What event listings show and search: the sentence each event was coded
-- from, full-text indexed, and an index for the map's located events.
ALTER TABLE events ADD COLUMN quote TEXT NOT NULL DEFAULT '';

CREATE VIRTUAL TABLE events_fts USING fts5(
    quote, content='events', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', detail='none'
);

CREATE INDEX events_located ON events(date_first) WHERE lat IS NOT NULL;
CREATE INDEX events_sort_type ON events(type, date_first DESC, rowid DESC);
