package coder

import (
	"strings"

	"github.com/rashomon-project/rashomon"
)

// cooperative types take AGREE (or their pattern's future type) when
// promised; conflict types become THREATEN.
var cooperative = map[string]bool{rashomon.CONSULT: true, rashomon.SUPPORT: true, rashomon.COOPERATE: true,
	rashomon.AID: true, rashomon.RETREAT: true, rashomon.CONCEDE: true}
var material = map[string]bool{rashomon.ASSAULT: true, rashomon.COERCE: true, rashomon.MOBILIZE: true,
	rashomon.SANCTION: true, rashomon.PROTEST: true}

// intent verbs before a to-infinitive make what follows a promise or a threat.
var promiseVerbs = map[string]bool{"agree": true, "agreed": true, "agrees": true, "promise": true, "promised": true,
	"promises": true, "pledge": true, "pledged": true, "pledges": true, "offer": true, "offered": true, "offers": true,
	"ready": true, "prepared": true, "willing": true, "intend": true, "intends": true, "plan": true, "plans": true,
	"planned": true, "vowed": true, "vows": true, "decided": true, "committed": true}
var threatVerbs = map[string]bool{"threaten": true, "threatened": true, "threatens": true, "warned": true, "warns": true}

// light verbs carry an event noun: "carried out strikes", "launched an
// aggression"; their subject is the noun's agent.
var lightVerbs = map[string]bool{"carry": true, "carried": true, "carries": true, "carrying": true, "conduct": true,
	"conducted": true, "conducts": true, "launch": true, "launched": true, "launches": true, "commit": true,
	"committed": true, "commits": true, "make": true, "made": true, "makes": true, "stage": true, "staged": true,
	"stages": true, "execute": true, "executed": true, "executes": true, "mount": true, "mounted": true,
	"unleash": true, "unleashed": true, "perpetrate": true, "perpetrated": true, "resume": true, "resumed": true,
	"continue": true, "continued": true, "continues": true, "use": true, "used": true, "using": true,
	"undertake": true, "undertook": true, "begin": true, "began": true, "start": true, "started": true,
	"open": true, "opened": true, "intensify": true, "intensified": true, "engage": true, "engaged": true}

// happen verbs say a noun's event took place: "the withdrawal has not yet
// taken place".
var happenVerbs = map[string]bool{"place": true, "happen": true, "happened": true, "occur": true, "occurred": true,
	"implemented": true, "completed": true, "carried": true, "realized": true, "fulfilled": true}

// territory and agreement nouns tell what a verb like "violate" means.
var territoryNouns = map[string]bool{"territory": true, "territories": true, "airspace": true, "waters": true,
	"border": true, "borders": true, "line": true, "lines": true, "zone": true, "area": true, "sector": true,
	"direction": true, "frontier": true, "boundary": true, "space": true, "region": true, "soil": true, "loc": true,
	"positions": true, "position": true}
var agreementNouns = map[string]bool{"agreement": true, "agreements": true, "statement": true, "provisions": true,
	"provision": true, "ceasefire": true, "cease-fire": true, "treaty": true, "law": true, "laws": true,
	"resolution": true, "resolutions": true, "obligations": true, "commitments": true, "declaration": true,
	"regime": true, "norms": true, "accords": true, "deal": true, "sovereignty": true, "integrity": true,
	"rights": true, "principles": true, "terms": true, "arrangements": true, "memorandum": true, "rules": true,
	"truce": true, "armistice": true, "convention": true, "charter": true, "essence": true, "peace": true,
	"stability": true, "tension": true, "situation": true, "world": true}

// codeSentence codes the events of one sentence.
func (c *Coder) codeSentence(st *docState, s *sent) {
	raw := s.span.Text(st.d.Text)
	if strings.HasSuffix(strings.TrimSpace(raw), "?") {
		return // a question states nothing
	}
	trigs := c.findTriggers(s)
	var evs []rashomon.Event
	for i, tr := range trigs {
		if tr.pat.Frame == "report" {
			if r := c.verbSubject(st, s, trigs, i); r != nil && !strings.HasPrefix(r.rule, "pronoun") {
				st.lastSubj = r
			}
			continue
		}
		var ev *rashomon.Event
		if tr.verb {
			ev = c.codeVerb(st, s, trigs, i)
		} else {
			ev = c.codeNoun(st, s, trigs, i)
		}
		if ev != nil {
			evs = append(evs, *ev)
		}
	}
	evs = append(evs, c.obligations(st, s, trigs)...)
	evs = dedupe(evs)
	for i := range evs {
		c.finish(st, s, &evs[i])
	}
	if len(evs) > 0 {
		last := evs[len(evs)-1]
		st.lastEvent = &last
	}
	st.events = append(st.events, evs...)
}

// verbSubject finds a verb trigger's subject, sharing it with the verb it
// is coordinated with and taking a controller's for an infinitive.
func (c *Coder) verbSubject(st *docState, s *sent, trigs []*trigger, i int) *role {
	tr := trigs[i]
	g := verbGroup(s, tr.k0, tr.form)
	if tr.subj != nil {
		return tr.subj
	}
	// "X shelled A and attacked B": the second verb shares the subject.
	if g.start > 0 {
		p := s.toks[g.start-1]
		if (p.low == "and" || p.low == "but" || p.low == "or") && i > 0 && trigs[i-1].verb && trigs[i-1].subj != nil {
			return trigs[i-1].subj
		}
	}
	if g.infinitive || s.toks[tr.k0].Tag == "VBG" && (g.start == 0 || isPrep(s.toks[g.start-1])) {
		// the controller: the object of a request verb ("called on X to
		// withdraw"), else the subject of the verb before ("refused to
		// withdraw", "when using water cannons to expel")
		for j := i - 1; j >= 0; j-- {
			if trigs[j].verb && trigs[j].subj != nil {
				return trigs[j].subj
			}
		}
	}
	r := c.subject(st, s, g.start)
	if r == nil && (g.infinitive || s.toks[tr.k0].Tag == "VBG") {
		// a participle or infinitive governed by a verb that is no trigger
		r = c.subject(st, s, clauseStart(s, g.start))
	}
	tr.subj = r
	return r
}

// codeVerb codes a verb trigger.
func (c *Coder) codeVerb(st *docState, s *sent, trigs []*trigger, i int) *rashomon.Event {
	tr := trigs[i]
	g := verbGroup(s, tr.k0, tr.form)
	end := clauseEnd(s, tr.k1-1)
	if tr.content {
		c.verbSubject(st, s, trigs, i)
		return nil
	}
	if inConditional(s, g.start) {
		return nil
	}
	subj := c.verbSubject(st, s, trigs, i)
	pat := c.choosePattern(st, s, tr, end)
	if pat == nil {
		return nil
	}
	ev := &rashomon.Event{Sentence: s.index, Type: pat.Type, Mode: pat.Mode, CAMEO: pat.CAMEO, Rule: pat.ID,
		Trigger: rashomon.Span{Start: s.toks[tr.k0].Span.Start, End: s.toks[tr.k1-1].Span.End}}
	ev.Text = ev.Trigger.Text(st.d.Text)
	var src, tgt *role
	switch {
	case g.passive:
		tgt = subj
		if tgt != nil {
			tgt.rule = "passive-subject/" + tgt.rule
		}
		src, _ = c.prepObject(st, s, tr.k1, end, []string{"by", "from the territory of", "from the direction of", "from the side of", "from"})
	default:
		src = subj
		tgt = c.target(st, s, tr, pat, end)
	}
	switch pat.Frame {
	case "request", "reject":
		// what is demanded or rejected is content, not an event of its own
		content := c.markContent(st, s, trigs, i, end)
		if tgt == nil && content != nil {
			tgt = content
		}
		if src == nil {
			src = c.voiceRole(st, s, tr.k0)
		}
	case "accusation":
		// the claimant accuses the subject
		src, tgt = c.voiceRole(st, s, tr.k0), subj
	case "intrusion":
		if owner := c.territoryOwner(st, s, tr.k1, end, src); owner != nil {
			tgt = owner
		}
	}
	if pat.Type == rashomon.ACCUSE && pat.Frame == "" {
		// "accused X of moving into ...": what X is accused of is content
		c.markContent(st, s, trigs, i, end)
	}
	ev.Negated = g.negated
	typ := pat.Type
	switch {
	case g.negated && pat.NegatedType != "":
		typ, ev.Negated = pat.NegatedType, false
	case pat.NegatedType != "" && pat.Type == "":
		return nil // "respond" codes nothing unless negated
	}
	if g.future || c.promised(s, g.start) {
		switch {
		case cooperative[typ]:
			typ = rashomon.AGREE
			if pat.Future != "" {
				typ = pat.Future
			}
		case material[typ] && !g.negated:
			typ = rashomon.THREATEN
		}
	}
	if threatened(s, g.start) && material[typ] {
		typ = rashomon.THREATEN
	}
	if g.modal == "could" || g.modal == "might" || g.modal == "may" || g.modal == "would" {
		if typ != rashomon.THREATEN && typ != rashomon.AGREE {
			return nil // hypothetical
		}
	}
	if typ == "" {
		return nil
	}
	ev.Type = typ
	if src != nil && sameActor(src, tgt) && typ != rashomon.CONSULT {
		tgt = nil
	}
	ev.Source, ev.Target = src.participant(), tgt.participant()
	ev.Span = eventSpan(s, tr, src, tgt)
	if src != nil && !strings.HasPrefix(src.rule, "pronoun") && src.k0 >= 0 {
		st.lastSubj = src
	}
	return ev
}

// choosePattern picks, among the patterns for a trigger's words, the one
// whose requirement the object meets ("violate the border" is an
// intrusion, "violate the agreement" an accusation).
func (c *Coder) choosePattern(st *docState, s *sent, tr *trigger, end int) *Pattern {
	all := append([]*Pattern{tr.pat}, tr.alts...)
	obj := objectKind(s, tr.k1, end)
	var fallback *Pattern
	for _, p := range all {
		switch p.Needs {
		case "":
			if fallback == nil {
				fallback = p
			}
		case obj:
			return p
		}
	}
	if fallback != nil {
		return fallback
	}
	return nil
}

// objectKind says whether what follows a verb is a territory or an
// agreement: its first noun, or a place mention.
func objectKind(s *sent, from, end int) string {
	for j := from; j < end && j < from+8; j++ {
		t := s.toks[j]
		if t.place >= 0 {
			return "territory"
		}
		if territoryNouns[t.low] {
			return "territory"
		}
		if agreementNouns[t.low] {
			return "agreement"
		}
		if t.actor >= 0 && s.mention(t.actor).Actor.Sector != "" {
			return "actor"
		}
		if t.Text == "," || t.Text == "." {
			break
		}
	}
	return ""
}

// target finds a verb's target in the slots its pattern names.
func (c *Coder) target(st *docState, s *sent, tr *trigger, pat *Pattern, end int) *role {
	for _, slot := range pat.Target {
		switch slot {
		case "none", "subject":
			return nil
		case "object":
			if r, _ := c.directObject(st, s, tr.k1, end); r != nil {
				return r
			}
		default:
			if r, _ := c.prepObject(st, s, tr.k1, end, []string{slot}); r != nil {
				return r
			}
		}
	}
	return nil
}

// markContent marks the triggers inside what a request, rejection or
// accusation is about, and returns the agent of that content (whom a
// demand is really addressed to: "demands the withdrawal of the Russian
// troops").
func (c *Coder) markContent(st *docState, s *sent, trigs []*trigger, i, end int) *role {
	var agent *role
	for j := i + 1; j < len(trigs); j++ {
		t := trigs[j]
		if t.k0 >= end {
			break
		}
		if t.pat.Frame == "report" {
			break
		}
		t.content = true
		if agent == nil && !t.verb {
			agent = c.nounAgent(st, s, t, end)
		}
	}
	return agent
}

// territoryOwner names whose territory is entered: an owner in the object
// ("Chinese waters", "the state border of Russia", "the zone of the
// Russian peacekeeping mission"), else the de facto entity or country a
// named place in the clause belongs to, if not the intruder's own.
func (c *Coder) territoryOwner(st *docState, s *sent, from, end int, src *role) *role {
	if r, _ := c.nounPhraseRole(st, s, from, end, "owner"); r != nil && !sameActor(r, src) {
		return r
	}
	if r, _ := c.prepObject(st, s, from, end, []string{"of"}); r != nil && !sameActor(r, src) {
		return r
	}
	var best *role
	for j := from; j < end; j++ {
		t := s.toks[j]
		if t.place < 0 || c.places == nil {
			continue
		}
		m := s.mention(t.place)
		country, entity, _, ok := c.places.PlaceFacts(m.EntityID)
		if !ok {
			continue
		}
		code := entity
		if code == "" {
			code = country
		}
		if code == "" || (src != nil && src.ref.Country == code) {
			continue
		}
		best = &role{ref: rashomon.ActorRef{Country: code}, text: m.Text, span: m.Span, rule: "territory-of-place", k0: -1, k1: -1}
		if entity != "" {
			break
		}
	}
	return best
}

// promised reports "agreed to", "ready to", "promised to" before a verb.
func (c *Coder) promised(s *sent, start int) bool {
	if start < 2 || s.toks[start-1].low != "to" {
		return false
	}
	return promiseVerbs[s.toks[start-2].low]
}

func threatened(s *sent, start int) bool {
	if start < 2 || s.toks[start-1].low != "to" {
		return false
	}
	return threatVerbs[s.toks[start-2].low]
}

// inConditional reports a verb in an "if" or "unless" clause.
func inConditional(s *sent, k int) bool {
	cs := clauseStart(s, k)
	if cs > 0 {
		w := s.toks[cs-1].low
		return w == "if" || w == "unless"
	}
	return false
}

func eventSpan(s *sent, tr *trigger, src, tgt *role) rashomon.Span {
	sp := rashomon.Span{Start: s.toks[tr.k0].Span.Start, End: s.toks[tr.k1-1].Span.End}
	for _, r := range []*role{src, tgt} {
		if r != nil && r.k0 >= 0 && r.span.Start >= s.span.Start && r.span.End <= s.span.End {
			sp.Start = min(sp.Start, r.span.Start)
			sp.End = max(sp.End, r.span.End)
		}
	}
	return sp
}

// dedupe keeps one event per type, source and target in a sentence.
func dedupe(evs []rashomon.Event) []rashomon.Event {
	seen := map[string]bool{}
	out := evs[:0]
	for _, e := range evs {
		k := e.Type + "|" + partKey(e.Source) + "|" + partKey(e.Target)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e)
	}
	return out
}

func partKey(p *rashomon.Participant) string {
	if p == nil {
		return "-"
	}
	return p.Actor.Code()
}

// finish adds what every event needs once its roles are known: claimant,
// stance, modality, date, place and numbers.
func (c *Coder) finish(st *docState, s *sent, ev *rashomon.Event) {
	k := 0
	for i, t := range s.toks {
		if t.Span.Start >= ev.Trigger.Start {
			k = i
			break
		}
	}
	if cl := c.claimantAt(st, s, k); cl != nil {
		ev.Claimant = *cl
	}
	ev.Stance = rashomon.Asserted
	switch {
	case ev.Negated:
		ev.Stance = rashomon.Denied
	case ev.Type == rashomon.REQUEST:
		ev.Stance = rashomon.Demanded
	}
	raw := strings.ToLower(s.span.Text(st.d.Text))
	if strings.Contains(raw, "allegedly") || strings.Contains(raw, "reportedly") || strings.Contains(raw, "alleged ") {
		ev.Modality = "alleged"
		if ev.Stance == rashomon.Asserted {
			ev.Stance = rashomon.Alleged
		}
	}
	c.resolveDate(st, s, ev)
	c.locate(st, s, ev)
	counts(st, s, ev)
}
