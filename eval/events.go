package eval

import (
	"fmt"
	"strings"

	"github.com/rashomon-project/rashomon"
)

type eventCounts struct {
	gold, found, matched       int
	clGold, clOK, dtGold, dtOK int
	locGold, locOK             int
}

// scoreEvents matches found events to gold ones one to one: a found event
// matches a gold event when its sentence overlaps the quote, the type is
// equal, and the source and target countries are equal (null equals null).
func scoreEvents(gd GoldDoc, d *rashomon.Document, places Places, det *DocDetail, perType map[string]*TypeScore) eventCounts {
	var c eventCounts
	c.gold = len(gd.Events)
	ts := func(t string) *TypeScore {
		if perType[t] == nil {
			perType[t] = &TypeScore{}
		}
		return perType[t]
	}
	for _, e := range gd.Events {
		ts(e.Type).Gold++
	}
	if d == nil {
		for _, e := range gd.Events {
			det.MissedEvents = append(det.MissedEvents, describeGold(e))
		}
		return c
	}
	c.found = len(d.Events)
	for _, e := range d.Events {
		ts(e.Type).Found++
	}
	// Quote spans in the original text.
	quotes := make([]rashomon.Span, len(gd.Events))
	for i, e := range gd.Events {
		if k := strings.Index(gd.Text, e.Quote); k >= 0 {
			quotes[i] = rashomon.Span{Start: k, End: k + len(e.Quote)}
		} else {
			quotes[i] = rashomon.Span{Start: -1, End: -1}
		}
	}
	// The sentence of each found event, in the original text.
	sents := make([]rashomon.Span, len(d.Events))
	for j, e := range d.Events {
		s := e.Span
		if e.Sentence >= 0 && e.Sentence < len(d.Sentences) {
			s = d.Sentences[e.Sentence].Span
		}
		sents[j] = d.Map.SpanToOriginal(s)
	}
	compatible := func(i, j int) bool {
		g, f := gd.Events[i], d.Events[j]
		return quotes[i].Start >= 0 && sents[j].Overlaps(quotes[i]) && g.Type == f.Type &&
			countryOf(g.Source) == partCountry(f.Source) && countryOf(g.Target) == partCountry(f.Target)
	}
	match := bipartite(len(gd.Events), len(d.Events), compatible)
	matchedFound := make([]bool, len(d.Events))
	for i, j := range match {
		g := gd.Events[i]
		if j < 0 {
			det.MissedEvents = append(det.MissedEvents, describeGold(g))
			continue
		}
		matchedFound[j] = true
		f := d.Events[j]
		c.matched++
		ts(g.Type).Matched++
		c.clGold++
		if countryOf(g.Claimant) == f.Claimant.Actor.Country {
			c.clOK++
		} else {
			det.WrongClaimant = append(det.WrongClaimant, fmt.Sprintf("%s: claimant %s, want %s", clip(g.Quote), f.Claimant.Actor, countryOf(g.Claimant)))
		}
		if g.Date != nil {
			c.dtGold++
			want, _ := rashomon.ParseDate(*g.Date)
			if f.Date.Truncate(want.Precision()) == want && precisionAtLeast(f.Date, want) {
				c.dtOK++
			} else {
				det.WrongDate = append(det.WrongDate, fmt.Sprintf("%s: date %q, want %s", clip(g.Quote), f.Date.String(), *g.Date))
			}
		}
		if g.Location != nil {
			c.locGold++
			if locationMatches(*g.Location, gd, f, places) {
				c.locOK++
			} else {
				got := "none"
				if f.Location != nil {
					got = f.Location.Place.Name
				}
				det.WrongPlace = append(det.WrongPlace, fmt.Sprintf("%s: place %s, want %s", clip(g.Quote), got, *g.Location))
			}
		}
	}
	for j, f := range d.Events {
		if !matchedFound[j] {
			det.FalseEvents = append(det.FalseEvents, fmt.Sprintf("%s %s→%s %q (%s)", f.Type, partString(f.Source), partString(f.Target), clip(sents[j].Text(gd.Text)), f.Rule))
		}
	}
	return c
}

func precisionAtLeast(got, want rashomon.Date) bool {
	rank := map[rashomon.Precision]int{rashomon.PrecYear: 1, rashomon.PrecMonth: 2, rashomon.PrecDay: 3}
	return rank[got.Precision()] >= rank[want.Precision()]
}

// locationMatches compares a found event's place with the gold location:
// by name, an alias the gold document gives, or within 25 km.
func locationMatches(want string, gd GoldDoc, f rashomon.Event, places Places) bool {
	if f.Location == nil {
		return false
	}
	p := f.Location.Place
	names := map[string]bool{norm(want): true}
	var lat, lon *float64
	for _, gp := range gd.Places {
		if norm(gp.Canonical) == norm(want) {
			for _, a := range gp.Aliases {
				names[norm(a)] = true
			}
			if gp.Lat != nil {
				lat, lon = gp.Lat, gp.Lon
			}
		}
	}
	if names[norm(p.Name)] {
		return true
	}
	for _, n := range p.Names {
		if names[norm(n)] {
			return true
		}
	}
	return lat != nil && p.Lat != nil && distanceKm(*lat, *lon, *p.Lat, *p.Lon) <= 25
}

func countryOf(a *Actor) string {
	if a == nil || a.Country == nil {
		return ""
	}
	return *a.Country
}

func partCountry(p *rashomon.Participant) string {
	if p == nil {
		return ""
	}
	return p.Actor.Country
}

func partString(p *rashomon.Participant) string {
	if p == nil {
		return "-"
	}
	return p.Actor.String()
}

func describeGold(e GoldEvent) string {
	return fmt.Sprintf("%s %s→%s %q", e.Type, refString(e.Source.Ref()), refString(e.Target.Ref()), clip(e.Quote))
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 90 {
		return string(r[:89]) + "…"
	}
	return s
}

// bipartite returns a maximum matching: for each left vertex, the right
// vertex matched to it or -1 (Kuhn's augmenting paths; the graphs are
// small).
func bipartite(nl, nr int, edge func(i, j int) bool) []int {
	adj := make([][]int, nl)
	for i := range nl {
		for j := range nr {
			if edge(i, j) {
				adj[i] = append(adj[i], j)
			}
		}
	}
	right := make([]int, nr)
	for j := range right {
		right[j] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for _, j := range adj[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if right[j] < 0 || try(right[j], seen) {
				right[j] = i
				return true
			}
		}
		return false
	}
	for i := range nl {
		try(i, make([]bool, nr))
	}
	left := make([]int, nl)
	for i := range left {
		left[i] = -1
	}
	for j, i := range right {
		if i >= 0 {
			left[i] = j
		}
	}
	return left
}

// scoreIncidents compares document pairs grouped by the pipeline with
// those sharing a gold incident, and looks for each gold contradiction
// among the pipeline's.
func scoreIncidents(g *Gold, in Input, r *Report) {
	ids := map[string]string{} // pipeline doc id -> gold id
	for gid, d := range in.Docs {
		if d != nil {
			ids[d.ID] = gid
		}
	}
	type pair struct{ a, b string }
	mk := func(a, b string) pair {
		if a > b {
			a, b = b, a
		}
		return pair{a, b}
	}
	goldPairs := map[pair]bool{}
	for _, inc := range g.Incidents {
		for i := range inc.Docs {
			for j := i + 1; j < len(inc.Docs); j++ {
				goldPairs[mk(inc.Docs[i], inc.Docs[j])] = true
			}
		}
	}
	predPairs := map[pair]bool{}
	for _, inc := range in.Incidents {
		var docs []string
		for _, d := range inc.Docs {
			if gid, ok := ids[d]; ok {
				docs = append(docs, gid)
			}
		}
		for i := range docs {
			for j := i + 1; j < len(docs); j++ {
				if docs[i] != docs[j] {
					predPairs[mk(docs[i], docs[j])] = true
				}
			}
		}
	}
	both := 0
	for p := range predPairs {
		if goldPairs[p] {
			both++
		}
	}
	r.IncidentPairPrecision = ratio(both, len(predPairs))
	if len(predPairs) == 0 && len(goldPairs) > 0 {
		zero := 0.0
		r.IncidentPairPrecision = &zero
	}
	r.IncidentPairRecall = ratio(both, len(goldPairs))
	// Contradictions: found when the pipeline reports one between claims
	// of two of the gold contradiction's documents.
	reported := map[pair]bool{}
	for _, inc := range in.Incidents {
		for _, c := range inc.Contradictions {
			for i := range c.Claims {
				for j := i + 1; j < len(c.Claims); j++ {
					a, b := ids[c.Claims[i].Doc], ids[c.Claims[j].Doc]
					if a != "" && b != "" && a != b {
						reported[mk(a, b)] = true
					}
				}
			}
		}
	}
	total, found := 0, 0
	for _, inc := range g.Incidents {
		for _, c := range inc.Contradictions {
			total++
			hit := false
			for i := range c.Claims {
				for j := i + 1; j < len(c.Claims) && !hit; j++ {
					if c.Claims[i].Doc != c.Claims[j].Doc && reported[mk(c.Claims[i].Doc, c.Claims[j].Doc)] {
						hit = true
					}
				}
			}
			if hit {
				found++
			}
		}
	}
	r.ContradictionRecall = ratio(found, total)
}

// countrySlot is what stands first in an actor's CAMEO code, where the
// gold records' source codes have their country: the country, or for an
// international organisation with none, IGO or NGO ("IGOUNO" is the UN).
func countrySlot(a rashomon.ActorRef) string {
	if a.Country == "" && (a.Sector == "IGO" || a.Sector == "NGO") {
		return a.Sector
	}
	return a.Country
}

// scorePlover scores the PLOVER gold standard records: of its sentences,
// those where the pipeline codes an event of the gold type, of the gold
// type with a gold source country, and, of all events coded on them, the
// share of the sentence's gold type.
func scorePlover(recs []PloverRecord, coded map[string][]rashomon.Event, r *Report) {
	typeHit, typeSrcHit, events, eventsRight := 0, 0, 0, 0
	for _, rec := range recs {
		evs := coded[rec.ID]
		srcs := map[string]bool{}
		for _, c := range rec.SourceCountries() {
			srcs[c] = true
		}
		th, tsh := false, false
		for _, e := range evs {
			events++
			if e.Type == rec.Event {
				eventsRight++
				th = true
				if e.Source != nil && srcs[countrySlot(e.Source.Actor)] {
					tsh = true
				}
			}
		}
		if th {
			typeHit++
		}
		if tsh {
			typeSrcHit++
		}
	}
	r.PloverGSRSentences = intp(len(recs))
	r.PloverGSRTypeRecall = ratio(typeHit, len(recs))
	r.PloverGSRTypeSourceRecall = ratio(typeSrcHit, len(recs))
	r.PloverGSRPrecision = ratio(eventsRight, events)
	if events == 0 {
		zero := 0.0
		r.PloverGSRPrecision = &zero
	}
}
