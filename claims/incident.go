package claims

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// BuildIncident assembles an incident from the documents linked together:
// the events that belong to it (dated within the window of its date, or
// undated), its sides, its place, and the points where the sides'
// accounts contradict or corroborate each other.
func BuildIncident(docs []*rashomon.Document, places Places) rashomon.Incident {
	sort.Slice(docs, func(i, j int) bool { return docs[i].ID < docs[j].ID })
	var inc rashomon.Incident
	// the incident's date: the earliest day-precision happening
	for _, d := range docs {
		fp := FootprintOf(d, places)
		if fp.Date.Precision() == rashomon.PrecDay && (inc.Date.IsZero() || fp.Date.Time().Before(inc.Date.Time())) {
			inc.Date = fp.Date
		}
	}
	h := sha256.New()
	for _, d := range docs {
		h.Write([]byte(d.ID))
		inc.Docs = append(inc.Docs, d.ID)
	}
	inc.ID = "inc-" + hex.EncodeToString(h.Sum(nil))[:12]
	var evs []*rashomon.Event
	reprint := map[string]string{}
	for _, d := range docs {
		if d.ReprintOf != "" {
			reprint[d.ID] = d.ReprintOf
		}
		for i := range d.Events {
			e := &d.Events[i]
			if e.Date.IsZero() || inc.Date.IsZero() || datesCompatible(e.Date, inc.Date) {
				evs = append(evs, e)
				inc.Events = append(inc.Events, e.ID)
			}
		}
	}
	// type and place: the commonest
	types := map[string]int{}
	placeN := map[string]int{}
	placeOf := map[string]rashomon.Place{}
	claimants := map[rashomon.ActorRef]bool{}
	for _, e := range evs {
		if material[e.Type] {
			types[e.Type]++
		}
		if e.Location != nil && e.Location.Place.Kind != "country" {
			placeN[e.Location.Place.ID]++
			placeOf[e.Location.Place.ID] = e.Location.Place
		}
		if !e.Claimant.Actor.IsZero() {
			claimants[e.Claimant.Actor] = true
		}
	}
	inc.Type = argmax(types)
	if id := argmax(placeN); id != "" {
		p := placeOf[id]
		inc.Place = &p
	}
	for c := range claimants {
		inc.Claimants = append(inc.Claimants, c)
	}
	sort.Slice(inc.Claimants, func(i, j int) bool { return inc.Claimants[i].Code() < inc.Claimants[j].Code() })
	// independent voices: claimant countries. A reprint's claims are its
	// original's, so republishing a statement adds no voice.
	indep := map[string]bool{}
	for _, e := range evs {
		if e.Claimant.Actor.Country != "" {
			indep[e.Claimant.Actor.Country] = true
		}
	}
	inc.Independent = len(indep)
	inc.Contradictions, inc.Agreements = contrast(docs, evs, reprint)
	inc.Title = title(inc)
	return inc
}

func argmax(m map[string]int) string {
	best, n := "", 0
	for k, v := range m {
		if v > n || v == n && k < best {
			best, n = k, v
		}
	}
	return best
}

func title(inc rashomon.Incident) string {
	var b strings.Builder
	if inc.Type != "" {
		b.WriteString(strings.ToLower(inc.Type))
	} else {
		b.WriteString("statements")
	}
	if inc.Place != nil {
		b.WriteString(" at " + inc.Place.Name)
	}
	if !inc.Date.IsZero() {
		b.WriteString(", " + inc.Date.String())
	}
	var sides []string
	seen := map[string]bool{}
	for _, c := range inc.Claimants {
		if c.Country != "" && !seen[c.Country] {
			seen[c.Country] = true
			sides = append(sides, c.Country)
		}
	}
	if len(sides) > 0 {
		b.WriteString(" — told by " + strings.Join(sides, ", "))
	}
	return b.String()
}

// claimOf summarises an event as one side's claim.
func claimOf(d *rashomon.Document, e *rashomon.Event) rashomon.ClaimRef {
	sent := e.Span
	if e.Sentence >= 0 && e.Sentence < len(d.Sentences) {
		sent = d.Sentences[e.Sentence].Span
	}
	says := strings.ToLower(e.Type)
	if e.Negated {
		says = "no " + says
	}
	if e.Source != nil {
		says = e.Source.Actor.String() + " " + says
	}
	if e.Target != nil {
		says += " against " + e.Target.Actor.String()
	}
	if e.Location != nil {
		says += " at " + e.Location.Place.Name
	}
	if !e.Date.IsZero() {
		says += ", " + e.Date.String()
	}
	for _, c := range e.Counts {
		says += fmt.Sprintf(", %g %s", c.Value, c.Kind)
	}
	return rashomon.ClaimRef{Event: e.ID, Doc: e.DocID, Claimant: e.Claimant.Actor, Says: says,
		Quote: sent.Text(d.Text), Span: sent}
}

// contrast finds, between claims of different claimants (a reprint's
// claims are its original's), the points where accounts contradict each
// other, and where independent claimants agree.
func contrast(docs []*rashomon.Document, evs []*rashomon.Event, reprint map[string]string) (contra, agree []rashomon.Contradiction) {
	byID := map[string]*rashomon.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	side := func(e *rashomon.Event) string { return e.Claimant.Actor.Country }
	root := func(doc string) string {
		if r, ok := reprint[doc]; ok {
			return r
		}
		return doc
	}
	differ := func(a, b *rashomon.Event) bool {
		return side(a) != "" && side(b) != "" && side(a) != side(b) && root(a.DocID) != root(b.DocID)
	}
	claim := func(e *rashomon.Event) rashomon.ClaimRef { return claimOf(byID[e.DocID], e) }
	src := func(e *rashomon.Event) string {
		if e.Source == nil {
			return ""
		}
		return e.Source.Actor.Country
	}
	tgt := func(e *rashomon.Event) string {
		if e.Target == nil {
			return ""
		}
		return e.Target.Actor.Country
	}
	add := func(list *[]rashomon.Contradiction, point, detail string, a, b *rashomon.Event) {
		for i := range *list {
			c := &(*list)[i]
			if c.Point == point && c.Detail == detail {
				for _, e := range []*rashomon.Event{a, b} {
					dup := false
					for _, cl := range c.Claims {
						if cl.Event == e.ID {
							dup = true
						}
					}
					if !dup {
						c.Claims = append(c.Claims, claim(e))
					}
				}
				return
			}
		}
		*list = append(*list, rashomon.Contradiction{Point: point, Detail: detail, Claims: []rashomon.ClaimRef{claim(a), claim(b)}})
	}
	for i, a := range evs {
		for _, b := range evs[i+1:] {
			if !differ(a, b) {
				continue
			}
			ma, mb := material[a.Type] && !a.Negated, material[b.Type] && !b.Negated
			switch {
			// mirror accusations: each side says the other acted
			case ma && mb && src(a) != "" && src(b) != "" && src(a) != src(b):
				add(&contra, "who-acted", fmt.Sprintf("who acted against whom: %s says %s, %s says %s", side(a), src(a), side(b), src(b)), a, b)
			// assertion against denial
			case ma && (b.Type == rashomon.REJECT && (tgt(b) == side(a) || tgt(b) == src(a) || src(b) == src(a))):
				add(&contra, "happened", fmt.Sprintf("whether it happened: %s asserts, %s denies", side(a), side(b)), a, b)
			case mb && (a.Type == rashomon.REJECT && (tgt(a) == side(b) || tgt(a) == src(b) || src(a) == src(b))):
				add(&contra, "happened", fmt.Sprintf("whether it happened: %s asserts, %s denies", side(b), side(a)), b, a)
			case a.Type == b.Type && src(a) == src(b) && a.Negated != b.Negated:
				add(&contra, "happened", fmt.Sprintf("whether %s happened", strings.ToLower(a.Type)), a, b)
			// mutual accusations of violating an agreement
			case a.Type == rashomon.ACCUSE && b.Type == rashomon.ACCUSE && tgt(a) != "" && tgt(b) != "" && tgt(a) != tgt(b) && src(a) != src(b):
				add(&contra, "who-acted", fmt.Sprintf("who is to blame: %s blames %s, %s blames %s", side(a), tgt(a), side(b), tgt(b)), a, b)
			}
			if ma && mb && a.Type == b.Type {
				// where: whose territory
				if a.Location != nil && b.Location != nil && a.Location.Place.Country != "" && b.Location.Place.Country != "" &&
					a.Location.Place.Country != b.Location.Place.Country {
					add(&contra, "where", fmt.Sprintf("where: %s says in %s (%s), %s says in %s (%s)", side(a), a.Location.Place.Name,
						a.Location.Place.Country, side(b), b.Location.Place.Name, b.Location.Place.Country), a, b)
				}
				// numbers
				for _, ca := range a.Counts {
					for _, cb := range b.Counts {
						if ca.Kind == cb.Kind && ca.Value != cb.Value {
							add(&contra, "numbers", fmt.Sprintf("%s: %s says %g, %s says %g", ca.Kind, side(a), ca.Value, side(b), cb.Value), a, b)
						}
					}
				}
				// agreement: independent sides tell the same act
				if src(a) == src(b) && tgt(a) == tgt(b) && src(a) != "" {
					add(&agree, "corroborated", fmt.Sprintf("%s and %s both say %s %s %s", side(a), side(b), src(a), strings.ToLower(a.Type), tgt(a)), a, b)
				}
			}
			// names: one place under each side's name
			if a.Location != nil && b.Location != nil && a.Location.Place.ID == b.Location.Place.ID &&
				norm(a.Location.Text) != norm(b.Location.Text) {
				add(&contra, "names", fmt.Sprintf("names for %s: %s says %q, %s says %q", a.Location.Place.Name,
					side(a), a.Location.Text, side(b), b.Location.Text), a, b)
			}
		}
	}
	return contra, agree
}

func norm(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
