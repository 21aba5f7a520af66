package coder

import (
	"strings"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/text"
)

// reportFrame is a reporting verb in a sentence and its speaker: "X said
// that ..." (content after) or "..., X said." (content before).
type reportFrame struct {
	k       int // the verb token
	speaker *role
	after   bool // the content follows the verb
	until   int  // where following content ends (the sentence's end, or a relative clause's)
}

// voiceRole is the claimant at token k as a role: who speaks there.
func (c *Coder) voiceRole(st *docState, s *sent, k int) *role {
	cl := c.claimantAt(st, s, k)
	if cl == nil || cl.Actor.IsZero() {
		return nil
	}
	r := &role{ref: cl.Actor, text: cl.Text, rule: "speaker:" + cl.Rule, k0: -1, k1: -1}
	if cl.Span != nil {
		r.span = *cl.Span
	}
	return r
}

// reports finds the sentence's reporting frames and "according to" phrase,
// once.
func (c *Coder) reports(st *docState, s *sent) {
	if s.reportsDone {
		return
	}
	s.reportsDone = true
	for k := 0; k+2 < len(s.toks); k++ {
		if s.toks[k].low == "according" && s.toks[k+1].low == "to" {
			if r, _ := c.nounPhraseRole(st, s, k+2, len(s.toks), "according-to"); r != nil {
				s.according = r
				break
			}
		}
	}
	for k, t := range s.toks {
		ves := c.pat.verbs[t.low]
		isReport := false
		for _, ve := range ves {
			if ve.pat.Frame == "report" && len(ve.rest) == 0 {
				isReport = true
			}
		}
		if !isReport || !strings.HasPrefix(t.Tag, "VB") {
			continue
		}
		g := verbGroup(s, k, formPast)
		var speaker *role
		if g.passive {
			// "it is said": the statement's maker, named earlier
			for j := g.start - 1; j >= 0; j-- {
				if r := s.actorAt(j, "statement-maker"); r != nil && !inPP(s, r.k0) {
					speaker = r
					break
				}
			}
		} else if name, content := unknownName(s, g.start); name != "" && (st.names[name] != nil || content) {
			// "..., Lozovoy added": a person the lexicon does not know,
			// the speaker introduced by that name earlier, else no one
			// the sentence names (not an actor of what is said)
			if r := st.names[name]; r != nil {
				cp := *r
				cp.rule = "named-earlier/" + r.rule
				speaker = &cp
			}
		} else if participle := s.toks[k].Tag == "VBG" && g.start > 0 && s.toks[g.start-1].Text == ","; participle {
			// A participle after a comma never has its speaker after it
			// ("..., saying Manila's account was groundless"), and what it
			// says follows it. Its speaker is the noun it qualifies ("the
			// report by the ministry, claiming that ...") or else the
			// subject of the finite verb before it ("China rejected the
			// accusations, saying ..."), the clause before being told in
			// the text's voice.
			speaker = c.subject(st, s, g.start)
			if speaker == nil && parenthetical(s, k) {
				// set off by commas before its clause's verb ("the report
				// by the ministry, claiming that ..., is false"), it
				// qualifies the noun phrase before it: the actor there
				for j := g.start - 2; j >= 0; j-- {
					t := s.toks[j]
					if isClauseBreak(t) || isQuote(t) || isSubordinator(t) || t.Text == "," {
						break
					}
					if r := s.actorAt(j, "qualified-noun"); r != nil {
						speaker = r
						break
					}
				}
			}
			if fv := finiteVerbBefore(s, g.start-1); speaker == nil && fv >= 0 {
				speaker = c.subject(st, s, verbGroup(s, fv, formPast).start)
			}
		} else {
			// "...," said the ministry: a reporting verb right after the
			// content's comma or closing quote has its speaker after it
			if p := g.start - 1; p > 0 && k+1 < len(s.toks) && (s.toks[p].Text == "," || isQuote(s.toks[p])) {
				speaker, _ = c.nounPhraseRole(st, s, k+1, len(s.toks), "inverted-speaker")
			}
			if speaker == nil {
				speaker = c.subject(st, s, g.start)
			}
			// "the Philippines protested China's actions and claimed it
			// violated": a verb after "and" shares the subject of the
			// finite verb before it
			if g.start > 0 && s.toks[g.start-1].low == "and" {
				if fv := finiteVerbBefore(s, g.start-1); fv >= 0 {
					if r := c.subject(st, s, verbGroup(s, fv, formPast).start); r != nil {
						speaker = r
					}
				}
			}
			if speaker == nil && k+1 < len(s.toks) {
				// "..., said the ministry."
				if r, _ := c.nounPhraseRole(st, s, k+1, len(s.toks), "inverted-speaker"); r != nil {
					speaker = r
				}
			}
		}
		if speaker == nil || speaker.ref.IsZero() {
			continue
		}
		c.noteNames(st, s, g.start, speaker)
		rest := 0
		for j := k + 1; j < len(s.toks); j++ {
			if s.toks[j].Tag != "." && s.toks[j].Tag != "," && !isQuote(s.toks[j]) {
				rest++
			}
		}
		after := rest > 3 && !(speaker.k0 > k) || s.toks[k].Tag == "VBG"
		until := len(s.toks)
		if g.start >= 2 && (s.toks[g.start-1].low == "which" || s.toks[g.start-1].low == "who") && s.toks[g.start-2].Text == "," {
			// "China, which claims the whole sea, rejects the ruling": what
			// a relative clause set off by commas says ends with it
			for j := k + 1; j < len(s.toks); j++ {
				if s.toks[j].Text == "," || isClauseBreak(s.toks[j]) {
					until = j
					break
				}
			}
		}
		s.reports = append(s.reports, reportFrame{k: k, speaker: speaker, after: after, until: until})
	}
}

// parenthetical reports whether the participle at k stands in a phrase
// set off by commas before its clause's verb: a comma after it is followed
// by a finite verb ("..., claiming that ..., is false").
func parenthetical(s *sent, k int) bool {
	for j := k + 1; j+1 < len(s.toks); j++ {
		t := s.toks[j]
		if isClauseBreak(t) {
			return false
		}
		if t.Text != "," {
			continue
		}
		n := j + 1
		for n < len(s.toks) && isVGAdverb(s.toks[n]) {
			n++
		}
		if n < len(s.toks) {
			switch s.toks[n].Tag {
			case "VBZ", "VBD", "VBP", "MD":
				return true
			}
		}
	}
	return false
}

// claimantAt returns who claims what the sentence says at token k: the
// speaker of a reporting frame around it, "according to X", the speaker of
// a quotation it stands in, else the document's issuer.
func (c *Coder) claimantAt(st *docState, s *sent, k int) *rashomon.Claimant {
	c.reports(st, s)
	var chain []rashomon.ClaimLink
	outer := c.quoteClaimant(st, s, k)
	if outer != nil && strings.HasPrefix(outer.Rule, "quoted") {
		chain = append(chain, rashomon.ClaimLink{Actor: outer.Actor, Text: outer.Text, Verb: "quoted"})
	}
	var frame *reportFrame
	for i := range s.reports {
		f := &s.reports[i]
		if f.after && f.k < k && k < f.until && (frame == nil || f.k > frame.k) {
			frame = f
		}
	}
	if frame == nil {
		for i := range s.reports {
			f := &s.reports[i]
			if !f.after && f.k > k {
				frame = f
				break
			}
		}
	}
	switch {
	case frame != nil:
		sp := frame.speaker.span
		cl := &rashomon.Claimant{Actor: frame.speaker.ref, Text: frame.speaker.text, Span: &sp, Rule: "reported:" + s.toks[frame.k].low}
		cl.Chain = append(chain, rashomon.ClaimLink{Actor: frame.speaker.ref, Text: frame.speaker.text, Span: sp, Verb: s.toks[frame.k].Text})
		return cl
	case s.according != nil:
		sp := s.according.span
		cl := &rashomon.Claimant{Actor: s.according.ref, Text: s.according.text, Span: &sp, Rule: "according-to"}
		cl.Chain = append(chain, rashomon.ClaimLink{Actor: s.according.ref, Text: s.according.text, Span: sp, Verb: "according to"})
		return cl
	}
	return outer
}

// quoteClaimant returns the speaker of the quotation token k stands in, or
// the issuer when it stands in none.
func (c *Coder) quoteClaimant(st *docState, s *sent, k int) *rashomon.Claimant {
	off := s.toks[k].Span.Start
	if q, ok := st.quoteAt(off); ok {
		if cl := c.quoteSpeaker(st, q); cl != nil {
			return cl
		}
	}
	return issuerClaimant(st.d)
}

func issuerClaimant(d *rashomon.Document) *rashomon.Claimant {
	if d.IssuerActor == nil {
		return &rashomon.Claimant{Rule: "issuer-unknown"}
	}
	cl := &rashomon.Claimant{Actor: *d.IssuerActor, Text: d.IssuerText, Rule: "issuer"}
	if cl.Text == "" {
		cl.Text = d.Issuer
	}
	if d.IssuerSpan != nil {
		sp := *d.IssuerSpan
		cl.Span = &sp
	}
	return cl
}

// quoteSpeaker finds who is quoted: a reporting verb and an actor before
// the opening mark in its sentence ("the ministry stressed that “..."),
// or after the closing mark in its sentence ("...,” the military said).
func (c *Coder) quoteSpeaker(st *docState, q quoteSpan) *rashomon.Claimant {
	d := st.d
	sentAt := func(off int) int {
		for i, sn := range d.Sentences {
			if sn.Span.Start <= off && off < sn.Span.End {
				return i
			}
		}
		return -1
	}
	try := func(a, b int, rule string, nearestLast bool) *rashomon.Claimant {
		if a >= b {
			return nil
		}
		toks := text.Tokens(d.Text, rashomon.Span{Start: a, End: b})
		hasReport := false
		for _, t := range toks {
			for _, ve := range c.pat.verbs[lower(t.Text)] {
				if ve.pat.Frame == "report" {
					hasReport = true
				}
			}
		}
		if !hasReport && !strings.HasSuffix(strings.TrimSpace(d.Text[a:b]), ":") {
			return nil
		}
		var best *rashomon.Mention
		for i := range d.Mentions {
			m := &d.Mentions[i]
			if m.Span.Start < a || m.Span.End > b || (m.Kind != rashomon.MentionActor && m.Kind != rashomon.MentionPerson) || m.Actor.IsZero() {
				continue
			}
			if best == nil || (nearestLast && m.Span.Start > best.Span.Start) {
				best = m
			}
			if !nearestLast {
				break
			}
		}
		if best == nil {
			return nil
		}
		sp := best.Span
		return &rashomon.Claimant{Actor: best.Actor, Text: best.Text, Span: &sp, Rule: rule}
	}
	if i := sentAt(q.span.Start - 1); i >= 0 {
		if cl := try(d.Sentences[i].Span.Start, q.span.Start, "quoted-after", true); cl != nil {
			return cl
		}
	}
	if i := sentAt(q.span.End); i >= 0 {
		if cl := try(q.span.End, d.Sentences[i].Span.End, "quoted-before", false); cl != nil {
			return cl
		}
	}
	return nil
}

// unknownName returns the proper name right before a reporting verb
// group at start that no actor or agent mention covers ("..., Lozovoy
// added"), lower-cased, or "", and whether what comes before it is a
// clause (what the person says) rather than a phrase introducing the
// person ("a spokesman for the FSB, Anton Lozovoy said").
func unknownName(s *sent, start int) (string, bool) {
	j := start - 1
	if j < 1 || s.toks[j].Tag != "NNP" || s.toks[j].actor >= 0 || s.toks[j].agent >= 0 || s.toks[j].place >= 0 {
		return "", false
	}
	// a name opening its clause, after a comma or a closing quote
	i := j
	for i > 0 && s.toks[i-1].Tag == "NNP" && s.toks[i-1].actor < 0 && s.toks[i-1].agent < 0 {
		i--
	}
	if i == 0 || s.toks[i-1].Text != "," && !isQuote(s.toks[i-1]) {
		return "", false
	}
	if isQuote(s.toks[i-1]) {
		return s.toks[j].low, true
	}
	for k := i - 2; k >= 0 && s.toks[k].Text != ","; k-- {
		if t := s.toks[k].Tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return s.toks[j].low, true
		}
	}
	return s.toks[j].low, false
}

// noteNames records the unknown proper names right before a reporting
// verb, set off by a comma ("a spokesman for the FSB, Anton Lozovoy,
// said"), as naming its speaker.
func (c *Coder) noteNames(st *docState, s *sent, start int, speaker *role) {
	j := start - 1
	if j >= 0 && s.toks[j].Text == "," {
		j--
	}
	for ; j >= 0 && s.toks[j].Tag == "NNP" && s.toks[j].actor < 0 && s.toks[j].agent < 0 && s.toks[j].place < 0; j-- {
		if st.names == nil {
			st.names = map[string]*role{}
		}
		if _, ok := st.names[s.toks[j].low]; !ok {
			st.names[s.toks[j].low] = speaker
		}
	}
}
