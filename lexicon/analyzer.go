package lexicon

import (
	"net/url"
	"strings"
	"sync"

	"github.com/rashomon-project/rashomon"
)

// Analyzer adds the lexicon's mentions to documents and resolves the
// issuing institution's words to an actor. It is safe for concurrent use.
type Analyzer struct {
	Lex  *Lexicon
	pool sync.Pool
}

// NewAnalyzer returns an Analyzer over lx.
func NewAnalyzer(lx *Lexicon) *Analyzer {
	a := &Analyzer{Lex: lx}
	a.pool.New = func() any { return lx.NewMatcher() }
	return a
}

// Analyze implements pipeline.Analyzer.
func (a *Analyzer) Analyze(d *rashomon.Document) {
	m := a.pool.Get().(*Matcher)
	defer a.pool.Put(m)
	a.issuer(m, d)
	d.Mentions = m.Match(d.Text, d.Sentences, Context{Date: d.Published, Issuer: d.IssuerActor, Dateline: d.DatelinePlace})
	resolveAgents(d, a.Lex)
}

// issuer decides whose statement d is: the institution its attribution
// phrases name, when they all name the same one (a report relaying several
// parties' statements is no one's statement); else the outlet, when the
// lexicon knows it.
func (a *Analyzer) issuer(m *Matcher, d *rashomon.Document) {
	var ref rashomon.ActorRef
	agree := len(d.Attributions) > 0
	for i, at := range d.Attributions {
		r, ok := m.Resolve(at.Text, d.Published)
		if !ok || (i > 0 && r != ref) {
			agree = false
			break
		}
		ref = r
	}
	if agree {
		first := d.Attributions[0]
		d.IssuerActor, d.IssuerText = &ref, first.Text
		sp := first.Span
		d.IssuerSpan = &sp
		return
	}
	if d.Issuer != "" {
		if r, ok := m.Resolve(d.Issuer, d.Published); ok {
			d.IssuerActor = &r
			return
		}
	}
	// a site's own name in its host: "old.energoatom.com.ua"
	if u, err := url.Parse(d.URL); err == nil && u.Hostname() != "" {
		for _, label := range strings.Split(u.Hostname(), ".") {
			if len(label) < 4 || label == "www" {
				continue
			}
			for _, form := range []string{label, strings.ToUpper(label), strings.ToUpper(label[:1]) + label[1:]} {
				if r, ok := m.Resolve(form, d.Published); ok && r.Sector != "" {
					d.IssuerActor = &r
					return
				}
			}
		}
	}
}

// Resolve codes a short phrase naming one actor ("RA MFA", "the Ministry
// of Foreign Affairs of Republic of Azerbaijan", "TASS"): the actor mention
// covering most of it.
func (m *Matcher) Resolve(phrase string, date rashomon.Date) (rashomon.ActorRef, bool) {
	var best rashomon.Mention
	for _, mm := range m.Match(phrase, nil, Context{Date: date}) {
		if mm.Kind != rashomon.MentionActor && mm.Kind != rashomon.MentionPerson {
			continue
		}
		if mm.Actor.Country == "" && mm.Actor.Sector != "IGO" && mm.Actor.Sector != "NGO" {
			continue
		}
		if mm.Span.Len() > best.Span.Len() {
			best = mm
		}
	}
	return best.Actor, best.Span.Len() > 0
}
