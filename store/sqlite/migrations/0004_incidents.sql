-- Incidents: accounts of one happening from several documents, with the
-- points where they contradict each other (kept whole as JSON), and each
-- document's footprint for linking new documents without re-clustering.
ALTER TABLE documents ADD COLUMN footprint TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN framing TEXT NOT NULL DEFAULT '[]';
-- the footprint's date as days since 1970 (NULL: undated), and whether the
-- document has been linked into incidents yet
ALTER TABLE documents ADD COLUMN fp_first INTEGER;
ALTER TABLE documents ADD COLUMN fp_last INTEGER;
ALTER TABLE documents ADD COLUMN linked INTEGER NOT NULL DEFAULT 0;
CREATE INDEX documents_fp_first ON documents(fp_first);
CREATE INDEX documents_unlinked ON documents(linked) WHERE linked = 0;

CREATE TABLE footprint_places (
    place TEXT NOT NULL,
    doc   TEXT NOT NULL,
    PRIMARY KEY (place, doc)
) WITHOUT ROWID;

CREATE TABLE incidents (
    id               TEXT PRIMARY KEY,
    date             TEXT NOT NULL DEFAULT '',
    type             TEXT NOT NULL DEFAULT '',
    place_id         TEXT NOT NULL DEFAULT '',
    place_name       TEXT NOT NULL DEFAULT '',
    title            TEXT NOT NULL DEFAULT '',
    n_docs           INTEGER NOT NULL,
    n_events         INTEGER NOT NULL,
    n_contradictions INTEGER NOT NULL,
    body             TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents(date);

CREATE TABLE incident_docs (
    incident TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    doc      TEXT NOT NULL,
    PRIMARY KEY (incident, doc)
) WITHOUT ROWID;
CREATE INDEX incident_docs_doc ON incident_docs(doc);
