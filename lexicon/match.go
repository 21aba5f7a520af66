package lexicon

import (
	"math"
	"sort"
	"strings"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/internal/ascii"
)

// Context is what the matcher knows of a document besides its text.
type Context struct {
	Date rashomon.Date // the document's date, for officials' roles
	// Issuer is the institution whose statement the document is; it gives
	// "the Armenian side" its sector and "our" its country.
	Issuer *rashomon.ActorRef
	// Dateline is the place named in the document's dateline.
	Dateline string
}

// atom is a longest match in the text: one or more index entries sharing a
// surface.
type atom struct {
	ti, tj     int // token range
	start, end int // byte span (possessive "'s" included)
	entries    []*entry
	possessive bool
	used       bool // consumed by a composition
}

func (a *atom) has(k kind) *entry {
	for _, e := range a.entries {
		if e.kind == k {
			return e
		}
	}
	return nil
}

// countryWord returns the country an atom can lend to an agent word: an
// adjective, a name, a possessive capital or metonym ("Kremlin's regime").
func (a *atom) countryWord() *Country {
	for _, k := range []kind{kindCountryAdj, kindCountryName} {
		if e := a.has(k); e != nil {
			return e.country
		}
	}
	if a.possessive {
		for _, k := range []kind{kindCapital, kindMetonym} {
			if e := a.has(k); e != nil {
				return e.country
			}
		}
	}
	return nil
}

// Matcher finds mentions; it holds per-call buffers and is not safe for
// concurrent use. Make one per goroutine with NewMatcher.
type Matcher struct {
	lx       *Lexicon
	toks     []token
	noPlaces bool // while looking inside a place's name
}

// NewMatcher returns a Matcher over lx.
func (lx *Lexicon) NewMatcher() *Matcher { return &Matcher{lx: lx} }

// Match returns every actor, agent, person and place mention of text,
// sentence by sentence, in order of position.
func (m *Matcher) Match(text string, sentences []rashomon.Sentence, ctx Context) []rashomon.Mention {
	folded := ascii.Lower(text)
	spans := make([]rashomon.Span, 0, len(sentences))
	for _, s := range sentences {
		spans = append(spans, s.Span)
	}
	if len(spans) == 0 {
		spans = append(spans, rashomon.Span{End: len(text)})
	}
	var out []rashomon.Mention
	var atoms []*atom
	for _, sp := range spans {
		m.toks = tokenize(m.toks[:0], text, folded, sp.Start, sp.End)
		atoms = m.atoms(text, atoms[:0])
		out = m.compose(text, atoms, ctx, out)
		out = m.insidePlaces(text, atoms, ctx, out)
	}
	out = m.resolvePlaces(out, ctx)
	if ctx.Dateline != "" {
		out = m.datelinePlace(text, out, ctx.Dateline)
	}
	out = m.applyKin(out)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Span.Start != out[j].Span.Start {
			return out[i].Span.Start < out[j].Span.Start
		}
		return out[i].Span.End > out[j].Span.End
	})
	// A bracketed alternate that the lexicon also knows is listed once.
	dedup := out[:0]
	for i, mm := range out {
		if i > 0 && mm.Kind == rashomon.MentionPlace && out[i-1].Kind == rashomon.MentionPlace && out[i-1].Span == mm.Span {
			continue
		}
		dedup = append(dedup, mm)
	}
	return dedup
}

// insidePlaces finds the actors named inside a place's name: "Russian
// peacekeepers' zone" is a place and names the Russian peacekeepers.
func (m *Matcher) insidePlaces(text string, atoms []*atom, ctx Context, out []rashomon.Mention) []rashomon.Mention {
	saved := m.toks
	defer func() { m.toks, m.noPlaces = saved, false }()
	for _, a := range atoms {
		if a.tj-a.ti < 2 || a.has(kindPlace) == nil || len(a.entries) != len(placeEntries(a.entries)) {
			continue
		}
		m.toks = append([]token(nil), saved[a.ti:a.tj]...)
		m.noPlaces = true
		inner := m.atoms(text, nil)
		for _, mm := range m.compose(text, inner, ctx, nil) {
			if mm.Kind == rashomon.MentionActor && mm.Actor.Country != "" && mm.Actor.Sector != "" {
				mm.Rule += "+inside-place-name"
				out = append(out, mm)
			}
		}
	}
	return out
}

// atoms finds the leftmost-longest index matches among m.toks.
func (m *Matcher) atoms(text string, out []*atom) []*atom {
	toks := m.toks
	for i := 0; i < len(toks); {
		n := m.lx.index.root.next[toks[i].key]
		if n == nil {
			i++
			continue
		}
		var best []*entry
		bestJ := 0
		j := i + 1
		for {
			if len(n.entries) > 0 {
				var fit []*entry
				for _, e := range n.entries {
					if caseFits(e, toks[i:j]) && !(m.noPlaces && e.kind == kindPlace) {
						fit = append(fit, e)
					}
				}
				if len(fit) > 0 {
					best, bestJ = fit, j
				}
			}
			if j >= len(toks) || n.next == nil || toks[j].sep == sepBreak {
				break
			}
			if toks[j].sep == sepPeriod && toks[j-1].end-toks[j-1].start > 1 && toks[j].start-toks[j-1].end > 1 {
				break // a full stop ends a name, unless inside it ("News.az") or after an initial ("U.S.")
			}
			c := n.next[toks[j].key]
			if c == nil {
				// A plural head shared by coordinated names: "the Azov and
				// Black Seas" names the Black Sea.
				if k := toks[j].key; len(k) > 3 && k[len(k)-1] == 's' {
					if c = n.next[k[:len(k)-1]]; c != nil && hasKind(c.entries, kindPlace) {
						n = c
						j++
						if fit := placeEntries(c.entries); len(fit) > 0 {
							best, bestJ = fit, j
						}
					}
				}
				break
			}
			n = c
			j++
		}
		if best == nil {
			i++
			continue
		}
		a := &atom{ti: i, tj: bestJ, start: toks[i].start, end: toks[bestJ-1].end, entries: best}
		// A possessive "'s" or "’s" joins the atom; so does a plural's bare
		// apostrophe ("aircrafts’ intrusion").
		if bestJ < len(toks) && toks[bestJ].key == "s" && toks[bestJ].sep == sepJoin && toks[bestJ].start-a.end <= 3 {
			a.possessive = true
			a.end = toks[bestJ].end
			bestJ++
		} else if a.end < len(text) && (text[a.end] == '\'' || strings.HasPrefix(text[a.end:], "’")) && strings.HasSuffix(text[a.start:a.end], "s") {
			a.possessive = true
		}
		out = append(out, a)
		i = bestJ
	}
	return out
}

func hasKind(es []*entry, k kind) bool {
	for _, e := range es {
		if e.kind == k {
			return true
		}
	}
	return false
}

func placeEntries(es []*entry) []*entry {
	var out []*entry
	for _, e := range es {
		if e.kind == kindPlace && !e.dateline {
			out = append(out, e)
		}
	}
	return out
}

// gapOK reports whether the tokens between two atoms are few and plain
// lower-case words ("Azerbaijani military forces", "Russian border control
// ship"), with no punctuation between.
func (m *Matcher) gapOK(text string, from, to int, maxWords int) bool {
	if to-from > maxWords {
		return false
	}
	for k := from; k <= to && k < len(m.toks); k++ {
		if k > from && m.toks[k].sep == sepBreak || k == from && k < len(m.toks) && m.toks[k].sep == sepBreak {
			return false
		}
		if k < to && (m.toks[k].shape != shapeLower || isFunctionWord(m.toks[k].key) || verbLike(m.toks[k].key) || gapStop[m.toks[k].key] ||
			strings.HasSuffix(m.toks[k].key, "ly")) {
			return false
		}
	}
	return true
}

// gapStop are prepositions and conjunctions, which no noun phrase holds
// between its country word and its head (nor adverbs in -ly: "Russia
// openly supports separatist groups" is no Russian separatists): "providing Ukraine with military
// assistance" is no Ukrainian military.
var gapStop = map[string]bool{"with": true, "by": true, "from": true, "against": true, "into": true, "onto": true,
	"over": true, "under": true, "after": true, "before": true, "than": true, "as": true, "or": true, "nor": true,
	"but": true, "if": true, "while": true, "because": true, "during": true, "between": true, "among": true,
	"about": true, "toward": true, "towards": true, "via": true, "without": true, "within": true, "across": true,
	"near": true, "through": true, "since": true, "until": true, "per": true}

// verbLike reports words that end a noun phrase rather than sit inside
// one: auxiliaries, modals and verb forms ("Azerbaijan is accumulating
// troops" is no "Azerbaijani troops").
func verbLike(w string) bool {
	switch w {
	case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "shall", "should",
		"can", "could", "may", "might", "must", "do", "does", "did", "not", "also", "still", "then", "that", "which",
		"who", "says", "said", "reports", "reported":
		return true
	}
	return strings.HasSuffix(w, "ing") && w != "peacekeeping" && w != "fighting" || strings.HasSuffix(w, "ed") && w != "armed" && w != "united"
}

func mention(text string, a, b int, k rashomon.MentionKind, ref rashomon.ActorRef, rule string) rashomon.Mention {
	return rashomon.Mention{Kind: k, Span: rashomon.Span{Start: a, End: b}, Text: text[a:b], Actor: ref, Rule: rule}
}

// compose turns a sentence's atoms into mentions.
func (m *Matcher) compose(text string, atoms []*atom, ctx Context, out []rashomon.Mention) []rashomon.Mention {
	toks := m.toks
	// Titles and officials: "Foreign Minister Zakir Hasanov".
	for i, a := range atoms {
		pe := a.has(kindPerson)
		if pe == nil {
			continue
		}
		role, ok := pe.person.roleAt(ctx.Date)
		ref := rashomon.ActorRef{Sector: role.Sector}
		if role.Country != nil {
			ref.Country = *role.Country
		}
		start := a.start
		note := ""
		// Walk back over titles, ranks and a country word right before the name.
		var offices []string
		for k := i - 1; k >= 0; k-- {
			b := atoms[k]
			if b.tj != atoms[k+1].ti || toks[atoms[k+1].ti].sep == sepBreak {
				break
			}
			if te := b.has(kindTitle); te != nil {
				if te.title.Office != "" {
					offices = append(offices, te.title.Office)
				}
				start = b.start
				b.used = true
				continue
			}
			if c := b.countryWord(); c != nil && b.has(kindAgent) == nil {
				start = b.start
				b.used = true
			}
			break
		}
		for _, off := range offices {
			if !pe.person.heldAt(off, ctx.Date) {
				note = "the text calls " + pe.person.Name + " " + off + "; the knowledge base has " + role.describe()
				break
			}
		}
		rule := "person@date"
		if !ok {
			rule = "person@latest-role"
		}
		mm := mention(text, start, a.end, rashomon.MentionPerson, ref, rule)
		mm.EntityID, mm.Name, mm.Note = "person:"+pe.person.Name, pe.person.Name, note
		out = append(out, mm)
		a.used = true
	}
	// Country word + agent word: "Azerbaijani Defense Ministry", "Azerbaijan's army".
	for i := 0; i+1 < len(atoms); i++ {
		a, b := atoms[i], atoms[i+1]
		if a.used || b.used {
			continue
		}
		c := a.countryWord()
		ag := b.has(kindAgent)
		if c == nil || ag == nil || !m.gapOK(text, a.tj, b.ti, 2) {
			continue
		}
		ref := rashomon.ActorRef{Country: c.Code, Sector: m.agentSector(ag, ctx)}
		mm := mention(text, a.start, b.end, rashomon.MentionActor, ref, "country+agent")
		mm.Name = c.Name
		out = append(out, mm)
		a.used, b.used = true, true
		// "... of the Armenian armed forces" also takes the agent before it.
		m.absorbOuter(text, atoms, i, &out[len(out)-1])
	}
	// Agent word + of + country: "Ministry of Defence of the Republic of Armenia".
	for i, a := range atoms {
		if a.used || a.has(kindAgent) == nil {
			continue
		}
		k := i + 1
		if k >= len(atoms) {
			continue
		}
		b := atoms[k]
		if b.used {
			continue
		}
		if !m.ofBetween(a.tj, b.ti) {
			continue
		}
		var c *Country
		if e := b.has(kindCountryName); e != nil {
			c = e.country
		} else if e := b.has(kindCapital); e != nil {
			c = e.country
		}
		if c == nil {
			continue
		}
		ag := a.has(kindAgent)
		ref := rashomon.ActorRef{Country: c.Code, Sector: m.agentSector(ag, ctx)}
		mm := mention(text, a.start, b.end, rashomon.MentionActor, ref, "agent+of+country")
		mm.Name = c.Name
		out = append(out, mm)
		a.used, b.used = true, true
	}
	// What is left stands alone.
	for _, a := range atoms {
		if a.used {
			continue
		}
		out = m.single(text, a, ctx, out)
	}
	return out
}

// absorbOuter extends a composed actor leftwards over "AGENT of (the)" when
// an agent word precedes it: "units of the Armenian armed forces" is the
// Armenian armed forces.
func (m *Matcher) absorbOuter(text string, atoms []*atom, i int, mm *rashomon.Mention) {
	if i == 0 {
		return
	}
	outer := atoms[i-1]
	if outer.used || outer.has(kindAgent) == nil || !m.ofBetween(outer.tj, atoms[i].ti) {
		return
	}
	outer.used = true
	mm.Span.Start = outer.start
	mm.Text = text[mm.Span.Start:mm.Span.End]
	mm.Rule = "agent+of+" + mm.Rule
}

// ofBetween reports whether the tokens from..to are "of" or "of the".
func (m *Matcher) ofBetween(from, to int) bool {
	n := to - from
	if n < 1 || n > 2 || m.toks[from].key != "of" {
		return false
	}
	if n == 2 && m.toks[from+1].key != "the" {
		return false
	}
	for k := from; k <= to; k++ {
		if m.toks[k].sep == sepBreak {
			return false
		}
	}
	return true
}

// agentSector is an agent word's sector; "side" takes the issuer's.
func (m *Matcher) agentSector(e *entry, ctx Context) string {
	if e.agent != nil && e.agent.Inherit {
		if ctx.Issuer != nil && (ctx.Issuer.Sector == "MIL" || ctx.Issuer.Sector == "GOV") {
			return ctx.Issuer.Sector
		}
		return ""
	}
	return e.sector
}

// single turns an uncomposed atom into mentions.
func (m *Matcher) single(text string, a *atom, ctx Context, out []rashomon.Mention) []rashomon.Mention {
	end := a.end
	var actor *rashomon.Mention
	switch {
	case a.has(kindOrg) != nil:
		e := a.has(kindOrg)
		ref := rashomon.ActorRef{Sector: e.org.Sector}
		if e.org.Country != nil {
			ref.Country = *e.org.Country
		}
		mm := mention(text, a.start, end, rashomon.MentionActor, ref, "organization")
		mm.EntityID, mm.Name = "org:"+e.org.ID, e.org.Name
		actor = &mm
	case a.has(kindMetonym) != nil:
		e := a.has(kindMetonym)
		mm := mention(text, a.start, end, rashomon.MentionActor, rashomon.ActorRef{Country: e.country.Code, Sector: e.sector}, "metonym")
		mm.Name = e.country.Name
		actor = &mm
	case a.has(kindCountryName) != nil:
		e := a.has(kindCountryName)
		mm := mention(text, a.start, end, rashomon.MentionActor, rashomon.ActorRef{Country: e.country.Code, Sector: "GOV"}, "country-name")
		mm.Name = e.country.Name
		actor = &mm
	case a.has(kindCapital) != nil:
		e := a.has(kindCapital)
		mm := mention(text, a.start, end, rashomon.MentionActor, rashomon.ActorRef{Country: e.country.Code, Sector: "GOV"}, "capital-metonym")
		mm.Name = e.country.Name
		actor = &mm
	case a.has(kindDemonym) != nil:
		e := a.has(kindDemonym)
		mm := mention(text, a.start, end, rashomon.MentionActor, rashomon.ActorRef{Country: e.country.Code, Sector: "CVL"}, "demonym")
		mm.Name = e.country.Name
		actor = &mm
	case a.has(kindAgent) != nil:
		e := a.has(kindAgent)
		mm := mention(text, a.start, end, rashomon.MentionAgent, rashomon.ActorRef{Sector: m.agentSector(e, ctx)}, "agent")
		mm.Name = e.surface
		actor = &mm
	}
	if actor == nil {
		// A country adjective with nothing to combine with ("Azerbaijani
		// territory", "the Ukrainian attack") still names a country: the
		// coder reads it as an owner or an agent.
		if e := a.has(kindCountryAdj); e != nil {
			mm := mention(text, a.start, end, rashomon.MentionActor, rashomon.ActorRef{Country: e.country.Code}, "adjective")
			mm.Name = e.country.Name
			actor = &mm
		}
	}
	if actor != nil {
		out = append(out, *actor)
	}
	if e := a.has(kindPlace); e != nil {
		pm := mention(text, a.start, a.end, rashomon.MentionPlace, rashomon.ActorRef{}, "place")
		if a.possessive {
			pm.Span.End = m.toks[a.tj-1].end
			pm.Text = text[pm.Span.Start:pm.Span.End]
		}
		// Candidates are resolved once the whole document is seen.
		var ids []string
		for _, c := range a.entries {
			if c.kind == kindPlace && !c.dateline {
				ids = append(ids, c.place.ID)
			}
		}
		if len(ids) > 0 {
			pm.EntityID = strings.Join(ids, "|")
			out = append(out, pm)
			if alt, ok := parenthesisedAlternate(text, a.start, a.end); ok {
				am := mention(text, alt.Start, alt.End, rashomon.MentionPlace, rashomon.ActorRef{}, "parenthesised-alternate")
				am.EntityID = pm.EntityID
				out = append(out, am)
			}
		}
	}
	return out
}

// parenthesisedAlternate finds another name of a place written in
// brackets right after it, "Ashaghi Shorzha (Nerkin Shorzha)", or right
// before it, "Nerkin Shorzha (Ashaghi Shorzha)": capitalised words the
// lexicon does not know, standing for the same place.
func parenthesisedAlternate(text string, start, end int) (rashomon.Span, bool) {
	rest := text[end:min(len(text), end+80)]
	trimmed := strings.TrimLeft(rest, " ")
	if strings.HasPrefix(trimmed, "(") {
		off := end + len(rest) - len(trimmed) + 1
		if close := strings.IndexByte(trimmed, ')'); close > 1 {
			name := trimmed[1:close]
			if isProperName(name) {
				return rashomon.Span{Start: off, End: off + len(name)}, true
			}
		}
	}
	// "Name (Known)": the known name is inside brackets.
	if start > 0 && text[start-1] == '(' && end < len(text) && text[end] == ')' {
		before := strings.TrimRight(text[max(0, start-81):start-1], " ")
		i := len(before)
		words := 0
		for i > 0 && words < 4 {
			j := strings.LastIndexByte(before[:i], ' ')
			w := before[j+1 : i]
			if !isProperName(w) {
				break
			}
			i = max(j, 0)
			words++
		}
		if words > 0 {
			base := max(0, start-81) + i
			if text[base] == ' ' {
				base++
			}
			name := strings.TrimSpace(text[base : start-1])
			return rashomon.Span{Start: base, End: base + len(name)}, true
		}
	}
	return rashomon.Span{}, false
}

// isProperName reports one to four capitalised words.
func isProperName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		if shapeOf(w) != shapeTitle && shapeOf(w) != shapeUpper {
			return false
		}
		if strings.ContainsAny(w, ",;:.!?\"") {
			return false
		}
	}
	return true
}

// resolvePlaces chooses, for each place mention with several candidates,
// the most likely one given the document: curated entries first, then
// places in countries the document mentions, then larger and more
// important places.
func (m *Matcher) resolvePlaces(out []rashomon.Mention, ctx Context) []rashomon.Mention {
	// Countries the document is about, from unambiguous evidence: actors
	// that are not also a place name, and places with one candidate.
	countries := map[string]int{}
	placeSpans := map[rashomon.Span]bool{}
	for _, mm := range out {
		if mm.Kind == rashomon.MentionPlace {
			placeSpans[mm.Span] = true
		}
	}
	for _, mm := range out {
		if mm.Actor.Country != "" && !placeSpans[mm.Span] {
			countries[mm.Actor.Country]++
		}
		if mm.Kind == rashomon.MentionPlace && !strings.Contains(mm.EntityID, "|") {
			if p := m.lx.placeByID[mm.EntityID]; p != nil && p.Country != "" {
				countries[p.Country]++
			}
		}
	}
	keep := out[:0]
	for _, mm := range out {
		if mm.Kind != rashomon.MentionPlace {
			keep = append(keep, mm)
			continue
		}
		var best *Place
		bestScore := math.Inf(-1)
		for _, id := range strings.Split(mm.EntityID, "|") {
			p := m.lx.placeByID[id]
			if p == nil {
				continue
			}
			if s := placeScore(p, countries); s > bestScore {
				best, bestScore = p, s
			}
		}
		if best == nil {
			continue
		}
		mm.EntityID, mm.Name = best.ID, best.Name
		keep = append(keep, mm)
	}
	// A country name that turned out to be a place elsewhere ("Georgia" the
	// US state) is not that country's government.
	placeAt := map[rashomon.Span]*Place{}
	for _, mm := range keep {
		if mm.Kind == rashomon.MentionPlace {
			placeAt[mm.Span] = m.lx.placeByID[mm.EntityID]
		}
	}
	out = keep[:0]
	for _, mm := range keep {
		if p := placeAt[mm.Span]; p != nil && mm.Kind == rashomon.MentionActor && mm.Rule == "country-name" &&
			p.Country != "" && p.Country != mm.Actor.Country && p.Kind != "country" {
			continue
		}
		out = append(out, mm)
	}
	return out
}

func placeScore(p *Place, countries map[string]int) float64 {
	s := 0.0
	if p.curated {
		s += 4
	}
	if countries[p.Country] > 0 {
		s += 2 + math.Min(float64(countries[p.Country]), 5)/5
	}
	switch p.Kind {
	case "country":
		s += 3
	case "region":
		s += 1.5
	case "city":
		s += 1
	}
	if p.Population > 0 {
		s += math.Log10(float64(p.Population)) / 10
	}
	return s
}

// datelinePlace adds the dateline's place when no mention covers it: the
// dateline "UNITED NATIONS" is the UN headquarters.
func (m *Matcher) datelinePlace(text string, out []rashomon.Mention, name string) []rashomon.Mention {
	toks := keysOf(name)
	if len(toks) == 0 {
		return out
	}
	n := &m.lx.index.root
	for _, t := range toks {
		if n.next == nil || n.next[t.key] == nil {
			return out
		}
		n = n.next[t.key]
	}
	var place *Place
	for _, e := range n.entries {
		if e.kind == kindPlace && (place == nil || e.dateline) {
			place = e.place
		}
	}
	if place == nil {
		return out
	}
	i := strings.Index(text, name)
	if i < 0 {
		i = strings.Index(strings.ToUpper(text), strings.ToUpper(name))
	}
	if i < 0 {
		// The dateline was page furniture that cleaning removed: the place
		// still belongs to the document, with an empty span at its start.
		mm := mention(text, 0, 0, rashomon.MentionPlace, rashomon.ActorRef{}, "dateline")
		mm.Text, mm.EntityID, mm.Name = name, place.ID, place.Name
		return append(out, mm)
	}
	for k := range out {
		if out[k].Kind == rashomon.MentionPlace && out[k].Span.Start == i {
			out[k].EntityID, out[k].Name, out[k].Rule = place.ID, place.Name, "dateline"
			return out
		}
	}
	mm := mention(text, i, i+len(name), rashomon.MentionPlace, rashomon.ActorRef{}, "dateline")
	mm.EntityID, mm.Name = place.ID, place.Name
	return append(out, mm)
}

// applyKin recodes civilians and irregulars of a kin state as the de facto
// entity when the document is about that entity's territory: in a text on
// Karabakh, "Armenian residents" are NKR CVL.
func (m *Matcher) applyKin(out []rashomon.Mention) []rashomon.Mention {
	entity := map[string]string{} // kin country -> entity
	for _, mm := range out {
		var c *Country
		switch mm.Kind {
		case rashomon.MentionActor:
			c = m.lx.Countries[mm.Actor.Country]
		case rashomon.MentionPlace:
			if p := m.lx.placeByID[mm.EntityID]; p != nil {
				c = m.lx.entityOf(p)
			}
		}
		if c != nil && c.Kin != "" {
			entity[c.Kin] = c.Code
		}
	}
	if len(entity) == 0 {
		return out
	}
	for k := range out {
		a := &out[k].Actor
		if e, ok := entity[a.Country]; ok && (a.Sector == "CVL" || a.Sector == "IRR") {
			a.Country = e
			out[k].Rule += "+kin"
		}
	}
	return out
}

// entityOf returns the de facto entity a place belongs to or names: a
// place one of whose names the entity's side uses, or the entity's own
// territory.
func (lx *Lexicon) entityOf(p *Place) *Country {
	for _, c := range lx.defacto {
		if strings.EqualFold(p.Name, c.Name) {
			return c
		}
		for _, n := range p.Names {
			for _, by := range n.By {
				if by == c.Code {
					return c
				}
			}
		}
	}
	return nil
}
