package coder

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/text"
)

// Places tells the coder what the lexicon knows of a place mention.
type Places interface {
	// PlaceFacts returns a place's country, the de facto entity whose
	// territory it is (or ""), and its kind.
	PlaceFacts(id string) (country, entity, kind string, ok bool)
	PlaceByID(id string) (rashomon.Place, bool)
}

// Coder codes events. It is safe for concurrent use.
type Coder struct {
	pat     *Patterns
	places  Places
	taggers sync.Pool
	// RuleSet identifies the pattern files, stamped on every event.
	RuleSet string
}

// New returns a Coder using patterns p, tagger t (cloned per goroutine)
// and places for what the lexicon knows of places.
func New(p *Patterns, t *text.Tagger, places Places) *Coder {
	c := &Coder{pat: p, places: places, RuleSet: p.Hash}
	c.taggers.New = func() any { return t.Clone() }
	return c
}

// docState carries what earlier sentences established.
type docState struct {
	d        *rashomon.Document
	quotes   []quoteSpan
	lastSubj *role // the last actor subject, for "it", "they"
	// subjAtStart is lastSubj as the sentence being coded began: a pronoun
	// stands for an actor before it, not for a subject its own sentence
	// names later ("It said Armenian units had fired": "it" is not them)
	subjAtStart *role
	lastEvent   *rashomon.Event // for implicit agents and places
	lastDate    dateInfo        // the last explicit date, for narrative time
	lastPara    int
	events      []rashomon.Event
	history     []rashomon.Event // acts recalled as background: not coded, but they tell who the sides are
	// names maps the unknown proper names a speaker was introduced with
	// ("..., Anton Lozovoy, said") to the speaker found for them, so that
	// "..., Lozovoy added" later is that speaker's
	names map[string]*role
}

// role is an actor filling a slot, with its evidence.
type role struct {
	ref  rashomon.ActorRef
	text string
	span rashomon.Span
	rule string
	k0   int // token range in its sentence (-1 when from context)
	k1   int
}

func (r *role) participant() *rashomon.Participant {
	if r == nil {
		return nil
	}
	return &rashomon.Participant{Actor: r.ref, Text: r.text, Span: r.span, Rule: r.rule}
}

// Analyze codes d's events. It needs d's sentences and mentions.
func (c *Coder) Analyze(d *rashomon.Document) {
	tg := c.taggers.Get().(*text.Tagger)
	defer c.taggers.Put(tg)
	st := &docState{d: d, quotes: findQuotes(d.Text), lastPara: -1}
	// mentions sorted by start, grouped by sentence
	idx := make([]int, len(d.Mentions))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return d.Mentions[idx[a]].Span.Start < d.Mentions[idx[b]].Span.Start })
	m := 0
	for i, sn := range d.Sentences {
		var ms []int
		for m < len(idx) && d.Mentions[idx[m]].Span.Start < sn.Span.Start {
			m++
		}
		for j := m; j < len(idx) && d.Mentions[idx[j]].Span.Start < sn.Span.End; j++ {
			ms = append(ms, idx[j])
		}
		if sn.Kind == rashomon.SentDateline {
			continue
		}
		if sn.Para != st.lastPara {
			st.lastPara = sn.Para
		}
		before := st.lastSubj
		st.subjAtStart = before
		if s := c.newSent(d, i, tg, ms); s != nil {
			c.codeSentence(st, s)
		}
		if st.lastSubj == before {
			sentenceSubject(d, sn.Span, ms, st)
		}
	}
	headlineDate(d, st.events)
	sceneFallback(st.events)
	principalSource(d, st.events)
	for i := range st.events {
		st.events[i].ID = fmt.Sprintf("%s-e%d", d.ID, i+1)
		st.events[i].DocID = d.ID
		st.events[i].RuleSet = c.RuleSet
	}
	d.Events = st.events
}

// sentenceSubject makes the actor a sentence opens with ("Azerbaijan's
// Defence Ministry gave a mirror-image account.") the one "it" or "they"
// stands for next, when nothing coded in the sentence named a subject: the
// subject of the sentence before is a pronoun's likeliest antecedent.
func sentenceSubject(d *rashomon.Document, sp rashomon.Span, ms []int, st *docState) {
	for _, mi := range ms {
		m := d.Mentions[mi]
		if m.Kind != rashomon.MentionActor && m.Kind != rashomon.MentionAgent {
			continue
		}
		lead := strings.ToLower(strings.TrimSpace(d.Text[sp.Start:max(sp.Start, m.Span.Start)]))
		if (lead == "" || lead == "the") && (m.Actor.Country != "" || m.Actor.Sector == "IGO" || m.Actor.Sector == "NGO") {
			st.lastSubj = &role{ref: m.Actor, text: m.Text, span: m.Span, rule: "sentence-subject/" + m.Rule, k0: -1, k1: -1}
		}
		return // only the sentence's first actor
	}
}

// sceneFallback places the material events a document leaves unplaced at
// its one scene: when every material event the text places is at one
// place, those of the same day told without a place ("expelled the vessels
// that entered Chinese waters on August 5") happened there too. A text
// with two scenes or more places nothing this way.
func sceneFallback(evs []rashomon.Event) {
	// the scene is the one point the placed acts are at; areas around it
	// ("the Spratly Islands" beside "Second Thomas Shoal") do not count
	// as other scenes, unless no act is placed at a point
	var scene *rashomon.Event
	for _, points := range []bool{true, false} {
		scene = nil
		ok := true
		for i := range evs {
			e := &evs[i]
			if !material[e.Type] || e.Negated || e.Location == nil || e.Location.Rule == "previous-event-place" {
				continue
			}
			if points && e.Location.Precision != "point" {
				continue
			}
			if scene != nil && scene.Location.Place.ID != e.Location.Place.ID {
				ok = false
				break
			}
			if scene == nil {
				scene = e
			}
		}
		if !ok {
			return
		}
		if scene != nil {
			break
		}
	}
	if scene == nil || scene.Date.Precision() != rashomon.PrecDay {
		return
	}
	for i := range evs {
		e := &evs[i]
		if !material[e.Type] || e.Negated || e.Location != nil || !nearDay(e.Date, scene.Date) {
			continue
		}
		loc := *scene.Location
		loc.Rule = "scene-of-document"
		loc.Text = ""
		loc.Span = rashomon.Span{}
		e.Location = &loc
	}
}

// principalSource gives a news report's headline to the source it relays.
// A headline sums up what the report's source said ("Azerbaijan enters
// Russian peacekeepers' zone – report"), while the body's unattributed
// sentences are the outlet's own narration. So when the document's issuer
// is an outlet (or unknown) and one non-media claimant speaks for most of
// the events the text attributes, the headline's events are that
// claimant's.
func principalSource(d *rashomon.Document, evs []rashomon.Event) {
	if d.IssuerActor != nil && d.IssuerActor.Sector != rashomon.SectorMED {
		return
	}
	count := map[rashomon.ActorRef]int{}
	total := 0
	for _, e := range evs {
		a := e.Claimant.Actor
		if !attributed(e.Claimant.Rule) || a.Country == "" || a.Sector == rashomon.SectorMED {
			continue
		}
		count[a]++
		total++
	}
	var best rashomon.ActorRef
	n, second := 0, 0
	for a, c := range count {
		switch {
		case c > n || c == n && a.Code() < best.Code():
			second = max(second, n)
			best, n = a, c
		case c > second:
			second = c
		}
	}
	// most of the attributed events, and clearly more than any other voice
	if n < 2 || 2*n <= total || n <= second {
		return
	}
	for i := range evs {
		e := &evs[i]
		if e.Claimant.Rule != "issuer" && e.Claimant.Rule != "issuer-unknown" || e.Sentence < 0 || e.Sentence >= len(d.Sentences) ||
			d.Sentences[e.Sentence].Kind != rashomon.SentHeading {
			continue
		}
		e.Claimant = rashomon.Claimant{Actor: best, Rule: "principal-source", Chain: e.Claimant.Chain}
	}
}

// attributed reports a claimant the text names (not the issuer's own voice).
func attributed(rule string) bool {
	return strings.HasPrefix(rule, "reported:") || rule == "according-to" || strings.HasPrefix(rule, "quoted")
}

// trigger is a word or phrase that evokes an event.
type trigger struct {
	k0, k1  int // token range
	pat     *Pattern
	alts    []*Pattern // other patterns for the same words, chosen by what the object is
	verb    bool
	form    vform
	content bool // inside what another trigger demands, rejects or accuses: not an event of its own
	subj    *role
	passive bool // coded as a passive: its subject is its target
	told    bool // an act a party tells an organisation of: asserted
}

// findTriggers finds the sentence's triggers, longest phrase first at each
// token; part of speech decides between a verb and a noun reading.
func (c *Coder) findTriggers(s *sent) []*trigger {
	var out []*trigger
	for k := 0; k < len(s.toks); k++ {
		t := s.toks[k]
		var best *trigger
		if ves, ok := c.pat.verbs[t.low]; ok && verbish(s, k) {
			for _, ve := range ves {
				if n := s.matchRest(k+1, ve.rest); n >= 0 {
					switch {
					case best == nil || n+1 > best.k1-best.k0:
						best = &trigger{k0: k, k1: k + 1 + n, pat: ve.pat, verb: true, form: ve.form}
					case n+1 == best.k1-best.k0 && best.verb && ve.pat != best.pat:
						best.alts = append(best.alts, ve.pat)
					}
				}
			}
		}
		if nes, ok := c.pat.nouns[t.low]; ok && nounish(s, k) {
			for _, ne := range nes {
				if n := s.matchRest(k+1, ne.rest); n >= 0 {
					// a noun modifying another noun is no event: "fighting
					// positions", "attack helicopters"
					if e := k + 1 + n; e < len(s.toks) && strings.HasPrefix(s.toks[e].Tag, "NN") && s.toks[e].actor < 0 && s.toks[e].place < 0 && !strings.HasSuffix(s.toks[e-1].low, "s") {
						continue
					}
					if best == nil || (n+1 > best.k1-best.k0 && !best.verb) || (n+1 > best.k1-best.k0+1) {
						best = &trigger{k0: k, k1: k + 1 + n, pat: ne.pat}
					}
				}
			}
		}
		if best != nil {
			out = append(out, best)
			for j := best.k0; j < best.k1; j++ {
				s.toks[j].used = true
			}
			k = best.k1 - 1
		}
	}
	return out
}

// matchRest reports how many tokens from k match words, or -1. Articles
// and up to three modifiers may come before each word that is not a
// particle or preposition ("install the Lachin border checkpoint").
func (s *sent) matchRest(k int, words []string) int {
	j := k
	for _, w := range words {
		gap := 0
		for j < len(s.toks) && s.toks[j].low != w {
			t := s.toks[j]
			if gap >= 3 || isParticleWord(w) || !(t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "PRP$" || t.Tag == "CD" ||
				strings.HasPrefix(t.Tag, "NN") || t.low == "a" || t.low == "an" || t.low == "the") {
				return -1
			}
			gap++
			j++
		}
		if j >= len(s.toks) {
			return -1
		}
		j++
	}
	return j - k
}

// particles and prepositions in a phrase must follow directly.
func isParticleWord(w string) bool {
	switch w {
	case "on", "upon", "off", "out", "up", "down", "in", "into", "to", "for", "with", "at", "of", "by", "from",
		"back", "over", "away", "about", "against", "fire":
		return true
	}
	return false
}

// verbish reports whether token k reads as a verb here: tagged so, or
// right after "to", a modal, an auxiliary or a negation.
func verbish(s *sent, k int) bool {
	t := s.toks[k]
	// a base form between a possessive or determiner and a noun modifies
	// the noun: "the ministry's press service", "a strike group"
	if k > 0 && k+1 < len(s.toks) && (t.Tag == "VB" || t.Tag == "VBP" || t.Tag == "NN") {
		p, n := s.toks[k-1], s.toks[k+1]
		if (p.Tag == "POS" || p.Tag == "PRP$" || p.Tag == "DT" || strings.HasSuffix(p.low, "'s") || strings.HasSuffix(p.low, "’s")) && strings.HasPrefix(n.Tag, "NN") && (p.Tag == "POS" || !isAux(p.low)) {
			return false
		}
	}
	if strings.HasPrefix(t.Tag, "VB") {
		return true
	}
	if t.actor >= 0 && s.mention(t.actor).Kind == rashomon.MentionPerson {
		return false
	}
	if k > 0 {
		p := s.toks[k-1]
		if p.low == "to" || isModal(p.low) || isNegation(p.low) || (isAux(p.low) && (strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "en"))) {
			return true
		}
		// a headline's subject then verb: "Baku opposes", "IAF hits",
		// "Indian aircraft violate LoC"
		if (p.actor >= 0 || p.agent >= 0) && (strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ed") ||
			s.d.Sentences[s.index].Kind == rashomon.SentHeading) && t.Tag != "NNP" && t.actor < 0 && t.agent < 0 &&
			!actorInPP(s, max(p.actor, p.agent), k) {
			return true
		}
		// after a subject and a time adverbial the tagger read the verb
		// as a plural noun: "the Coast Guard on Saturday expels two
		// ships", "the army yesterday shelled"
		if dayWord(p.low) && (strings.HasSuffix(t.low, "s") || strings.HasSuffix(t.low, "ed")) && t.actor < 0 && t.agent < 0 {
			j := k - 2
			if j >= 0 && s.toks[j].low == "on" {
				j--
			}
			if j >= 0 && (s.toks[j].actor >= 0 || s.toks[j].agent >= 0) {
				return true
			}
		}
		// a headline's second verb after a comma, sharing the subject:
		// "Indian aircraft violate LoC, scramble back"
		if p.Text == "," && s.d.Sentences[s.index].Kind == rashomon.SentHeading && headlineVerbBefore(s, k-1) &&
			!strings.HasPrefix(t.Tag, "NNP") && t.actor < 0 && t.agent < 0 && t.place < 0 {
			return true
		}
		// a base form coordinated with an infinitive before it, which
		// the tagger read as a noun: "to resolve the situation and
		// convince the troops"
		if p.low == "and" && (t.Tag == "NN" || t.Tag == "JJ") && !strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ed") &&
			!strings.HasSuffix(t.low, "ing") {
			for j := k - 2; j >= 1 && j >= k-8; j-- {
				if s.toks[j].Tag == "VB" && s.toks[j-1].low == "to" {
					return true
				}
				if s.toks[j].Text == "," || isClauseBreak(s.toks[j]) {
					break
				}
			}
		}
		// a past tense coordinated with one before it, which the tagger
		// read as an adjective: "sailed close to the boat and blasted
		// water cannons"
		if p.low == "and" && strings.HasSuffix(t.low, "ed") && t.Tag == "JJ" {
			for j := k - 2; j >= 0; j-- {
				if s.toks[j].Tag == "VBD" {
					return true
				}
			}
		}
	}
	return false
}

// actorInPP reports an actor mention ending before token k that is the
// object of a preposition: "informs the UN of Ukrainian attack" has no
// subject before "attack", which is then a noun.
func actorInPP(s *sent, mi, k int) bool {
	a := k - 1
	for a > 0 && (s.toks[a-1].actor == mi || s.toks[a-1].agent == mi) {
		a--
	}
	return a > 0 && isPrep(s.toks[a-1])
}

// dayWord reports a weekday or "today", "yesterday".
func dayWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight":
		return true
	}
	return false
}

func nounish(s *sent, k int) bool {
	t := s.toks[k]
	return strings.HasPrefix(t.Tag, "NN") || t.Tag == "JJ" || t.Tag == "VBG" && k > 0 && (s.toks[k-1].Tag == "DT" || s.toks[k-1].Tag == "JJ")
}

// nearDay reports a date within three days of day (a day), or a month
// or year holding it: the acts of one scene told on different days.
func nearDay(d, day rashomon.Date) bool {
	if d.IsZero() {
		return false
	}
	if d.Precision() != rashomon.PrecDay {
		return !d.Time().After(day.Time()) && !day.Time().After(d.Last())
	}
	h := d.Time().Sub(day.Time()).Hours()
	return h >= -72 && h <= 72
}

// headlineDate dates a headline's undated acts by the story it heads: the
// first act its body dates to a day, when that day is within a week before
// publication ("Azerbaijan enters peacekeepers' zone" over a body telling
// of March 24).
func headlineDate(d *rashomon.Document, evs []rashomon.Event) {
	var day *rashomon.Event
	for i := range evs {
		e := &evs[i]
		if d.Sentences[e.Sentence].Kind != rashomon.SentHeading && material[e.Type] && e.Date.Precision() == rashomon.PrecDay &&
			e.DateText != "" {
			day = e
			break
		}
	}
	if day == nil || d.Published.IsZero() {
		return
	}
	if h := d.Published.Time().Sub(day.Date.Time()).Hours(); h < 0 || h > 7*24 {
		return
	}
	for i := range evs {
		e := &evs[i]
		if d.Sentences[e.Sentence].Kind == rashomon.SentHeading && (material[e.Type] || e.Type == rashomon.RETREAT) && e.DateText == "" &&
			strings.HasPrefix(e.DateRule, "publication") {
			e.Date, e.DateEnd, e.DateRule = day.Date, rashomon.Date{}, "story-date"
		}
	}
}

// headlineVerbBefore reports whether a headline opens with an actor and a
// verb before token end: "Indian aircraft violate LoC, ...".
func headlineVerbBefore(s *sent, end int) bool {
	for j := 0; j+1 < end && j < 4; j++ {
		t := s.toks[j]
		if t.actor < 0 && t.agent < 0 {
			continue
		}
		n := s.toks[j+1]
		if n.actor >= 0 || n.agent >= 0 {
			continue // still the subject's words
		}
		return verbish(s, j+1)
	}
	return false
}
