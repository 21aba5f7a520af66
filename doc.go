// Package rashomon holds the domain model of rashomon: documents and their
// cleaned text, the actors and places mentioned in them, the events coded
// from their sentences, the claims that carry those events, and the
// incidents that group accounts of one happening told by different sides.
//
// The package knows nothing of storage, HTTP or the command line. It has
// plain types, a few pure functions on them (offset mapping, date
// arithmetic) and the interfaces that adapters implement (Store). Stages of
// the pipeline live in their own packages (ingest, clean, text, lexicon,
// code, claims) and pass these values from one to the next.
package rashomon
