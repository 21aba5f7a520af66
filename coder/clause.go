package coder

import (
	"strings"

	"github.com/rashomon-project/rashomon"
)

// vgroup is the verb group around a verb trigger: auxiliaries, modals,
// negation and adverbs before it.
type vgroup struct {
	start      int // first token of the group
	passive    bool
	negated    bool
	future     bool
	modal      string // must, should, could, may, might, would, can
	infinitive bool   // "to withdraw"
	perfect    bool
	progress   bool
	past       bool
}

// verbGroup reads the verb group ending at the trigger's verb token k.
func verbGroup(s *sent, k int, form vform) vgroup {
	g := vgroup{start: k}
	v := s.toks[k]
	g.past = v.Tag == "VBD" || form == formPast
	for j := k - 1; j >= 0; j-- {
		t := s.toks[j]
		switch {
		case isNegation(t.low):
			g.negated = true
		case t.low == "will" || t.low == "shall" || t.low == "'ll" || t.low == "wo":
			g.future = true
		case isModal(t.low):
			if g.modal == "" {
				g.modal = t.low
			}
		case t.low == "to" && j == g.start-1:
			g.infinitive = true
		case isBe(t.low):
			if (v.Tag == "VBN" || form == formPart || form == formPastOrPart) && !stativeParticiple(s, k) {
				if !(t.low == "been" && j > 0 && (s.toks[j-1].low == "has" || s.toks[j-1].low == "have") && v.Tag == "VBG") {
					g.passive = true
				}
			}
			if v.Tag == "VBG" {
				g.progress = true
			}
			if t.low == "was" || t.low == "were" {
				g.past = true
			}
		case t.low == "have" || t.low == "has" || t.low == "had" || t.low == "'ve":
			g.perfect = true
			if t.low == "had" {
				g.past = true
			}
		case t.low == "do" || t.low == "does" || t.low == "did":
			if t.low == "did" {
				g.past = true
			}
		case t.low == "going" && j+1 < len(s.toks) && s.toks[j+1].low == "to":
			g.future = true
		case isVGAdverb(t):
		default:
			return g
		}
		g.start = j
	}
	return g
}

// stativeParticiples are participles that, after "be" and before "to",
// state the subject's own stance, not a passive: "Israel is opposed to
// the plan" is Israel's opposition, "X is committed to withdrawing".
var stativeParticiples = map[string]bool{"opposed": true, "committed": true, "determined": true, "prepared": true,
	"resolved": true, "inclined": true, "disposed": true, "dedicated": true}

// stativeParticiple reports whether the participle at k is a stative one
// followed by "to".
func stativeParticiple(s *sent, k int) bool {
	return stativeParticiples[s.toks[k].low] && k+1 < len(s.toks) && s.toks[k+1].low == "to"
}

// clauseStart returns where the clause containing token k begins: after a
// clause break, a subordinator or the sentence start.
func clauseStart(s *sent, k int) int {
	from := k - 1
	if from >= 0 && s.toks[from].Text == "," {
		// "Russia, which said that the troops shelled it, demanded": a
		// relative clause set off by commas right before the verb is an
		// aside inside the clause, subordinators and all
		for p := from - 1; p >= 1; p-- {
			if isClauseBreak(s.toks[p]) {
				break
			}
			if s.toks[p-1].Text == "," && (s.toks[p].low == "which" || s.toks[p].low == "who") {
				from = p - 2
				break
			}
		}
	}
	for j := from; j >= 0; j-- {
		t := s.toks[j]
		if isClauseBreak(t) || isSubordinator(t) {
			return j + 1
		}
	}
	return 0
}

// clauseEnd returns where the clause containing token k ends.
func clauseEnd(s *sent, k int) int {
	for j := k + 1; j < len(s.toks); j++ {
		t := s.toks[j]
		if isClauseBreak(t) || (isSubordinator(t) && t.low != "as" && t.low != "after" && t.low != "before" && t.low != "since") {
			return j
		}
	}
	return len(s.toks)
}

// actorAt returns the role for the mention covering token k.
func (s *sent) actorAt(k int, rule string) *role {
	t := s.toks[k]
	mi := t.actor
	if mi < 0 {
		mi = t.agent
	}
	if mi < 0 {
		return nil
	}
	m := s.mention(mi)
	a, b := s.tokRange(mi)
	return &role{ref: m.Actor, text: m.Text, span: m.Span, rule: rule + "/" + m.Rule, k0: a, k1: b}
}

// inPP reports whether the noun phrase starting at token k is the object
// of a preposition: a preposition before it, determiners and adjectives
// aside.
func inPP(s *sent, k int) bool {
	for j := k - 1; j >= 0; j-- {
		t := s.toks[j]
		if isDetLike(t) && t.actor < 0 {
			continue
		}
		// "about 100 ethnic Albanians", "up to 100 students": a word
		// before a number that rounds it is no preposition
		if j+1 < len(s.toks) && s.toks[j+1].Tag == "CD" && approximators[t.low] {
			return false
		}
		return isPrep(t) && t.low != "that"
	}
	return false
}

// approximators round the number after them.
var approximators = map[string]bool{"about": true, "around": true, "over": true, "to": true, "nearly": true,
	"almost": true, "under": true, "some": true, "approximately": true, "roughly": true, "than": true}

// npStart walks back from token k to the start of its noun phrase.
func npStart(s *sent, k int) int {
	j := k
	for j > 0 {
		p := s.toks[j-1]
		if isDetLike(p) || isQuote(p) || strings.HasPrefix(p.Tag, "NN") || (p.actor >= 0 && p.actor == s.toks[k].actor) {
			j--
			continue
		}
		break
	}
	return j
}

// subject finds the subject of the verb group starting at g.start: through
// a relative pronoun to its antecedent, over comma-delimited asides, the
// nearest actor to the left in the clause that is not inside a
// prepositional phrase; a pronoun resolves to the last subject.
func (c *Coder) subject(st *docState, s *sent, start int) *role {
	k := start - 1
	for k >= 0 && isVGAdverb(s.toks[k]) {
		k--
	}
	if k >= 0 {
		t := s.toks[k]
		if t.low == "which" || t.low == "who" || (t.low == "that" && k > 0 && (isNounish(s.toks[k-1]) ||
			// a cleft: "it is Armenia, not Azerbaijan, that violates"
			s.toks[k-1].Text == "," && k > 2 && s.toks[k-3].low == "not")) {
			j := k - 1
			if j >= 0 && s.toks[j].Text == "," {
				j--
			}
			for ; j >= 0 && j >= k-6; j-- {
				if r := s.actorAt(j, "relative-antecedent"); r != nil {
					// "it is Armenia, not Azerbaijan, that violates": the
					// negated one is set aside
					if r.k0 > 0 && s.toks[r.k0-1].low == "not" {
						j = r.k0 - 1
						continue
					}
					return r
				}
				if !isNounish(s.toks[j]) && !isDetLike(s.toks[j]) && s.toks[j].Text != "," && s.toks[j].low != "not" {
					break
				}
			}
			return nil
		}
	}
	lim := clauseStart(s, start)
	for j := k; j >= lim; j-- {
		t := s.toks[j]
		if t.Text == "," {
			// Skip an aside that opens with a preposition or a participle,
			// commas inside it and all: ", violating the provisions of the
			// statement of the leaders of Russia, Azerbaijan and Armenia of
			// November 9, 2020, entered".
			if p := asideStart(s, lim, j); p >= 0 {
				j = p
			}
			continue
		}
		if strings.HasPrefix(t.Tag, "VB") && j < k && !s.toks[j].used && t.Tag != "VBN" && t.Tag != "VBG" {
			break // another verb's territory
		}
		if t.Tag == "''" {
			// A closing quotation mark. A quotation that opens the sentence
			// ("We call on ...," the statement said) is not the verb's
			// subject: stop. One inside the clause (statements such as
			// "...," and threatened) is skipped.
			o := j - 1
			for o >= lim && s.toks[o].Tag != "``" {
				o--
			}
			if o <= 0 || o < lim {
				break
			}
			j = o
			continue
		}
		if t.Tag == "PRP" || t.Tag == "WP" {
			if r := c.pronoun(st, s, j); r != nil {
				return r
			}
			continue
		}
		if t.actor < 0 && t.agent < 0 {
			continue
		}
		r := s.actorAt(j, "subject")
		if r == nil {
			continue
		}
		// "issues between Armenia and Azerbaijan should be resolved": the
		// second of "between X and Y" is in the phrase too
		if b := betweenBefore(s, lim, r.k0); b >= 0 {
			j = b
			continue
		}
		if r.k0 > lim && inPP(s, r.k0) {
			// "the statement of the Russian Defense Ministry contradicts",
			// "members of illegal armed detachments attempted": the owner
			// of a plain head noun stands for the subject
			if p := prepBefore(s, r.k0); p >= 0 && (s.toks[p].low == "of" || s.toks[p].low == "by") && p > 0 &&
				strings.HasPrefix(s.toks[p-1].Tag, "NN") && s.toks[p-1].actor < 0 && s.toks[p-1].place < 0 {
				h := npStart(s, p-1)
				// "tens of thousands of students": quantities inside
				// quantities
				for h >= 2 && s.toks[h-1].low == "of" && quantityNouns[s.toks[h-2].low] {
					h = npStart(s, h-2)
				}
				if !inPP(s, h) {
					r.rule = "subject-owner/" + r.rule
					return r
				}
			}
			j = r.k0
			continue
		}
		if h := appositionHead(s, lim, r, j, k); h != nil {
			return h
		}
		if r.ref.Country == "" && r.k0 > 0 && thirdPossessive(s.toks[r.k0-1]) && r.ref.Sector != "IGO" && r.ref.Sector != "NGO" {
			// "the Serbs said their forces had withdrawn": the forces are
			// of whom the possessive stands for
			if o := c.pronoun(st, s, r.k0-1); o != nil && o.ref.Country != "" {
				r.ref.Country = o.ref.Country
				r.rule += "+possessor"
			}
		}
		return r
	}
	return nil
}

// appositionHead returns the actor an apposition describes when the
// subject found is inside one: "Pakistan, a key U.S. ally, has refused" is
// Pakistan's refusal. The apposition opens with a determiner after a comma
// and is closed by a comma before the verb; the head before it must be an
// actor with a country of its own (else the apposition tells who the head
// is: "Jane Doe, the UN envoy, said").
func appositionHead(s *sent, lim int, r *role, at, k int) *role {
	k0, k1 := r.k0, r.k1
	if k0 < 0 || k1 < k0 {
		// a mention shorter than its token ("U.S" of "U.S."): the token
		k0, k1 = at, at+1
	}
	if k0 < 1 {
		return nil
	}
	closed := false
	for j := k1; j <= k && j < len(s.toks); j++ {
		if s.toks[j].Text == "," {
			closed = true
			break
		}
	}
	if !closed {
		return nil
	}
	c := k0 - 1
	for c > lim && s.toks[c].Text != "," && (isDetLike(s.toks[c]) || strings.HasPrefix(s.toks[c].Tag, "NN")) {
		c--
	}
	if c <= lim || s.toks[c].Text != "," {
		return nil
	}
	switch s.toks[c+1].low {
	case "a", "an", "the":
	default:
		return nil
	}
	h := s.actorAt(c-1, "apposition-head")
	if h == nil || h.ref.Country == "" || h.ref.Country == r.ref.Country {
		return nil
	}
	// "Russia, Azerbaijan and Armenia, ...": a list is no head
	if h.k0 > lim && (s.toks[h.k0-1].Text == "," || s.toks[h.k0-1].low == "and") {
		return nil
	}
	return h
}

// betweenBefore returns the "between" of a "between X and Y" whose Y
// starts at k, or -1.
func betweenBefore(s *sent, lim, k int) int {
	if k < 1 || s.toks[k-1].low != "and" {
		return -1
	}
	for p := k - 2; p >= lim && p >= k-8; p-- {
		t := s.toks[p]
		if t.low == "between" {
			return p
		}
		if strings.HasPrefix(t.Tag, "VB") && t.actor < 0 || isClauseBreak(t) {
			return -1
		}
	}
	return -1
}

// asideStart returns the comma that opens an aside ending at the comma
// at j, or -1: the nearest earlier comma followed by a participle, a
// preposition, an adverb or "according".
func asideStart(s *sent, lim, j int) int {
	for p := j - 1; p >= lim; p-- {
		if s.toks[p].Text != "," || p+1 >= len(s.toks) {
			continue
		}
		first := s.toks[p+1]
		// ... or a relative clause: "Russia, which said that the troops
		// shelled the village, demanded"
		if isPrep(first) || first.Tag == "VBG" || first.Tag == "VBN" || first.Tag == "RB" || first.low == "according" ||
			first.low == "which" || first.low == "who" {
			return p
		}
	}
	return -1
}

// prepBefore returns the preposition governing the noun phrase at k, or -1.
func prepBefore(s *sent, k int) int {
	for j := k - 1; j >= 0; j-- {
		t := s.toks[j]
		if isDetLike(t) && t.actor < 0 {
			continue
		}
		if isPrep(t) {
			return j
		}
		return -1
	}
	return -1
}

// pronoun resolves a personal pronoun: "we" and "our" to the claimant of
// the sentence (the issuer in its own voice), "it", "they" to the last
// subject.
func (c *Coder) pronoun(st *docState, s *sent, k int) *role {
	t := s.toks[k]
	switch t.low {
	case "we", "our", "us", "i":
		if cl := c.claimantAt(st, s, k); cl != nil && !cl.Actor.IsZero() {
			return &role{ref: cl.Actor, text: t.Text, span: t.Span, rule: "pronoun:" + t.low + "=claimant", k0: k, k1: k + 1}
		}
	case "you", "your":
		// an institution's statement addresses its public: "we urge you to
		// refrain from publishing videos"
		if cl := c.claimantAt(st, s, k); cl != nil && cl.Actor.Country != "" && cl.Actor.Sector != "MED" {
			return &role{ref: rashomon.ActorRef{Country: cl.Actor.Country, Sector: "CVL"}, text: t.Text, span: t.Span,
				rule: "pronoun:" + t.low + "=public", k0: k, k1: k + 1}
		}
	case "it", "they", "he", "she", "its", "their":
		ante := st.lastSubj
		if ante != nil && ante.span.Start >= t.Span.End && ante.span.Start < s.span.End {
			ante = st.subjAtStart // named later in this sentence: not what the pronoun stands for
		}
		if ante != nil {
			r := *ante
			r.text, r.span, r.rule, r.k0, r.k1 = t.Text, t.Span, "pronoun:"+t.low+"="+ante.text, k, k+1
			return &r
		}
	}
	return nil
}

// nounPhraseRole returns the actor a noun phrase starting at token k
// stands for: an actor or agent mention in it, an "of X" after its head
// ("positions of the Azerbaijani army"), or a country adjective inside it
// ("Chinese waters").
func (c *Coder) nounPhraseRole(st *docState, s *sent, k, end int, rule string) (*role, int) {
	j := k
	for j < end && !thirdPossessive(s.toks[j]) && (isDetLike(s.toks[j]) && s.toks[j].actor < 0 && s.toks[j].agent < 0 || isVGAdverb(s.toks[j])) {
		j++
	}
	if j >= end {
		return nil, -1
	}
	t := s.toks[j]
	if thirdPossessive(t) && j+1 < end && s.toks[j+1].actor >= 0 {
		// "its Defence Ministry": the noun names its own country
		if r := s.actorAt(j+1, rule); r != nil && r.ref.Country != "" {
			return r, r.k1
		}
	}
	if t.Tag == "PRP$" && j+1 < end && relationalNouns[s.toks[j+1].low] {
		return nil, j + 2 // "its allies" are not it
	}
	if t.Tag == "PRP" || t.Tag == "PRP$" {
		return c.pronoun(st, s, j), j + 1
	}
	if r := s.actorAt(j, rule); r != nil {
		if r.ref.Country == "" && r.ref.Sector != "IGO" && r.ref.Sector != "NGO" {
			// "positions, shelters and bases of the Azerbaijani army";
			// "two repair ships and two coast guard ships from the
			// Philippines" (where an agent comes from is its country)
			h := r.k1
			for h < end && (strings.HasPrefix(s.toks[h].Tag, "NN") || s.toks[h].Text == "," || s.toks[h].low == "and" || s.toks[h].agent >= 0 ||
				s.toks[h].Tag == "CD" || s.toks[h].Tag == "JJ") && h < r.k1+8 {
				h++
			}
			if h+1 < end && (s.toks[h].low == "of" || s.toks[h].low == "from") {
				q := h + 1
				for q < end && isDetLike(s.toks[q]) && s.toks[q].actor < 0 {
					q++
				}
				if q < end {
					if o := s.actorAt(q, rule+"/of"); o != nil && o.ref.Country != "" {
						return o, o.k1
					}
				}
			}
		}
		return r, r.k1
	}
	// a plain noun phrase: scan its words for an adjective actor, then its
	// "of X" complement
	h := j
	var adj *role
	for h < end && !ownedBy(s, h) && (strings.HasPrefix(s.toks[h].Tag, "NN") || s.toks[h].Tag == "JJ" || s.toks[h].Tag == "VBN" || s.toks[h].Tag == "VBG" || s.toks[h].Tag == "CD" || s.toks[h].Tag == "POS" || s.toks[h].actor >= 0) {
		if s.toks[h].actor >= 0 && adj == nil {
			adj = s.actorAt(h, rule+"/owner")
		}
		h++
	}
	if h+1 < end && (s.toks[h].low == "of" || ownedBy(s, h) || s.toks[h].low == "by" && statementNouns[s.toks[h-1].low]) {
		q := h + 1
		if ownedBy(s, h) {
			q++ // "belonging to", "owned by"
		}
		for q < end && isDetLike(s.toks[q]) && s.toks[q].actor < 0 {
			q++
		}
		if q < end {
			if r := s.actorAt(q, rule+"/of"); r != nil {
				return r, r.k1
			}
		}
	}
	if adj != nil && (adj.ref.Country == "" || strings.Contains(adj.rule, "agent+sentence")) && adj.ref.Sector != "IGO" && adj.ref.Sector != "NGO" {
		// "two repair ships and two coast guard ships from the
		// Philippines": where the agent comes from is its country
		q := h
		for q < end && q < h+8 && (strings.HasPrefix(s.toks[q].Tag, "NN") || s.toks[q].Text == "," || s.toks[q].low == "and" ||
			s.toks[q].agent >= 0 || s.toks[q].Tag == "CD" || s.toks[q].Tag == "JJ" || s.toks[q].Tag == "VBG" || s.toks[q].actor >= 0 && s.mention(s.toks[q].actor).Actor.Country == "") {
			q++
		}
		if q+1 < end && s.toks[q].low == "from" {
			q++
			for q < end && isDetLike(s.toks[q]) && s.toks[q].actor < 0 {
				q++
			}
			if q < end {
				if o := s.actorAt(q, rule+"/from"); o != nil && o.ref.Country != "" {
					o.ref.Sector = adj.ref.Sector
					return o, o.k1
				}
			}
		}
	}
	if adj != nil {
		return adj, h
	}
	return nil, h
}

// prepObject finds the first of the given prepositions after token from
// (within the clause) and the actor of the noun phrase after it.
func (c *Coder) prepObject(st *docState, s *sent, from, end int, preps []string) (*role, int) {
	for j := from; j < end; j++ {
		for _, p := range preps {
			words := strings.Fields(p)
			if n := s.matchRest(j, words); n > 0 {
				if r, _ := c.nounPhraseRole(st, s, j+n, end, "prep:"+p); r != nil {
					return r, j
				}
			}
		}
	}
	return nil, -1
}

// directObject is the noun phrase right after the verb (particles and
// adverbs aside).
func (c *Coder) directObject(st *docState, s *sent, from, end int) (*role, int) {
	j := from
	for j < end && (isVGAdverb(s.toks[j]) || s.toks[j].Tag == "RP") {
		j++
	}
	// a participle before a noun is its adjective: "meets with outgoing
	// Kyrgyz ambassador", "the retired general"
	adjectival := j+1 < end && (s.toks[j].Tag == "VBN" || s.toks[j].Tag == "VBG" && ingAdjectives[s.toks[j].low]) &&
		(strings.HasPrefix(s.toks[j+1].Tag, "NN") || s.toks[j+1].Tag == "JJ" || s.toks[j+1].actor >= 0)
	if j >= end || isPrep(s.toks[j]) || strings.HasPrefix(s.toks[j].Tag, "VB") && s.toks[j].actor < 0 && !adjectival {
		return nil, -1
	}
	r, _ := c.nounPhraseRole(st, s, j, end, "object")
	return r, j
}

// statementNouns are what is said: "the statement by the ministry".
var statementNouns = map[string]bool{"statement": true, "statements": true, "claim": true, "claims": true,
	"report": true, "reports": true, "allegations": true, "accusations": true, "remarks": true, "words": true,
	"information": true, "news": true, "message": true, "version": true, "account": true, "position": true}

func sameActor(a, b *role) bool {
	return a != nil && b != nil && a.ref == b.ref
}

func emptyRole(r *role) bool { return r == nil || r.ref.IsZero() }

// ownedBy reports whether token k opens a phrase naming an owner after a
// noun: "belonging to", "owned by", "operated by".
func ownedBy(s *sent, k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	switch s.toks[k].low + " " + s.toks[k+1].low {
	case "belonging to", "owned by", "operated by", "controlled by", "run by":
		return true
	}
	return false
}

// relationalNouns name others by their relation to an owner: "its allies",
// "our partners" are other states than the owner.
var relationalNouns = map[string]bool{"allies": true, "ally": true, "partners": true, "partner": true,
	"neighbours": true, "neighbors": true, "neighbour": true, "neighbor": true, "friends": true,
	"enemies": true, "enemy": true, "adversaries": true, "adversary": true, "opponents": true,
	"rivals": true, "counterparts": true, "counterpart": true, "sponsors": true, "backers": true}

// thirdPossessive reports "its", "their", "his", "her": the owner of the
// noun phrase is someone named before.
func thirdPossessive(t tok) bool {
	switch t.low {
	case "its", "their", "his", "her":
		return t.Tag == "PRP$"
	}
	return false
}

// quantityNouns head a noun phrase that counts what follows "of".
var quantityNouns = map[string]bool{"tens": true, "hundreds": true, "thousands": true, "millions": true,
	"dozens": true, "scores": true}

// ingAdjectives are -ing forms used as adjectives before a noun ("the
// outgoing ambassador"); other -ing forms there open a clause ("using
// drones").
var ingAdjectives = map[string]bool{"outgoing": true, "incoming": true, "ruling": true, "leading": true,
	"opposing": true, "neighbouring": true, "neighboring": true, "warring": true, "remaining": true,
	"serving": true, "visiting": true, "acting": true, "governing": true, "peacekeeping": true}
