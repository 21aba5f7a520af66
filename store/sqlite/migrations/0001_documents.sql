-- Documents as read and cleaned, with what cleaning changed, and the index
-- that finds reprints of one statement.
CREATE TABLE documents (
    rowid          INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    origin         TEXT NOT NULL,
    format         TEXT NOT NULL,
    url            TEXT NOT NULL DEFAULT '',
    title          TEXT NOT NULL DEFAULT '',
    site_name      TEXT NOT NULL DEFAULT '',
    author         TEXT NOT NULL DEFAULT '',
    published      TEXT NOT NULL DEFAULT '',   -- YYYY-MM-DD, YYYY-MM, YYYY or ''
    date_status    TEXT NOT NULL,
    date_text      TEXT NOT NULL DEFAULT '',
    dateline_place TEXT NOT NULL DEFAULT '',
    issuer         TEXT NOT NULL DEFAULT '',
    issuer_country TEXT NOT NULL DEFAULT '',
    issuer_sector  TEXT NOT NULL DEFAULT '',
    issuer_text    TEXT NOT NULL DEFAULT '',
    issuer_start   INTEGER,
    issuer_end     INTEGER,
    synthetic      INTEGER NOT NULL DEFAULT 0,
    content_hash   TEXT NOT NULL,
    minhash        BLOB,
    reprint_of     TEXT NOT NULL DEFAULT '',
    reprint_sim    REAL NOT NULL DEFAULT 0,
    ingested_at    TEXT NOT NULL,
    rule_set       TEXT NOT NULL DEFAULT '',
    text           TEXT NOT NULL,
    source         TEXT NOT NULL,   -- the text the reader found; offsets of offset_map point into it
    raw            BLOB,            -- bytes as read, when they differ from source
    offset_map     TEXT NOT NULL,   -- JSON
    changes        TEXT NOT NULL,   -- JSON
    sentences      TEXT NOT NULL,   -- JSON
    n_sentences    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX documents_hash ON documents(content_hash, rowid);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_issuer ON documents(issuer);

-- MinHash band keys: documents sharing a key are reprint candidates.
CREATE TABLE reprint_keys (
    key    INTEGER NOT NULL,
    doc    INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    PRIMARY KEY (key, doc)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2',
    detail='column'
);

CREATE TABLE failures (
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    at     TEXT NOT NULL
);
