// Package sqlite is the embedded store: one SQLite file through the pure-Go
// driver modernc.org/sqlite (no cgo), with versioned migrations, WAL
// journaling and FTS5 full-text search. Every write is one transaction, so
// a crash leaves either all of a batch or none of it.
package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/sync/semaphore"
	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/reprint"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store is a rashomon.Store on a SQLite file.
type Store struct {
	db *sql.DB
	// decoded holds recently listed events by row id, decoded: a stored
	// event's body never changes (its incident is a column of its own),
	// and decoding the bodies was most of a listing's work.
	decoded *lru.Cache[int64, rashomon.Event]
	// candidates holds recently looked-up reprint candidates by row id.
	candidates *lru.Cache[int64, rashomon.ReprintCandidate]
	// queries admits the listings (events, documents, incidents) a few at
	// a time, first come first served. database/sql hands a freed
	// connection to a random waiter, so under load some requests waited
	// many times their share; with waiting moved here, in order, the
	// slowest listing of a busy server waits about as long as the typical
	// one. Aggregations over the whole store (facets, the actor network)
	// are not held to it, so that a slow one never holds up the listings.
	queries *semaphore.Weighted
	// written moves on with each write; counts and bounds keep the totals
	// of recent listings and the spans of long events (see recent).
	written atomic.Uint64
	counts  *recent[total]
	bounds  *recent[longSpans]
	stmts   stmtCache
}

// read waits its turn to run a query and returns the function that ends it.
func (s *Store) read(ctx context.Context) (func(), error) {
	if err := s.queries.Acquire(ctx, 1); err != nil {
		return nil, err
	}
	return func() { s.queries.Release(1) }, nil
}

// Option is a choice made when opening a store.
type Option func(*options)

type options struct {
	mapped bool
}

// Mapped reads the file through a memory map of up to 2 GB (the most this
// build of SQLite maps), for a store that serves queries: reading each
// page with a system call was a third of a listing's time on a store of a
// million events. The mapped pages are the operating system's file cache,
// which is counted in the process's resident memory; an ingest, which
// reads little, does without.
func Mapped() Option { return func(o *options) { o.mapped = true } }

// decodedEvents is how many decoded events a store keeps (a few MB).
const decodedEvents = 20000

// keptCandidates is how many reprint candidates a store keeps (each with
// its 512-byte signature: about 40 MB).
const keptCandidates = 65536

var _ rashomon.Store = (*Store)(nil)

// Open opens (creating if needed) the store at path and brings its schema
// up to date. ":memory:" opens a private in-memory store.
//
// Each connection may cache up to 32 MiB of pages (SQLite's default is
// 2 MiB): a batch of documents touches many index pages, and with the
// default cache half the time of a batch went to writing spilled pages
// and reading them back. Temporary data stays in memory: the
// statement journal of each INSERT OR IGNORE of a batch (the copies of the
// pages it changes, kept to undo that statement alone) was written to a
// temporary file, a system call per page and a tenth of an ingest's time.
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	dsn := "file:" + url.PathEscape(path) + "?_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-32768)&_pragma=temp_store(MEMORY)&_txlock=immediate"
	if o.mapped {
		dsn += "&_pragma=mmap_size(2147418112)"
	}
	if path == ":memory:" {
		dsn = "file::memory:?_pragma=foreign_keys(1)&_txlock=immediate"
	}
	if path != ":memory:" {
		if err := createPaged(ctx, path); err != nil {
			return nil, fmt.Errorf("store %s: %w", path, err)
		}
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	if path == ":memory:" {
		db.SetMaxOpenConns(1) // every connection would be its own database
	} else {
		// SQLite works on the calling goroutine: more connections than
		// cores only divide the page cache and add switching, so requests
		// beyond them wait their turn.
		n := 2*runtime.GOMAXPROCS(0) + 2
		db.SetMaxOpenConns(n)
		db.SetMaxIdleConns(n)
	}
	// As many queries at once as cores: SQLite works on the calling
	// goroutine, so more only share the cores and wait longer each.
	s := &Store{db: db, queries: semaphore.NewWeighted(int64(runtime.GOMAXPROCS(0)))}
	s.counts = newRecent[total](&s.written, 4096)
	s.bounds = newRecent[longSpans](&s.written, 1)
	s.decoded, _ = lru.New[int64, rashomon.Event](decodedEvents)
	s.candidates, _ = lru.New[int64, rashomon.ReprintCandidate](keptCandidates)
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store %s: %w", path, err)
	}
	return s, nil
}

// pageSize is the page size of new stores. SQLite's default, 4 KiB, put
// most documents on overflow pages and wrote twice as many pages per
// batch: ingest went 10% faster with 8 KiB, and listings no slower (16 KiB
// made listings slower).
const pageSize = 8192

// createPaged creates the store's file with pages of pageSize when it does
// not exist yet. The size is fixed by the first table written and cannot
// change in WAL mode, which the driver sets before any other pragma of the
// connection string, so a new file gets its first table here.
func createPaged(ctx context.Context, path string) error {
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 || err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil // there, or for Open to report
	}
	db, err := sql.Open("sqlite", "file:"+url.PathEscape(path)+fmt.Sprintf("?_pragma=page_size(%d)", pageSize))
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`)
	return err
}

// DB exposes the database for packages that extend the store's queries.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the database.
func (s *Store) Close() error {
	s.stmts.close()
	return s.db.Close()
}

func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return err
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: name must start with a number", base)
		}
		var n int
		if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, v).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", base, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, applied_at) VALUES (?, ?)`, v, time.Now().UTC().Format(time.RFC3339)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// HasDocument implements rashomon.Store.
func (s *Store) HasDocument(ctx context.Context, id string) (bool, error) {
	var n int
	err := s.queryRow(ctx, `SELECT count(*) FROM documents WHERE id = ?`, id).Scan(&n)
	return n > 0, err
}

// DocumentsByHash implements rashomon.Store.
func (s *Store) DocumentsByHash(ctx context.Context, hashes []string) (map[string]string, error) {
	out := map[string]string{}
	for len(hashes) > 0 {
		n := min(len(hashes), maxParams)
		args := make([]any, n)
		for i, h := range hashes[:n] {
			args[i] = h
		}
		rows, err := s.db.QueryContext(ctx, `SELECT content_hash, id FROM documents WHERE content_hash IN (?`+
			strings.Repeat(",?", n-1)+`) ORDER BY rowid`, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var h, id string
			if err := rows.Scan(&h, &id); err != nil {
				rows.Close()
				return nil, err
			}
			if _, ok := out[h]; !ok {
				out[h] = id
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		hashes = hashes[n:]
	}
	return out, nil
}

// maxParams bounds the parameters of one statement (SQLite allows 32766).
const maxParams = 4096

// candidatesPerKey and maxCandidates bound the work of finding reprints:
// in a corpus full of near-identical texts every band key is shared by
// thousands of documents, and looking at all of them would make ingestion
// quadratic. The documents sharing the most keys are the likeliest.
const (
	candidatesPerKey = 16
	maxCandidates    = 24
)

// ReprintCandidates implements rashomon.Store. It looks up all the keys of
// a batch at once rather than per document. The candidates' signatures may
// be shared with other calls: callers treat them as read-only.
func (s *Store) ReprintCandidates(ctx context.Context, keys [][]int64) ([][]rashomon.ReprintCandidate, error) {
	// key -> documents holding it (bounded)
	n := 0
	for _, ks := range keys {
		n += len(ks)
	}
	holders := make(map[int64][]int64, n)
	all := make([]int64, 0, n)
	seen := make(map[int64]bool, n)
	for _, ks := range keys {
		for _, k := range ks {
			if !seen[k] {
				seen[k] = true
				all = append(all, k)
			}
		}
	}
	// The keys go as one JSON array walked in order (CROSS JOIN keeps it
	// the outer loop), each looked up in the key index: a third quicker
	// than an IN list of parameters, and no bound on their number.
	list, err := json.Marshal(all)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT r.key, r.doc FROM json_each(?) AS j CROSS JOIN reprint_keys AS r ON r.key = j.value`, string(list))
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var k, d int64
		if err := rows.Scan(&k, &d); err != nil {
			rows.Close()
			return nil, err
		}
		if len(holders[k]) < candidatesPerKey {
			holders[k] = append(holders[k], d)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// For each key set, the documents sharing the most keys.
	picks := make([][]int64, len(keys))
	need := map[int64]bool{}
	shared := map[int64]int{}
	for i, ks := range keys {
		clear(shared)
		for _, k := range ks {
			for _, d := range holders[k] {
				shared[d]++
			}
		}
		docs := make([]int64, 0, len(shared))
		for d := range shared {
			docs = append(docs, d)
		}
		sort.Slice(docs, func(a, b int) bool {
			if shared[docs[a]] != shared[docs[b]] {
				return shared[docs[a]] > shared[docs[b]]
			}
			return docs[a] < docs[b]
		})
		if len(docs) > maxCandidates {
			docs = docs[:maxCandidates]
		}
		picks[i] = docs
		for _, d := range docs {
			need[d] = true
		}
	}
	// What a candidate is never changes once stored, and the first holders
	// of the common keys are candidates again and again: they are kept.
	info := make(map[int64]rashomon.ReprintCandidate, len(need))
	var ids []int64
	for d := range need {
		if c, ok := s.candidates.Get(d); ok {
			info[d] = c
		} else {
			ids = append(ids, d)
		}
	}
	if len(ids) > 0 {
		list, err := json.Marshal(ids)
		if err != nil {
			return nil, err
		}
		rows, err := s.db.QueryContext(ctx, `SELECT d.rowid, d.id, d.minhash, d.reprint_of FROM json_each(?) AS j
			CROSS JOIN documents AS d ON d.rowid = j.value`, string(list))
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var d int64
			var c rashomon.ReprintCandidate
			if err := rows.Scan(&d, &c.ID, &c.MinHash, &c.ReprintOf); err != nil {
				rows.Close()
				return nil, err
			}
			info[d] = c
			s.candidates.Add(d, c)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	out := make([][]rashomon.ReprintCandidate, len(keys))
	for i, docs := range picks {
		for _, d := range docs {
			out[i] = append(out[i], info[d])
		}
	}
	return out, nil
}

// PutDocuments implements rashomon.Store.
func (s *Store) PutDocuments(ctx context.Context, docs []*rashomon.Document) error {
	if len(docs) == 0 {
		return nil
	}
	// The batch runs on a connection of its own with the foreign key
	// checks off. Every row it adds under a document (events, band keys,
	// footprint places) takes the row id the document was just given in
	// the same transaction, so no check could fail; but each check looked
	// the document up, and made SQLite keep a copy of every page each
	// statement touched in case the statement had to be undone: a quarter
	// of a batch's time. The checks are back on before the connection
	// returns to the pool (or the connection is dropped), and the store's
	// tests check the keys after writing (PRAGMA foreign_key_check).
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `PRAGMA foreign_keys = OFF`); err != nil {
		return err
	}
	defer func() {
		if _, err := conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA foreign_keys = ON`); err != nil {
			conn.Raw(func(any) error { return driver.ErrBadConn }) // not back to the pool without its checks
		}
	}()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO documents (id, origin, format, url, title, site_name, author,
		published, date_status, date_text, dateline_place, issuer, issuer_country, issuer_sector, issuer_text,
		issuer_start, issuer_end, synthetic, content_hash, minhash, reprint_of, reprint_sim, ingested_at, rule_set,
		text, source, raw, offset_map, changes, sentences, n_sentences, mentions, footprint, framing,
		fp_first, fp_last, linked, attributions)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
		ON CONFLICT(id) DO NOTHING`)
	if err != nil {
		return err
	}
	defer ins.Close()
	// All of a document's band keys go in one statement, each only while
	// fewer than candidatesPerKey documents hold it: the lookups read no
	// more than the first holders of a key, and in a corpus of near-alike
	// texts the rest of the holders made a common key's lookup read
	// thousands of rows.
	putKeys := func(n int) string {
		return `INSERT OR IGNORE INTO reprint_keys(key, doc) SELECT v.column1, ? FROM (VALUES (?)` +
			strings.Repeat(`, (?)`, n-1) + `) AS v WHERE (SELECT count(*) FROM (SELECT 1 FROM reprint_keys r
			WHERE r.key = v.column1 LIMIT ` + strconv.Itoa(candidatesPerKey) + `)) < ` + strconv.Itoa(candidatesPerKey)
	}
	keys, err := tx.PrepareContext(ctx, putKeys(reprint.Bands))
	if err != nil {
		return err
	}
	defer keys.Close()
	key, err := tx.PrepareContext(ctx, putKeys(1))
	if err != nil {
		return err
	}
	defer key.Close()
	fpPlace, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO footprint_places(place, doc) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer fpPlace.Close()
	hooks, err := prepareAnalysis(ctx, tx)
	if err != nil {
		return err
	}
	defer hooks.close()
	var docRows rowRange
	for _, d := range docs {
		var ic, is string
		if d.IssuerActor != nil {
			ic, is = d.IssuerActor.Country, d.IssuerActor.Sector
		}
		var istart, iend any
		if d.IssuerSpan != nil {
			istart, iend = d.IssuerSpan.Start, d.IssuerSpan.End
		}
		m, _ := json.Marshal(d.Map)
		ch, _ := json.Marshal(d.Changes)
		se, _ := json.Marshal(d.Sentences)
		mentions := []byte("[]")
		if len(d.Mentions) > 0 {
			mentions, _ = json.Marshal(d.Mentions)
		}
		framing := []byte("[]")
		if len(d.Framing) > 0 {
			framing, _ = json.Marshal(d.Framing)
		}
		attributions := []byte("[]")
		if len(d.Attributions) > 0 {
			attributions, _ = json.Marshal(d.Attributions)
		}
		var footprint []byte
		var fpFirst, fpLast any
		linked := 1 // nothing to link
		if d.Footprint != nil {
			footprint, _ = json.Marshal(d.Footprint)
			linked = 0
			if !d.Footprint.Date.IsZero() {
				fpFirst, fpLast = d.Footprint.Date.DayRange()
			}
		}
		source := d.Source
		if source == d.Text {
			source = "" // the common case costs nothing
		}
		res, err := ins.ExecContext(ctx, d.ID, d.Origin, string(d.Format), d.URL, d.Title, d.SiteName, d.Author,
			d.Published.String(), string(d.DateStatus), d.DateText, d.DatelinePlace, d.Issuer, ic, is, d.IssuerText,
			istart, iend, d.Synthetic, d.ContentHash, d.MinHash, d.ReprintOf, d.ReprintSim, d.IngestedAt, d.RuleSet,
			d.Text, source, nullBytes(d.Raw), string(m), string(ch), string(se), len(d.Sentences), string(mentions),
			string(footprint), string(framing), fpFirst, fpLast, linked, string(attributions))
		if err != nil {
			return fmt.Errorf("document %s: %w", d.Origin, err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			continue // already stored
		}
		rowid, err := res.LastInsertId()
		if err != nil {
			return err
		}
		if d.Footprint != nil {
			for p := range d.Footprint.Places {
				if _, err := fpPlace.ExecContext(ctx, p, d.ID); err != nil {
					return err
				}
			}
		}
		if len(d.ReprintKeys) == reprint.Bands {
			args := make([]any, 0, 1+reprint.Bands)
			args = append(args, rowid)
			for _, k := range d.ReprintKeys {
				args = append(args, k)
			}
			if _, err := keys.ExecContext(ctx, args...); err != nil {
				return err
			}
		} else {
			for _, k := range d.ReprintKeys {
				if _, err := key.ExecContext(ctx, rowid, k); err != nil {
					return err
				}
			}
		}
		docRows.add(rowid)
		if err := hooks.put(ctx, rowid, d); err != nil {
			return fmt.Errorf("document %s: %w", d.Origin, err)
		}
	}
	if err := docRows.index(ctx, tx, `INSERT INTO documents_fts(rowid, title, text) SELECT rowid, title, text FROM documents`); err != nil {
		return err
	}
	if err := hooks.rows.index(ctx, tx, `INSERT INTO events_fts(rowid, quote) SELECT rowid, quote FROM events`); err != nil {
		return err
	}
	defer s.written.Add(1) // after the commit: totals counted before it are stale
	return tx.Commit()
}

// rowRange is the row ids a transaction inserted into a table: they are
// consecutive, since one transaction writes at a time and skipped rows
// take none.
type rowRange struct{ first, last int64 }

func (r *rowRange) add(rowid int64) {
	if r.first == 0 || rowid < r.first {
		r.first = rowid
	}
	r.last = max(r.last, rowid)
}

// index adds the range's rows to a full-text index in one statement. One
// insert per row would be far slower: FTS5 writes its pending terms to disk
// at the start of every statement in a transaction.
func (r *rowRange) index(ctx context.Context, tx *sql.Tx, insertSelect string) error {
	if r.first == 0 {
		return nil
	}
	_, err := tx.ExecContext(ctx, insertSelect+` WHERE rowid BETWEEN ? AND ?`, r.first, r.last)
	return err
}

func nullBytes(b []byte) any {
	if b == nil {
		return nil
	}
	return b
}

const docColumns = `id, origin, format, url, title, site_name, author, published, date_status, date_text,
	dateline_place, issuer, issuer_country, issuer_sector, issuer_text, issuer_start, issuer_end, synthetic,
	content_hash, minhash, reprint_of, reprint_sim, ingested_at, rule_set, text, source, raw, offset_map, changes, sentences,
	mentions, footprint, framing, attributions`

// Document implements rashomon.Store.
func (s *Store) Document(ctx context.Context, id string) (*rashomon.Document, error) {
	done, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer done()
	row := s.db.QueryRowContext(ctx, `SELECT rowid, `+docColumns+` FROM documents WHERE id = ?`, id)
	var d rashomon.Document
	var rowid int64
	var format, published, status, ic, is, m, ch, se, source, mentions, footprint, framing, attributions string
	var istart, iend sql.NullInt64
	err = row.Scan(&rowid, &d.ID, &d.Origin, &format, &d.URL, &d.Title, &d.SiteName, &d.Author, &published, &status,
		&d.DateText, &d.DatelinePlace, &d.Issuer, &ic, &is, &d.IssuerText, &istart, &iend, &d.Synthetic,
		&d.ContentHash, &d.MinHash, &d.ReprintOf, &d.ReprintSim, &d.IngestedAt, &d.RuleSet, &d.Text, &source, &d.Raw,
		&m, &ch, &se, &mentions, &footprint, &framing, &attributions)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("document %s: %w", id, rashomon.ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	d.Format, d.DateStatus = rashomon.Format(format), rashomon.DateStatus(status)
	d.Published, _ = rashomon.ParseDate(published)
	if ic != "" || is != "" {
		d.IssuerActor = &rashomon.ActorRef{Country: ic, Sector: is}
	}
	if istart.Valid {
		d.IssuerSpan = &rashomon.Span{Start: int(istart.Int64), End: int(iend.Int64)}
	}
	d.Source = source
	if d.Source == "" {
		d.Source = d.Text
	}
	if err := json.Unmarshal([]byte(m), &d.Map); err != nil {
		return nil, fmt.Errorf("document %s: offset map: %w", id, err)
	}
	_ = json.Unmarshal([]byte(ch), &d.Changes)
	_ = json.Unmarshal([]byte(se), &d.Sentences)
	_ = json.Unmarshal([]byte(mentions), &d.Mentions)
	_ = json.Unmarshal([]byte(framing), &d.Framing)
	_ = json.Unmarshal([]byte(attributions), &d.Attributions)
	if footprint != "" {
		var fp rashomon.Footprint
		if json.Unmarshal([]byte(footprint), &fp) == nil {
			d.Footprint = &fp
		}
	}
	if err := loadAnalysis(ctx, s.db, rowid, &d); err != nil {
		return nil, err
	}
	return &d, nil
}

// Documents implements rashomon.Store.
func (s *Store) Documents(ctx context.Context, q rashomon.DocQuery) ([]rashomon.DocSummary, error) {
	done, err := s.read(ctx)
	if err != nil {
		return nil, err
	}
	defer done()
	from, where, args := docWhere(q)
	snippet := `''`
	order := `d.published DESC, d.rowid DESC`
	if strings.TrimSpace(q.Search) != "" {
		snippet = `snippet(documents_fts, 1, '` + rashomon.SnippetOpen + `', '` + rashomon.SnippetClose + `', '…', 12)`
		order = `bm25(documents_fts), d.rowid DESC`
	}
	query := `SELECT d.id, d.origin, d.format, d.title, d.url, d.published, d.date_status, d.issuer, d.issuer_country,
		d.issuer_sector, d.reprint_of, d.synthetic, d.n_sentences, ` + eventCountExpr + `, ` + snippet + ` FROM ` + from
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, ` AND `)
	}
	query += ` ORDER BY ` + order
	limit := q.Limit
	if limit <= 0 {
		limit = 100
	}
	query += fmt.Sprintf(` LIMIT %d OFFSET %d`, limit, max(q.Offset, 0))
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("documents: %w", err)
	}
	defer rows.Close()
	var out []rashomon.DocSummary
	for rows.Next() {
		var d rashomon.DocSummary
		var format, published, status, ic, is string
		if err := rows.Scan(&d.ID, &d.Origin, &format, &d.Title, &d.URL, &published, &status, &d.Issuer, &ic, &is,
			&d.ReprintOf, &d.Synthetic, &d.Sentences, &d.Events, &d.Snippet); err != nil {
			return nil, err
		}
		d.Format, d.DateStatus = rashomon.Format(format), rashomon.DateStatus(status)
		d.Published, _ = rashomon.ParseDate(published)
		if ic != "" || is != "" {
			d.IssuerActor = &rashomon.ActorRef{Country: ic, Sector: is}
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// docWhere turns a document query into FROM and WHERE clauses.
func docWhere(q rashomon.DocQuery) (from string, where []string, args []any) {
	from = `documents d`
	if strings.TrimSpace(q.Search) != "" {
		from = `documents_fts f JOIN documents d ON d.rowid = f.rowid`
		where = append(where, `documents_fts MATCH ?`)
		args = append(args, ftsQuery(q.Search))
	}
	if q.Issuer != "" {
		where = append(where, `(d.issuer LIKE ? OR d.issuer_country = ? OR d.site_name = ?)`)
		args = append(args, "%"+q.Issuer+"%", strings.ToUpper(q.Issuer), q.Issuer)
	}
	if !q.Since.IsZero() {
		where = append(where, `d.published >= ?`)
		args = append(args, q.Since.String())
	}
	if !q.Until.IsZero() {
		where = append(where, `d.published <> '' AND substr(d.published, 1, ?) <= ?`)
		args = append(args, len(q.Until.String()), q.Until.String())
	}
	if q.Originals {
		where = append(where, `d.reprint_of = ''`)
	}
	return from, where, args
}

// ftsQuery turns user words into an FTS5 query: each word quoted (so that
// punctuation is not syntax), all required; a trailing * keeps prefix
// search. A word the tokenizer would split ("break-out", "al-Qaeda") becomes
// its parts, each required, since the indexes keep no positions for
// phrase queries.
func ftsQuery(s string) string {
	var parts []string
	for _, w := range strings.Fields(s) {
		prefix := strings.HasSuffix(w, "*")
		pieces := strings.FieldsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) })
		for i, p := range pieces {
			q := `"` + p + `"`
			if prefix && i == len(pieces)-1 {
				q += "*"
			}
			parts = append(parts, q)
		}
	}
	if len(parts) == 0 {
		return `""`
	}
	return strings.Join(parts, " ")
}

// RecordFailure implements rashomon.Store.
func (s *Store) RecordFailure(ctx context.Context, f rashomon.Failure) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO failures(origin, reason, at) VALUES (?, ?, ?)`, f.Origin, f.Reason, f.At)
	return err
}

// Failures implements rashomon.Store.
func (s *Store) Failures(ctx context.Context, limit int) ([]rashomon.Failure, error) {
	if limit <= 0 {
		limit = 100
	}
	rows, err := s.db.QueryContext(ctx, `SELECT origin, reason, at FROM failures ORDER BY rowid DESC LIMIT ?`, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []rashomon.Failure
	for rows.Next() {
		var f rashomon.Failure
		if err := rows.Scan(&f.Origin, &f.Reason, &f.At); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

// DocumentIDsWithPrefix returns up to limit ids starting with prefix.
func (s *Store) DocumentIDsWithPrefix(ctx context.Context, prefix string, limit int) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT ?`, prefix, prefix+"\U0010FFFF", limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}
