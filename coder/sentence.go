package coder

import (
	"strings"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/dates"
	"github.com/rashomon-project/rashomon/text"
)

// tok is a token with what the coder needs to know about it.
type tok struct {
	rashomon.Token
	low   string // lower case, curly apostrophes straightened
	actor int    // mention (actor or person, with a country or an IGO/NGO) covering it, or -1
	agent int    // agent mention without a country, or -1
	place int    // place mention, or -1
	used  bool   // consumed as part of a trigger phrase
}

// sent is one sentence being coded.
type sent struct {
	d     *rashomon.Document
	index int
	span  rashomon.Span
	toks  []tok

	reportsDone bool
	reports     []reportFrame
	according   *role

	// the sentence's dates and counts, found once for all its events
	datesDone  bool
	dates      []dates.Match
	countsDone bool
	counts     []rashomon.Count
}

func lower(s string) string {
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}

// newSent tokenizes and tags a sentence and maps the document's mentions
// onto its tokens.
func (c *Coder) newSent(d *rashomon.Document, i int, tg *text.Tagger, mentions []int) *sent {
	s := &sent{d: d, index: i, span: d.Sentences[i].Span}
	raw := text.Tokens(d.Text, s.span)
	lows := make([]string, len(raw))
	for k, t := range raw {
		lows[k] = lower(t.Text)
	}
	if !c.mayCode(lows) {
		return nil
	}
	tg.Tag(raw)
	s.toks = make([]tok, len(raw))
	for k, t := range raw {
		s.toks[k] = tok{Token: t, low: lows[k], actor: -1, agent: -1, place: -1}
	}
	k := 0
	for _, mi := range mentions {
		m := d.Mentions[mi]
		for k > 0 && s.toks[k-1].Span.End > m.Span.Start {
			k--
		}
		for k < len(s.toks) && s.toks[k].Span.End <= m.Span.Start {
			k++
		}
		for j := k; j < len(s.toks) && s.toks[j].Span.Start < m.Span.End; j++ {
			t := &s.toks[j]
			switch m.Kind {
			case rashomon.MentionActor, rashomon.MentionPerson:
				if t.actor < 0 || d.Mentions[t.actor].Span.Len() < m.Span.Len() {
					t.actor = mi
				}
			case rashomon.MentionAgent:
				t.agent = mi
			case rashomon.MentionPlace:
				t.place = mi
			}
		}
	}
	// A right single quote right after a plural noun and before a noun is
	// its possessive, unless a left single quote opened before it: "the
	// soldiers’ intrusion" (tagged a closing quotation mark).
	open := false
	for k := range s.toks {
		t := &s.toks[k]
		switch t.Text {
		case "‘":
			open = true
		case "’":
			if open {
				open = false
				continue
			}
			if k > 0 && k+1 < len(s.toks) && s.toks[k-1].Span.End == t.Span.Start && strings.HasSuffix(s.toks[k-1].low, "s") &&
				strings.HasPrefix(s.toks[k-1].Tag, "NN") && (strings.HasPrefix(s.toks[k+1].Tag, "NN") || s.toks[k+1].Tag == "JJ") {
				t.Tag = "POS"
			}
		}
	}
	// Words of a name are not verbs: "Azerbaijani armed forces" ("armed"
	// tagged VBD by the model).
	for k := range s.toks {
		t := &s.toks[k]
		if (t.actor >= 0 || t.agent >= 0) && strings.HasPrefix(t.Tag, "VB") {
			m := d.Mentions[max(t.actor, t.agent)]
			if t.Span.End < m.Span.End {
				t.Tag = "JJ"
			}
		}
	}
	return s
}

// mayCode reports whether a sentence, its tokens lowered, holds a word an event can be coded
// from: a verb or noun of a pattern, or a modal of obligation (see
// findTriggers and obligations, which look at nothing else). A sentence
// without one is neither tagged nor coded; tagging was a third of the
// coder's time, and a good part of a text's sentences have no such word.
func (c *Coder) mayCode(lows []string) bool {
	for k, w := range lows {
		if _, ok := c.pat.verbs[w]; ok {
			return true
		}
		if _, ok := c.pat.nouns[w]; ok {
			return true
		}
		switch w {
		case "must", "should":
			return true
		case "to":
			if k > 0 {
				switch lows[k-1] {
				case "has", "have", "need", "needs":
					return true
				}
			}
		}
	}
	return false
}

// mention returns the mention at index i of the document.
func (s *sent) mention(i int) *rashomon.Mention { return &s.d.Mentions[i] }

// tokRange returns the tokens a mention covers in this sentence.
func (s *sent) tokRange(mi int) (int, int) {
	m := s.d.Mentions[mi]
	a, b := -1, -1
	for k, t := range s.toks {
		if t.Span.Start >= m.Span.Start && t.Span.End <= m.Span.End {
			if a < 0 {
				a = k
			}
			b = k + 1
		}
	}
	return a, b
}

func isAux(low string) bool {
	switch low {
	case "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re",
		"have", "has", "had", "having", "'ve", "'d",
		"do", "does", "did",
		"get", "gets", "got", "gotten", "getting":
		return true
	}
	return false
}

func isBe(low string) bool {
	switch low {
	case "be", "is", "are", "was", "were", "been", "being", "am", "'re", "get", "gets", "got", "gotten", "getting":
		return true
	}
	return false
}

func isModal(low string) bool {
	switch low {
	case "will", "would", "shall", "should", "must", "may", "might", "can", "could", "'ll", "wo", "ca", "ought":
		return true
	}
	return false
}

func isNegation(low string) bool {
	switch low {
	case "not", "n't", "never", "no", "nor", "neither", "cannot", "nobody", "nothing":
		return true
	}
	return false
}

// verbal adverbs that may sit inside a verb group
func isVGAdverb(t tok) bool {
	if t.Tag == "RB" || t.Tag == "RBR" || t.Tag == "RBS" {
		return true
	}
	switch t.low {
	case "not", "n't", "never", "yet", "also", "already", "still", "allegedly", "reportedly", "fully", "immediately", "again":
		return true
	}
	return false
}

func isPrep(t tok) bool { return t.Tag == "IN" || t.Tag == "TO" }

func isNounish(t tok) bool {
	return strings.HasPrefix(t.Tag, "NN") || t.Tag == "PRP" || t.Tag == "CD" || t.actor >= 0 || t.agent >= 0 || t.place >= 0
}

func isDetLike(t tok) bool {
	switch t.Tag {
	case "DT", "PDT", "PRP$", "CD", "JJ", "JJR", "JJS", "POS":
		return true
	}
	switch t.low {
	case "four", "two", "three", "several", "some", "many", "all", "both", "its", "their", "our":
		return true
	}
	return false
}

// subordinators start a new clause.
func isSubordinator(t tok) bool {
	switch t.low {
	case "that", "which", "who", "whom", "whose", "when", "while", "where", "because", "although", "though",
		"whereas", "if", "unless", "after", "before", "since", "until", "as":
		return t.Tag == "IN" || t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "WRB" || t.Tag == "WP$" || t.low == "that"
	}
	return false
}

func isClauseBreak(t tok) bool {
	switch t.Text {
	case ";", ":", "—", "–":
		return true
	}
	return false
}

func isQuote(t tok) bool {
	switch t.Text {
	case "\"", "“", "”", "«", "»", "``", "''":
		return true
	}
	return false
}
