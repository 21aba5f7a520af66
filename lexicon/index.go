package lexicon

import (
	"strings"
)

// kind is what an index entry names.
type kind uint8

const (
	kindCountryName kind = iota // a state's name: "Azerbaijan", "the Republic of Armenia"
	kindCountryAdj              // "Azerbaijani", "Azeri"
	kindDemonym                 // "Azerbaijanis"
	kindCapital                 // "Baku": the government, and a place
	kindMetonym                 // "official Baku", "the Kremlin"
	kindAgent                   // "army", "foreign ministry"
	kindOrg                     // "ICRC"
	kindPerson                  // "Zakir Hasanov"
	kindPlace                   // "Farrukh", "Parukh"
	kindTitle                   // "Foreign Minister", "Colonel General"
)

var kindNames = [...]string{"country name", "country adjective", "demonym", "capital", "metonym", "agent word",
	"organization", "person", "place", "title"}

func (k kind) String() string { return kindNames[k] }

// entry is one surface form in the index and what it names.
type entry struct {
	kind    kind
	surface string
	words   []token // the surface's tokens, for the case check
	country *Country
	sector  string
	agent   *AgentSet
	org     *Organization
	person  *Person
	place   *Place
	title   *Title
	by      []string // sides that use this place name
	// dateline entries match only a document's dateline place.
	dateline bool
}

// trie is a token trie: each level is keyed by a folded token. A
// multi-pattern automaton (Aho–Corasick) over bytes would need its own
// Unicode word boundaries, case folding and leftmost-longest handling on
// top; over tokens all three come for free, and a lookup is one map access
// per token, which measured faster than the byte automata available.
type trie struct {
	root node
}

type node struct {
	next    map[string]*node
	entries []*entry
}

func (t *trie) add(e *entry) {
	if len(e.words) == 0 {
		return
	}
	n := &t.root
	for _, w := range e.words {
		if n.next == nil {
			n.next = map[string]*node{}
		}
		c := n.next[w.key]
		if c == nil {
			c = &node{}
			n.next[w.key] = c
		}
		n = c
	}
	for _, old := range n.entries {
		if old.kind == e.kind && old.country == e.country && old.org == e.org && old.person == e.person &&
			old.place == e.place && old.agent == e.agent && old.title == e.title && old.surface == e.surface {
			return
		}
	}
	n.entries = append(n.entries, e)
}

func (lx *Lexicon) buildIndex() *trie {
	t := &trie{}
	add := func(e *entry, surface string) {
		surface = strings.TrimSpace(surface)
		if surface == "" {
			return
		}
		e.surface = surface
		e.words = keysOf(surface)
		t.add(e)
	}
	for _, c := range lx.Countries {
		add(&entry{kind: kindCountryName, country: c, sector: "GOV"}, c.Name)
		for _, n := range c.Names {
			add(&entry{kind: kindCountryName, country: c, sector: "GOV"}, n)
			if !strings.HasPrefix(strings.ToLower(n), "the ") && strings.Contains(n, " ") {
				add(&entry{kind: kindCountryName, country: c, sector: "GOV"}, "the "+n)
			}
		}
		for _, a := range c.Adjectives {
			add(&entry{kind: kindCountryAdj, country: c}, a)
		}
		for _, d := range c.Demonyms {
			add(&entry{kind: kindDemonym, country: c, sector: "CVL"}, d)
		}
		if c.Capital != "" {
			add(&entry{kind: kindCapital, country: c, sector: "GOV"}, c.Capital)
			add(&entry{kind: kindMetonym, country: c, sector: "GOV"}, "official "+c.Capital)
		}
		for _, m := range c.Metonyms {
			add(&entry{kind: kindMetonym, country: c, sector: "GOV"}, m)
		}
		for sec, ms := range c.SectorMetonyms {
			for _, m := range ms {
				add(&entry{kind: kindMetonym, country: c, sector: sec}, m)
			}
		}
	}
	for _, a := range lx.Agents {
		for _, w := range a.Words {
			add(&entry{kind: kindAgent, agent: a, sector: a.Sector}, w)
			if p := plural(w); p != w {
				add(&entry{kind: kindAgent, agent: a, sector: a.Sector}, p)
			}
		}
	}
	for _, tt := range lx.Titles {
		for _, w := range tt.Words {
			add(&entry{kind: kindTitle, title: tt}, w)
		}
	}
	for _, o := range lx.Orgs {
		add(&entry{kind: kindOrg, org: o, sector: o.Sector}, o.Name)
		for _, n := range o.Names {
			add(&entry{kind: kindOrg, org: o, sector: o.Sector}, n)
		}
	}
	for _, p := range lx.People {
		add(&entry{kind: kindPerson, person: p}, p.Name)
		for _, n := range p.Names {
			add(&entry{kind: kindPerson, person: p}, n)
		}
	}
	for _, p := range lx.Places {
		common := func(n string) bool { return !p.curated && lx.commonWords[strings.ToLower(strings.TrimSpace(n))] }
		if !common(p.Name) {
			add(&entry{kind: kindPlace, place: p}, p.Name)
		}
		for _, n := range p.Names {
			if !common(n.Name) {
				add(&entry{kind: kindPlace, place: p, by: n.By}, n.Name)
			}
		}
		for _, n := range p.DatelineNames {
			add(&entry{kind: kindPlace, place: p, dateline: true}, n)
		}
	}
	return t
}

// plural returns the English plural of a phrase's last word.
func plural(w string) string {
	i := strings.LastIndexByte(w, ' ')
	head, last := w[:i+1], w[i+1:]
	if last == "" || last != strings.ToLower(last) {
		return w // abbreviations and names have no regular plural
	}
	switch {
	case strings.HasSuffix(last, "man"):
		return head + last[:len(last)-3] + "men"
	case strings.HasSuffix(last, "s") || strings.HasSuffix(last, "x") || strings.HasSuffix(last, "ch") || strings.HasSuffix(last, "sh"):
		if strings.HasSuffix(last, "ss") || strings.HasSuffix(last, "x") || strings.HasSuffix(last, "ch") || strings.HasSuffix(last, "sh") {
			return head + last + "es"
		}
		return w
	case strings.HasSuffix(last, "y") && len(last) > 1 && !strings.ContainsRune("aeiou", rune(last[len(last)-2])):
		return head + last[:len(last)-1] + "ies"
	}
	return head + last + "s"
}

// caseFits reports whether text tokens fit an entry's capitalisation: an
// abbreviation in capitals ("US", "AA") matches only capitals, a
// capitalised word ("Report", "Baku") only a capitalised or upper-case
// word, and a lower-case word anything.
func caseFits(e *entry, toks []token) bool {
	for i, w := range e.words {
		t := toks[i]
		switch w.shape {
		case shapeUpper:
			if t.shape != shapeUpper {
				return false
			}
		case shapeTitle:
			if t.shape == shapeLower {
				return false
			}
		}
	}
	return true
}
