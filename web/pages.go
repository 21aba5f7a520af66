package web

import (
	"errors"
	"net/http"
	"sort"
	"strings"

	"github.com/rashomon-project/rashomon"
)

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	incs, err := s.o.Store.Incidents(ctx, rashomon.IncidentQuery{Limit: 8})
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	types, err := s.o.Store.EventFacets(ctx, rashomon.EventQuery{}, rashomon.FacetType, 20)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	docs, err := s.o.Store.Documents(ctx, rashomon.DocQuery{Limit: 8})
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	claimants, err := s.o.Store.EventFacets(ctx, rashomon.EventQuery{}, rashomon.FacetClaimant, 12)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	total := 0
	for _, t := range types {
		total += t.N
	}
	s.render(w, r, http.StatusOK, "home", "rashomon", struct {
		Incidents []rashomon.Incident
		Types     []rashomon.FacetCount
		Claimants []rashomon.FacetCount
		Docs      []rashomon.DocSummary
		Events    int
	}{incs, types, claimants, docs, total})
}

// facet is a list of values to filter by, with the parameter it sets.
type facet struct {
	Title  string
	Param  string
	Values []rashomon.FacetCount
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	v := r.URL.Query()
	eq, err := eventQuery(v)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	dq, err := docQuery(v)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	dq.Limit = 20
	docs, err := s.o.Store.Documents(ctx, dq)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	// the events of the documents an issuer filter selects are not known
	// to the event store; the issuer narrows documents only
	events, err := s.o.Store.Events(ctx, eq)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	var facets []facet
	for _, f := range []struct{ title, field, param string }{
		{"Type", rashomon.FacetType, "type"}, {"Claimant", rashomon.FacetClaimant, "claimant"},
		{"Source", rashomon.FacetSource, "source"}, {"Target", rashomon.FacetTarget, "target"},
		{"Place", rashomon.FacetPlace, "place"}, {"Year", rashomon.FacetYear, ""},
	} {
		vals, err := s.o.Store.EventFacets(ctx, eq, f.field, 12)
		if err != nil {
			s.storeError(w, r, err)
			return
		}
		facets = append(facets, facet{f.title, f.param, vals})
	}
	issuers, err := s.o.Store.DocFacets(ctx, dq, rashomon.FacetIssuer, 12)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	filters := activeFilters(v)
	title := "Search"
	if q := v.Get("q"); q != "" {
		title = "Search: " + q
	}
	s.render(w, r, http.StatusOK, "search", title, struct {
		Docs     []rashomon.DocSummary
		Events   rashomon.EventPage
		Facets   []facet
		Issuers  []rashomon.FacetCount
		Filters  []filter
		Next     int
		Prev     int
		Offset   int
		HasPrev  bool
		HasNext  bool
		Showing  int
		Incident string
	}{docs, events, facets, issuers, filters, eq.Offset + eq.Limit, max(0, eq.Offset-eq.Limit), eq.Offset,
		eq.Offset > 0, eq.Offset+len(events.Events) < events.Total, len(events.Events), eq.Incident})
}

// filter is an active search filter, shown with a link that removes it.
type filter struct{ Param, Label, Value string }

var filterLabels = []struct{ param, label string }{
	{"q", "words"}, {"type", "type"}, {"actor", "actor"}, {"source", "source"}, {"target", "target"},
	{"claimant", "claimant"}, {"place", "place"}, {"incident", "incident"}, {"doc", "document"}, {"issuer", "issuer"},
	{"since", "since"}, {"until", "until"},
}

func activeFilters(v map[string][]string) []filter {
	var out []filter
	for _, f := range filterLabels {
		if vals := v[f.param]; len(vals) > 0 && vals[0] != "" {
			out = append(out, filter{f.param, f.label, vals[0]})
		}
	}
	return out
}

func (s *Server) incidentsPage(w http.ResponseWriter, r *http.Request) {
	q, err := incidentQuery(r.URL.Query())
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	list, err := s.o.Store.Incidents(r.Context(), q)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "incidents", "Incidents", struct {
		Incidents []rashomon.Incident
		Country   string
	}{list, q.Country})
}

// account is one side's version of an incident: its claims in document
// order.
type account struct {
	Side   string
	Claims []claim
	More   []claim
}

// claim is a claim with the sentence it rests on.
type claim struct {
	rashomon.ClaimRef
	Sentence int
	Type     string
	Stance   rashomon.Stance
}

type docRef struct {
	ID, Title, Issuer string
	Published         rashomon.Date
	ReprintOf         string
	Sentence          int
}

func (s *Server) incidentPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	inc, err := s.o.Store.Incident(ctx, r.PathValue("id"))
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	page, err := s.o.Store.Events(ctx, rashomon.EventQuery{Incident: inc.ID, Limit: 500, Sort: "date"})
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	docs := map[string]docRef{}
	for _, id := range inc.Docs {
		d, err := s.o.Store.Document(ctx, id)
		if err != nil {
			if errors.Is(err, rashomon.ErrNotFound) {
				continue
			}
			s.storeError(w, r, err)
			return
		}
		docs[id] = docRef{ID: d.ID, Title: titleOf(d), Issuer: d.Issuer, Published: d.Published, ReprintOf: d.ReprintOf}
	}
	// accounts side by side: each claimant country's claims
	by := map[string]*account{}
	var sides []string
	for _, e := range page.Events {
		side := e.Claimant.Actor.Country
		if side == "" {
			side = e.Claimant.Actor.String()
		}
		if side == "" {
			side = "unattributed"
		}
		a := by[side]
		if a == nil {
			a = &account{Side: side}
			by[side] = a
			sides = append(sides, side)
		}
		a.Claims = append(a.Claims, claimOf(e))
	}
	sort.Strings(sides)
	var accounts []account
	for _, sd := range sides {
		accounts = append(accounts, *by[sd])
	}
	var docList []docRef
	for _, id := range inc.Docs {
		if d, ok := docs[id]; ok {
			docList = append(docList, d)
		}
	}
	for i := range accounts {
		if len(accounts[i].Claims) > shownClaims {
			accounts[i].More = accounts[i].Claims[shownClaims:]
			accounts[i].Claims = accounts[i].Claims[:shownClaims]
		}
	}
	s.render(w, r, http.StatusOK, "incident", inc.Title, struct {
		Inc            *rashomon.Incident
		Accounts       []account
		Contradictions []pointView
		Agreements     []pointView
		Docs           []docRef
		DocTitle       map[string]docRef
	}{inc, accounts, pointViews(inc.Contradictions), pointViews(inc.Agreements), docList, docs})
}

// shownClaims is how many of a side's claims a page shows before "more".
const shownClaims = 6

// pointView is a point of contradiction with each side's claims in a
// column.
type pointView struct {
	Point, Detail string
	Sides         []sideClaims
}

type sideClaims struct {
	Side   string
	Claims []rashomon.ClaimRef
	More   []rashomon.ClaimRef
}

// perPoint is how many claims of a side a point shows before "more".
const perPoint = 2

func pointViews(cs []rashomon.Contradiction) []pointView {
	var out []pointView
	for _, c := range cs {
		pv := pointView{Point: c.Point, Detail: c.Detail}
		idx := map[string]int{}
		for _, cl := range c.Claims {
			side := cl.Claimant.Country
			if side == "" {
				side = cl.Claimant.String()
			}
			i, ok := idx[side]
			if !ok {
				i = len(pv.Sides)
				idx[side] = i
				pv.Sides = append(pv.Sides, sideClaims{Side: side})
			}
			sc := &pv.Sides[i]
			if len(sc.Claims) < perPoint {
				sc.Claims = append(sc.Claims, cl)
			} else {
				sc.More = append(sc.More, cl)
			}
		}
		out = append(out, pv)
	}
	return out
}

// claimOf summarises an event row as one side's claim.
func claimOf(e rashomon.EventRow) claim {
	says := strings.ToLower(e.Type)
	if e.Negated {
		says = "no " + says
	}
	if e.Source != nil && !e.Source.Actor.IsZero() {
		says = e.Source.Actor.String() + " " + says
	}
	if e.Target != nil && !e.Target.Actor.IsZero() {
		says += " against " + e.Target.Actor.String()
	}
	if e.Location != nil {
		says += " at " + e.Location.Place.Name
	}
	if !e.Date.IsZero() {
		says += ", " + e.Date.String()
	}
	return claim{ClaimRef: rashomon.ClaimRef{Event: e.ID, Doc: e.DocID, Claimant: e.Claimant.Actor, Says: says, Quote: e.Quote},
		Sentence: e.Sentence, Type: e.Type, Stance: e.Stance}
}

func titleOf(d *rashomon.Document) string {
	if d.Title != "" {
		return d.Title
	}
	t := strings.Join(strings.Fields(d.Text), " ")
	if len([]rune(t)) > 80 {
		t = string([]rune(t)[:79]) + "…"
	}
	return t
}
