package clean

import (
	"embed"
	"io/fs"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/datafile"
)

//go:embed rules/*.yaml
var embeddedRules embed.FS

// DefaultRules returns the rule source embedded in the binary, extended by
// userDir when it is not empty.
func DefaultRules(userDir string) datafile.Source {
	sub, _ := fs.Sub(embeddedRules, "rules")
	return datafile.Source{Embedded: sub, Label: "clean/rules", UserDir: userDir}
}

// Cleaner cleans texts with a fixed set of boilerplate rules. It is safe
// for concurrent use.
type Cleaner struct {
	rules    []*Rule
	charsets []charset
}

// New returns a Cleaner using rules.
func New(rules []*Rule) *Cleaner {
	return &Cleaner{rules: rules, charsets: mojibakeCharsets()}
}

// Result is a cleaned text with the map back to its source and the list
// of recorded changes.
type Result struct {
	Text    string
	Map     rashomon.OffsetMap
	Changes []rashomon.Change
}

// Clean runs the cleaning steps on src in order: invisible characters and
// line endings, NFC, mojibake (twice, for text mis-decoded twice),
// boilerplate, repeated title or teaser, whitespace.
func (c *Cleaner) Clean(src string) Result {
	res := Result{Text: src, Map: rashomon.Identity(len(src))}
	steps := []func(*pass){
		func(p *pass) { removeInvisible(p, true) },
		normalizeNFC,
		func(p *pass) { repairMojibake(p, c.charsets) },
		func(p *pass) { repairMojibake(p, c.charsets) },
		func(p *pass) { removeInvisible(p, false) }, // and what mojibake repair revealed (zero-width spaces)
		func(p *pass) { removeBoilerplate(p, c.rules) },
		collapseDuplicates,
		tidyWhitespace,
	}
	for _, step := range steps {
		p := &pass{in: res.Text}
		step(p)
		out, m, rec := p.apply()
		for _, e := range rec {
			res.Changes = append(res.Changes, rashomon.Change{
				Kind: e.kind, Rule: e.rule,
				Source: res.Map.SpanToOriginal(rashomon.Span{Start: e.start, End: e.end}),
				Before: res.Text[e.start:e.end], After: e.repl,
			})
		}
		if len(p.edits) > 0 {
			res.Map = res.Map.Then(m)
			res.Text = out
		}
	}
	return res
}
