-- Events coded from documents, one row each, with the columns the API
-- filters and sorts on; the whole event (claimant chain, counts, evidence)
-- is kept as JSON.
CREATE TABLE events (
    rowid          INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    doc            INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    sentence       INTEGER NOT NULL,
    type           TEXT NOT NULL,
    mode           TEXT NOT NULL DEFAULT '',
    cameo          TEXT NOT NULL DEFAULT '',
    source_country TEXT NOT NULL DEFAULT '',
    source_sector  TEXT NOT NULL DEFAULT '',
    target_country TEXT NOT NULL DEFAULT '',
    target_sector  TEXT NOT NULL DEFAULT '',
    claimant_country TEXT NOT NULL DEFAULT '',
    claimant_sector  TEXT NOT NULL DEFAULT '',
    stance         TEXT NOT NULL DEFAULT '',
    negated        INTEGER NOT NULL DEFAULT 0,
    date           TEXT NOT NULL DEFAULT '',   -- YYYY[-MM[-DD]]
    date_first     TEXT NOT NULL DEFAULT '',   -- first day the date can denote, for ranges and sorting
    date_last      TEXT NOT NULL DEFAULT '',
    place_id       TEXT NOT NULL DEFAULT '',
    place_name     TEXT NOT NULL DEFAULT '',
    lat            REAL,
    lon            REAL,
    incident       TEXT NOT NULL DEFAULT '',
    rule           TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL             -- the event as JSON
);
CREATE INDEX events_doc ON events(doc);
CREATE INDEX events_date ON events(date_first, rowid);
CREATE INDEX events_type ON events(type, date_first);
CREATE INDEX events_source ON events(source_country, date_first);
CREATE INDEX events_target ON events(target_country, date_first);
CREATE INDEX events_claimant ON events(claimant_country, date_first);
CREATE INDEX events_place ON events(place_id);
CREATE INDEX events_incident ON events(incident);
