// Package pipeline strings rashomon's stages together: read (ingest), clean,
// date and attribute, segment, analyse (lexicon matching, event coding),
// recognise reprints, and store. Each stage is a function from one domain
// value to the next; this package only orders them, runs them on several
// cores, and writes the results in batches, one transaction each, so that a
// crash leaves the store consistent and a re-run resumes where it stopped.
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"iter"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/clean"
	"github.com/rashomon-project/rashomon/dates"
	"github.com/rashomon-project/rashomon/ingest"
	"github.com/rashomon-project/rashomon/issuer"
	"github.com/rashomon-project/rashomon/reprint"
	"github.com/rashomon-project/rashomon/text"
)

// Analyzer adds what it finds in a document (mentions, events, claims) to
// it. Analyzers run in order after cleaning and segmentation.
type Analyzer interface {
	Analyze(d *rashomon.Document)
}

// Pipeline is a configured run of the stages.
type Pipeline struct {
	Reader    *ingest.Reader
	Cleaner   *clean.Cleaner
	Store     rashomon.Store
	Analyzers []Analyzer
	RuleSet   string // hash of the knowledge files in force
	Workers   int    // default: GOMAXPROCS
	BatchSize int    // documents per transaction; default 1024
	// FlushEvery bounds how long a document waits for its batch; default 250 ms.
	FlushEvery time.Duration
	// Committed, when set, is called after each batch is stored.
	Committed func(ctx context.Context, docs []*rashomon.Document) error
	Now       func() time.Time
}

// Progress counts what a run has done so far.
type Progress struct {
	Read     int    `json:"read"`     // items read, failures included
	New      int    `json:"new"`      // documents stored by this run
	Reprints int    `json:"reprints"` // of which reprints of a stored statement
	Skipped  int    `json:"skipped"`  // already stored
	Failed   int    `json:"failed"`
	Current  string `json:"-"`
}

// Summary is the outcome of a run.
type Summary struct {
	Progress
	Failures []rashomon.Failure `json:"failures"`
	Elapsed  time.Duration      `json:"elapsed_ns"`
}

type result struct {
	doc    *rashomon.Document
	fail   *rashomon.Failure
	skip   bool
	origin string
}

// Run ingests every input and reports progress after each item.
func (p *Pipeline) Run(ctx context.Context, inputs []string, progress func(Progress)) (Summary, error) {
	return p.RunItems(ctx, func(yield func(ingest.Item) bool) {
		for _, in := range inputs {
			for it := range p.Reader.Items(ctx, in) {
				if !yield(it) {
					return
				}
			}
		}
	}, progress)
}

// RunItems ingests items read elsewhere (the evaluator builds them from gold
// annotations).
func (p *Pipeline) RunItems(ctx context.Context, source iter.Seq[ingest.Item], progress func(Progress)) (Summary, error) {
	start := time.Now()
	now := p.now
	workers := p.Workers
	if workers <= 0 {
		// as many workers as cores, beside the committer: coding is now
		// the larger half of the work, and a 2-core run stored 1,310-1,400
		// documents/s with two workers against 1,230-1,310 with one (when
		// storing was the larger half, one worker was quicker)
		workers = runtime.GOMAXPROCS(0)
	}
	batchSize := p.BatchSize
	if batchSize <= 0 {
		// a transaction's cost is mostly its index pages, which a larger
		// batch writes once for more documents: 1024 ingested 15% more a
		// second than 256, for 26 MiB more heap at the peak
		batchSize = 1024
	}
	items := make(chan ingest.Item, 4*workers)
	// Room for a whole batch of results, so that the workers go on while
	// the writer commits the previous one.
	results := make(chan result, max(4*workers, batchSize))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	go func() {
		defer close(items)
		for it := range source {
			select {
			case items <- it:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range items {
				r := p.process(ctx, it, now)
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	w := newWriter(p)
	// The committer stores the batches in order while the writer gathers
	// the next one and looks up its reprints: storing is the one stage
	// that cannot run in parallel, so nothing else waits on it.
	commits := make(chan []*rashomon.Document, 1)
	committed := make(chan error, 1)
	go func() {
		var err error
		for b := range commits {
			if err == nil {
				if err = w.commit(ctx, b); err != nil {
					cancel()
				}
			}
		}
		committed <- err
	}()
	flush := func() error {
		b, err := w.take(ctx)
		if err == nil && len(b) > 0 {
			select {
			case commits <- b:
			case <-ctx.Done():
				err = ctx.Err()
			}
		}
		return err
	}
	var sum Summary
	flushEvery := p.FlushEvery
	if flushEvery <= 0 {
		flushEvery = 250 * time.Millisecond
	}
	lastFlush := time.Now()
	var runErr error
	for r := range results {
		sum.Read++
		sum.Current = r.origin
		switch {
		case r.fail != nil:
			sum.Failed++
			sum.Failures = append(sum.Failures, *r.fail)
			if err := p.Store.RecordFailure(ctx, *r.fail); err != nil && runErr == nil {
				runErr = err
			}
		case r.skip:
			sum.Skipped++
		default:
			isNew, err := w.add(ctx, r.doc)
			if err != nil {
				runErr = err
				cancel()
				break
			}
			if !isNew {
				sum.Skipped++
				break
			}
			sum.New++
			if r.doc.ReprintOf != "" {
				sum.Reprints++
			}
		}
		if runErr != nil {
			break
		}
		if len(w.batch) >= batchSize || time.Since(lastFlush) > flushEvery {
			if err := flush(); err != nil {
				runErr = err
				cancel()
				break
			}
			lastFlush = time.Now()
		}
		if progress != nil {
			progress(sum.Progress)
		}
	}
	if runErr == nil {
		runErr = flush()
	}
	close(commits)
	if err := <-committed; err != nil && (runErr == nil || !errors.Is(err, context.Canceled)) {
		runErr = err // the cause, rather than the cancellation it caused
	}
	for range results { // drain after cancellation
	}
	sum.Elapsed = time.Since(start)
	if runErr == nil && ctx.Err() != nil && !errors.Is(ctx.Err(), context.Canceled) {
		runErr = ctx.Err()
	}
	return sum, runErr
}

func (p *Pipeline) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

func (p *Pipeline) process(ctx context.Context, it ingest.Item, now func() time.Time) result {
	if it.Err != nil {
		return result{origin: it.Origin, fail: &rashomon.Failure{Origin: it.Origin, Reason: it.Err.Error(), At: now().UTC().Format(time.RFC3339)}}
	}
	id := DocID(it)
	if ok, err := p.Store.HasDocument(ctx, id); err == nil && ok {
		return result{origin: it.Origin, skip: true}
	}
	d := p.Build(it)
	d.IngestedAt = now().UTC().Format(time.RFC3339)
	for _, a := range p.Analyzers {
		a.Analyze(d)
	}
	d.RuleSet = p.RuleSet
	return result{origin: it.Origin, doc: d}
}

// bestNear marks d a reprint of the most similar candidate above the
// threshold, pointing at the original rather than at another reprint.
func bestNear(d *rashomon.Document, sig reprint.Signature, cands []rashomon.ReprintCandidate) {
	for _, c := range cands {
		cs, ok := reprint.FromBytes(c.MinHash)
		if !ok || c.ID == d.ID {
			continue
		}
		if s := reprint.Similarity(sig, cs); s >= reprint.Threshold && s > d.ReprintSim {
			d.ReprintOf, d.ReprintSim = c.ID, s
			if c.ReprintOf != "" {
				d.ReprintOf = c.ReprintOf
			}
		}
	}
}

// DocID derives a document's stable id from its URL and text: the same
// publication read twice gets the same id; the same text at two addresses
// gets two (and the second is a reprint of the first).
func DocID(it ingest.Item) string {
	h := sha256.New()
	h.Write([]byte(it.Meta.URL))
	h.Write([]byte{0})
	h.Write([]byte(it.Body))
	return hex.EncodeToString(h.Sum(nil))[:20]
}

// Build turns an item into a cleaned, dated, attributed and segmented
// document. It does not touch the store.
func (p *Pipeline) Build(it ingest.Item) *rashomon.Document {
	d := &rashomon.Document{
		ID: DocID(it), Origin: it.Origin, Format: it.Format,
		URL: it.Meta.URL, Title: stripSiteName(it.Meta.Title, it.Meta.SiteName), SiteName: it.Meta.SiteName, Author: it.Meta.Author,
		Synthetic: it.Meta.Synthetic, Raw: it.Raw, Source: it.Body,
	}
	res := p.Cleaner.Clean(it.Body)
	d.Text, d.Map, d.Changes = res.Text, res.Map, res.Changes

	dl := dates.FindDateline(d.Source, rashomon.Date{})
	d.DatelinePlace = dl.Place
	switch {
	case !it.Meta.Published.IsZero():
		d.Published, d.DateStatus, d.DateText = it.Meta.Published, rashomon.DateFromMeta, it.Meta.DateText
	case dl.Status == rashomon.DateFromDateline:
		d.Published, d.DateStatus, d.DateText = dl.Date, rashomon.DateFromDateline, dl.Text
	case dl.Status == rashomon.DateUnparseable:
		d.DateStatus, d.DateText = rashomon.DateUnparseable, dl.Text
	case it.Meta.DateUnparseable:
		d.DateStatus, d.DateText = rashomon.DateUnparseable, it.Meta.DateText
	default:
		d.DateStatus = rashomon.DateUnknown
	}

	d.Sentences = text.Sentences(d.Text)
	if d.Title == "" && len(d.Sentences) > 0 {
		if first := d.Sentences[0]; first.Kind == rashomon.SentHeading {
			d.Title = first.Span.Text(d.Text)
		} else {
			d.Title = titleFrom(first.Span.Text(d.Text))
		}
	}
	d.Issuer = issuer.Outlet(it.Meta.Issuer, it.Meta.SiteName, dl.Agency, d.URL, d.Text)
	for _, st := range issuer.FindStatements(d.Text) {
		d.Attributions = append(d.Attributions, rashomon.Attribution{Text: st.Text, Span: st.Span, Rule: st.Rule})
	}
	d.ContentHash = reprint.ContentHash(d.Text)
	if sig, ok := reprint.Sign(d.Text); ok {
		d.MinHash = sig.Bytes()
		keys := reprint.BandKeys(sig)
		d.ReprintKeys = keys[:]
	}
	return d
}

// stripSiteName drops a site name appended to a page title: "Headline -
// Baku Courier", "Headline | News Site".
func stripSiteName(title, site string) string {
	title = strings.TrimSpace(title)
	if site == "" {
		return title
	}
	for _, sep := range []string{" - ", " | ", " – ", " — ", " :: ", " · "} {
		if t, ok := strings.CutSuffix(title, sep+site); ok && t != "" {
			return t
		}
	}
	return title
}

// titleFrom makes a title of a text's first sentence: whole when short,
// else its first words.
func titleFrom(s string) string {
	words := strings.Fields(s)
	if len(words) <= 14 {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:12], " ") + " …"
}

// recentWindow is how many recently queued documents the writer compares a
// new one with.
// recentPerKey bounds the documents kept per band key, as the store does.
const (
	recentWindow = 2048
	recentPerKey = 16
)

// writer batches documents for the store and recognises reprints: of
// recently queued documents as each one arrives, and of stored ones when
// the batch is written.
type writer struct {
	p      *Pipeline
	batch  []*rashomon.Document
	recent []*rashomon.Document // ring of the last recentWindow queued documents
	next   int
	ids    map[string]bool                // ids in recent
	hashes map[string]string              // content hash -> id, in recent
	keys   map[int64][]*rashomon.Document // band key -> documents in recent
}

func newWriter(p *Pipeline) *writer {
	return &writer{p: p, ids: map[string]bool{}, hashes: map[string]string{}, keys: map[int64][]*rashomon.Document{}}
}

// add queues d. It returns false when d is already stored or queued.
func (w *writer) add(ctx context.Context, d *rashomon.Document) (bool, error) {
	if w.ids[d.ID] {
		return false, nil
	}
	if d.ReprintOf == "" {
		if id, ok := w.hashes[d.ContentHash]; ok {
			d.ReprintOf, d.ReprintSim = id, 1
		} else if sig, ok := reprint.FromBytes(d.MinHash); ok {
			bestNear(d, sig, w.recentCandidates(d))
		}
	}
	w.remember(d)
	w.batch = append(w.batch, d)
	return true, nil
}

func (w *writer) recentCandidates(d *rashomon.Document) []rashomon.ReprintCandidate {
	seen := map[string]bool{}
	var out []rashomon.ReprintCandidate
	for _, k := range d.ReprintKeys {
		for _, r := range w.keys[k] {
			if !seen[r.ID] {
				seen[r.ID] = true
				out = append(out, rashomon.ReprintCandidate{ID: r.ID, MinHash: r.MinHash, ReprintOf: r.ReprintOf})
			}
		}
	}
	return out
}

func (w *writer) remember(d *rashomon.Document) {
	if len(w.recent) < recentWindow {
		w.recent = append(w.recent, d)
	} else {
		old := w.recent[w.next]
		delete(w.ids, old.ID)
		if w.hashes[old.ContentHash] == old.ID {
			delete(w.hashes, old.ContentHash)
		}
		for _, k := range old.ReprintKeys {
			list := w.keys[k]
			for i, r := range list {
				if r == old {
					list = append(list[:i], list[i+1:]...)
					break
				}
			}
			if len(list) == 0 {
				delete(w.keys, k)
			} else {
				w.keys[k] = list
			}
		}
		w.recent[w.next] = d
		w.next = (w.next + 1) % recentWindow
	}
	w.ids[d.ID] = true
	if _, ok := w.hashes[d.ContentHash]; !ok {
		w.hashes[d.ContentHash] = d.ID
	}
	for _, k := range d.ReprintKeys {
		if len(w.keys[k]) < recentPerKey {
			w.keys[k] = append(w.keys[k], d)
		}
	}
}

// findReprints looks in the store for earlier publications of the
// batch's documents not already matched to a recent one: one batched
// lookup of content hashes, one of band keys.
func (w *writer) findReprints(ctx context.Context) error {
	var open []*rashomon.Document
	var hashes []string
	for _, d := range w.batch {
		if d.ReprintOf == "" {
			open = append(open, d)
			hashes = append(hashes, d.ContentHash)
		}
	}
	if len(open) == 0 {
		return nil
	}
	byHash, err := w.p.Store.DocumentsByHash(ctx, hashes)
	if err != nil {
		return err
	}
	var near []*rashomon.Document
	var keys [][]int64
	for _, d := range open {
		if id, ok := byHash[d.ContentHash]; ok && id != d.ID {
			d.ReprintOf, d.ReprintSim = id, 1
			continue
		}
		if len(d.ReprintKeys) > 0 {
			near = append(near, d)
			keys = append(keys, d.ReprintKeys)
		}
	}
	if len(near) > 0 {
		cands, err := w.p.Store.ReprintCandidates(ctx, keys)
		if err != nil {
			return err
		}
		for i, d := range near {
			if sig, ok := reprint.FromBytes(d.MinHash); ok {
				bestNear(d, sig, cands[i])
			}
		}
	}
	// A document matched to a recent one whose own original was only now
	// found in the store points at that original.
	byID := map[string]*rashomon.Document{}
	for _, d := range w.recent {
		byID[d.ID] = d
	}
	for _, d := range w.batch {
		for hops := 0; d.ReprintOf != "" && hops < 4; hops++ {
			r, ok := byID[d.ReprintOf]
			if !ok || r.ReprintOf == "" || r == d {
				break
			}
			d.ReprintOf = r.ReprintOf
		}
	}
	return nil
}

// take finishes the batch (its reprints in the store) and hands it over.
// The documents of the batches still being stored are among the recent
// ones, so the next batch's reprints of them are found without the store.
func (w *writer) take(ctx context.Context) ([]*rashomon.Document, error) {
	if len(w.batch) == 0 {
		return nil, nil
	}
	if err := w.findReprints(ctx); err != nil {
		return nil, err
	}
	b := w.batch
	w.batch = nil
	return b, nil
}

// commit stores a batch. It runs beside the writer, which no longer
// changes the batch's documents.
func (w *writer) commit(ctx context.Context, batch []*rashomon.Document) error {
	if err := w.p.Store.PutDocuments(ctx, batch); err != nil {
		return err
	}
	if w.p.Committed != nil {
		return w.p.Committed(ctx, batch)
	}
	return nil
}
