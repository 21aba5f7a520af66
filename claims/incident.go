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
// other, and where independent claimants agree. Pairs of claims that bear
// on the same point (the mirror accusations of one exchange of fire, the
// names of one place) are gathered into one point, with each side's claims
// under it.
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
	denied := func(e *rashomon.Event) bool { return e.Negated || e.Stance == rashomon.Denied }
	asserted := func(e *rashomon.Event) bool {
		return !denied(e) && e.Stance != rashomon.Alleged && e.Stance != rashomon.Demanded
	}
	var contraPts, agreePts points
	for i, a := range evs {
		for _, b := range evs[i+1:] {
			if !differ(a, b) {
				continue
			}
			if !material[a.Type] && material[b.Type] {
				a, b = b, a // a material claim first
			}
			ma, mb := material[a.Type] && asserted(a), material[b.Type] && asserted(b)
			switch {
			// mirror accusations: each side says the other acted
			case ma && mb && src(a) == side(b) && src(b) == side(a):
				contraPts.add("who-acted", "", a, b)
			// assertion against denial: a says it happened, b denies it
			case ma && b.Type == rashomon.REJECT && (tgt(b) == side(a) || tgt(b) == src(a) || src(b) == src(a)):
				contraPts.add("happened", src(a), a, b)
			case ma && material[b.Type] && denied(b) && (src(b) == src(a) || src(b) == ""):
				contraPts.add("happened", src(a), a, b)
			// one act, two names for it: a strike or an intrusion
			case ma && mb && a.Type != b.Type && src(a) == src(b) && src(a) != "":
				contraPts.add("what", src(a), a, b)
			// mutual blame: each side accuses the other
			case a.Type == rashomon.ACCUSE && b.Type == rashomon.ACCUSE && tgt(a) == side(b) && tgt(b) == side(a):
				contraPts.add("who-acted", "blame", a, b)
			}
			if ma && mb && a.Type == b.Type {
				// where: whose territory
				if a.Location != nil && b.Location != nil && a.Location.Place.Country != "" && b.Location.Place.Country != "" &&
					a.Location.Place.Country != b.Location.Place.Country {
					contraPts.add("where", "", a, b)
				}
				// numbers of one kind
				for _, ca := range a.Counts {
					for _, cb := range b.Counts {
						if ca.Kind == cb.Kind && ca.Value != cb.Value {
							contraPts.add("numbers", ca.Kind, a, b)
						}
					}
				}
				// agreement: independent sides tell the same act
				if src(a) == src(b) && tgt(a) == tgt(b) && src(a) != "" && tgt(a) != "" {
					agreePts.add("corroborated", src(a)+" "+a.Type+" "+tgt(a), a, b)
				}
			}
			// names: one place under each side's name
			if a.Location != nil && b.Location != nil && a.Location.Place.ID == b.Location.Place.ID &&
				a.Location.Text != "" && b.Location.Text != "" && nameKey(a.Location.Text) != nameKey(b.Location.Text) {
				contraPts.add("names", a.Location.Place.ID, a, b)
			}
		}
	}
	claim := func(e *rashomon.Event) rashomon.ClaimRef { return claimOf(byID[e.DocID], e) }
	return contraPts.build(claim, describe), agreePts.build(claim, describe)
}

// maxClaimsPerSide bounds the evidence kept under a point: a side's claims
// from different documents first.
const maxClaimsPerSide = 8

// point gathers the claims, side by side, that bear on one point.
type point struct {
	kind, key string
	sides     []string                     // in order of appearance
	claims    map[string][]*rashomon.Event // side -> its claims
	seen      map[string]bool              // event ids
}

type points struct {
	list  []*point
	index map[[2]string]*point
}

func (ps *points) add(kind, key string, evs ...*rashomon.Event) {
	if ps.index == nil {
		ps.index = map[[2]string]*point{}
	}
	k := [2]string{kind, key}
	p := ps.index[k]
	if p == nil {
		p = &point{kind: kind, key: key, claims: map[string][]*rashomon.Event{}, seen: map[string]bool{}}
		ps.index[k] = p
		ps.list = append(ps.list, p)
	}
	for _, e := range evs {
		if p.seen[e.ID] {
			continue
		}
		p.seen[e.ID] = true
		s := e.Claimant.Actor.Country
		if _, ok := p.claims[s]; !ok {
			p.sides = append(p.sides, s)
		}
		p.claims[s] = append(p.claims[s], e)
	}
}

// build turns the points into contradictions (or agreements), each side's
// claims from distinct documents first, at most maxClaimsPerSide each.
func (ps *points) build(claim func(*rashomon.Event) rashomon.ClaimRef, describe func(*point) string) []rashomon.Contradiction {
	var out []rashomon.Contradiction
	for _, p := range ps.list {
		if p.kind == "names" && sameNames(p) {
			continue // each side uses every name: no side's usage to contrast
		}
		c := rashomon.Contradiction{Point: p.kind, Detail: describe(p)}
		for _, s := range p.sides {
			evs := p.claims[s]
			sort.SliceStable(evs, func(i, j int) bool { return evs[i].DocID < evs[j].DocID })
			var first, rest []*rashomon.Event
			docs := map[string]bool{}
			for _, e := range evs {
				if docs[e.DocID] {
					rest = append(rest, e)
				} else {
					docs[e.DocID] = true
					first = append(first, e)
				}
			}
			for i, e := range append(first, rest...) {
				if i == maxClaimsPerSide {
					break
				}
				c.Claims = append(c.Claims, claim(e))
			}
		}
		out = append(out, c)
	}
	return out
}

// describe sums up a point in a line: what each side says on it.
func describe(p *point) string {
	var parts []string
	for _, s := range p.sides {
		evs := p.claims[s]
		vals := map[string]bool{}
		var list []string
		addv := func(v string) {
			if v != "" && !vals[v] {
				vals[v] = true
				list = append(list, v)
			}
		}
		for _, e := range evs {
			switch p.kind {
			case "who-acted":
				if p.key == "blame" {
					if e.Target != nil {
						addv(e.Target.Actor.Country)
					}
				} else if e.Source != nil {
					addv(e.Source.Actor.Country)
				}
			case "happened":
				if e.Negated || e.Stance == rashomon.Denied || e.Type == rashomon.REJECT {
					addv("denies it")
				} else {
					addv("says so")
				}
			case "where":
				if e.Location != nil {
					addv(fmt.Sprintf("%s (%s)", e.Location.Place.Name, e.Location.Place.Country))
				}
			case "numbers":
				for _, c := range e.Counts {
					if c.Kind == p.key {
						addv(fmt.Sprintf("%g", c.Value))
					}
				}
			case "names":
				if e.Location != nil {
					addv("“" + e.Location.Text + "”")
				}
			case "corroborated":
				addv("says so")
			case "what":
				addv(strings.ToLower(e.Type))
			}
		}
		var say string
		switch p.kind {
		case "who-acted":
			if p.key == "blame" {
				say = s + " blames " + strings.Join(list, ", ")
			} else {
				say = s + " says " + strings.Join(list, ", ") + " acted"
			}
		case "where":
			say = s + " says in " + strings.Join(list, " or ")
		case "numbers":
			say = s + " says " + strings.Join(list, " or ")
		case "names":
			say = s + " says " + strings.Join(list, ", ")
		case "what":
			say = s + " tells of " + strings.Join(list, " and ")
		default:
			say = s + " " + strings.Join(list, ", ")
		}
		parts = append(parts, say)
	}
	line := strings.Join(parts, "; ")
	switch p.kind {
	case "numbers":
		return p.key + ": " + line
	case "names":
		if len(p.claims) > 0 {
			for _, evs := range p.claims {
				if len(evs) > 0 && evs[0].Location != nil {
					return "names for " + evs[0].Location.Place.Name + ": " + line
				}
			}
		}
	case "corroborated":
		return strings.Join(p.sides, " and ") + " both say " + strings.ToLower(p.key)
	case "what":
		return "what " + p.key + " did: " + line
	case "happened":
		if p.key != "" {
			return "whether " + p.key + " did it: " + line
		}
		return "whether it happened: " + line
	}
	return line
}

// sameNames reports a names point where every side uses the same names.
func sameNames(p *point) bool {
	var first string
	for i, s := range p.sides {
		var keys []string
		seen := map[string]bool{}
		for _, e := range p.claims[s] {
			if e.Location != nil {
				if k := nameKey(e.Location.Text); !seen[k] {
					seen[k] = true
					keys = append(keys, k)
				}
			}
		}
		sort.Strings(keys)
		joined := strings.Join(keys, "|")
		if i == 0 {
			first = joined
		} else if joined != first {
			return false
		}
	}
	return true
}

// nameKey reduces a place's name as written to what tells one side's name
// from another's: case, diacritics of spacing, and generic words ("the
// Kalbajar district" and "Kalbajar" are one name).
func nameKey(s string) string {
	var words []string
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,;:()\"'’“”")
		switch w {
		case "", "the", "of", "district", "region", "village", "city", "town", "settlement", "direction", "area",
			"province", "oblast", "rayon", "raion", "county", "municipality", "community", "vicinity":
			continue
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}
