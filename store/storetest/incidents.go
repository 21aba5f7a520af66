package storetest

import (
	"slices"
	"testing"

	"github.com/rashomon-project/rashomon"
)

// days returns the inclusive range of days since 1970 from a to b.
func days(a, b string) [2]int {
	first, _ := date(a).DayRange()
	_, last := date(b).DayRange()
	return [2]int{first, last}
}

// near is a FootprintsNear case: the documents it should return, each
// with the incident it is in.
type near struct {
	name string
	q    rashomon.FootprintNear
	want map[string]string // document -> incident
}

func checkNear(t *testing.T, st rashomon.Store, cases []near) {
	t.Helper()
	fixed := map[string]*rashomon.Footprint{}
	for _, d := range fixture() {
		fixed[d.ID] = d.Footprint
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := st.FootprintsNear(t.Context(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			docs := footprintDocs(got)
			var want []string
			for d := range tc.want {
				want = append(want, d)
			}
			if !sameSet(docs, want) {
				t.Errorf("documents %v, want %v", docs, want)
			}
			for _, f := range got {
				if inc, ok := tc.want[f.Doc]; ok && f.Incident != inc {
					t.Errorf("%s: incident %q, want %q", f.Doc, f.Incident, inc)
				}
				checkJSON(t, f.Doc, f, fixed[f.Doc])
			}
			if slices.ContainsFunc(got, func(f rashomon.Footprint) bool { return f.Doc == "" }) {
				t.Error("a footprint without its document")
			}
		})
	}
}

// checkIncidents runs Incidents queries, each wanting incident ids in
// order.
func checkIncidents(t *testing.T, st rashomon.Store, cases map[string]struct {
	q    rashomon.IncidentQuery
	want []string
}) {
	t.Helper()
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := st.Incidents(t.Context(), tc.q)
			if err != nil {
				t.Fatal(err)
			}
			ids := []string{}
			for _, inc := range got {
				ids = append(ids, inc.ID)
			}
			if !slices.Equal(ids, tc.want) {
				t.Errorf("got %v, want %v", ids, tc.want)
			}
		})
	}
}

// checkEventIncidents checks which events each incident holds, as Events
// selects them and as Document returns them.
func checkEventIncidents(t *testing.T, st rashomon.Store, want map[string][]string) {
	t.Helper()
	ctx := t.Context()
	of := map[string]string{}
	for inc, events := range want {
		page, err := st.Events(ctx, rashomon.EventQuery{Incident: inc})
		if err != nil {
			t.Fatal(err)
		}
		if got := eventIDs(page.Events); !sameSet(got, events) {
			t.Errorf("events of %s: %v, want %v", inc, got, events)
		}
		for _, e := range events {
			of[e] = inc
		}
	}
	for _, d := range fixture() {
		got, err := st.Document(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range got.Events {
			if e.IncidentID != of[e.ID] {
				t.Errorf("%s: incident %q, want %q", e.ID, e.IncidentID, of[e.ID])
			}
		}
	}
}

func checkIncident(t *testing.T, st rashomon.Store, id string, want *rashomon.Incident) {
	t.Helper()
	got, err := st.Incident(t.Context(), id)
	if want == nil {
		wantErr(t, "incident "+id, err, rashomon.ErrNotFound)
		return
	}
	if err != nil {
		t.Errorf("incident %s: %v", id, err)
		return
	}
	checkJSON(t, "incident "+id, got, want)
}

// testIncidents links the fixture step by step: new documents leave the
// unlinked ones, incidents sharing a document are replaced, removed ones
// free their events.
func testIncidents(t *testing.T, open Opener) {
	st := stored(t, open)
	ctx := t.Context()
	a, b := incidentA(), incidentB()
	replace := func(put []rashomon.Incident, remove, linked []string) {
		t.Helper()
		if err := st.ReplaceIncidents(ctx, put, remove, linked); err != nil {
			t.Fatalf("ReplaceIncidents: %v", err)
		}
	}
	unlinked := func(limit int, want ...string) {
		t.Helper()
		got, err := st.UnlinkedFootprints(ctx, limit)
		if err != nil {
			t.Fatal(err)
		}
		if ids := footprintDocs(got); !slices.Equal(ids, want) && len(ids)+len(want) > 0 {
			t.Errorf("unlinked (limit %d): %v, want %v", limit, ids, want)
		}
		for _, f := range got {
			if f.Incident != "" {
				t.Errorf("unlinked %s in incident %q", f.Doc, f.Incident)
			}
		}
	}

	t.Run("stored", func(t *testing.T) {
		// d4 has no footprint: nothing to link
		unlinked(0, "d1", "d2", "d3", "d5", "d6")
		unlinked(2, "d1", "d2")
		checkNear(t, st, []near{
			{"unlinked documents are not near", rashomon.FootprintNear{Docs: []string{"d1"},
				Days: [][2]int{days("2023-05-14", "2023-05-14")}, Places: []string{"p-aghdam"}}, nil},
		})
		checkIncidents(t, st, map[string]struct {
			q    rashomon.IncidentQuery
			want []string
		}{"none": {rashomon.IncidentQuery{}, []string{}}})
		checkIncident(t, st, a.ID, nil)
	})

	replace([]rashomon.Incident{a}, nil, []string{"d1", "d2", "d3"})
	t.Run("linked", func(t *testing.T) {
		unlinked(0, "d5", "d6")
		checkIncident(t, st, a.ID, &a)
		checkIncident(t, st, "inc-a", &a)
		checkIncident(t, st, "inc-", &a)
		checkEventIncidents(t, st, map[string][]string{a.ID: a.Events})
		inA := map[string]string{"d1": a.ID, "d2": a.ID, "d3": a.ID}
		checkNear(t, st, []near{
			{"docs", rashomon.FootprintNear{Docs: []string{"d1"}}, map[string]string{"d1": a.ID}},
			{"docs, one unlinked", rashomon.FootprintNear{Docs: []string{"d1", "d5", "nope"}}, map[string]string{"d1": a.ID}},
			{"days around", rashomon.FootprintNear{Days: [][2]int{days("2023-05-13", "2023-05-15")}}, inA},
			{"days after", rashomon.FootprintNear{Days: [][2]int{days("2023-05-15", "2023-05-20")}}, nil},
			{"days of an unlinked document", rashomon.FootprintNear{Days: [][2]int{days("2021-12-07", "2021-12-07")}}, nil},
			{"several days", rashomon.FootprintNear{Days: [][2]int{days("2021-01-01", "2021-01-31"), days("2023-05-14", "2023-05-14")}}, inA},
			{"place", rashomon.FootprintNear{Places: []string{"p-shusha"}}, map[string]string{"d2": a.ID}},
			{"places", rashomon.FootprintNear{Places: []string{"p-nowhere", "p-aghdam"}}, inA},
			{"undated at a dated place", rashomon.FootprintNear{UndatedAt: []string{"p-aghdam"}}, nil},
			{"all at once", rashomon.FootprintNear{Docs: []string{"d1"}, Days: [][2]int{days("2023-05-14", "2023-05-14")},
				Places: []string{"p-aghdam"}}, inA},
			{"nothing", rashomon.FootprintNear{}, nil},
		})
	})

	replace([]rashomon.Incident{b}, nil, []string{"d5", "d6"})
	t.Run("two incidents", func(t *testing.T) {
		unlinked(0)
		checkIncident(t, st, "inc-b", &b)
		checkEventIncidents(t, st, map[string][]string{a.ID: a.Events, b.ID: b.Events})
		checkIncidents(t, st, map[string]struct {
			q    rashomon.IncidentQuery
			want []string
		}{
			"newest first, undated last": {rashomon.IncidentQuery{}, []string{a.ID, b.ID}},
			"limit":                      {rashomon.IncidentQuery{Limit: 1}, []string{a.ID}},
			"offset":                     {rashomon.IncidentQuery{Offset: 1}, []string{b.ID}},
			"title word":                 {rashomon.IncidentQuery{Search: "aghdam"}, []string{a.ID}},
			"title words":                {rashomon.IncidentQuery{Search: "embassy protest"}, []string{b.ID}},
			"title words apart":          {rashomon.IncidentQuery{Search: "embassy aghdam"}, []string{}},
			"country of a side":          {rashomon.IncidentQuery{Country: "ARM"}, []string{a.ID}},
			"country lower case":         {rashomon.IncidentQuery{Country: "aze"}, []string{a.ID}},
			"country of no side":         {rashomon.IncidentQuery{Country: "TUR"}, []string{}},
			"since":                      {rashomon.IncidentQuery{Since: date("2023")}, []string{a.ID}},
			"until":                      {rashomon.IncidentQuery{Until: date("2022")}, []string{}},
			"since and until a day":      {rashomon.IncidentQuery{Since: date("2023-05-14"), Until: date("2023-05-14")}, []string{a.ID}},
		})
		checkNear(t, st, []near{
			{"undated at a place", rashomon.FootprintNear{UndatedAt: []string{"p-baku"}}, map[string]string{"d5": b.ID}},
			{"undated document at a place", rashomon.FootprintNear{Places: []string{"p-baku"}}, nil},
			{"linked in no incident", rashomon.FootprintNear{Days: [][2]int{days("2021-12-07", "2021-12-07")}}, map[string]string{"d6": ""}},
		})
	})

	// an incident sharing documents with A replaces it
	c := rashomon.Incident{ID: "inc-c5d6", Type: rashomon.ASSAULT, Date: date("2023-05-14"), Events: []string{"d1-e1", "d2-e1"},
		Docs: []string{"d1", "d2"}, Claimants: []rashomon.ActorRef{actor("AZEMIL"), actor("ARMMIL")}, Independent: 2,
		Title: "Fire near Aghdam"}
	replace([]rashomon.Incident{c}, nil, nil)
	t.Run("replaced", func(t *testing.T) {
		checkIncident(t, st, a.ID, nil)
		checkIncident(t, st, "inc-a", nil)
		checkIncident(t, st, c.ID, &c)
		checkEventIncidents(t, st, map[string][]string{c.ID: c.Events, b.ID: b.Events, a.ID: nil})
		checkNear(t, st, []near{
			{"docs", rashomon.FootprintNear{Docs: []string{"d1", "d3"}}, map[string]string{"d1": c.ID, "d3": ""}},
		})
		checkIncidents(t, st, map[string]struct {
			q    rashomon.IncidentQuery
			want []string
		}{"all": {rashomon.IncidentQuery{}, []string{c.ID, b.ID}}})
	})

	replace(nil, []string{b.ID}, nil)
	t.Run("removed", func(t *testing.T) {
		checkIncident(t, st, b.ID, nil)
		checkEventIncidents(t, st, map[string][]string{c.ID: c.Events, b.ID: nil})
		checkNear(t, st, []near{
			{"undated at a place", rashomon.FootprintNear{UndatedAt: []string{"p-baku"}}, map[string]string{"d5": ""}},
		})
		checkIncidents(t, st, map[string]struct {
			q    rashomon.IncidentQuery
			want []string
		}{"all": {rashomon.IncidentQuery{}, []string{c.ID}}})
	})

	// an incident stored again under its id with other documents is
	// replaced whole
	c2 := rashomon.Incident{ID: c.ID, Type: rashomon.CONCEDE, Date: date("2021-12-07"), Events: []string{"d6-e1"},
		Docs: []string{"d6"}, Claimants: []rashomon.ActorRef{actor("AZEGOV")}, Independent: 1, Title: "Detainees handed over"}
	replace([]rashomon.Incident{c2}, nil, nil)
	t.Run("same id", func(t *testing.T) {
		checkIncident(t, st, c.ID, &c2)
		checkEventIncidents(t, st, map[string][]string{c.ID: c2.Events})
		checkNear(t, st, []near{
			{"docs", rashomon.FootprintNear{Docs: []string{"d1", "d6"}}, map[string]string{"d1": "", "d6": c.ID}},
		})
		checkIncidents(t, st, map[string]struct {
			q    rashomon.IncidentQuery
			want []string
		}{
			"all":   {rashomon.IncidentQuery{}, []string{c.ID}},
			"until": {rashomon.IncidentQuery{Until: date("2021")}, []string{c.ID}},
			"since": {rashomon.IncidentQuery{Since: date("2023")}, []string{}},
		})
	})
}
