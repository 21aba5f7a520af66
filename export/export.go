package export

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// Format names an export format.
type Format string

// Formats.
const (
	CSV     Format = "csv"     // one row per event, every field flattened
	JSON    Format = "json"    // an array of rashomon.EventRow
	JSONL   Format = "jsonl"   // one rashomon.EventRow per line
	GeoJSON Format = "geojson" // a FeatureCollection of the located events
	GDELT   Format = "gdelt"   // GDELT 2.0 event table, tab-separated
	ACLED   Format = "acled"   // ACLED-style CSV of the events ACLED records
)

// Formats lists the formats in the order the documentation gives them.
func Formats() []Format { return []Format{CSV, JSON, JSONL, GeoJSON, GDELT, ACLED} }

// ParseFormat reads a format name.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats() {
		if strings.EqualFold(s, string(f)) {
			return f, nil
		}
	}
	var names []string
	for _, f := range Formats() {
		names = append(names, string(f))
	}
	return "", fmt.Errorf("format %q: want %s", s, strings.Join(names, ", "))
}

// Options tune the formats that follow another dataset's scheme.
type Options struct {
	// Negated keeps, in the GDELT and ACLED tables, the events that their
	// sentence negates or their claimant denies ("the army did not open
	// fire"). Those tables have no column to say so, so a row there reads
	// as an event that happened; by default such events are left out.
	Negated bool
	// Unmapped keeps, in the ACLED table, the events that have no ACLED
	// event type (speech acts and the types ACLED does not record), with
	// the type columns empty; and, in the GDELT table, the events that have
	// no CAMEO code.
	Unmapped bool
	// Header starts the GDELT table with a line of column names. GDELT's
	// own files have none.
	Header bool
}

// Stats counts what a writer wrote and what it left out, by reason.
type Stats struct {
	Written   int `json:"written"`
	Unlocated int `json:"unlocated,omitempty"` // GeoJSON: no coordinates
	Negated   int `json:"negated,omitempty"`   // GDELT, ACLED: negated or denied
	Unmapped  int `json:"unmapped,omitempty"`  // ACLED: no ACLED event type; GDELT: no CAMEO code
}

// Skipped returns how many events were left out.
func (s Stats) Skipped() int { return s.Unlocated + s.Negated + s.Unmapped }

// Why a format leaves an event out.
type skipReason int

const (
	keep skipReason = iota
	skipUnlocated
	skipNegated
	skipUnmapped
)

// encoder writes one format: begin once before the first row (or at the
// end when there is none), row for each event, end once.
type encoder interface {
	begin() error
	row(r *rashomon.EventRow) (skipReason, error)
	end() error
}

// Writer streams events to an io.Writer in one format. Write each event,
// then Close, which finishes the document (the closing bracket of a JSON
// array, ...); Close does not close the io.Writer.
type Writer struct {
	enc     encoder
	stats   Stats
	started bool
	closed  bool
	err     error
}

// NewWriter returns a Writer of format f to w. GDELT and ACLED load their
// code tables here.
func NewWriter(w io.Writer, f Format, o Options) (*Writer, error) {
	var enc encoder
	switch f {
	case CSV:
		enc = newCSVEncoder(w)
	case JSON:
		enc = newJSONEncoder(w, false)
	case JSONL:
		enc = newJSONEncoder(w, true)
	case GeoJSON:
		enc = newGeoJSONEncoder(w)
	case GDELT, ACLED:
		t, err := loadTables()
		if err != nil {
			return nil, err
		}
		if f == GDELT {
			enc = newGDELTEncoder(w, t, o)
		} else {
			enc = newACLEDEncoder(w, t, o)
		}
	default:
		_, err := ParseFormat(string(f))
		return nil, err
	}
	return &Writer{enc: enc}, nil
}

// errClosed is returned by a Writer used after Close.
var errClosed = errors.New("export: write after close")

// Write writes one event, or leaves it out when the format has no place for
// it (see Stats).
func (w *Writer) Write(r rashomon.EventRow) error {
	if w.closed {
		return errClosed
	}
	if w.err != nil {
		return w.err
	}
	if !w.started {
		w.started = true
		if w.err = w.enc.begin(); w.err != nil {
			return w.err
		}
	}
	why, err := w.enc.row(&r)
	if err != nil {
		w.err = err
		return err
	}
	switch why {
	case keep:
		w.stats.Written++
	case skipUnlocated:
		w.stats.Unlocated++
	case skipNegated:
		w.stats.Negated++
	case skipUnmapped:
		w.stats.Unmapped++
	}
	return nil
}

// Close finishes the document. It writes the header, or the empty array, of
// an export with no event.
func (w *Writer) Close() error {
	if w.closed {
		return w.err
	}
	w.closed = true
	if w.err != nil {
		return w.err
	}
	if !w.started {
		w.started = true
		if w.err = w.enc.begin(); w.err != nil {
			return w.err
		}
	}
	w.err = w.enc.end()
	return w.err
}

// Stats returns what has been written and left out so far.
func (w *Writer) Stats() Stats { return w.stats }

// Write writes every event of rows to w in format f and finishes the
// document. It stops at the first error, from rows or from w.
func Write(w io.Writer, f Format, rows iter.Seq2[rashomon.EventRow, error], o Options) (Stats, error) {
	ew, err := NewWriter(w, f, o)
	if err != nil {
		return Stats{}, err
	}
	for r, err := range rows {
		if err != nil {
			return ew.Stats(), err
		}
		if err := ew.Write(r); err != nil {
			return ew.Stats(), err
		}
	}
	return ew.Stats(), ew.Close()
}

// Slice yields the events of a slice, for Write.
func Slice(rows []rashomon.EventRow) iter.Seq2[rashomon.EventRow, error] {
	return func(yield func(rashomon.EventRow, error) bool) {
		for _, r := range rows {
			if !yield(r, nil) {
				return
			}
		}
	}
}

// EventSource is the part of rashomon.Store that Events reads.
type EventSource interface {
	Events(ctx context.Context, q rashomon.EventQuery) (rashomon.EventPage, error)
}

// Events yields every event q selects, in q's order, reading the store a
// page of rashomon.MaxEventPage events at a time from q.Offset on until a
// short page. q.Limit, when positive, caps how many are yielded in all. A
// store error is yielded once and ends the sequence.
func Events(ctx context.Context, src EventSource, q rashomon.EventQuery) iter.Seq2[rashomon.EventRow, error] {
	return func(yield func(rashomon.EventRow, error) bool) {
		left := q.Limit // 0: no cap
		q.Offset = max(q.Offset, 0)
		for {
			size := rashomon.MaxEventPage
			if left > 0 {
				size = min(size, left)
			}
			pq := q
			pq.Limit = size
			page, err := src.Events(ctx, pq)
			if err != nil {
				yield(rashomon.EventRow{}, err)
				return
			}
			for _, r := range page.Events {
				if !yield(r, nil) {
					return
				}
			}
			if left > 0 {
				left -= len(page.Events)
				if left <= 0 {
					return
				}
			}
			if len(page.Events) < size {
				return
			}
			q.Offset += len(page.Events)
			if err := ctx.Err(); err != nil {
				yield(rashomon.EventRow{}, err)
				return
			}
		}
	}
}
