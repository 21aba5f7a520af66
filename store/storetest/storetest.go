// Package storetest is the conformance suite of rashomon.Store: one set of
// table tests that every implementation (the SQLite file, PostgreSQL) runs
// from its own tests, so that they answer every query alike. It owns the
// fixture documents the suite stores, built by hand with the fields the
// pipeline fills; it does not know any implementation.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/rashomon-project/rashomon"
)

// Opener opens a new, empty store for one test and closes it when the test
// ends (t.Cleanup).
type Opener = func(t *testing.T) rashomon.Store

// Run runs the suite against the stores open returns, each test on a
// store of its own.
func Run(t *testing.T, open Opener) {
	for _, tc := range []struct {
		name string
		run  func(*testing.T, Opener)
	}{
		{"PutDocuments", testPutDocuments},
		{"Document", testDocument},
		{"HasDocument", testHasDocument},
		{"DocumentsByHash", testDocumentsByHash},
		{"ReprintCandidates", testReprintCandidates},
		{"Documents", testDocuments},
		{"DocFacets", testDocFacets},
		{"FramingCounts", testFramingCounts},
		{"Events", testEvents},
		{"EventRows", testEventRows},
		{"EventSorts", testEventSorts},
		{"EventPaging", testEventPaging},
		{"ListingsFollowWrites", testListingsFollowWrites},
		{"BadQueries", testBadQueries},
		{"EventFacets", testEventFacets},
		{"ActorLinks", testActorLinks},
		{"Incidents", testIncidents},
		{"Failures", testFailures},
		{"NotFound", testNotFound},
		{"Concurrent", testConcurrent},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.run(t, open) })
	}
}

// stored opens a store holding the fixture.
func stored(t *testing.T, open Opener) rashomon.Store {
	t.Helper()
	st := open(t)
	if err := st.PutDocuments(t.Context(), fixture()); err != nil {
		t.Fatalf("PutDocuments: %v", err)
	}
	return st
}

// linked opens a store holding the fixture with incident A (d1, d2, d3)
// linked.
func linked(t *testing.T, open Opener) rashomon.Store {
	t.Helper()
	st := stored(t, open)
	if err := st.ReplaceIncidents(t.Context(), []rashomon.Incident{incidentA()}, nil, []string{"d1", "d2", "d3"}); err != nil {
		t.Fatalf("ReplaceIncidents: %v", err)
	}
	return st
}

// sameJSON reports whether a and b encode to the same JSON, which treats
// nil and empty slices and maps the way the domain types' tags do.
func sameJSON(t *testing.T, a, b any) bool {
	t.Helper()
	ja, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	jb, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return string(ja) == string(jb)
}

// checkJSON fails the test when got and want differ, showing where.
func checkJSON(t *testing.T, what string, got, want any) {
	t.Helper()
	if sameJSON(t, got, want) {
		return
	}
	g, _ := json.MarshalIndent(got, "", " ")
	w, _ := json.MarshalIndent(want, "", " ")
	gl, wl := strings.Split(string(g), "\n"), strings.Split(string(w), "\n")
	i := 0
	for i < len(gl) && i < len(wl) && gl[i] == wl[i] {
		i++
	}
	from := max(0, i-3)
	t.Errorf("%s differs at line %d:\ngot\n%s\nwant\n%s", what, i+1,
		strings.Join(gl[from:min(len(gl), i+4)], "\n"), strings.Join(wl[from:min(len(wl), i+4)], "\n"))
}

// sameSet reports whether a and b hold the same strings, in any order.
func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

func docIDs(list []rashomon.DocSummary) []string {
	out := []string{}
	for _, d := range list {
		out = append(out, d.ID)
	}
	return out
}

func eventIDs(rows []rashomon.EventRow) []string {
	out := []string{}
	for _, r := range rows {
		out = append(out, r.ID)
	}
	return out
}

func footprintDocs(fps []rashomon.Footprint) []string {
	out := []string{}
	for _, f := range fps {
		out = append(out, f.Doc)
	}
	return out
}

// wantErr fails the test unless err wraps target.
func wantErr(t *testing.T, what string, err, target error) {
	t.Helper()
	if !errors.Is(err, target) {
		t.Errorf("%s: error %v, want one wrapping %v", what, err, target)
	}
}

// renamed returns d stored under another id, with its events renamed
// alike.
func renamed(d *rashomon.Document, id string) *rashomon.Document {
	c := *d
	c.ID = id
	c.Events = slices.Clone(d.Events)
	for i := range c.Events {
		c.Events[i].ID = id + c.Events[i].ID[len(d.ID):]
		c.Events[i].DocID = id
	}
	if d.Footprint != nil {
		fp := *d.Footprint
		fp.Doc = id
		c.Footprint = &fp
	}
	return &c
}

func testPutDocuments(t *testing.T, open Opener) {
	retitled := func() *rashomon.Document {
		d := doc1()
		d.Title = "A later title"
		return d
	}
	for _, tc := range []struct {
		name    string
		batches [][]*rashomon.Document
		docs    int
		events  int
		title   string // of d1
	}{
		{"one batch", [][]*rashomon.Document{fixture()}, 6, 10, doc1().Title},
		{"empty batch", [][]*rashomon.Document{nil, {}}, 0, 0, ""},
		{"same id twice in a batch", [][]*rashomon.Document{{doc1(), retitled()}}, 1, 2, doc1().Title},
		{"same id in a later batch", [][]*rashomon.Document{{doc1()}, {retitled(), doc2()}}, 2, 4, doc1().Title},
		{"whole fixture twice", [][]*rashomon.Document{fixture(), fixture()}, 6, 10, doc1().Title},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := open(t)
			ctx := t.Context()
			for i, b := range tc.batches {
				if err := st.PutDocuments(ctx, b); err != nil {
					t.Fatalf("batch %d: %v", i, err)
				}
			}
			docs, err := st.Documents(ctx, rashomon.DocQuery{})
			if err != nil {
				t.Fatal(err)
			}
			if len(docs) != tc.docs {
				t.Errorf("%d documents stored, want %d", len(docs), tc.docs)
			}
			page, err := st.Events(ctx, rashomon.EventQuery{Limit: 100})
			if err != nil {
				t.Fatal(err)
			}
			if len(page.Events) != tc.events || page.Total != tc.events {
				t.Errorf("%d events stored (total %d), want %d", len(page.Events), page.Total, tc.events)
			}
			if tc.title == "" {
				return
			}
			d, err := st.Document(ctx, "d1")
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tc.title || len(d.Events) != 2 {
				t.Errorf("d1: title %q with %d events, want %q with 2", d.Title, len(d.Events), tc.title)
			}
		})
	}
	t.Run("canceled", func(t *testing.T) {
		st := open(t)
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		if err := st.PutDocuments(ctx, fixture()); err == nil {
			t.Error("PutDocuments with a canceled context: no error")
		}
		if ok, err := st.HasDocument(t.Context(), "d1"); err != nil || ok {
			t.Errorf("after a canceled batch: HasDocument(d1) = %v, %v; want false", ok, err)
		}
	})
}

func testDocument(t *testing.T, open Opener) {
	st := stored(t, open)
	for _, want := range fixture() {
		t.Run(want.ID, func(t *testing.T) {
			got, err := st.Document(t.Context(), want.ID)
			if err != nil {
				t.Fatal(err)
			}
			checkJSON(t, "document", got, want)
			// the fields JSON leaves out
			if string(got.Raw) != string(want.Raw) {
				t.Errorf("raw: got %q, want %q", got.Raw, want.Raw)
			}
			if got.Source != want.Source {
				t.Errorf("source: got %q, want %q", got.Source, want.Source)
			}
			checkJSON(t, "offset map", got.Map, want.Map)
			if string(got.MinHash) != string(want.MinHash) {
				t.Errorf("minhash: got %d bytes, want %d", len(got.MinHash), len(want.MinHash))
			}
		})
	}
}

func testHasDocument(t *testing.T, open Opener) {
	st := stored(t, open)
	for _, tc := range []struct {
		id   string
		want bool
	}{{"d1", true}, {"d6", true}, {"d", false}, {"d1 ", false}, {"nope", false}, {"", false}} {
		got, err := st.HasDocument(t.Context(), tc.id)
		if err != nil || got != tc.want {
			t.Errorf("HasDocument(%q) = %v, %v; want %v", tc.id, got, err, tc.want)
		}
	}
}

func testDocumentsByHash(t *testing.T, open Opener) {
	st := stored(t, open)
	h1, h2, h6 := doc1().ContentHash, doc2().ContentHash, doc6().ContentHash
	many := []string{}
	for i := range 5000 {
		many = append(many, fmt.Sprintf("%064x", i))
	}
	many = append(many, h6)
	for _, tc := range []struct {
		name   string
		hashes []string
		want   map[string]string
	}{
		{"none", nil, map[string]string{}},
		{"the earliest of two", []string{h1}, map[string]string{h1: "d1"}},
		{"unknown left out", []string{h2, "0000"}, map[string]string{h2: "d2"}},
		{"repeated", []string{h1, h1, h6}, map[string]string{h1: "d1", h6: "d6"}},
		{"more than one statement binds", many, map[string]string{h6: "d6"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := st.DocumentsByHash(t.Context(), tc.hashes)
			if err != nil {
				t.Fatal(err)
			}
			checkJSON(t, "DocumentsByHash", got, tc.want)
		})
	}
}

func testReprintCandidates(t *testing.T, open Opener) {
	st := stored(t, open)
	d1, d2 := doc1(), doc2()
	novel := newDoc("x", "", "Nothing in this sentence was ever stored before in any of the documents above.").ReprintKeys
	for _, tc := range []struct {
		name string
		keys [][]int64
		want [][]string // candidate ids per key set
	}{
		{"no key sets", nil, [][]string{}},
		{"an original and its reprint", [][]int64{d1.ReprintKeys}, [][]string{{"d1", "d3"}}},
		{"a batch", [][]int64{d1.ReprintKeys, novel, d2.ReprintKeys, nil}, [][]string{{"d1", "d3"}, {}, {"d2"}, {}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := st.ReprintCandidates(t.Context(), tc.keys)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tc.want) {
				t.Fatalf("%d candidate lists for %d key sets", len(got), len(tc.want))
			}
			for i, cands := range got {
				var ids []string
				for _, c := range cands {
					ids = append(ids, c.ID)
					want := map[string]string{"d1": "", "d2": "", "d3": "d1"}[c.ID]
					if c.ReprintOf != want {
						t.Errorf("key set %d: %s reprint of %q, want %q", i, c.ID, c.ReprintOf, want)
					}
					var sig []byte
					for _, d := range fixture() {
						if d.ID == c.ID {
							sig = d.MinHash
						}
					}
					if string(c.MinHash) != string(sig) {
						t.Errorf("key set %d: %s has another minhash", i, c.ID)
					}
				}
				if !sameSet(ids, tc.want[i]) {
					t.Errorf("key set %d: candidates %v, want %v", i, ids, tc.want[i])
				}
			}
		})
	}
}

// summary is what Documents lists of a fixture document.
func summary(d *rashomon.Document) rashomon.DocSummary {
	return rashomon.DocSummary{ID: d.ID, Origin: d.Origin, Format: d.Format, Title: d.Title, URL: d.URL,
		Published: d.Published, DateStatus: d.DateStatus, Issuer: d.Issuer, IssuerActor: d.IssuerActor,
		ReprintOf: d.ReprintOf, Synthetic: d.Synthetic, Sentences: len(d.Sentences), Events: len(d.Events)}
}

func testDocuments(t *testing.T, open Opener) {
	st := stored(t, open)
	ctx := t.Context()
	t.Run("summaries", func(t *testing.T) {
		got, err := st.Documents(ctx, rashomon.DocQuery{})
		if err != nil {
			t.Fatal(err)
		}
		byID := map[string]*rashomon.Document{}
		for _, d := range fixture() {
			byID[d.ID] = d
		}
		var want []rashomon.DocSummary
		for _, id := range []string{"d3", "d2", "d1", "d4", "d6", "d5"} {
			want = append(want, summary(byID[id]))
		}
		checkJSON(t, "summaries", got, want)
	})
	for _, tc := range []struct {
		name string
		q    rashomon.DocQuery
		want []string // in order, unless the query searches
		mark string   // a word the snippets must mark
	}{
		{"all, newest first", rashomon.DocQuery{}, []string{"d3", "d2", "d1", "d4", "d6", "d5"}, ""},
		{"limit", rashomon.DocQuery{Limit: 2}, []string{"d3", "d2"}, ""},
		{"offset", rashomon.DocQuery{Limit: 2, Offset: 2}, []string{"d1", "d4"}, ""},
		{"last page", rashomon.DocQuery{Offset: 5}, []string{"d5"}, ""},
		{"past the end", rashomon.DocQuery{Offset: 6}, []string{}, ""},
		{"issuer outlet", rashomon.DocQuery{Issuer: "mil.am"}, []string{"d2"}, ""},
		{"issuer of two", rashomon.DocQuery{Issuer: "news.example"}, []string{"d3", "d5"}, ""},
		{"issuer part", rashomon.DocQuery{Issuer: "gov.az"}, []string{"d1", "d6"}, ""},
		{"issuer country", rashomon.DocQuery{Issuer: "AZE"}, []string{"d1", "d6"}, ""},
		{"issuer country lower case", rashomon.DocQuery{Issuer: "arm"}, []string{"d2"}, ""},
		{"issuer site name", rashomon.DocQuery{Issuer: "defence ministry"}, []string{"d1"}, ""},
		{"since a day", rashomon.DocQuery{Since: date("2023-05-16")}, []string{"d3", "d2"}, ""},
		{"since a year", rashomon.DocQuery{Since: date("2023")}, []string{"d3", "d2", "d1"}, ""},
		{"since a year, year-dated included", rashomon.DocQuery{Since: date("2022")}, []string{"d3", "d2", "d1", "d4"}, ""},
		{"since leaves undated out", rashomon.DocQuery{Since: date("2021-12-08")}, []string{"d3", "d2", "d1", "d4", "d6"}, ""},
		{"until a year", rashomon.DocQuery{Until: date("2022")}, []string{"d4", "d6"}, ""},
		{"until a month", rashomon.DocQuery{Until: date("2021-12")}, []string{"d6"}, ""},
		{"until a day", rashomon.DocQuery{Until: date("2023-05-15")}, []string{"d1", "d4", "d6"}, ""},
		{"since and until", rashomon.DocQuery{Since: date("2022"), Until: date("2022")}, []string{"d4"}, ""},
		{"originals", rashomon.DocQuery{Originals: true}, []string{"d2", "d1", "d4", "d6", "d5"}, ""},
		{"originals of an issuer", rashomon.DocQuery{Originals: true, Issuer: "news.example"}, []string{"d5"}, ""},
		{"search", rashomon.DocQuery{Search: "peacekeepers"}, []string{"d2"}, "peacekeepers"},
		{"search any case", rashomon.DocQuery{Search: "aghdam"}, []string{"d1", "d2", "d3"}, "Aghdam"},
		{"search originals", rashomon.DocQuery{Search: "Aghdam", Originals: true}, []string{"d1", "d2"}, "Aghdam"},
		{"search and issuer", rashomon.DocQuery{Search: "aghdam", Issuer: "mil.am"}, []string{"d2"}, "Aghdam"},
		{"search and dates", rashomon.DocQuery{Search: "aghdam", Since: date("2023-05-16"), Until: date("2023-05-16")}, []string{"d2"}, "Aghdam"},
		{"search titles", rashomon.DocQuery{Search: "prisoners"}, []string{"d6"}, ""},
		{"search all words", rashomon.DocQuery{Search: "mortars wounded"}, []string{"d1", "d3"}, "mortars"},
		{"search words apart", rashomon.DocQuery{Search: "mortars peacekeepers"}, []string{}, ""},
		{"search prefix", rashomon.DocQuery{Search: "mortar*"}, []string{"d1", "d3"}, "mortars"},
		{"search punctuation", rashomon.DocQuery{Search: `"mortars (`}, []string{"d1", "d3"}, "mortars"},
		{"search nothing", rashomon.DocQuery{Search: "zzzz"}, []string{}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := st.Documents(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			ids := docIDs(got)
			if tc.q.Search == "" && !slices.Equal(ids, tc.want) || !sameSet(ids, tc.want) {
				t.Errorf("got %v, want %v", ids, tc.want)
			}
			for _, d := range got {
				switch {
				case tc.q.Search == "" && d.Snippet != "":
					t.Errorf("%s: snippet %q without a search", d.ID, d.Snippet)
				case tc.mark != "" && !containsMarked(d.Snippet, tc.mark):
					t.Errorf("%s: snippet %q does not mark %q", d.ID, d.Snippet, tc.mark)
				}
			}
		})
	}
}

func containsMarked(snippet, word string) bool {
	return strings.Contains(snippet, rashomon.SnippetOpen+word+rashomon.SnippetClose)
}

func testDocFacets(t *testing.T, open Opener) {
	st := stored(t, open)
	fc := func(v string, n int) rashomon.FacetCount { return rashomon.FacetCount{Value: v, N: n} }
	for _, tc := range []struct {
		name  string
		field string
		q     rashomon.DocQuery
		limit int
		want  []rashomon.FacetCount
	}{
		{"issuer", rashomon.FacetIssuer, rashomon.DocQuery{}, 0, []rashomon.FacetCount{fc("news.example", 2),
			fc("defence ministry", 1), fc("mfa.gov.az", 1), fc("mil.am", 1), fc("osce.example", 1)}},
		{"issuer limit", rashomon.FacetIssuer, rashomon.DocQuery{}, 2, []rashomon.FacetCount{fc("news.example", 2), fc("defence ministry", 1)}},
		{"issuer originals", rashomon.FacetIssuer, rashomon.DocQuery{Originals: true}, 0, []rashomon.FacetCount{
			fc("defence ministry", 1), fc("mfa.gov.az", 1), fc("mil.am", 1), fc("news.example", 1), fc("osce.example", 1)}},
		{"month in date order, year-dated left out", rashomon.FacetMonth, rashomon.DocQuery{}, 0, []rashomon.FacetCount{fc("2021-12", 1), fc("2023-05", 3)}},
		{"month since", rashomon.FacetMonth, rashomon.DocQuery{Since: date("2023-05-16")}, 0, []rashomon.FacetCount{fc("2023-05", 2)}},
		{"year in date order", rashomon.FacetYear, rashomon.DocQuery{}, 0, []rashomon.FacetCount{fc("2021", 1), fc("2022", 1), fc("2023", 3)}},
		{"year originals", rashomon.FacetYear, rashomon.DocQuery{Originals: true}, 0, []rashomon.FacetCount{fc("2021", 1), fc("2022", 1), fc("2023", 2)}},
		{"year of a search", rashomon.FacetYear, rashomon.DocQuery{Search: "aghdam"}, 0, []rashomon.FacetCount{fc("2023", 3)}},
		{"year of an issuer", rashomon.FacetYear, rashomon.DocQuery{Issuer: "AZE"}, 0, []rashomon.FacetCount{fc("2021", 1), fc("2023", 1)}},
		{"nothing selected", rashomon.FacetYear, rashomon.DocQuery{Search: "zzzz"}, 0, []rashomon.FacetCount{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := st.DocFacets(t.Context(), tc.q, tc.field, tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 0 || len(tc.want) != 0 {
				checkJSON(t, "facets", got, tc.want)
			}
		})
	}
}

func testFramingCounts(t *testing.T, open Opener) {
	st := stored(t, open)
	fc := func(issuer, cat, term string, hits, docs int) rashomon.FramingCount {
		return rashomon.FramingCount{Issuer: issuer, Category: cat, Term: term, Hits: hits, Docs: docs}
	}
	armProv, armSoCalled := fc("ARM", "delegitimize", "provocations", 1, 1), fc("ARM", "delegitimize", "so-called", 1, 1)
	for _, tc := range []struct {
		name string
		q    rashomon.FramingQuery
		want []rashomon.FramingCount
	}{
		// d3 reprints d1 and is not counted; d6's "Provocations" counts as d1's "provocations"
		{"all", rashomon.FramingQuery{}, []rashomon.FramingCount{armProv, armSoCalled,
			fc("AZE", "delegitimize", "provocations", 3, 2), fc("AZE", "victimhood", "hostages", 1, 1)}},
		{"issuer", rashomon.FramingQuery{Issuer: "AZE"}, []rashomon.FramingCount{
			fc("AZE", "delegitimize", "provocations", 3, 2), fc("AZE", "victimhood", "hostages", 1, 1)}},
		{"category", rashomon.FramingQuery{Category: "victimhood"}, []rashomon.FramingCount{fc("AZE", "victimhood", "hostages", 1, 1)}},
		{"since", rashomon.FramingQuery{Since: date("2022")}, []rashomon.FramingCount{armProv, armSoCalled,
			fc("AZE", "delegitimize", "provocations", 2, 1)}},
		{"until", rashomon.FramingQuery{Until: date("2021")}, []rashomon.FramingCount{
			fc("AZE", "delegitimize", "provocations", 1, 1), fc("AZE", "victimhood", "hostages", 1, 1)}},
		{"none", rashomon.FramingQuery{Issuer: "TUR"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := st.FramingCounts(t.Context(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 0 || len(tc.want) != 0 {
				checkJSON(t, "framing counts", got, tc.want)
			}
		})
	}
}

func testFailures(t *testing.T, open Opener) {
	st := open(t)
	ctx := t.Context()
	if got, err := st.Failures(ctx, 0); err != nil || len(got) != 0 {
		t.Errorf("empty store: %v, %v", got, err)
	}
	all := []rashomon.Failure{
		{Origin: "a.html", Reason: "a.html: no main text found", At: "2024-01-01T00:00:00Z"},
		{Origin: "feed.xml", Reason: "feed.xml: not a feed", At: "2024-01-01T00:00:01Z"},
		{Origin: "c.txt", Reason: "c.txt: empty input", At: "2024-01-01T00:00:02Z"},
	}
	for _, f := range all {
		if err := st.RecordFailure(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		limit int
		want  []rashomon.Failure
	}{
		{0, []rashomon.Failure{all[2], all[1], all[0]}},
		{2, []rashomon.Failure{all[2], all[1]}},
		{10, []rashomon.Failure{all[2], all[1], all[0]}},
	} {
		got, err := st.Failures(ctx, tc.limit)
		if err != nil {
			t.Fatal(err)
		}
		checkJSON(t, "failures", got, tc.want)
	}
}

func testNotFound(t *testing.T, open Opener) {
	st := linked(t, open)
	ctx := t.Context()
	for _, tc := range []struct {
		name string
		call func() error
	}{
		{"document", func() error { _, err := st.Document(ctx, "nope"); return err }},
		{"document prefix", func() error { _, err := st.Document(ctx, "d"); return err }},
		{"document no id", func() error { _, err := st.Document(ctx, ""); return err }},
		{"incident", func() error { _, err := st.Incident(ctx, "nope"); return err }},
		{"incident no id", func() error { _, err := st.Incident(ctx, ""); return err }},
		{"incident longer id", func() error { _, err := st.Incident(ctx, "inc-a1b2c"); return err }},
	} {
		wantErr(t, tc.name, tc.call(), rashomon.ErrNotFound)
	}
}
