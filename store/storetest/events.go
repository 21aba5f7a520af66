package storetest

import (
	"fmt"
	"slices"
	"sync"
	"testing"

	"github.com/rashomon-project/rashomon"
)

// allEvents lists the fixture's event ids.
var allEvents = []string{"d1-e1", "d1-e2", "d2-e1", "d2-e2", "d3-e1", "d4-e1", "d4-e2", "d5-e1", "d6-e1", "d6-e2"}

func testEvents(t *testing.T, open Opener) {
	st := linked(t, open)
	ctx := t.Context()
	for _, tc := range []struct {
		name string
		q    rashomon.EventQuery
		want []string
	}{
		{"all", rashomon.EventQuery{}, allEvents},
		{"actor country as source or target", rashomon.EventQuery{Actor: "AZE"},
			[]string{"d1-e1", "d1-e2", "d2-e1", "d3-e1", "d4-e1", "d4-e2", "d5-e1", "d6-e1", "d6-e2"}},
		{"actor country and sector", rashomon.EventQuery{Actor: "AZEMIL"}, []string{"d1-e1", "d1-e2", "d2-e1", "d3-e1"}},
		{"actor code with a space, lower case", rashomon.EventQuery{Actor: "aze mil"}, []string{"d1-e1", "d1-e2", "d2-e1", "d3-e1"}},
		{"actor sector alone", rashomon.EventQuery{Actor: "MIL"}, []string{"d1-e1", "d1-e2", "d2-e1", "d3-e1"}},
		{"actor without a country", rashomon.EventQuery{Actor: "IGO"}, []string{"d4-e1"}},
		{"actor as source and as target", rashomon.EventQuery{Actor: "RUS"}, []string{"d2-e2", "d5-e1"}},
		{"source country", rashomon.EventQuery{Source: "ARM"}, []string{"d1-e1", "d2-e1", "d3-e1", "d4-e2"}},
		{"source country and sector", rashomon.EventQuery{Source: "ARMMIL"}, []string{"d1-e1", "d2-e1", "d3-e1"}},
		{"source with another sector", rashomon.EventQuery{Source: "ARMGOV"}, []string{"d4-e2"}},
		{"target country", rashomon.EventQuery{Target: "ARM"}, []string{"d1-e2", "d6-e1", "d6-e2"}},
		{"target country and sector", rashomon.EventQuery{Target: "AZEGOV"}, []string{"d4-e1", "d4-e2"}},
		{"source and target", rashomon.EventQuery{Source: "AZE", Target: "ARM"}, []string{"d1-e2", "d6-e1", "d6-e2"}},
		{"claimant country", rashomon.EventQuery{Claimant: "AZE"}, []string{"d1-e1", "d1-e2", "d3-e1", "d6-e1", "d6-e2"}},
		{"claimant country and sector", rashomon.EventQuery{Claimant: "AZEMIL"}, []string{"d1-e1", "d1-e2", "d3-e1"}},
		{"claimant through a chain", rashomon.EventQuery{Claimant: "ARMMIL"}, []string{"d2-e1", "d2-e2"}},
		{"claimant without a country", rashomon.EventQuery{Claimant: "IGO"}, []string{"d4-e1", "d4-e2"}},
		{"claimant nobody is", rashomon.EventQuery{Claimant: "TUR"}, []string{}},
		{"type", rashomon.EventQuery{Type: rashomon.ASSAULT}, []string{"d1-e1", "d2-e1", "d3-e1"}},
		{"type lower case", rashomon.EventQuery{Type: "request"}, []string{"d4-e1", "d6-e2"}},
		{"type and claimant", rashomon.EventQuery{Type: rashomon.ASSAULT, Claimant: "ARM"}, []string{"d2-e1"}},
		{"place", rashomon.EventQuery{Place: "p-aghdam"}, []string{"d1-e1", "d2-e1", "d3-e1"}},
		{"place without coordinates", rashomon.EventQuery{Place: "p-gyumri"}, []string{"d4-e2"}},
		{"place unknown", rashomon.EventQuery{Place: "p-nowhere"}, []string{}},
		{"incident", rashomon.EventQuery{Incident: "inc-a1b2"}, []string{"d1-e1", "d2-e1", "d3-e1"}},
		{"incident unknown", rashomon.EventQuery{Incident: "inc-zz"}, []string{}},
		{"doc", rashomon.EventQuery{Doc: "d2"}, []string{"d2-e1", "d2-e2"}},
		{"doc unknown", rashomon.EventQuery{Doc: "nope"}, []string{}},
		{"since a day", rashomon.EventQuery{Since: date("2023-05-14")}, []string{"d1-e1", "d1-e2", "d2-e1", "d2-e2", "d3-e1"}},
		{"since a day, month-dated overlapping", rashomon.EventQuery{Since: date("2023-05-16")}, []string{"d2-e2"}},
		{"since a month, long range overlapping", rashomon.EventQuery{Since: date("2022-06")},
			[]string{"d1-e1", "d1-e2", "d2-e1", "d2-e2", "d3-e1", "d4-e2"}},
		{"since a day inside a long range", rashomon.EventQuery{Since: date("2022-06-30")},
			[]string{"d1-e1", "d1-e2", "d2-e1", "d2-e2", "d3-e1", "d4-e2"}},
		{"since the day after a long range", rashomon.EventQuery{Since: date("2022-07-01")},
			[]string{"d1-e1", "d1-e2", "d2-e1", "d2-e2", "d3-e1"}},
		{"until a year", rashomon.EventQuery{Until: date("2021")}, []string{"d4-e2", "d6-e1", "d6-e2"}},
		{"until a month, range starting later", rashomon.EventQuery{Until: date("2022-02")}, []string{"d4-e2", "d6-e1", "d6-e2"}},
		{"until a day", rashomon.EventQuery{Until: date("2021-12-07")}, []string{"d4-e2", "d6-e1"}},
		{"since and until inside ranges", rashomon.EventQuery{Since: date("2022-04"), Until: date("2022-04")}, []string{"d4-e1", "d4-e2"}},
		{"since and until a day", rashomon.EventQuery{Since: date("2021-12-08"), Until: date("2021-12-08")}, []string{"d4-e2", "d6-e2"}},
		{"since and until after a range", rashomon.EventQuery{Since: date("2022-06-15"), Until: date("2022-12")}, []string{"d4-e2"}},
		{"search", rashomon.EventQuery{Search: "mortars"}, []string{"d1-e1", "d3-e1"}},
		{"search any case", rashomon.EventQuery{Search: "AGHDAM"}, []string{"d1-e1", "d2-e1", "d3-e1"}},
		{"search all words", rashomon.EventQuery{Search: "positions aghdam"}, []string{"d1-e1", "d2-e1", "d3-e1"}},
		{"search prefix", rashomon.EventQuery{Search: "provoc*"}, []string{"d1-e2", "d6-e2"}},
		{"search punctuation", rashomon.EventQuery{Search: `"peacekeepers`}, []string{"d2-e2"}},
		{"search quote only", rashomon.EventQuery{Search: "prisoners"}, []string{}},
		{"search and type", rashomon.EventQuery{Search: "baku", Type: rashomon.REQUEST}, []string{"d4-e1", "d6-e2"}},
		{"located", rashomon.EventQuery{Located: true}, []string{"d1-e1", "d2-e1", "d2-e2", "d3-e1"}},
		{"located and actor", rashomon.EventQuery{Located: true, Actor: "ARM"}, []string{"d1-e1", "d2-e1", "d3-e1"}},
		{"everything", rashomon.EventQuery{Actor: "AZE", Source: "ARM", Target: "AZEMIL", Claimant: "AZE", Type: "ASSAULT",
			Place: "p-aghdam", Incident: "inc-a1b2", Doc: "d3", Since: date("2023-05"), Until: date("2023-05"),
			Search: "mortars", Located: true}, []string{"d3-e1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page, err := st.Events(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := eventIDs(page.Events); !sameSet(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
			if page.Total != len(tc.want) || page.TotalCapped {
				t.Errorf("total %d (capped %v), want %d", page.Total, page.TotalCapped, len(tc.want))
			}
			// a page of one still counts them all
			q := tc.q
			q.Limit = 1
			page, err = st.Events(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			if len(page.Events) != min(1, len(tc.want)) || page.Total != len(tc.want) || page.TotalCapped {
				t.Errorf("limit 1: %d events, total %d (capped %v), want %d", len(page.Events), page.Total, page.TotalCapped, len(tc.want))
			}
		})
	}
}

// testEventRows checks every event as listed: the event as stored, with
// its incident, the sentence it was coded from and its document.
func testEventRows(t *testing.T, open Opener) {
	st := linked(t, open)
	want := map[string]rashomon.EventRow{}
	for _, d := range fixture() {
		for _, e := range d.Events {
			if slices.Contains(incidentA().Events, e.ID) {
				e.IncidentID = incidentA().ID
			}
			want[e.ID] = rashomon.EventRow{Event: e, Quote: d.Sentences[e.Sentence].Span.Text(d.Text),
				DocTitle: d.Title, DocURL: d.URL, Issuer: d.Issuer, Published: d.Published}
		}
	}
	page, err := st.Events(t.Context(), rashomon.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Events) != len(want) {
		t.Fatalf("%d events, want %d", len(page.Events), len(want))
	}
	for _, r := range page.Events {
		checkJSON(t, r.ID, r, want[r.ID])
		if r.IncidentID != want[r.ID].IncidentID {
			t.Errorf("%s: incident %q, want %q", r.ID, r.IncidentID, want[r.ID].IncidentID)
		}
	}
}

// first is the first day an event's date can denote, zero when undated.
func first(r rashomon.EventRow) string {
	if r.Date.IsZero() {
		return ""
	}
	return r.Date.Time().Format("2006-01-02")
}

// inOrder reports whether a may come before b under a sort.
func inOrder(sort string, a, b rashomon.EventRow) bool {
	fa, fb := first(a), first(b)
	switch sort {
	case "", "-date":
		return fb == "" || fa != "" && fa >= fb
	case "date":
		return fb == "" || fa != "" && fa <= fb
	case "type":
		return a.Type <= b.Type
	case "-type":
		return a.Type >= b.Type
	}
	panic("storetest: sort " + sort)
}

func testEventSorts(t *testing.T, open Opener) {
	st := linked(t, open)
	ctx := t.Context()
	var byDefault []string
	for _, sort := range []string{"", "-date", "date", "type", "-type"} {
		t.Run("sort="+sort, func(t *testing.T) {
			for _, q := range []rashomon.EventQuery{{Sort: sort}, {Sort: sort, Actor: "AZE"}, {Sort: sort, Type: rashomon.REQUEST}} {
				page, err := st.Events(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				for i := 1; i < len(page.Events); i++ {
					if a, b := page.Events[i-1], page.Events[i]; !inOrder(sort, a, b) {
						t.Errorf("%+v: %s (%s %s) before %s (%s %s)", q, a.ID, a.Type, first(a), b.ID, b.Type, first(b))
					}
				}
				if q.Actor == "" && q.Type == "" {
					ids := eventIDs(page.Events)
					if !sameSet(ids, allEvents) {
						t.Errorf("got %v, want all", ids)
					}
					if sort == "" {
						byDefault = ids
					}
					if sort == "-date" && !slices.Equal(ids, byDefault) {
						t.Errorf("-date gives %v, the default %v", ids, byDefault)
					}
				}
			}
		})
	}
}

func testEventPaging(t *testing.T, open Opener) {
	st := linked(t, open)
	ctx := t.Context()
	for _, base := range []rashomon.EventQuery{{}, {Actor: "AZE"}, {Actor: "MIL"}} {
		for _, sort := range []string{"-date", "date", "type", "-type"} {
			q := base
			q.Sort = sort
			full, err := st.Events(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			for _, size := range []int{1, 3, 4, 10} {
				t.Run(fmt.Sprintf("actor=%s/sort=%s/limit=%d", base.Actor, sort, size), func(t *testing.T) {
					var got []string
					for off := 0; ; off += size {
						q.Limit, q.Offset = size, off
						page, err := st.Events(ctx, q)
						if err != nil {
							t.Fatal(err)
						}
						if page.Total != len(full.Events) || page.TotalCapped {
							t.Errorf("offset %d: total %d (capped %v), want %d", off, page.Total, page.TotalCapped, len(full.Events))
						}
						if len(page.Events) > size {
							t.Fatalf("offset %d: %d events in a page of %d", off, len(page.Events), size)
						}
						if len(page.Events) == 0 {
							break
						}
						got = append(got, eventIDs(page.Events)...)
					}
					if want := eventIDs(full.Events); !slices.Equal(got, want) {
						t.Errorf("pages give %v, one page %v", got, want)
					}
				})
			}
		}
	}
	for _, tc := range []struct {
		name   string
		q      rashomon.EventQuery
		events int
		total  int
	}{
		{"default limit", rashomon.EventQuery{}, 10, 10},
		{"limit above the most", rashomon.EventQuery{Limit: rashomon.MaxEventPage + 1}, 10, 10},
		{"negative offset", rashomon.EventQuery{Offset: -5}, 10, 10},
		{"past the end", rashomon.EventQuery{Offset: 10}, 0, 10},
		{"far past the end", rashomon.EventQuery{Limit: 5, Offset: 1000}, 0, 10},
		{"page as long as the matches", rashomon.EventQuery{Type: rashomon.ASSAULT, Limit: 3}, 3, 3},
		{"last page full", rashomon.EventQuery{Type: rashomon.ASSAULT, Limit: 2, Offset: 1}, 2, 3},
		{"nothing matches", rashomon.EventQuery{Type: rashomon.SANCTION}, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page, err := st.Events(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if page.Events == nil {
				t.Error("nil events: want an empty list")
			}
			if len(page.Events) != tc.events || page.Total != tc.total || page.TotalCapped {
				t.Errorf("%d events, total %d (capped %v); want %d, %d", len(page.Events), page.Total, page.TotalCapped, tc.events, tc.total)
			}
		})
	}
}

func testBadQueries(t *testing.T, open Opener) {
	st := stored(t, open)
	ctx := t.Context()
	events := func(q rashomon.EventQuery) func() error {
		return func() error { _, err := st.Events(ctx, q); return err }
	}
	for _, tc := range []struct {
		name string
		call func() error
	}{
		{"unknown sort", events(rashomon.EventQuery{Sort: "date desc"})},
		{"actor with a digit", events(rashomon.EventQuery{Actor: "A1"})},
		{"actor of two letters", events(rashomon.EventQuery{Actor: "AZ"})},
		{"source with an unknown sector", events(rashomon.EventQuery{Source: "AZEXXX"})},
		{"target too long", events(rashomon.EventQuery{Target: "AZEMILX"})},
		{"claimant in digits", events(rashomon.EventQuery{Claimant: "123"})},
		{"unknown facet", func() error { _, err := st.EventFacets(ctx, rashomon.EventQuery{}, "colour", 10); return err }},
		{"no facet", func() error { _, err := st.EventFacets(ctx, rashomon.EventQuery{}, "", 10); return err }},
		{"facet of a bad actor", func() error {
			_, err := st.EventFacets(ctx, rashomon.EventQuery{Actor: "A-Z"}, rashomon.FacetType, 10)
			return err
		}},
		{"links of a bad actor", func() error { _, err := st.ActorLinks(ctx, rashomon.EventQuery{Source: "AZEMILITARY"}, 10); return err }},
		{"links of a bad claimant", func() error { _, err := st.ActorLinks(ctx, rashomon.EventQuery{Claimant: "?"}, 10); return err }},
		{"document facet of events", func() error { _, err := st.DocFacets(ctx, rashomon.DocQuery{}, rashomon.FacetType, 10); return err }},
		{"no document facet", func() error { _, err := st.DocFacets(ctx, rashomon.DocQuery{}, "", 10); return err }},
	} {
		t.Run(tc.name, func(t *testing.T) { wantErr(t, tc.name, tc.call(), rashomon.ErrBadQuery) })
	}
}

func testEventFacets(t *testing.T, open Opener) {
	st := linked(t, open)
	fc := func(v string, n int) rashomon.FacetCount { return rashomon.FacetCount{Value: v, N: n} }
	place := func(p rashomon.Place, n int) rashomon.FacetCount {
		return rashomon.FacetCount{Value: p.ID, Label: p.Name, N: n, Lat: p.Lat, Lon: p.Lon}
	}
	type facets = []rashomon.FacetCount
	for _, tc := range []struct {
		name  string
		field string
		q     rashomon.EventQuery
		limit int
		want  facets
	}{
		{"type", rashomon.FacetType, rashomon.EventQuery{}, 0, facets{fc("ASSAULT", 3), fc("REQUEST", 2),
			fc("ACCUSE", 1), fc("CONCEDE", 1), fc("CONSULT", 1), fc("MOBILIZE", 1), fc("PROTEST", 1)}},
		{"type limit", rashomon.FacetType, rashomon.EventQuery{}, 2, facets{fc("ASSAULT", 3), fc("REQUEST", 2)}},
		{"type of an actor", rashomon.FacetType, rashomon.EventQuery{Actor: "AZEGOV"}, 0, facets{fc("REQUEST", 2), fc("CONCEDE", 1), fc("CONSULT", 1)}},
		{"source", rashomon.FacetSource, rashomon.EventQuery{}, 0, facets{fc("ARMMIL", 3), fc("AZEGOV", 2),
			fc("ARMGOV", 1), fc("AZECVL", 1), fc("AZEMIL", 1), fc("IGO", 1), fc("RUSPKO", 1)}},
		{"target", rashomon.FacetTarget, rashomon.EventQuery{}, 0, facets{fc("ARMGOV", 3), fc("AZEMIL", 3), fc("AZEGOV", 2), fc("RUSGOV", 1)}},
		{"claimant", rashomon.FacetClaimant, rashomon.EventQuery{}, 0, facets{fc("AZEMIL", 3), fc("ARMMIL", 2), fc("AZEGOV", 2), fc("IGO", 2)}},
		{"claimant of a search", rashomon.FacetClaimant, rashomon.EventQuery{Search: "aghdam"}, 0, facets{fc("AZEMIL", 2), fc("ARMMIL", 1)}},
		{"place with coordinates", rashomon.FacetPlace, rashomon.EventQuery{}, 0, facets{place(aghdam(), 3), place(gyumri(), 1), place(shusha(), 1)}},
		{"place located", rashomon.FacetPlace, rashomon.EventQuery{Located: true}, 0, facets{place(aghdam(), 3), place(shusha(), 1)}},
		{"place of an incident", rashomon.FacetPlace, rashomon.EventQuery{Incident: "inc-a1b2"}, 0, facets{place(aghdam(), 3)}},
		{"day in date order, day-dated only", rashomon.FacetDay, rashomon.EventQuery{}, 0, facets{fc("2021-12-07", 1), fc("2021-12-08", 1),
			fc("2023-05-14", 3), fc("2023-05-15", 1)}},
		{"day of a claimant", rashomon.FacetDay, rashomon.EventQuery{Claimant: "ARM"}, 0, facets{fc("2023-05-14", 1)}},
		{"month in date order, year-dated left out", rashomon.FacetMonth, rashomon.EventQuery{}, 0, facets{fc("2021-12", 2), fc("2022-03", 1), fc("2023-05", 5)}},
		{"month of a claimant", rashomon.FacetMonth, rashomon.EventQuery{Claimant: "ARM"}, 0, facets{fc("2023-05", 2)}},
		{"year in date order", rashomon.FacetYear, rashomon.EventQuery{}, 0, facets{fc("2019", 1), fc("2021", 2), fc("2022", 1), fc("2023", 5)}},
		{"year of a type", rashomon.FacetYear, rashomon.EventQuery{Type: rashomon.ASSAULT}, 0, facets{fc("2023", 3)}},
		{"nothing selected", rashomon.FacetType, rashomon.EventQuery{Type: rashomon.SANCTION}, 0, facets{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := st.EventFacets(t.Context(), tc.q, tc.field, tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 0 || len(tc.want) != 0 {
				checkJSON(t, "facets", got, tc.want)
			}
		})
	}
}

func testActorLinks(t *testing.T, open Opener) {
	st := linked(t, open)
	link := func(src, tgt string, types map[string]int) rashomon.ActorLink {
		l := rashomon.ActorLink{Source: actor(src), Target: actor(tgt), Types: types}
		for _, n := range types {
			l.N += n
		}
		return l
	}
	all := []rashomon.ActorLink{
		link("ARMMIL", "AZEMIL", map[string]int{"ASSAULT": 3}),
		link("AZEGOV", "ARMGOV", map[string]int{"CONCEDE": 1, "REQUEST": 1}),
		link("ARMGOV", "AZEGOV", map[string]int{"CONSULT": 1}),
		link("AZECVL", "RUSGOV", map[string]int{"PROTEST": 1}),
		link("AZEMIL", "ARMGOV", map[string]int{"ACCUSE": 1}),
		link("IGO", "AZEGOV", map[string]int{"REQUEST": 1}),
	}
	for _, tc := range []struct {
		name  string
		q     rashomon.EventQuery
		limit int
		want  []rashomon.ActorLink
	}{
		{"all, most events first", rashomon.EventQuery{}, 0, all},
		{"limit", rashomon.EventQuery{}, 2, all[:2]},
		{"claimant", rashomon.EventQuery{Claimant: "AZE"}, 0, []rashomon.ActorLink{
			link("ARMMIL", "AZEMIL", map[string]int{"ASSAULT": 2}), all[1], all[4]}},
		{"since", rashomon.EventQuery{Since: date("2023-05-14")}, 0, []rashomon.ActorLink{all[0], all[4]}},
		{"type", rashomon.EventQuery{Type: rashomon.PROTEST}, 0, all[3:4]},
		{"events without a target", rashomon.EventQuery{Type: rashomon.MOBILIZE}, 0, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := st.ActorLinks(t.Context(), tc.q, tc.limit)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 0 || len(tc.want) != 0 {
				checkJSON(t, "links", got, tc.want)
			}
		})
	}
}

// testConcurrent reads while batches are written, for the race detector
// and for stores that serialise on one connection.
func testConcurrent(t *testing.T, open Opener) {
	st := stored(t, open)
	ctx := t.Context()
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := range 10 {
			var batch []*rashomon.Document
			for _, d := range fixture() {
				batch = append(batch, renamed(d, fmt.Sprintf("%s-%d", d.ID, i)))
			}
			if err := st.PutDocuments(ctx, batch); err != nil {
				errs <- err
				return
			}
		}
	}()
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 10 {
				var err error
				switch (g + i) % 4 {
				case 0:
					_, err = st.Events(ctx, rashomon.EventQuery{Actor: "AZE", Limit: 2})
				case 1:
					_, err = st.Documents(ctx, rashomon.DocQuery{Search: "aghdam"})
				case 2:
					_, err = st.Document(ctx, "d2")
				case 3:
					_, err = st.EventFacets(ctx, rashomon.EventQuery{}, rashomon.FacetPlace, 10)
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	page, err := st.Events(ctx, rashomon.EventQuery{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 11*len(allEvents) {
		t.Errorf("%d events after concurrent batches, want %d", page.Total, 11*len(allEvents))
	}
}

// testListingsFollowWrites checks that what a store keeps between
// listings (totals, the first days of long events) never outlives a write.
func testListingsFollowWrites(t *testing.T, open Opener) {
	st := open(t)
	ctx := t.Context()
	var early []*rashomon.Document
	for _, d := range fixture() {
		if d.ID != "d4" { // the long event, 2019 to June 2022
			early = append(early, d)
		}
	}
	if err := st.PutDocuments(ctx, early); err != nil {
		t.Fatal(err)
	}
	check := func(when string, q rashomon.EventQuery, total int, has string) {
		t.Helper()
		q.Limit = 1
		page, err := st.Events(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if page.Total != total {
			t.Errorf("%s: %+v: total %d, want %d", when, q, page.Total, total)
		}
		if has == "" {
			return
		}
		q.Limit = 0
		all, err := st.Events(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Contains(eventIDs(all.Events), has) {
			t.Errorf("%s: %+v: %v, want %s among them", when, q, eventIDs(all.Events), has)
		}
	}
	assaults := rashomon.EventQuery{Type: rashomon.ASSAULT}
	since := rashomon.EventQuery{Since: date("2022-06-30")}
	check("before", assaults, 3, "")
	check("before", since, 5, "")
	if err := st.PutDocuments(ctx, []*rashomon.Document{doc4(), renamed(doc1(), "d7")}); err != nil {
		t.Fatal(err)
	}
	check("after", assaults, 4, "d7-e1")
	check("after", since, 8, "d4-e2")
}
