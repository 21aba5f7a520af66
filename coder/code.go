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
	"open": true, "opened": true, "intensify": true, "intensified": true, "engage": true, "engaged": true,
	"continuing": true, "hold": true, "held": true, "holding": true, "announce": true, "announced": true,
	"announces": true, "impose": true, "imposed": true, "imposes": true, "organize": true, "organized": true,
	"organise": true, "organised": true, "organizes": true, "organises": true, "take": true, "took": true,
	"taken": true, "takes": true, "taking": true, "complete": true, "completed": true, "completes": true,
	"renew": true, "renewed": true, "renews": true}

// happen verbs say a noun's event took place: "the withdrawal has not yet
// taken place".
var happenVerbs = map[string]bool{"place": true, "happen": true, "happened": true, "occur": true, "occurred": true,
	"implemented": true, "completed": true, "carried": true, "realized": true, "fulfilled": true, "taken": true}

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

// hostileActNouns name hostile acts one is blamed for: "responsible for
// the attacks".
var hostileActNouns = map[string]bool{"attack": true, "attacks": true, "provocation": true, "provocations": true,
	"shelling": true, "shellings": true, "strike": true, "strikes": true, "incident": true, "incidents": true,
	"killing": true, "killings": true, "deaths": true, "death": true, "crime": true, "crimes": true,
	"violation": true, "violations": true, "escalation": true, "aggression": true, "bombing": true, "bombings": true,
	"explosion": true, "explosions": true, "massacre": true, "atrocities": true, "consequences": true,
	"casualties": true, "bloodshed": true, "hostilities": true, "tension": true, "tensions": true,
	"aggravation": true, "deterioration": true, "destabilization": true, "destabilisation": true, "worsening": true}

// codeSentence codes the events of one sentence.
func (c *Coder) codeSentence(st *docState, s *sent) {
	raw := s.span.Text(st.d.Text)
	if strings.HasSuffix(strings.TrimSpace(raw), "?") {
		return // a question states nothing
	}
	trigs := c.findTriggers(s)
	protestContent(s, trigs)
	// obligations first: what must be done is their content
	evs := c.obligations(st, s, trigs)
	for i, tr := range trigs {
		if tr.pat.Frame == "report" {
			if r := c.verbSubject(st, s, trigs, i); r != nil && !strings.HasPrefix(r.rule, "pronoun") {
				st.lastSubj = r
			}
			if ev := c.informed(st, s, trigs, i); ev != nil {
				evs = append(evs, *ev)
			}
			continue
		}
		if tr.verb {
			evs = append(evs, c.codeVerb(st, s, trigs, i)...)
		} else if ev := c.codeNoun(st, s, trigs, i); ev != nil {
			evs = append(evs, *ev)
		}
	}
	evs = dedupe(evs)
	c.sameSentenceResponse(evs)
	for i := range evs {
		c.finish(st, s, &evs[i])
	}
	coordinatedPlace(evs)
	if len(evs) > 0 {
		last := evs[len(evs)-1]
		st.lastEvent = &last
	}
	// history the sentence recalls is not coded, but tells the sides
	for _, e := range evs {
		if background(st.d, s, &e) {
			st.history = append(st.history, e)
		} else {
			st.events = append(st.events, e)
		}
	}
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
		if (p.low == "and" || p.low == "but" || p.low == "or" || p.Text == "," && s.d.Sentences[s.index].Kind == rashomon.SentHeading) &&
			i > 0 && trigs[i-1].verb && trigs[i-1].subj != nil {
			return trigs[i-1].subj
		}
		// "is taking measures to resolve the situation and convince the
		// troops": an infinitive's coordinate shares its controller
		if p.low == "and" {
			for j := g.start - 2; j >= 1 && j >= g.start-9; j-- {
				if s.toks[j].Text == "," || isClauseBreak(s.toks[j]) {
					break
				}
				if s.toks[j].Tag == "VB" && s.toks[j-1].low == "to" {
					if gv := governingVerb(s, j-1); gv >= 0 {
						if r := c.subject(st, s, verbGroup(s, gv, formPast).start); r != nil {
							r.rule = "controller/" + r.rule
							tr.subj = r
							return r
						}
					}
					break
				}
			}
		}
		// "X made statements ... and threatened Y": a verb right after
		// "and" shares the subject of the finite verb before it, event or
		// not.
		if p.low == "and" || p.low == "but" {
			for j := g.start - 2; j >= 0; j-- {
				t := s.toks[j]
				if t.Tag != "VBD" && t.Tag != "VBZ" && t.Tag != "VBP" || isAux(t.low) {
					continue
				}
				if r := c.subject(st, s, verbGroup(s, j, formPast).start); r != nil {
					r.rule = "coordinated-verb/" + r.rule
					tr.subj = r
					return r
				}
				break
			}
		}
	}
	// ("issued a statement demanding": a text's demand is its issuer's)
	controlled := g.infinitive || s.toks[tr.k0].Tag == "VBG" && (g.start == 0 || isPrep(s.toks[g.start-1]) || isSubordinator(s.toks[g.start-1]) ||
		statementNouns[s.toks[g.start-1].low] || documentNoun(s.toks[g.start-1].low) || aspectBefore(s, g.start))
	if controlled {
		// the controller: the object of a request verb ("called on X to
		// withdraw"), else the subject of the verb that governs it
		// ("refused to withdraw", "staged a provocation by firing", "were
		// forced to retreat")
		if gv := governingVerb(s, g.start); gv >= 0 {
			for j := i - 1; j >= 0; j-- {
				if trigs[j].verb && trigs[j].k0 == gv && trigs[j].passive && !g.infinitive && !forReason(s, g.start) {
					return nil // "two soldiers killed in shelling": the subject of a passive is no agent
				}
				if trigs[j].verb && trigs[j].k0 == gv && trigs[j].subj != nil && trigs[j].pat.Frame != "request" {
					tr.subj = trigs[j].subj
					return tr.subj
				}
			}
			// ("were forced to retreat": an infinitive's doer is the
			// passive's subject all the same)
			if verbGroup(s, gv, formPast).passive && !g.infinitive && !forReason(s, g.start) {
				return nil
			}
			r := c.subject(st, s, verbGroup(s, gv, formPast).start)
			if r != nil {
				r.rule = "controller/" + r.rule
			}
			tr.subj = r
			return r
		}
	}
	// "police opened fire on the crowd, killing one person": a participle
	// after a comma with no subject of its own is done by the subject of
	// the finite verb before it
	if s.toks[tr.k0].Tag == "VBG" && g.start == tr.k0 && g.start > 1 && s.toks[g.start-1].Text == "," {
		if fv := finiteVerbBefore(s, g.start-1); fv >= 0 {
			if fg := verbGroup(s, fv, formPast); !fg.passive {
				if r := c.subject(st, s, fg.start); r != nil {
					r.rule = "participle-adjunct/" + r.rule
					tr.subj = r
					return r
				}
			}
		}
	}
	r := c.subject(st, s, g.start)
	tr.subj = r
	return r
}

// finiteVerbBefore returns the nearest finite verb before token k (a comma
// or "and") in its sentence, over infinitives and the nouns between, or -1;
// a clause break or a quotation stops it. A past form right before "by" is
// a participle ("the report released by the ministry").
func finiteVerbBefore(s *sent, k int) int {
	for j := k - 1; j >= 0; j-- {
		t := s.toks[j]
		if isClauseBreak(t) || isQuote(t) || t.Text == "." {
			return -1
		}
		if isAux(t.low) {
			continue
		}
		switch t.Tag {
		case "VBD", "VBZ", "VBP":
			if j+1 < len(s.toks) && s.toks[j+1].low == "by" {
				continue
			}
			return j
		case "VBN":
			if verbGroup(s, j, formPast).start < j {
				return j
			}
		}
	}
	return -1
}

// governingVerb finds the verb an infinitive or a gerund depends on: the
// nearest verb to the left, over the noun phrase or preposition between.
func governingVerb(s *sent, start int) int {
	for j := start - 1; j >= 0 && j >= start-12; j-- {
		t := s.toks[j]
		if t.Tag == "''" {
			// over a quotation: acted "professionally, restrained and
			// justifiably" when using
			o := j - 1
			for o >= 0 && s.toks[o].Tag != "``" {
				o--
			}
			if o > 0 {
				j = o
				continue
			}
		}
		if strings.HasPrefix(t.Tag, "VB") && !isAux(t.low) {
			return j
		}
		// "is willing to send", "was ready to withdraw": the adjective's
		// copula governs the infinitive, and its subject controls it
		if controlAdjectives[t.low] && j >= start-2 {
			b := j - 1
			for b >= 0 && s.toks[b].Tag == "RB" {
				b--
			}
			if b >= 0 && isBe(s.toks[b].low) {
				return b
			}
		}
		if isClauseBreak(t) || t.Text == "." {
			return -1
		}
	}
	return -1
}

// controlAdjectives take a to-infinitive whose doer is the copula's
// subject: "X is willing to withdraw".
var controlAdjectives = map[string]bool{"willing": true, "ready": true, "prepared": true, "determined": true,
	"eager": true, "unwilling": true, "reluctant": true, "keen": true, "able": true, "unable": true}

// coordinated returns the other subjects coordinated with r: "official
// Yerevan and Stepanakert expect".
func (c *Coder) coordinated(s *sent, r *role) []*role {
	if r == nil || r.k0 < 2 {
		return nil
	}
	var out []*role
	k := r.k0
	for k >= 2 && (s.toks[k-1].low == "and" || s.toks[k-1].Text == ",") {
		o := s.actorAt(k-2, "coordinated")
		if o == nil || o.ref == r.ref || o.ref.Country == "" {
			break
		}
		out = append(out, o)
		k = o.k0
	}
	return out
}

// codeVerb codes a verb trigger: one event, or one per coordinated
// subject.
func (c *Coder) codeVerb(st *docState, s *sent, trigs []*trigger, i int) []rashomon.Event {
	tr := trigs[i]
	g := verbGroup(s, tr.k0, tr.form)
	end := clauseEnd(s, tr.k1-1)
	if tr.content {
		c.verbSubject(st, s, trigs, i)
		return nil
	}
	if inConditional(s, g.start) || inPurpose(s, g.start) || inTerms(s, g.start) || deniedContent(s, trigs, g.start) || forcePurpose(s, trigs, i, g) || material[tr.pat.Type] && objectPurpose(s, trigs, g) {
		return nil
	}
	v := s.toks[tr.k0]
	// A participle before its noun is an adjective: "three lightly wounded
	// soldiers", "the destroyed bridge".
	if (v.Tag == "VBN" || v.Tag == "VBD" || v.Tag == "JJ") && tr.k1 == tr.k0+1 && tr.k1 < len(s.toks) &&
		(strings.HasPrefix(s.toks[tr.k1].Tag, "NN") || s.toks[tr.k1].Tag == "JJ") {
		j := tr.k0 - 1
		for j >= 0 && s.toks[j].Tag == "RB" {
			j--
		}
		if j < 0 || isDetLike(s.toks[j]) || s.toks[j].Tag == "CD" {
			return nil
		}
	}
	// A participle right after a noun, with no auxiliary, describes it:
	// "units deployed in the area", "the positions occupied on March 24".
	// ("troops temporarily deployed in ...": adverbs between)
	nb := tr.k0 - 1
	for nb > 0 && s.toks[nb].Tag == "RB" && strings.HasSuffix(s.toks[nb].low, "ly") {
		nb--
	}
	reduced := (v.Tag == "VBN" || v.Tag == "VBD") && (g.start == tr.k0 || g.start > nb) && nb >= 0 &&
		(strings.HasPrefix(s.toks[nb].Tag, "NN") || s.toks[nb].actor >= 0 || s.toks[nb].agent >= 0) &&
		(finiteBefore(s, tr.k0) || v.Tag == "VBN" && modalAfter(s, nb, tr.k0))

	// "the only pipeline supplying gas": a present participle right after
	// a thing it describes tells what the thing does, no act of anyone's
	if v.Tag == "VBG" && g.start == tr.k0 && tr.k0 > 0 && !material[tr.pat.Type] {
		p := s.toks[tr.k0-1]
		// ("a declaration demanding that ...": a text speaks for its issuer)
		if strings.HasPrefix(p.Tag, "NN") && p.actor < 0 && p.agent < 0 && p.place < 0 && !statementNouns[p.low] && !documentNoun(p.low) &&
			p.low != "letter" && p.low != "note" && p.low != "communique" && p.low != "appeal" {
			return nil
		}
	}
	// A headline drops the auxiliary: "Three Ukrainian Ships Seized In Black Sea".
	if !reduced && !g.passive && v.Tag == "VBN" && g.start == tr.k0 && st.d.Sentences[s.index].Kind == rashomon.SentHeading &&
		tr.k1 == tr.k0+1 && noObject(s, tr.k1) {
		g.passive = true
	}
	pat := c.choosePattern(st, s, tr, end)
	if pat == nil {
		return nil
	}
	// "Three Ukrainian ships seized in the Black Sea": a verb that always
	// takes an object, with none after it and no auxiliary, is a passive
	if pat.Transitive && !reduced && !g.passive && g.start == tr.k0 && (v.Tag == "VBN" || v.Tag == "VBD") && noObject(s, tr.k1) {
		g.passive = true
	}
	tr.passive = g.passive
	if pat.Frame == "request" && strings.HasPrefix(v.low, "expect") && (g.passive || reduced || v.Tag == "VBN" && g.start == tr.k0) {
		// "it is expected that ...", "talks expected to resume": what is
		// expected is a forecast, no one's demand ("X expects Y to" is one)
		return nil
	}
	if pat.Frame == "request" && strings.HasPrefix(v.low, "requir") && provisionSubject(s, g.start) {
		return nil // "the agreement requires Moscow to ...": what a text lays down, no one's demand
	}
	if pat.Type == rashomon.PROTEST && tr.k1+1 < len(s.toks) && s.toks[tr.k1].low == "that" && !timeNouns[s.toks[tr.k1+1].low] {
		return nil // "demonstrates that the claims are false": shows, no protest ("demonstrated that day" is one)
	}
	if (pat.Type == rashomon.RETREAT || pat.Type == rashomon.AID) && textObject(s, tr.k1, end) {
		return nil // "released a statement", "provided information": words, not captives or aid
	}
	if reduced && (pat.Type == rashomon.MOBILIZE || pat.Frame == "report" || pat.Type == "") {
		return nil
	}
	if (reduced || v.Tag == "VBN" && g.start == tr.k0) && describesDocument(s, tr.k0) {
		return nil // "the agreement signed by the three leaders": the document's history
	}
	finite := !reduced && !g.infinitive && v.Tag != "VBG" || g.start < tr.k0
	if pat.Frame == "accusation" && !finite {
		return nil // "violating the provisions": a participle, not an accusation
	}
	subj := c.verbSubject(st, s, trigs, i)
	var src, tgt *role
	named := false
	switch {
	case reduced:
		// the noun it describes is the target; the agent is the clause's subject
		tgt, _ = c.nounPhraseRole(st, s, npStart(s, tr.k0-1), tr.k0, "described-noun")
		src, _ = c.prepObject(st, s, tr.k1, end, []string{"by"})
		if src == nil {
			src = c.subject(st, s, clauseStart(s, tr.k0))
			if src != nil && sameActor(src, tgt) {
				src = nil
			}
			if src == nil {
				src = c.mainSubject(st, s, tr.k0)
			}
		}
	case g.passive:
		tgt = subj
		if tgt != nil {
			tgt.rule = "passive-subject/" + tgt.rule
		}
		agentPreps := []string{"by"}
		if pat.Type == rashomon.ASSAULT {
			// "were shelled from the territory of Armenia"
			agentPreps = append(agentPreps, "from the territory of", "from the direction of", "from the side of", "from")
		}
		src, _ = c.prepObject(st, s, tr.k1, end, agentPreps)
		if src == nil && pat.Result {
			return nil // "the infrastructure has been damaged": an outcome, no act
		}
		if src == nil {
			src = c.implicitAgent(st, s, pat.Type)
		}
		if src == nil && material[pat.Type] {
			src = c.claimantAsAgent(st, s, tr.k0, tgt)
		}
	default:
		src = subj
		tgt, named = c.target(st, s, tr, pat, end)
	}
	switch pat.Frame {
	case "request", "reject":
		// what is demanded or rejected is content, not an event of its own
		content := c.markContent(st, s, trigs, i, end)
		both := c.compound(s, tgt)
		if both {
			tgt = nil // "expects Baku and Yerevan to": both sides, no one target
		}
		if tgt == nil && !both {
			tgt = c.thatClauseSubject(st, s, tr.k1, len(s.toks))
		}
		if tgt == nil && content != nil && !both {
			tgt = content
		}
		// "demands the withdrawal of the Russian troops from Karabakh": a
		// target found after the demanded act's agent is part of the act
		if content != nil && tgt != nil && content.k0 >= 0 && tgt.k0 > content.k0 {
			tgt = content
		}
		if src == nil {
			src = c.voiceRole(st, s, tr.k0)
		}
	case "accusation":
		if anaphoricActSubject(s, g.start) {
			return nil // "such actions endanger stability": what was told, judged again
		}
		// the claimant accuses the subject
		src, tgt = c.voiceRole(st, s, tr.k0), subj
		if tgt != nil && src != nil && tgt.ref.Country == src.ref.Country && strings.HasPrefix(tgt.rule, "pronoun:") && tgt.k0 >= 0 {
			// "the Philippines protested China's actions and claimed it
			// violated the law": a side does not accuse itself; the
			// pronoun stands for the other side named last
			tgt = nil
			for j := subj.k0 - 1; j >= 0; j-- {
				if r := s.actorAt(j, "pronoun:other-side"); r != nil && r.ref.Country != "" && r.ref.Country != src.ref.Country {
					tgt = r
					break
				}
			}
		}
	case "blame":
		// "the responsibility ... rests with X": the claimant accuses X
		// ("the decision rests with the president" blames no one)
		if !blameSubject(s, g.start) {
			return nil
		}
		src = c.voiceRole(st, s, tr.k0)
	case "receive":
		// "the wounded soldiers received medical assistance (from X)"
		tgt, src = subj, nil
		if !g.passive {
			src, _ = c.prepObject(st, s, tr.k1, end, []string{"from"})
		}
		if src == nil && tgt != nil {
			src = c.claimantAsAgent(st, s, tr.k0, tgt)
		}
	case "intrusion":
		if owner := c.territoryOwner(st, s, tr.k1, end, src); owner != nil {
			tgt = owner
		} else if tgt == nil {
			// a line or a border with no owner named ("violated the Line
			// of Control"): the side that reports the crossing is the
			// one crossed into
			tgt = c.claimantSide(st, s, tr.k0, src)
		}
	}
	if pat.Type == rashomon.ACCUSE && pat.Frame == "" || pat.Type == rashomon.AGREE {
		// "accused X of moving into ...", "proposed a mirror withdrawal":
		// what X is accused of, or what is proposed, is content
		agent := c.markContent(st, s, trigs, i, end)
		// "condemned the attacks": condemning an act accuses its doer,
		// named with it or the one told last
		if pat.Type == rashomon.ACCUSE && (tgt == nil || sameActor(tgt, src)) && i+1 < len(trigs) && !trigs[i+1].verb &&
			material[trigs[i+1].pat.Type] && trigs[i+1].k0 <= tr.k1+2 {
			tgt = agent
			if agent == nil || agent.ref.Country == "" || sameActor(agent, src) {
				tgt = c.respondedTo(st, s, src)
			}
		}
	}
	negated := g.negated
	typ := pat.Type
	if pat.Frame == "accusation" && negated && src != nil && subj != nil && subj.ref.Country == src.ref.Country && src.ref.Country != "" {
		// "Azerbaijan has not violated the statement", says Baku: a
		// denial of the other side's charge, which it rejects
		tgt = c.lastAccuser(st, src)
		if tgt == nil {
			return nil
		}
		typ, negated = rashomon.REJECT, false
	} else if negated && pat.NegatedType != "" {
		typ, negated = pat.NegatedType, false
	} else if pat.Type == "" && pat.Future == "" {
		return nil // "respond" codes nothing unless negated
	}
	// "they would boycott", said of what a party will do: reported
	// future, not a hypothesis
	reportedFuture := g.modal == "would" && reportedClause(s, g.start)
	if g.future || reportedFuture || c.promised(s, g.start) {
		switch {
		case unlessAfter(s, tr.k1) && !negated:
			// "will withdraw its force unless ...": a condition imposed
			typ = rashomon.THREATEN
		case pat.Future != "":
			typ = pat.Future
		case cooperative[typ]:
			typ = rashomon.AGREE
		case material[typ] && !negated:
			typ = rashomon.THREATEN
		}
		if reportedFuture {
			g.modal = ""
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
	if tgt == nil && pat.Responds {
		tgt = c.respondedTo(st, s, src)
	}
	if emptyRole(src) && pat.Responds {
		// "measures are being taken to silence the firing points", in a
		// side's statement: one responds for one's own side
		src = c.claimantAsAgent(st, s, tr.k0, tgt)
	}
	if emptyRole(tgt) && typ == rashomon.AGREE && !negated && src != nil && src.ref.Country != "" {
		// "proposed a peace treaty": a proposal with no addressee named
		// is made to the other side of the conflict the text tells
		tgt = c.opponent(st, src)
	}
	if tgt == nil && material[typ] {
		// "used water cannons to expel four Philippine vessels"
		tgt = c.purposeObject(st, s, tr.k1, end)
	}
	if tgt == nil && !named && material[typ] && typ != rashomon.PROTEST {
		tgt = c.claimantSide(st, s, tr.k0, src)
	}
	if src != nil && src.ref.Country == "" && src.ref.Sector != "IGO" && src.ref.Sector != "NGO" && material[typ] {
		// "an unmanned aerial vehicle": whose, the text said before
		if r := c.implicitAgent(st, s, typ); r != nil {
			src = r
		} else if r := c.instrumentOwner(st, s, src); r != nil {
			src = r
		}
	}
	if emptyRole(src) && emptyRole(tgt) {
		return nil // no one does anything to anyone
	}
	if pat.Frame == "accusation" && emptyRole(tgt) && typ == rashomon.ACCUSE {
		return nil // a charge against no one ("violates the provisions" of a clause not read)
	}
	subjects := []*role{src}
	if src == subj && !g.passive {
		subjects = append(subjects, c.coordinated(s, subj)...)
	}
	var out []rashomon.Event
	for _, sr := range subjects {
		ev := rashomon.Event{Sentence: s.index, Type: typ, Mode: pat.Mode, CAMEO: pat.CAMEO, Rule: pat.ID, Negated: negated,
			Trigger: rashomon.Span{Start: s.toks[tr.k0].Span.Start, End: s.toks[tr.k1-1].Span.End}}
		ev.Text = ev.Trigger.Text(st.d.Text)
		if ev.Type == rashomon.COERCE && pat.ID == "coerce-block" && sr != nil && streetSectors[sr.ref.Sector] {
			// "workers blocked the bridge", "protesters blocked roads":
			// civilians obstructing passage protest (CAMEO 144); a state
			// blocking restricts
			ev.Type, ev.Mode, ev.CAMEO = rashomon.PROTEST, "", "144"
		}
		t := tgt
		if sr != nil && t != nil && strings.Contains(t.rule, "agent+sentence") && t.ref.Country == sr.ref.Country && typ != rashomon.CONSULT {
			// "Russia supports separatist groups": the sentence's one
			// country is the actor's, no evidence of the target's
			cp := *t
			cp.ref.Country = ""
			t = &cp
		}
		if sr != nil && sameActor(sr, t) && typ != rashomon.CONSULT {
			t = nil
		}
		ev.Source, ev.Target = sr.participant(), t.participant()
		ev.Span = eventSpan(s, tr, sr, t)
		out = append(out, ev)
	}
	if src != nil && !strings.HasPrefix(src.rule, "pronoun") && src.k0 >= 0 {
		st.lastSubj = src
	}
	return out
}

// timeNouns follow a demonstrative "that" naming a time: "that day".
var timeNouns = map[string]bool{"day": true, "night": true, "morning": true, "afternoon": true, "evening": true,
	"week": true, "weekend": true, "month": true, "year": true, "time": true}

// streetSectors are the sectors whose obstruction of passage is a
// protest rather than a state's coercion.
var streetSectors = map[string]bool{"CVL": true, "PTY": true, "NGO": true, "LAB": true}

// compound reports a role coordinated with another country's actor after
// it: "Baku and Yerevan", "Baku, Yerevan".
func (c *Coder) compound(s *sent, r *role) bool {
	if r == nil || r.k1 < 0 || r.k1+1 >= len(s.toks) {
		return false
	}
	if s.toks[r.k1].low != "and" && s.toks[r.k1].Text != "," {
		return false
	}
	o := s.actorAt(r.k1+1, "coordinated")
	return o != nil && o.ref.Country != "" && o.ref.Country != r.ref.Country
}

// finiteBefore reports a finite verb earlier in the clause: then a
// participle after a noun describes the noun rather than being the verb.
func finiteBefore(s *sent, k int) bool {
	for j := clauseStart(s, k); j < k; j++ {
		t := s.toks[j]
		if t.Tag == "POS" {
			continue // "Russia's top brass condemned": a possessive, not "is"
		}
		if t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD" || (t.Tag == "VBD" && !s.toks[j].used) || isAux(t.low) {
			return true
		}
	}
	return false
}

// modalAfter reports a modal or present-tense verb shortly after the
// participle at k (nb is the noun before it), which is then the clause's
// main verb: "troops deployed in the region should take action".
func modalAfter(s *sent, nb, k int) bool {
	if s.toks[nb].Tag == "NNP" && s.toks[nb].agent < 0 {
		return false // "Serbia lodged a protest ... is said": a name before is the subject
	}
	for j := k + 1; j < len(s.toks) && j <= k+8; j++ {
		t := s.toks[j]
		if t.Text == "," || t.low == "and" || t.low == "or" || t.low == "but" || t.low == "that" || t.Tag == "WDT" || t.Tag == "WP" || isQuote(t) {
			return false
		}
		if t.Tag == "MD" || t.Tag == "VBZ" || t.Tag == "VBP" {
			return true
		}
	}
	return false
}

// purposeObject returns the object of a purpose infinitive after a verb:
// "used water cannons to expel four Philippine vessels".
func (c *Coder) purposeObject(st *docState, s *sent, k, end int) *role {
	for j := k; j+2 < len(s.toks) && j < k+6; j++ {
		if s.toks[j].low == "to" && strings.HasPrefix(s.toks[j+1].Tag, "VB") {
			r, _ := c.directObject(st, s, j+2, clauseEnd(s, j+1))
			return r
		}
	}
	return nil
}

// thatClauseSubject returns the subject of a that-clause after a verb of
// expecting or demanding: "expect that the Russian peacekeepers will".
func (c *Coder) thatClauseSubject(st *docState, s *sent, k, end int) *role {
	for k < end && isVGAdverb(s.toks[k]) {
		k++
	}
	if k < end && s.toks[k].low == "that" {
		r, _ := c.nounPhraseRole(st, s, k+1, end, "that-clause-subject")
		return r
	}
	return nil
}

// mainSubject is the subject of the sentence's first finite verb.
func (c *Coder) mainSubject(st *docState, s *sent, before int) *role {
	for j := 0; j < before; j++ {
		t := s.toks[j]
		if (t.Tag == "VBZ" || t.Tag == "VBD" || t.Tag == "VBP") && !isAux(t.low) || isAux(t.low) {
			return c.subject(st, s, verbGroup(s, j, formPast).start)
		}
	}
	return nil
}

// implicitAgent supplies the agent of an agentless passive or noun from
// what came just before: "the positions ... were shelled" after a
// sentence saying who opened fire. Only an act of the same kind continues
// that story: "a peacekeeping force was stationed" after an intrusion is
// someone else's doing.
func (c *Coder) implicitAgent(st *docState, s *sent, typ string) *role {
	if !material[typ] {
		return nil
	}
	if pe := st.lastEvent; pe != nil && pe.Source != nil && material[pe.Type] && pe.Sentence >= s.index-2 && pe.Type == typ {
		r := *pe.Source
		return &role{ref: r.Actor, text: r.Text, span: r.Span, rule: "previous-event-source", k0: -1, k1: -1}
	}
	return nil
}

// instrumentWords name craft and weapons: "strikes were made by an
// unmanned aerial vehicle" names what struck, not who.
var instrumentWords = map[string]bool{"drone": true, "drones": true, "uav": true, "uavs": true, "vehicle": true,
	"vehicles": true, "aircraft": true, "aircrafts": true, "plane": true, "planes": true, "jet": true, "jets": true,
	"helicopter": true, "helicopters": true, "warplane": true, "warplanes": true, "ship": true, "ships": true,
	"vessel": true, "vessels": true, "boat": true, "boats": true, "tank": true, "tanks": true, "missile": true,
	"missiles": true, "warship": true, "warships": true, "fighter": true, "fighters": true}

// instrumentOwner is whose an instrument with no country named is: the
// agent of the last hostile act the text told, within two sentences, of
// whatever kind ("entered the zone ... Four strikes were made by an
// unmanned aerial vehicle").
func (c *Coder) instrumentOwner(st *docState, s *sent, src *role) *role {
	if src == nil || src.ref.Country != "" || src.ref.Sector != "MIL" {
		return nil
	}
	w := strings.Fields(strings.ToLower(src.text))
	if len(w) == 0 || !instrumentWords[w[len(w)-1]] {
		return nil
	}
	return lastHostileAgent(st, s, 2, "", "instrument-owner")
}

// lastHostileAgent returns the agent with a country of the last material
// act, not negated, the text told in this sentence or the back before it,
// skipping acts of country other's agents ("" for none); rule names the
// role's origin.
func lastHostileAgent(st *docState, s *sent, back int, other, rule string) *role {
	for i := len(st.events) - 1; i >= 0; i-- {
		e := st.events[i]
		if e.Sentence < s.index-back {
			break
		}
		if !material[e.Type] || e.Negated || e.Source == nil || e.Source.Actor.Country == "" {
			continue
		}
		if other != "" && e.Source.Actor.Country == other {
			continue
		}
		return &role{ref: e.Source.Actor, text: e.Source.Text, span: e.Source.Span, rule: rule, k0: -1, k1: -1}
	}
	return nil
}

// lastAccuser is the side whose account the speaker last rejected or
// accused in the text: whom a denial answers.
func (c *Coder) lastAccuser(st *docState, src *role) *role {
	for i := len(st.events) - 1; i >= 0; i-- {
		e := st.events[i]
		if e.Type != rashomon.REJECT && e.Type != rashomon.ACCUSE || e.Source == nil || e.Target == nil {
			continue
		}
		if e.Source.Actor.Country != src.ref.Country || e.Target.Actor.Country == "" || e.Target.Actor.Country == src.ref.Country {
			continue
		}
		r := *e.Target
		return &role{ref: r.Actor, text: r.Text, span: r.Span, rule: "last-accuser", k0: -1, k1: -1}
	}
	return nil
}

// opponent is the other side of the conflict the text has told so far:
// the country the source's country most often acted against or was acted
// on by, in hostile acts and charges. Nil when none or no single one.
func (c *Coder) opponent(st *docState, src *role) *role {
	n := map[string]int{}
	ref := map[string]rashomon.ActorRef{}
	for _, e := range append(st.history[:len(st.history):len(st.history)], st.events...) {
		if !material[e.Type] && e.Type != rashomon.ACCUSE && e.Type != rashomon.REJECT || e.Source == nil || e.Target == nil {
			continue
		}
		a, b := e.Source.Actor, e.Target.Actor
		if b.Country == src.ref.Country {
			a, b = b, a
		}
		if a.Country != src.ref.Country || b.Country == "" || b.Country == a.Country {
			continue
		}
		n[b.Country]++
		if _, ok := ref[b.Country]; !ok || b.Sector == rashomon.SectorGOV {
			ref[b.Country] = b
		}
	}
	best, bestN, tie := "", 0, false
	for k, v := range n {
		switch {
		case v > bestN:
			best, bestN, tie = k, v, false
		case v == bestN:
			tie = true
		}
	}
	if best == "" || tie {
		return nil
	}
	return &role{ref: rashomon.ActorRef{Country: best, Sector: rashomon.SectorGOV}, text: "", rule: "opponent", k0: -1, k1: -1}
}

// respondedTo is whom a response with no target named answers: the
// agent of the last hostile act the text told, within a few sentences,
// when that agent is of another side than the responder.
func (c *Coder) respondedTo(st *docState, s *sent, src *role) *role {
	other := ""
	if src != nil {
		other = src.ref.Country
	}
	return lastHostileAgent(st, s, 4, other, "responded-to")
}

// claimantAsAgent is the agent of an agentless hostile act done to the
// other side, as a state institution reports it: "Three Ukrainian ships
// seized", says the FSB.
func (c *Coder) claimantAsAgent(st *docState, s *sent, k int, tgt *role) *role {
	cl := c.claimantAt(st, s, k)
	if cl == nil || cl.Actor.Country == "" || tgt == nil || tgt.ref.Country == "" || tgt.ref.Country == cl.Actor.Country {
		return nil
	}
	if cl.Actor.Sector != "GOV" && cl.Actor.Sector != "MIL" {
		return nil
	}
	return &role{ref: cl.Actor, text: cl.Text, rule: "claimant-as-agent", k0: -1, k1: -1}
}

// claimantSide is the target of a hostile act the text names no target
// for: the claimant's own side, when the actor is the other side ("Armenian
// forces committed a provocation", says Azerbaijan's defence ministry).
func (c *Coder) claimantSide(st *docState, s *sent, k int, src *role) *role {
	cl := c.claimantAt(st, s, k)
	if cl == nil || cl.Actor.Country == "" || src == nil || src.ref.Country == "" || src.ref.Country == cl.Actor.Country {
		return nil
	}
	ref := rashomon.ActorRef{Country: cl.Actor.Country}
	if cl.Actor.Sector == "MIL" {
		ref.Sector = "MIL"
	}
	return &role{ref: ref, text: cl.Text, rule: "claimant-side", k0: -1, k1: -1}
}

// choosePattern picks, among the patterns for a trigger's words, the one
// whose requirement the object meets ("violate the border" is an
// intrusion, "violate the agreement" an accusation).
func (c *Coder) choosePattern(st *docState, s *sent, tr *trigger, end int) *Pattern {
	all := append([]*Pattern{tr.pat}, tr.alts...)
	obj := objectKind(s, tr.k1, end)
	var fallback *Pattern
	for _, p := range all {
		if p.Needs == "aid" {
			if aidObject(s, tr.k1, end) {
				return p
			}
			continue
		}
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

// aidNouns name what is given as aid: "provided 25,000 tons of food aid",
// "gave the country 5 million dollars".
// (Food, fuel, weapons and supplies go to one's own troops as often.)
var aidNouns = map[string]bool{"aid": true, "assistance": true, "medicine": true, "medicines": true,
	"relief": true, "grant": true, "grants": true, "loan": true, "loans": true, "credit": true, "credits": true,
	"dollars": true, "euros": true, "funds": true, "money": true, "tents": true, "blankets": true, "vaccines": true}

// aidObject reports an aid noun in the object after a verb, before the
// clause, a comma or another verb ends it.
func aidObject(s *sent, from, end int) bool {
	for j := from; j < end && j < from+10; j++ {
		t := s.toks[j]
		if aidNouns[t.low] && strings.HasPrefix(t.Tag, "NN") {
			return true
		}
		if t.Text == "," || t.Text == "." || strings.HasPrefix(t.Tag, "VB") || t.low == "to" && j > from+1 && !aidNouns[s.toks[j-1].low] {
			return false
		}
	}
	return false
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
		if hostileActNouns[t.low] {
			return "act"
		}
		// a modifier of the noun: "the state border", "the Russian border"
		if j+1 < len(s.toks) && territoryNouns[s.toks[j+1].low] {
			return "territory"
		}
		if t.actor >= 0 {
			// "the Russian state border": an actor's name modifying the noun
			e := j
			for e+1 < len(s.toks) && s.toks[e+1].actor == t.actor {
				e++
			}
			if e+1 < len(s.toks) && territoryNouns[s.toks[e+1].low] {
				return "territory"
			}
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

// target finds a verb's target in the slots its pattern names. When the
// slot holds a thing rather than an actor ("shelled the nuclear power
// plant"), it reports that a target was named (so none is supplied from
// context) and, for a place, the place's country.
func (c *Coder) target(st *docState, s *sent, tr *trigger, pat *Pattern, end int) (*role, bool) {
	named := false
	for _, slot := range pat.Target {
		switch slot {
		case "none", "subject":
			return nil, true
		case "object":
			r, k := c.directObject(st, s, tr.k1, end)
			if r != nil {
				return r, true
			}
			// a phrase that holds its object's noun ("shell positions")
			// holds its modifiers too: "shelled Armenian positions"
			for j := tr.k0 + 1; j < tr.k1; j++ {
				if o := s.actorAt(j, "object-in-phrase"); o != nil && o.ref.Country != "" {
					return o, true
				}
			}
			if k >= 0 && k < end && isNounish(s.toks[k]) || k >= 0 && k+1 < end && isDetLike(s.toks[k]) {
				named = true
				if p := c.placeRole(st, s, k, min(end, k+6), tr.k0); p != nil {
					return p, true
				}
			}
		default:
			// of the prepositions the pattern names, the one nearest the
			// verb: "protest to Russia over the capture of the ships"
			var best *role
			bestAt := end
			for _, p := range pat.Target {
				if p == "object" || p == "none" || p == "subject" {
					continue
				}
				if r, at := c.prepObject(st, s, tr.k1, end, []string{p}); r != nil && at < bestAt {
					best, bestAt = r, at
				}
			}
			if best != nil {
				return best, true
			}
			if r, at := c.prepObject(st, s, tr.k1, end, []string{slot}); r != nil {
				return r, true
			} else if at < 0 {
				if k := findWords(s, tr.k1, end, slot); k >= 0 {
					named = true
					if p := c.placeRole(st, s, k, min(end, k+8), tr.k0); p != nil {
						return p, true
					}
				}
			}
		}
	}
	return nil, named
}

// findWords returns where a (multiword) preposition starts, or -1.
func findWords(s *sent, from, end int, p string) int {
	words := strings.Fields(p)
	for j := from; j < end; j++ {
		if n := s.matchRest(j, words); n > 0 && s.toks[j].low == words[0] {
			return j
		}
	}
	return -1
}

// placeRole turns a place named as a target into its owner as the
// claimant sees it: the claimant's own installation or town is the
// claimant's side; another's, with no owner stated, is no one's.
func (c *Coder) placeRole(st *docState, s *sent, from, end, k int) *role {
	for j := from; j < end; j++ {
		t := s.toks[j]
		if t.place < 0 || c.places == nil {
			continue
		}
		m := s.mention(t.place)
		country, _, _, ok := c.places.PlaceFacts(m.EntityID)
		cl := c.claimantAt(st, s, k)
		if ok && cl != nil && country != "" && country == cl.Actor.Country {
			return &role{ref: rashomon.ActorRef{Country: country}, text: m.Text, span: m.Span, rule: "claimant's-place", k0: -1, k1: -1}
		}
		return nil
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
		if r.ref.Sector == "CVL" || r.ref.Sector == "GOV" && r.k1 > 0 && r.k1 < len(s.toks) && territoryNouns[s.toks[r.k1].low] {
			// "Chinese waters" are the state's, not its people's; "the
			// Russian state border" is the country's
			r.ref.Sector = ""
		}
		return r
	}
	if r, _ := c.prepObject(st, s, from, end, []string{"of"}); r != nil && !sameActor(r, src) {
		return r
	}
	return c.placeOwner(st, s, from, end, src)
}

// placeOwner is the de facto entity or country a place named in
// s.toks[from:end] belongs to, if not src's own: an entity first.
func (c *Coder) placeOwner(st *docState, s *sent, from, end int, src *role) *role {
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
	v := verbBeforeTo(s, start)
	return v >= 0 && promiseVerbs[s.toks[v].low]
}

func threatened(s *sent, start int) bool {
	v := verbBeforeTo(s, start)
	return v >= 0 && threatVerbs[s.toks[v].low]
}

// verbBeforeTo returns the word governing the to-infinitive whose verb
// group starts at start ("threatened to cut off", "is prepared to
// impose"; the group may begin at "to" or after it), or -1.
func verbBeforeTo(s *sent, start int) int {
	to := start - 1
	if start < len(s.toks) && s.toks[start].low == "to" {
		to = start
	}
	if to < 1 || s.toks[to].low != "to" {
		return -1
	}
	// "threatened today to", "offered again to"
	v := to - 1
	for v > 0 && (dayWord(s.toks[v].low) || s.toks[v].Tag == "RB" && s.toks[v].low != "not") {
		v--
	}
	return v
}

// inPurpose reports a verb in an "in order to" or "so as to" clause: what
// is meant to happen, not what happened.
func inPurpose(s *sent, k int) bool {
	for j := k - 1; j >= 2 && j >= k-12; j-- {
		if s.toks[j].low == "to" && (s.toks[j-1].low == "order" && s.toks[j-2].low == "in" || s.toks[j-1].low == "as" && s.toks[j-2].low == "so") {
			return true
		}
		if s.toks[j].Text == "," || s.toks[j].Text == ";" {
			return false
		}
	}
	return false
}

// inTerms reports a verb in a relative clause telling a document's
// terms: "the statement of November 9, according to which the sides
// stopped in their positions", "the treaty, under which troops were
// withdrawn". What the document laid down is no event of the text's.
func inTerms(s *sent, k int) bool {
	for j := k - 1; j >= 2; j-- {
		if s.toks[j].low == "which" && (s.toks[j-1].low == "to" && s.toks[j-2].low == "according" ||
			s.toks[j-1].low == "under") {
			for i := j - 3; i >= 0 && i >= j-12; i-- {
				if agreementNouns[s.toks[i].low] || documentNoun(s.toks[i].low) {
					return true
				}
			}
			return false
		}
		if s.toks[j].low == "whereby" {
			return true
		}
		if s.toks[j].Text == ";" || s.toks[j].Text == "." {
			return false
		}
	}
	return false
}

func documentNoun(w string) bool {
	switch w {
	case "statement", "agreement", "treaty", "declaration", "resolution", "accord", "accords", "memorandum",
		"protocol", "deal", "ceasefire", "truce", "armistice", "document", "decree", "law", "convention":
		return true
	}
	return false
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

// dedupe keeps one event per type and source and target countries in a
// sentence: "the invasion and occupation of the territory" is one act.
func dedupe(evs []rashomon.Event) []rashomon.Event {
	seen := map[string]int{}
	out := evs[:0]
	for _, e := range evs {
		k := e.Type + "|" + partKey(e.Source) + "|" + partKey(e.Target)
		if i, ok := seen[k]; ok {
			// keep the better-specified one
			if completeness(e) > completeness(out[i]) {
				out[i] = e
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, e)
	}
	// one act named twice, by a verb and by a noun, once with its target
	// and once without ("mined the roads in an attack on the positions"):
	// the one without adds nothing
	kept := out[:0]
	for i, e := range out {
		if e.Target == nil && !e.Negated {
			dup := false
			for j, o := range out {
				if j != i && o.Type == e.Type && o.Target != nil && partKey(o.Source) == partKey(e.Source) && partKey(e.Source) != "-" &&
					strings.HasSuffix(o.Rule, "(noun)") != strings.HasSuffix(e.Rule, "(noun)") {
					dup = true
				}
			}
			if dup {
				continue
			}
		}
		kept = append(kept, e)
	}
	return kept
}

func partKey(p *rashomon.Participant) string {
	if p == nil {
		return "-"
	}
	return p.Actor.Country
}

func completeness(e rashomon.Event) int {
	n := 0
	for _, p := range []*rashomon.Participant{e.Source, e.Target} {
		if p != nil && p.Actor.Sector != "" {
			n++
		}
	}
	return n
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
	firstPerson(st.d.Text, ev.Claimant, ev.Source)
	firstPerson(st.d.Text, ev.Claimant, ev.Target)
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

// firstPerson gives "our units", "our tug boat" the country of whoever
// says "our": the quoted or reported speaker when there is one, else the
// issuer (which the lexicon already gave them, as it gives an agent without
// a country its sentence's lone country).
func firstPerson(text string, cl rashomon.Claimant, p *rashomon.Participant) {
	if p == nil || cl.Actor.Country == "" || p.Actor.Country == cl.Actor.Country || p.Rule == "" ||
		!strings.Contains(p.Rule, "agent") || strings.Contains(p.Rule, "country") {
		return
	}
	// up to three words before the mention, within its noun phrase
	words := strings.Fields(strings.ToLower(text[max(0, p.Span.Start-40):p.Span.Start]))
	for i := len(words) - 1; i >= 0 && i >= len(words)-3; i-- {
		w := strings.TrimLeft(words[i], "\"“‘'«")
		if w == "our" || w == "my" {
			p.Actor.Country = cl.Actor.Country
			p.Rule += "+our=claimant"
			return
		}
		if strings.ContainsAny(w, ",;:.()\"“”") || w == "of" || w == "by" || w == "to" || w == "the" {
			return
		}
	}
}

// docNouns name agreements and other texts.
var docNouns = map[string]bool{"agreement": true, "agreements": true, "statement": true, "declaration": true,
	"treaty": true, "accord": true, "accords": true, "memorandum": true, "resolution": true, "protocol": true,
	"deal": true, "document": true, "convention": true, "communique": true, "communiqué": true}

// describesDocument reports whether the participle at k describes a
// document named just before it, dates and commas between aside.
func describesDocument(s *sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		t := s.toks[j]
		if docNouns[t.low] {
			return true
		}
		if strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBN" && t.low != "dated" || isClauseBreak(t) && t.Text != "," {
			return false
		}
	}
	return false
}

// protestContent marks what a protest is for as its content: "staged
// demonstrations to demand reforms", "a hunger strike to protest the
// decision", "rallies calling for independence" are protests, and the
// demand or the complaint is what they say.
func protestContent(s *sent, trigs []*trigger) {
	for i, tr := range trigs {
		if tr.pat.Type != rashomon.PROTEST || tr.content {
			continue
		}
		for _, t := range trigs[i+1:] {
			if t.k0 > tr.k1+8 {
				break
			}
			if t.pat.Type != rashomon.REQUEST && t.pat.Type != rashomon.ACCUSE {
				continue
			}
			p := s.toks[t.k0-1]
			if p.low == "to" || p.low == "against" || p.low == "protest" || s.toks[t.k0].Tag == "VBG" {
				t.content = true
			}
		}
	}
}

// textNouns name what is said or shown rather than done or given.
var textNouns = map[string]bool{"video": true, "videos": true, "footage": true, "data": true, "details": true,
	"photos": true, "photographs": true, "images": true, "list": true, "figures": true, "text": true,
	"comment": true, "comments": true, "explanation": true, "explanations": true, "clarification": true}

// textObject reports a verb whose object is a text: a statement, a report,
// information, footage ("released more information on the incident").
func textObject(s *sent, from, end int) bool {
	for j := from; j < end && j < from+4; j++ {
		t := s.toks[j]
		if statementNouns[t.low] || textNouns[t.low] {
			return true
		}
		if !isDetLike(t) && t.Tag != "JJ" && t.Tag != "JJR" && t.low != "more" {
			return false
		}
	}
	return false
}

// noObject reports that nothing an object could be follows token k: the
// clause ends, or a preposition other than "by"'s agent follows.
func noObject(s *sent, k int) bool {
	if k >= len(s.toks) {
		return true
	}
	t := s.toks[k]
	return t.Tag == "." || t.Text == "," || t.Text == ";" || (isPrep(t) && t.low != "of" && t.low != "off" && t.low != "up")
}

// forReason reports a gerund after "for": what the subject of a passive
// is blamed for ("ships seized for illegally crossing the border",
// "detained for spying") is the subject's own act.
func forReason(s *sent, start int) bool {
	j := start - 1
	for j >= 0 && isVGAdverb(s.toks[j]) {
		j--
	}
	if j < 0 {
		return false
	}
	switch s.toks[j].low {
	case "for", "after", "upon", "before", "while":
		// "seized after violating the border": a gerund adjunct's doer
		// is the clause's subject, passive or not
		return s.toks[j].low == "for" || start < len(s.toks) && s.toks[start].Tag == "VBG"
	}
	return false
}

// forcePurpose reports an infinitive of purpose after an act of force:
// "used water cannons to expel the vessels", "fired shots to disperse the
// crowd" — what the force was for, told with it, is not a second event.
func forcePurpose(s *sent, trigs []*trigger, i int, g vgroup) bool {
	if !g.infinitive {
		return false
	}
	gv := governingVerb(s, g.start)
	if gv < 0 {
		return false
	}
	for _, t := range trigs[:i] {
		if t.verb && t.k0 <= gv && gv < t.k1 && t.pat.Type == rashomon.ASSAULT {
			return true
		}
	}
	return false
}

// controlVerbs make their object do what the infinitive says: "forced
// the jets to retreat" tells that they retreated.
var controlVerbs = map[string]bool{"force": true, "forced": true, "forces": true, "forcing": true, "compel": true,
	"compelled": true, "compels": true, "oblige": true, "obliged": true, "make": true, "made": true, "cause": true,
	"caused": true, "causes": true, "lead": true, "led": true, "leads": true, "get": true, "got": true}

// objectPurpose reports an infinitive of purpose after a verb's object:
// "sent two vessels to intrude into the waters", "carried materials to
// reinforce the warship" tell what an act of force was for, not an act.
// (Verbs of asking take their object's act as content, and "forced the
// jets to retreat" tells the retreat. The coder asks this of acts of
// force only: "sent personnel to investigate" is how an inquiry is told.)
func objectPurpose(s *sent, trigs []*trigger, g vgroup) bool {
	if !g.infinitive {
		return false
	}
	to := g.start
	for to < len(s.toks) && s.toks[to].low != "to" {
		to++
	}
	if to == 0 || to >= len(s.toks) {
		return false
	}
	p := s.toks[to-1]
	if !strings.HasPrefix(p.Tag, "NN") && p.actor < 0 && p.agent < 0 && p.place < 0 {
		return false
	}
	gv := governingVerb(s, to)
	if gv < 0 || controlVerbs[s.toks[gv].low] {
		return false
	}
	for _, t := range trigs {
		if t.verb && t.k0 <= gv && gv < t.k1 && (t.pat.Frame == "request" || t.pat.Frame == "reject" || t.pat.Type == rashomon.THREATEN) {
			return false
		}
	}
	return true
}

// unlessAfter reports "unless" later in the sentence.
func unlessAfter(s *sent, k int) bool {
	for j := k; j < len(s.toks); j++ {
		if s.toks[j].low == "unless" {
			return true
		}
	}
	return false
}

// reportedClause reports a verb group in a clause reported by a verb of
// saying before it: "said they would boycott", "announced that it would".
func reportedClause(s *sent, start int) bool {
	for j := start - 1; j >= 0 && j >= start-5; j-- {
		switch s.toks[j].low {
		case "said", "says", "announced", "announces", "declared", "stated", "warned", "told", "added", "insisted":
			return true
		}
		if s.toks[j].Text == "," || s.toks[j].Text == ";" {
			return false
		}
	}
	return false
}

// blameSubject reports whether the clause before a verb starting at k
// speaks of blame: "the responsibility for the provocations rests with".
func blameSubject(s *sent, k int) bool {
	for j := k - 1; j >= 0; j-- {
		t := s.toks[j]
		if isClauseBreak(t) || t.Text == ";" {
			break
		}
		switch t.low {
		case "responsibility", "blame", "fault", "onus", "guilt", "culpability":
			return true
		}
	}
	return false
}

// informVerbs tell an addressee of something.
var informVerbs = map[string]bool{"inform": true, "informed": true, "informs": true, "informing": true,
	"notify": true, "notified": true, "notifies": true, "alert": true, "alerted": true, "alerts": true,
	"brief": true, "briefed": true, "briefs": true, "tell": true, "told": true, "tells": true}

// informed codes telling an international organisation of another side's
// hostile act ("Russia informed the UN Secretary-General of the Ukrainian
// attack on the plant") as accusing that side; the act told is asserted.
func (c *Coder) informed(st *docState, s *sent, trigs []*trigger, i int) *rashomon.Event {
	tr := trigs[i]
	if !tr.verb || !informVerbs[s.toks[tr.k0].low] || tr.k1 != tr.k0+1 {
		return nil
	}
	// a headline's telling is the story's: coded from its body
	if st.d.Sentences[s.index].Kind == rashomon.SentHeading {
		return nil
	}
	g := verbGroup(s, tr.k0, tr.form)
	if g.passive || g.negated || g.modal != "" || g.infinitive || inConditional(s, g.start) || inPurpose(s, g.start) {
		return nil
	}
	end := clauseEnd(s, tr.k1-1)
	obj, ok := c.directObject(st, s, tr.k1, end)
	if obj == nil || ok < 0 || obj.ref.Sector != rashomon.SectorIGO || obj.k1 < 0 {
		return nil
	}
	// the act told of: an event noun after "about", "of" or "on"
	// right after the addressee
	var act *trigger
	for _, t := range trigs[i+1:] {
		if t.k0 >= end || t.pat.Frame == "report" {
			break
		}
		if t.verb || t.k0 < obj.k1 || !material[t.pat.Type] {
			continue
		}
		np := npStart(s, t.k0)
		if np-1 >= obj.k1 && np-1 <= obj.k1+1 {
			switch s.toks[np-1].low {
			case "about", "of", "on", "regarding", "concerning":
				act = t
			}
		}
		break
	}
	if act == nil {
		return nil
	}
	src := c.verbSubject(st, s, trigs, i)
	if src == nil {
		return nil
	}
	tgt := c.nounAgent(st, s, act, end)
	if tgt == nil {
		tgt = c.respondedTo(st, s, src)
	}
	if tgt == nil || tgt.ref.Country == "" || tgt.ref.Country == src.ref.Country {
		return nil
	}
	act.told = true
	ev := &rashomon.Event{Sentence: s.index, Type: rashomon.ACCUSE, Mode: "allege", CAMEO: "112", Rule: "accuse-inform",
		Trigger: rashomon.Span{Start: s.toks[tr.k0].Span.Start, End: s.toks[tr.k1-1].Span.End}}
	ev.Text = ev.Trigger.Text(st.d.Text)
	ev.Source, ev.Target = src.participant(), tgt.participant()
	ev.Span = eventSpan(s, tr, src, tgt)
	return ev
}

// actNouns name acts in general, referred back to by "such actions",
// "these steps".
var actNouns = map[string]bool{"action": true, "actions": true, "act": true, "acts": true, "step": true, "steps": true,
	"move": true, "moves": true, "deeds": true, "behaviour": true, "behavior": true, "conduct": true, "practices": true}

// anaphoricActSubject reports a verb whose subject refers back to acts
// already told ("such actions by X seriously endanger stability", "these
// steps undermine the agreement"): a judgement of them, no new charge.
func anaphoricActSubject(s *sent, start int) bool {
	cs := clauseStart(s, start)
	j := start - 1
	for j > cs && s.toks[j-1].Text != "," {
		j--
	}
	for j < start && isVGAdverb(s.toks[j]) {
		j++
	}
	if j+1 >= start {
		return false
	}
	switch s.toks[j].low {
	case "such", "these", "this", "those", "that":
	default:
		return false
	}
	k := j + 1
	for k < start && s.toks[k].Tag == "JJ" {
		k++
	}
	return k < start && actNouns[s.toks[k].low]
}

// provisionSubject reports a verb group at start whose subject is an
// agreement, law or other text that lays down rules ("the 2020 agreement
// requires", "the law last year required"): a statement or a declaration,
// which speaks for its issuer, is not one.
func provisionSubject(s *sent, start int) bool {
	cs := clauseStart(s, start)
	for j := start - 1; j >= cs && j >= start-6; j-- {
		t := s.toks[j]
		if strings.HasPrefix(t.Tag, "VB") || t.Text == "," || t.actor >= 0 {
			return false
		}
		w := strings.TrimSuffix(t.low, "s")
		if documentNoun(w) && w != "statement" && w != "declaration" || w == "regulation" || w == "rule" || w == "provision" || w == "constitution" {
			return true
		}
	}
	return false
}

// sameSentenceResponse gives a response with no target named the side of
// another country whose hostile act the same sentence tells, before or
// after it: "Pakistani jets scrambled after Indian aircraft crossed the
// line" (the earlier sentences are looked at when the event is coded).
func (c *Coder) sameSentenceResponse(evs []rashomon.Event) {
	for i := range evs {
		e := &evs[i]
		if e.Target != nil && !e.Target.Actor.IsZero() || e.Negated || e.Source == nil || e.Source.Actor.Country == "" {
			continue
		}
		if p := c.pat.byID(e.Rule); p == nil || !p.Responds {
			continue
		}
		for j := range evs {
			o := evs[j]
			if j == i || !material[o.Type] || o.Negated || o.Source == nil || o.Source.Actor.Country == "" || o.Source.Actor.Country == e.Source.Actor.Country {
				continue
			}
			t := *o.Source
			t.Rule = "responded-to"
			e.Target = &t
			break
		}
	}
}

// aspectVerbs take a gerund whose doer is their subject: "ended up
// releasing", "kept firing", "began shelling".
var aspectVerbs = map[string]bool{"end": true, "ended": true, "ends": true, "ending": true, "keep": true, "kept": true,
	"keeps": true, "keeping": true, "start": true, "started": true, "starts": true, "begin": true, "began": true,
	"begins": true, "continue": true, "continued": true, "continues": true, "resume": true, "resumed": true,
	"resumes": true, "wind": true, "wound": true}

// aspectBefore reports whether the gerund at k follows an aspect verb,
// with its particle ("ended up", "kept on").
func aspectBefore(s *sent, k int) bool {
	j := k - 1
	if j > 0 && (s.toks[j].low == "up" || s.toks[j].low == "on") {
		j--
	}
	return j >= 0 && j < k && aspectVerbs[s.toks[j].low] && strings.HasPrefix(s.toks[j].Tag, "VB")
}

// coordinatedPlace gives an act with no place of its own the place of an
// earlier act of the same subject in the sentence: "violated the Line of
// Control and went back", "crossed the border, scramble back".
func coordinatedPlace(evs []rashomon.Event) {
	for i := range evs {
		e := &evs[i]
		if e.Location != nil || e.Source == nil || e.Source.Span.Len() == 0 {
			continue
		}
		for j := 0; j < i; j++ {
			o := evs[j]
			if o.Location == nil || o.Source == nil || o.Source.Span != e.Source.Span || o.Trigger.Start >= e.Trigger.Start ||
				o.Location.Rule == "scene-of-document" || o.Location.Rule == "previous-event-place" {
				continue
			}
			loc := *o.Location
			loc.Rule = "coordinated-place"
			e.Location = &loc
			break
		}
	}
}
