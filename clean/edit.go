package clean

import (
	"sort"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// edit replaces in[start:end] with repl.
type edit struct {
	start, end int
	repl       string
	kind, rule string
	record     bool // whether to list it among the document's changes
}

// pass collects the non-overlapping edits one cleaning step makes on its
// input, then applies them in one go.
type pass struct {
	in    string
	edits []edit
}

func (p *pass) replace(start, end int, repl, kind, rule string, record bool) {
	p.edits = append(p.edits, edit{start, end, repl, kind, rule, record})
}

// apply returns the output, the map from output offsets to input offsets,
// and the recorded edits.
func (p *pass) apply() (string, rashomon.OffsetMap, []edit) {
	if len(p.edits) == 0 {
		return p.in, rashomon.Identity(len(p.in)), nil
	}
	sort.SliceStable(p.edits, func(i, j int) bool { return p.edits[i].start < p.edits[j].start })
	var b strings.Builder
	b.Grow(len(p.in))
	var anchors []rashomon.Anchor
	var rec []edit
	pos := 0
	for _, e := range p.edits {
		if e.start < pos { // overlapping edit: a bug upstream; skip rather than corrupt
			continue
		}
		b.WriteString(p.in[pos:e.start])
		out := b.Len()
		anchors = append(anchors, rashomon.Anchor{Out: out, In: e.start})
		b.WriteString(e.repl)
		anchors = append(anchors, rashomon.Anchor{Out: b.Len(), In: e.end})
		pos = e.end
		if e.record {
			rec = append(rec, e)
		}
	}
	b.WriteString(p.in[pos:])
	return b.String(), rashomon.OffsetMap{Anchors: anchors, OutLen: b.Len(), InLen: len(p.in)}, rec
}
