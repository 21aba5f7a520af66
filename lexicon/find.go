package lexicon

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// Finding is one thing a name can resolve to, with why.
type Finding struct {
	Kind   string            `json:"kind"`
	Actor  rashomon.ActorRef `json:"actor,omitzero"`
	Entity string            `json:"entity,omitempty"`
	Name   string            `json:"name"`
	Detail string            `json:"detail,omitempty"`
	Source string            `json:"source"` // file:line of the entry
}

// Find lists every entry whose surface is exactly name (case- and
// accent-insensitively), and, as its last finding, what the matcher makes
// of name as a phrase at date.
func (lx *Lexicon) Find(name string, date rashomon.Date) []Finding {
	var out []Finding
	n := &lx.index.root
	for _, t := range keysOf(name) {
		if n != nil && n.next != nil {
			n = n.next[t.key]
		} else {
			n = nil
		}
	}
	if n != nil {
		for _, e := range n.entries {
			out = append(out, lx.describe(e, date))
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })
	m := lx.NewMatcher()
	for _, mm := range m.Match(name, nil, Context{Date: date}) {
		f := Finding{Kind: "match: " + string(mm.Kind), Actor: mm.Actor, Entity: mm.EntityID, Name: mm.Text,
			Detail: "rule " + mm.Rule}
		if mm.Note != "" {
			f.Detail += "; " + mm.Note
		}
		if mm.Kind == rashomon.MentionPlace {
			f.Detail += "; " + mm.Name
		}
		out = append(out, f)
	}
	return out
}

func (lx *Lexicon) describe(e *entry, date rashomon.Date) Finding {
	f := Finding{Kind: e.kind.String(), Name: e.surface}
	switch e.kind {
	case kindCountryName, kindCapital, kindMetonym, kindDemonym:
		f.Actor = rashomon.ActorRef{Country: e.country.Code, Sector: e.sector}
		f.Detail = e.country.Name
		f.Source = e.country.src.String()
	case kindCountryAdj:
		f.Actor = rashomon.ActorRef{Country: e.country.Code}
		f.Detail = e.country.Name + " (combines with an agent word: " + strconv.Quote(e.surface+" army") + ")"
		f.Source = e.country.src.String()
	case kindAgent:
		f.Actor = rashomon.ActorRef{Sector: e.sector}
		if e.agent.Inherit {
			f.Detail = "takes the issuing institution's sector"
		}
		f.Source = e.agent.src.String()
	case kindOrg:
		f.Actor = rashomon.ActorRef{Sector: e.org.Sector}
		if e.org.Country != nil {
			f.Actor.Country = *e.org.Country
		}
		f.Entity, f.Detail, f.Source = "org:"+e.org.ID, e.org.Name, e.org.src.String()
		if e.org.Note != "" {
			f.Detail += " — " + e.org.Note
		}
	case kindPerson:
		r, ok := e.person.roleAt(date)
		f.Actor = rashomon.ActorRef{Sector: r.Sector}
		if r.Country != nil {
			f.Actor.Country = *r.Country
		}
		when := "at " + date.String()
		if date.IsZero() {
			when = "latest role"
		} else if !ok {
			when = "no role at " + date.String() + "; nearest"
		}
		f.Entity, f.Source = "person:"+e.person.Name, e.person.src.String()
		f.Detail = fmt.Sprintf("%s, %s: %s", e.person.Name, when, r.describe())
	case kindPlace:
		p := e.place
		f.Entity, f.Source = p.ID, p.src.String()
		var parts []string
		parts = append(parts, p.Name+" ("+p.Kind)
		if p.Country != "" {
			parts[0] += ", " + p.Country
		}
		parts[0] += ")"
		if p.Lat != nil {
			parts = append(parts, fmt.Sprintf("%.4f, %.4f", *p.Lat, *p.Lon))
		}
		if len(e.by) > 0 {
			parts = append(parts, "name used by "+strings.Join(e.by, ", "))
		}
		if e.dateline {
			parts = append(parts, "only in a dateline")
		}
		f.Detail = strings.Join(parts, "; ")
	case kindTitle:
		f.Detail = "title of office " + e.title.Office
		if e.title.Office == "" {
			f.Detail = "rank or courtesy title"
		}
		f.Source = e.title.src.String()
	}
	return f
}

// Stats counts what is loaded.
func (lx *Lexicon) Stats() map[string]int {
	return map[string]int{"countries": len(lx.Countries), "agent groups": len(lx.Agents), "organizations": len(lx.Orgs),
		"people": len(lx.People), "places": len(lx.Places), "titles": len(lx.Titles)}
}
