package coder

import (
	"strings"

	"github.com/rashomon-project/rashomon"
)

// codeNoun codes an event noun: "the shelling of X", "Azerbaijani
// aggression against Y", "strikes executed by Z".
func (c *Coder) codeNoun(st *docState, s *sent, trigs []*trigger, i int) *rashomon.Event {
	tr := trigs[i]
	if tr.content {
		return nil
	}
	pat := tr.pat
	if pat.Type == "" || pat.Frame == "report" {
		return nil
	}
	end := clauseEnd(s, tr.k1-1)
	if inConditional(s, tr.k0) || inPurpose(s, tr.k0) || inTerms(s, tr.k0) || prevented(s, tr.k0) || deniedContent(s, trigs, tr.k0) {
		return nil // "in order to prevent provocations": what is feared
	}
	// "the hostilities were ceased", "the shelling stopped": the noun's
	// act is told as ended
	for j := tr.k1; j < end && j < tr.k1+10; j++ {
		t := s.toks[j]
		if endVerbs[t.low] && strings.HasPrefix(t.Tag, "VB") {
			return nil
		}
		if strings.HasPrefix(t.Tag, "VB") && !isAux(t.low) && t.actor < 0 && t.agent < 0 || t.Text == "," {
			break
		}
	}
	start := npStart(s, tr.k0)
	// "this aggression", "these provocations" point back to an event
	// already told
	for j := start; j < tr.k0; j++ {
		switch s.toks[j].low {
		case "this", "these", "that", "those", "such", "said":
			return nil
		}
	}
	// "no shelling", "not a single attack"
	negated := false
	for j := start; j < tr.k0; j++ {
		if isNegation(s.toks[j].low) {
			negated = true
		}
	}
	src := c.nounAgent(st, s, tr, end)
	// "These actions were preceded by the disruption of ..., the
	// targeting of ..., threats to ...": acts listed as what came before
	// or with an act are told as having happened, by its agent
	listed := sequenceList(s, start)
	if listed >= 0 && src == nil && (material[pat.Type] || pat.Type == rashomon.THREATEN) {
		src = c.sequenceAgent(st, s, listed)
	}
	var tgt *role
	if pat.NounOf == "" || pat.NounOf == "target" {
		tgt = c.ofComplement(st, s, tr.k1, end)
	}
	// "a telephone conversation between X and Y"
	if a, b := c.between(st, s, tr.k1, end); a != nil {
		agent := src
		src, tgt = a, b
		// "launched a mediation effort between X and Y": the mediator
		// meets the parties, X first
		if s.toks[tr.k0].low == "mediation" && agent != nil && agent.ref.Country != a.ref.Country {
			src, tgt = agent, a
		}
		// "Norway mediated talks between X and Y", "hosted talks
		// between": the third party meets the parties, X first
		if m := mediatorVerb(s, start); m >= 0 && !verbGroup(s, m, formPast).passive {
			g := verbGroup(s, m, formPast)
			r := c.subject(st, s, g.start)
			for k := m - 1; r == nil && k >= 0 && k >= m-3; k-- {
				r = s.actorAt(k, "subject") // a name the tagger misread as an adverb
			}
			if r != nil && r.ref.Country != a.ref.Country {
				src, tgt = r, a
			}
		}
	}
	if tgt == nil {
		var preps []string
		for _, p := range pat.Target {
			if p != "object" && p != "none" && p != "of" {
				preps = append(preps, p)
			}
		}
		if len(preps) > 0 {
			// "strikes were made by a drone of the type X on the
			// units": the target may follow the agent's phrase
			win := tr.k1 + 8
			if src != nil && strings.HasPrefix(src.rule, "prep:by") && src.k1 > 0 {
				win = src.k1 + 14
			}
			tgt, _ = c.prepObject(st, s, tr.k1, min(end, win), preps)
		}
	}
	// "arrived in Amman on an official visit", "is in Baku on a two-day
	// visit": the visit is to the place the clause goes or is in, hosted
	// by its government
	if tgt == nil && pat.Type == rashomon.CONSULT && (s.toks[tr.k0].low == "visit" || s.toks[tr.k0].low == "visits") {
		k := start - 1
		for k > 0 && (s.toks[k].Tag == "RB" || s.toks[k].Tag == "VBN" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "DT") {
			k--
		}
		if k > 0 && (s.toks[k].low == "on" || s.toks[k].low == "for") {
			// the verb of motion or of being before it
			v := k - 1
			for v >= 0 && v >= k-8 && !strings.HasPrefix(s.toks[v].Tag, "VB") && s.toks[v].Text != "," {
				v--
			}
			if v >= 0 && strings.HasPrefix(s.toks[v].Tag, "VB") {
				r, _ := c.prepObject(st, s, v+1, k, []string{"in", "to"})
				if r == nil && v+1 < k && (s.toks[v+1].low == "in" || s.toks[v+1].low == "to") {
					r = c.placeOwner(st, s, v+2, k, src)
				}
				if src == nil && r != nil {
					// "is in Baku on a visit": the visitor is the subject
					src = c.subject(st, s, verbGroup(s, v, formPast).start)
				}
				if r != nil && r.ref.Country != "" && (src == nil || r.ref.Country != src.ref.Country) {
					r.rule = "visited/" + r.rule
					if r.ref.Sector == "" {
						r.ref.Sector = rashomon.SectorGOV
					}
					tgt = r
				}
			}
		}
	}
	// A noun that is the subject of "take place", "be carried out" takes
	// that verb's negation: "the withdrawal has not yet taken place".
	for j := tr.k1; j < end; j++ {
		t := s.toks[j]
		if happenVerbs[t.low] && strings.HasPrefix(t.Tag, "VB") || (t.low == "place" && j > 0 && strings.HasPrefix(s.toks[j-1].low, "tak")) {
			g := verbGroup(s, j, formPart)
			if t.low == "place" {
				g = verbGroup(s, j-1, formPart)
			}
			negated = negated || g.negated
			break
		}
		if strings.HasPrefix(t.Tag, "VB") && t.actor < 0 && !t.used {
			break
		}
	}
	// A demanded withdrawal is no event; the demand is.
	typ := pat.Type
	// the object of a threatened or promised act: "threatened to launch
	// an offensive" (the threat is coded from its verb), "plans to impose
	// restrictions" (a threat), "ready to host a meeting" (an offer)
	if v := governingInfinitive(s, start); v >= 0 {
		switch {
		case threatened(s, v):
			return nil
		case c.promised(s, v) && material[typ]:
			typ = rashomon.THREATEN
		case c.promised(s, v) && cooperative[typ]:
			typ = rashomon.AGREE
		}
	}
	if src == nil && pat.Result {
		return nil // "clashes occurred": an outcome with no agent named
	}
	if src == nil && material[typ] && st.lastEvent != nil && st.lastEvent.Source != nil &&
		material[st.lastEvent.Type] && st.lastEvent.Sentence >= s.index-2 {
		r := *st.lastEvent.Source
		src = &role{ref: r.Actor, text: r.Text, span: r.Span, rule: "previous-event-source", k0: -1, k1: -1}
	}
	switch {
	case pat.Frame == "reject" && len(pat.Verbs) > 0:
		// a nominalised rejection ("the refusal of Armenia", "opposition
		// by the Armenian side to all the proposals"): its agent rejects;
		// told by the other side with nothing named to reject, it
		// rejects that side
		if tgt == nil || sameActor(src, tgt) {
			tgt = c.claimantSide(st, s, tr.k0, src)
			if tgt != nil {
				tgt.ref.Sector = ""
				if cl := c.claimantAt(st, s, tr.k0); cl != nil && cl.Actor.Sector == rashomon.SectorGOV {
					tgt.ref.Sector = rashomon.SectorGOV
				}
			}
		}
	case pat.Frame == "accusation" || pat.Frame == "reject":
		// calling it a provocation, a war crime or a lie: the claimant
		// accuses (or rejects) whoever did or said it
		who := src
		if who == nil {
			who = c.copulaSubject(st, s, start)
		}
		if who == nil {
			who = c.implicitAgent(st, s, rashomon.ASSAULT)
		}
		src, tgt = c.voiceRole(st, s, tr.k0), who
		if src != nil && tgt != nil && src.ref.Country == tgt.ref.Country {
			return nil // a side does not accuse itself
		}
	case true:
		if tgt == nil && pat.Responds {
			tgt = c.respondedTo(st, s, src)
		}
		if tgt == nil && material[typ] {
			if k := findWords(s, tr.k1, min(end, tr.k1+3), "on"); k >= 0 {
				tgt = c.placeRole(st, s, k, min(end, k+8), tr.k0) // "attack on the nuclear plant"
			} else {
				tgt = c.claimantSide(st, s, tr.k0, src)
			}
		}
	}
	if src != nil && src.ref.Country == "" && src.ref.Sector != "IGO" && src.ref.Sector != "NGO" && material[typ] {
		if r := c.implicitAgent(st, s, typ); r != nil {
			src = r
		} else if r := c.instrumentOwner(st, s, src); r != nil {
			src = r
		}
	}
	if emptyRole(src) && emptyRole(tgt) {
		return nil
	}
	// Talks, agreements, support and the like, named by a noun, count only
	// when the text says who: "contacts and dialogue" in general do not.
	if !material[typ] && pat.Frame == "" && (src == nil || src.ref.Country == "" && src.ref.Sector != "IGO" && src.ref.Sector != "NGO") {
		return nil
	}
	if src != nil && sameActor(src, tgt) {
		tgt = nil
	}
	received := false
	if pat.Frame == "request" {
		// "an appeal of X has been received": a request received was
		// made, to the receiver (the one telling it, when not named)
		if j := receivedAfter(s, tr.k1, end); j >= 0 {
			received = true
			if tgt == nil || sameActor(tgt, src) {
				if r, _ := c.prepObject(st, s, j+1, end, []string{"by"}); r != nil {
					tgt = r
				} else {
					tgt = c.voiceRole(st, s, tr.k0)
				}
			}
		}
	}
	if listed >= 0 && (tgt == nil || tgt.ref.Country == "" || strings.HasSuffix(tgt.rule, "+issuer") || tgt.rule == "claimant-side") {
		// "the targeting of civilian infrastructure in Stepanakert": a
		// target with no country of its own named is where the item
		// says it is
		ie := tr.k1
		for ie < end && s.toks[ie].Text != "," && s.toks[ie].low != "and" {
			ie++
		}
		if r := c.placeOwner(st, s, tr.k1, ie, src); r != nil {
			ref := r.ref
			if tgt != nil {
				ref.Sector = tgt.ref.Sector
			}
			tgt = &role{ref: ref, text: r.text, span: r.span, rule: "item-place/" + r.rule, k0: -1, k1: -1}
		}
	}
	// An event noun reports an event when the clause asserts it ("staged
	// demonstrations", "the withdrawal ... was completed") or names both
	// its parties. Otherwise ("the provocations", "Azerbaijani
	// aggression") it mostly refers to what was told elsewhere or speaks
	// in general: on the gold sets, dropping those trades a little recall
	// for much precision (PLOVER's records: precision 0.67 -> 0.72).
	if (src == nil || tgt == nil) && !tr.told && listed < 0 && !received && !nounAsserted(s, start, tr.k1, end) {
		return nil
	}
	ev := &rashomon.Event{Sentence: s.index, Type: typ, Mode: pat.Mode, CAMEO: pat.CAMEO, Rule: pat.ID + "(noun)",
		Trigger: rashomon.Span{Start: s.toks[tr.k0].Span.Start, End: s.toks[tr.k1-1].Span.End}, Negated: negated}
	ev.Text = ev.Trigger.Text(st.d.Text)
	ev.Source, ev.Target = src.participant(), tgt.participant()
	ev.Span = eventSpan(s, tr, src, tgt)
	return ev
}

// endVerbs tell that an act ended.
var endVerbs = map[string]bool{"ceased": true, "stopped": true, "ended": true, "halted": true, "suspended": true,
	"cease": true, "stop": true, "end": true, "halt": true, "ceases": true, "stops": true, "ends": true, "halts": true}

// nounAgent finds who performs an event noun: a possessive or adjective
// before it ("Azerbaijani aggression", "India's strike"), "by X" after it,
// "of X" for nouns whose "of" is the agent ("withdrawal of the troops"),
// or the subject of a light verb carrying it ("X carried out strikes").
func (c *Coder) nounAgent(st *docState, s *sent, tr *trigger, end int) *role {
	start := npStart(s, tr.k0)
	for j := tr.k0 - 1; j >= start; j-- {
		// a country word or possessive before the noun is its agent
		// ("Azerbaijani aggression", "India's strike"); a noun like
		// "Parliament attack" names the target instead
		if s.toks[j].low == "official" && s.toks[j].Text == "official" && (strings.HasPrefix(s.toks[j+1].Tag, "NN") || s.toks[j+1].Tag == "JJ") {
			continue // an adjective: "an official visit"
		}
		if r := s.actorAt(j, "noun-modifier"); r != nil && r.ref.Country != "" {
			return r
		}
	}
	if r, _ := c.prepObject(st, s, tr.k1, min(end, tr.k1+10), []string{"by"}); r != nil {
		return r
	}
	if tr.pat.NounOf == "agent" {
		if r := c.ofComplement(st, s, tr.k1, end); r != nil {
			return r
		}
	}
	// a light verb the tagger read as an adjective of the noun: "students
	// staged demonstrations"
	for j := start; j < tr.k0; j++ {
		if lightVerbs[s.toks[j].low] && j > 0 && (strings.HasPrefix(s.toks[j-1].Tag, "NN") || s.toks[j-1].actor >= 0 || s.toks[j-1].agent >= 0) {
			return c.subject(st, s, j)
		}
	}
	// light verb: "X executed four strikes", "X launched an aggression"
	j := start - 1
	for j >= 0 && (isDetLike(s.toks[j]) || isVGAdverb(s.toks[j]) || isQuote(s.toks[j])) {
		j--
	}
	// a noun in a phrase attached to a verb: "said in a telephone
	// conversation with", "during talks with"
	if j >= 0 && isPrep(s.toks[j]) && s.toks[j].low != "of" && s.toks[j].low != "by" {
		if gv := governingVerb(s, j+1); gv >= 0 && gv >= j-3 && !material[tr.pat.Type] {
			return c.subject(st, s, verbGroup(s, gv, formPast).start)
		}
		return nil
	}
	if j >= 0 && lightVerbs[s.toks[j].low] {
		g := verbGroup(s, j, formPast)
		if g.passive {
			if r, _ := c.prepObject(st, s, tr.k1, end, []string{"by"}); r != nil {
				return r
			}
			return nil
		}
		return c.subject(st, s, g.start)
	}
	return nil
}

// between reads "between X and Y" after an event noun.
func (c *Coder) between(st *docState, s *sent, k, end int) (*role, *role) {
	for j := k; j < end && j < k+3; j++ {
		if s.toks[j].low != "between" {
			continue
		}
		a, next := c.nounPhraseRole(st, s, j+1, end, "between")
		if a == nil || next < 0 {
			return nil, nil
		}
		for next < end && s.toks[next].low != "and" {
			next++
		}
		if next >= end {
			return nil, nil
		}
		b, _ := c.nounPhraseRole(st, s, next+1, end, "between-and")
		return a, b
	}
	return nil, nil
}

// copulaSubject finds who did what a predicate noun evaluates: "Torture
// of Armenian service members ... are war crimes", "The statements of the
// Ministry of Defence of Azerbaijan ... are an absolute lie".
func (c *Coder) copulaSubject(st *docState, s *sent, start int) *role {
	j := start - 1
	for j >= 0 && (isVGAdverb(s.toks[j]) || isDetLike(s.toks[j])) {
		j--
	}
	if j < 0 || !isBe(s.toks[j].low) {
		return nil
	}
	// the subject noun phrase: an actor in it, nearest first, but not the
	// claimant's own side (the victims of what is condemned)
	own := ""
	if cl := c.claimantAt(st, s, j); cl != nil {
		own = cl.Actor.Country
	}
	cs := clauseStart(s, j)
	if sn := statementBefore(s, cs); sn >= 0 {
		// "the statements of X that the other side started the shelling
		// are a lie": the subject is the statement, its maker in it
		for k := cs - 2; k > sn; k-- {
			if r := s.actorAt(k, "copula-subject"); r != nil && r.ref.Country != "" && r.ref.Country != own {
				return r
			}
		}
	}
	for k := j - 1; k >= cs; k-- {
		if r := s.actorAt(k, "copula-subject"); r != nil && r.ref.Country != "" && r.ref.Country != own {
			return r
		}
	}
	return nil
}

// ofComplement returns the actor of an "of" phrase right after an event
// noun: "the shelling of the positions of the Azerbaijani army".
func (c *Coder) ofComplement(st *docState, s *sent, k, end int) *role {
	j := k
	for j < end && j < k+3 && (isDetLike(s.toks[j]) || s.toks[j].low == "and") {
		j++
	}
	if j < end && s.toks[j].low == "of" {
		r, _ := c.nounPhraseRole(st, s, j+1, end, "of")
		return r
	}
	return nil
}

// obligations codes "X must withdraw", "X should take action" as a demand
// by the claimant on X (modal obligation), and imperatives ("Leave
// Azerbaijan!") as a demand on whom the document last asked something of.
func (c *Coder) obligations(st *docState, s *sent, trigs []*trigger) []rashomon.Event {
	var out []rashomon.Event
	for k, t := range s.toks {
		if t.low != "must" && t.low != "should" && !(t.low == "to" && k > 0 && (s.toks[k-1].low == "has" || s.toks[k-1].low == "have" || s.toks[k-1].low == "need" || s.toks[k-1].low == "needs")) {
			continue
		}
		if k+1 >= len(s.toks) || inConditional(s, k) {
			continue
		}
		// the verb after the modal
		v := k + 1
		for v < len(s.toks) && (isVGAdverb(s.toks[v]) || isAux(s.toks[v].low)) {
			v++
		}
		if v >= len(s.toks) || !strings.HasPrefix(s.toks[v].Tag, "VB") {
			continue
		}
		start := k
		if t.low == "to" {
			start = k - 1
		}
		if agreedContent(s, trigs, start) {
			continue // "agreed that talks should resume": what is agreed
		}
		subj := c.subject(st, s, start)
		voice := c.voiceRole(st, s, k)
		ev := rashomon.Event{Sentence: s.index, Type: rashomon.REQUEST, CAMEO: "100", Rule: "obligation-modal",
			Trigger: rashomon.Span{Start: t.Span.Start, End: s.toks[v].Span.End}}
		ev.Text = ev.Trigger.Text(st.d.Text)
		if subj != nil && subj.ref.Country != "" {
			ev.Target = subj.participant()
		}
		ev.Source = voice.participant()
		ev.Span = rashomon.Span{Start: ev.Trigger.Start, End: ev.Trigger.End}
		if subj != nil && subj.k0 >= 0 {
			ev.Span.Start = min(ev.Span.Start, subj.span.Start)
		}
		// the demanded act is content, not an event
		for _, tr := range trigs {
			if tr.k0 >= v && tr.k0 < clauseEnd(s, v) {
				tr.content = true
			}
		}
		out = append(out, ev)
	}
	// imperative: a sentence that opens with a bare verb and ends with "!"
	raw := strings.TrimSpace(s.span.Text(st.d.Text))
	if len(s.toks) > 1 && (s.toks[0].Tag == "VB" || c.baseVerb(s.toks[0].low)) && strings.HasSuffix(raw, "!") {
		ev := rashomon.Event{Sentence: s.index, Type: rashomon.REQUEST, CAMEO: "100", Rule: "imperative",
			Trigger: s.toks[0].Span, Span: s.span}
		ev.Text = s.toks[0].Text
		ev.Source = c.voiceRole(st, s, 0).participant()
		// what the imperative demands ("Leave Azerbaijan and go home!") is
		// its content
		for _, tr := range trigs {
			tr.content = true
		}
		for i := len(st.events) - 1; i >= 0; i-- {
			if st.events[i].Type == rashomon.REQUEST && st.events[i].Target != nil {
				t := *st.events[i].Target
				t.Rule = "addressee-of-previous-demand"
				ev.Target = &t
				break
			}
		}
		out = append(out, ev)
	}
	return out
}

// nounAsserted reports an event noun whose clause says it happened: the
// object of a light verb ("carried out strikes", "staged
// demonstrations") or the subject of a verb of happening ("the withdrawal
// was completed", "the talks took place").
func nounAsserted(s *sent, start, k1, end int) bool {
	for j := start - 1; j >= 0 && j >= start-3; j-- {
		t := s.toks[j]
		if lightVerbs[t.low] {
			return true
		}
		if !isDetLike(t) && !isVGAdverb(t) {
			break
		}
	}
	for j := start; j < k1; j++ {
		if lightVerbs[s.toks[j].low] && j > 0 && strings.HasPrefix(s.toks[j-1].Tag, "NN") {
			return true // "students staged demonstrations", read as an adjective
		}
	}
	for j := k1; j < end && j < k1+8; j++ {
		t := s.toks[j]
		if happenVerbs[t.low] && (strings.HasPrefix(t.Tag, "VB") || t.low == "place") {
			return true
		}
		// the passive of a light verb: "four strikes were made by a
		// drone", "attacks were carried out"
		if lightVerbs[t.low] && t.Tag == "VBN" && j > k1 && isBe(s.toks[j-1].low) {
			return true
		}
		if strings.HasPrefix(t.Tag, "VB") && !isAux(t.low) {
			break
		}
	}
	return false
}

// agreedContent reports a clause opened by "that" after an agreement verb
// ("agreed on Wednesday that ..."): its "should" is what was agreed.
func agreedContent(s *sent, trigs []*trigger, k int) bool {
	cs := clauseStart(s, k)
	if cs == 0 || s.toks[cs-1].low != "that" {
		return false
	}
	for _, tr := range trigs {
		if tr.verb && tr.pat.Type == rashomon.AGREE && tr.k1 <= cs-1 && tr.k1 >= cs-7 {
			return true
		}
	}
	return false
}

// baseVerb reports a pattern verb in its base form: the tagger may take a
// capitalised imperative for a name ("Leave Azerbaijan!").
func (c *Coder) baseVerb(w string) bool {
	for _, ve := range c.pat.verbs[w] {
		if ve.form == formBase {
			return true
		}
	}
	return false
}

// preventVerbs take as object what did not (yet) happen.
var preventVerbs = map[string]bool{"prevent": true, "prevents": true, "prevented": true, "preventing": true,
	"avert": true, "averts": true, "averted": true, "averting": true, "avoid": true, "avoids": true, "avoided": true,
	"avoiding": true, "forestall": true, "forestalled": true, "thwart": true, "thwarted": true, "thwarting": true}

// prevented reports an event noun in the object of a verb of preventing,
// over the nouns it heads: "to prevent the expansion of the scale of
// military clashes", "averted an attack" — what was to be prevented is
// no act told.
func prevented(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		t := s.toks[j]
		if preventVerbs[t.low] {
			return true
		}
		if t.low == "of" || isDetLike(t) || t.Tag == "JJ" || strings.HasPrefix(t.Tag, "NN") || t.Tag == "RB" || t.Tag == "CD" {
			continue
		}
		return false
	}
	return false
}

// deniedContent reports a word in a that-clause complementing a
// statement or claim noun that the sentence denies: "the statements of the
// ministry that the other side started the shelling are an absolute lie",
// "rejected the claims that troops had crossed". What a denied statement
// says is its content, not an act the text tells.
func deniedContent(s *sent, trigs []*trigger, k int) bool {
	denied := false
	for _, t := range trigs {
		if t.pat.Frame == "reject" {
			denied = true
		}
	}
	if !denied {
		return false
	}
	cs := clauseStart(s, k)
	if cs < 2 || s.toks[cs-1].low != "that" {
		return false
	}
	// the clause ends where the sentence's own verb comes: "... that the
	// side started the shelling are an absolute lie"
	finite := 0
	for j := cs; j < k; j++ {
		t := s.toks[j]
		if (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD") && (j == cs || !strings.HasPrefix(s.toks[j-1].Tag, "VB") && s.toks[j-1].Tag != "MD" && s.toks[j-1].Tag != "RB") {
			finite++
		}
	}
	if finite > 1 {
		return false
	}
	return statementBefore(s, cs) >= 0
}

// statementBefore returns the statement or claim noun a that-clause
// starting at cs complements ("the statements of the ministry that ..."),
// or -1.
func statementBefore(s *sent, cs int) int {
	if cs < 2 || s.toks[cs-1].low != "that" {
		return -1
	}
	for j := cs - 2; j >= 0 && j >= cs-10; j-- {
		t := s.toks[j]
		if statementNouns[t.low] && strings.HasPrefix(t.Tag, "NN") {
			return j
		}
		if t.low == "of" || isDetLike(t) || strings.HasPrefix(t.Tag, "NN") || t.actor >= 0 || t.agent >= 0 {
			continue
		}
		return -1
	}
	return -1
}

// sequenceVerbs, passive with "by", list acts that came before, after or
// with another: "were preceded by", "was accompanied by".
var sequenceVerbs = map[string]bool{"preceded": true, "followed": true, "accompanied": true}

// sequenceList returns the subject's end (the token before the auxiliary)
// when the noun phrase at k is in the list after "was preceded by",
// "were accompanied by": over commas, "and" and the phrases of earlier
// items, with no finite verb between; else -1.
func sequenceList(s *sent, k int) int {
	for j := k - 1; j >= 1; j-- {
		t := s.toks[j]
		if t.low == "by" && sequenceVerbs[s.toks[j-1].low] {
			g := verbGroup(s, j-1, formPast)
			if !g.passive || g.start == 0 {
				return -1
			}
			return g.start
		}
		if isClauseBreak(t) || t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || t.Text == "." {
			return -1
		}
	}
	return -1
}

// sequenceAgent is who did the acts listed after "X was preceded by": X's
// agent when it names one, else, for an act referred back to ("these
// actions"), the agent of the last hostile act the text told.
func (c *Coder) sequenceAgent(st *docState, s *sent, aux int) *role {
	if r := c.subject(st, s, aux); r != nil && r.ref.Country != "" {
		r.rule = "sequence-subject/" + r.rule
		return r
	}
	return lastHostileAgent(st, s, 3, "", "sequence-last-agent")
}

// receivedAfter returns the passive "received" whose subject is the noun
// ending before k ("an appeal of X has been received"), or -1.
func receivedAfter(s *sent, k, end int) int {
	for j := k; j < end && j < k+12; j++ {
		t := s.toks[j]
		if (t.low == "received" || t.low == "delivered") && t.Tag == "VBN" && j > 0 && (isBe(s.toks[j-1].low) || s.toks[j-1].low == "been") {
			return j
		}
		if strings.HasPrefix(t.Tag, "VB") && !isAux(t.low) {
			return -1
		}
	}
	return -1
}

// governingInfinitive returns the bare infinitive whose object is the
// noun phrase starting at start ("to launch a new offensive"), or -1.
func governingInfinitive(s *sent, start int) int {
	j := start - 1
	for j >= 0 && (isDetLike(s.toks[j]) || s.toks[j].Tag == "JJ" || s.toks[j].Tag == "CD" || isVGAdverb(s.toks[j])) {
		j--
	}
	if j < 1 || s.toks[j].Tag != "VB" || s.toks[j-1].low != "to" {
		return -1
	}
	return j
}

// mediationVerbs make their subject a third party to the talks they
// take: "mediated talks between", "hosted negotiations between".
var mediationVerbs = map[string]bool{"mediate": true, "mediated": true, "mediates": true, "mediating": true,
	"host": true, "hosted": true, "hosts": true, "hosting": true, "broker": true, "brokered": true, "brokers": true,
	"brokering": true, "facilitate": true, "facilitated": true, "facilitates": true, "facilitating": true,
	"sponsor": true, "sponsored": true, "sponsors": true, "sponsoring": true, "organize": true, "organized": true,
	"organise": true, "organised": true, "convene": true, "convened": true, "convenes": true}

// mediatorVerb returns the mediation verb whose object starts at start,
// or -1.
func mediatorVerb(s *sent, start int) int {
	j := start - 1
	for j >= 0 && (isDetLike(s.toks[j]) || s.toks[j].Tag == "RB") {
		j--
	}
	// ("Norway mediated talks": the tagger may read the verb as an
	// adjective after its subject)
	if j >= 0 && mediationVerbs[s.toks[j].low] && (strings.HasPrefix(s.toks[j].Tag, "VB") ||
		s.toks[j].Tag == "JJ" && j > 0 && (s.toks[j-1].actor >= 0 || s.toks[j-1].agent >= 0)) {
		return j
	}
	return -1
}
