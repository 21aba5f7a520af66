package rashomon

import (
	"context"
	"errors"
)

// ErrNotFound is returned by a Store for an id it does not hold.
var ErrNotFound = errors.New("not found")

// ErrBadQuery is returned by a Store for a query it cannot run: an unknown
// sort, facet or actor code.
var ErrBadQuery = errors.New("bad query")

// ReprintCandidate is a stored document that shares a near-duplicate band
// with a new one.
type ReprintCandidate struct {
	ID        string
	MinHash   []byte
	ReprintOf string
}

// DocQuery selects documents.
type DocQuery struct {
	Search    string // full-text query
	Issuer    string
	Since     Date
	Until     Date
	Limit     int
	Offset    int
	Originals bool // leave reprints out
}

// DocSummary is a document without its texts, for listings.
type DocSummary struct {
	ID          string     `json:"id"`
	Origin      string     `json:"origin"`
	Format      Format     `json:"format"`
	Title       string     `json:"title"`
	URL         string     `json:"url,omitempty"`
	Published   Date       `json:"published"`
	DateStatus  DateStatus `json:"date_status"`
	Issuer      string     `json:"issuer,omitempty"`
	IssuerActor *ActorRef  `json:"issuer_actor,omitempty"`
	ReprintOf   string     `json:"reprint_of,omitempty"`
	Synthetic   bool       `json:"synthetic,omitempty"`
	Sentences   int        `json:"sentences"`
	Events      int        `json:"events"`
	Snippet     string     `json:"snippet,omitempty"` // search hit context
}

// Failure is an input that could not be ingested.
type Failure struct {
	Origin string `json:"origin"`
	Reason string `json:"reason"`
	At     string `json:"at"`
}

// Store keeps documents and what was found in them. Implementations: an
// embedded SQLite file (the default) and PostgreSQL (shared).
type Store interface {
	// HasDocument reports whether a document with this id is stored.
	HasDocument(ctx context.Context, id string) (bool, error)
	// DocumentsByHash maps each given content hash to the id of the
	// earliest stored document whose cleaned text has it; hashes with no
	// document are left out.
	DocumentsByHash(ctx context.Context, hashes []string) (map[string]string, error)
	// ReprintCandidates returns, for each set of band keys, the stored
	// documents most likely to be near duplicates: those sharing the most
	// keys, a bounded number of them.
	ReprintCandidates(ctx context.Context, keys [][]int64) ([][]ReprintCandidate, error)
	// PutDocuments stores documents with their mentions and events, all or
	// nothing. A document whose id is already stored is left as it is.
	PutDocuments(ctx context.Context, docs []*Document) error
	// Document returns a stored document in full.
	Document(ctx context.Context, id string) (*Document, error)
	// Documents lists documents matching q, newest first.
	Documents(ctx context.Context, q DocQuery) ([]DocSummary, error)
	// UnlinkedFootprints returns up to limit footprints of documents not
	// yet linked into incidents, in the order stored.
	UnlinkedFootprints(ctx context.Context, limit int) ([]Footprint, error)
	// FootprintsNear returns footprints of linked documents that q
	// selects, each with the incident it is in.
	FootprintsNear(ctx context.Context, q FootprintNear) ([]Footprint, error)
	// ReplaceIncidents stores incidents, deletes those listed in remove
	// (merged into a new one) and any that share a document with a new
	// one, and marks the documents in linked as linked, all at once.
	ReplaceIncidents(ctx context.Context, put []Incident, remove, linked []string) error
	// Incidents lists incidents, newest first.
	Incidents(ctx context.Context, q IncidentQuery) ([]Incident, error)
	// Incident returns one incident in full.
	Incident(ctx context.Context, id string) (*Incident, error)
	// Events returns a page of the events q selects, with their documents'
	// titles and the sentences they were coded from.
	Events(ctx context.Context, q EventQuery) (EventPage, error)
	// EventFacets counts the events q selects by one field (FacetType...).
	EventFacets(ctx context.Context, q EventQuery, field string, limit int) ([]FacetCount, error)
	// ActorLinks counts the events q selects by source and target.
	ActorLinks(ctx context.Context, q EventQuery, limit int) ([]ActorLink, error)
	// DocFacets counts the documents q selects by issuer, month or year.
	DocFacets(ctx context.Context, q DocQuery, field string, limit int) ([]FacetCount, error)
	// FramingCounts counts loaded terms per issuer, category and term.
	FramingCounts(ctx context.Context, q FramingQuery) ([]FramingCount, error)
	// RecordFailure keeps a failed input and its reason.
	RecordFailure(ctx context.Context, f Failure) error
	// Failures returns recorded failures, newest first.
	Failures(ctx context.Context, limit int) ([]Failure, error)
	Close() error
}

// FramingQuery selects the documents whose loaded terms are counted.
type FramingQuery struct {
	Issuer   string // an issuing country code or outlet
	Category string
	Since    Date
	Until    Date
}

// FramingCount is how often an issuer used a loaded term.
type FramingCount struct {
	Issuer   string `json:"issuer"` // the issuing country, else the outlet
	Category string `json:"category"`
	Term     string `json:"term"`
	Hits     int    `json:"hits"`
	Docs     int    `json:"docs"`
}
