package text

import (
	"testing"

	"github.com/rashomon-project/rashomon"
)

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"A b. C d.", "Nov. 10, 2020. The U.S. said.", "1. First. 2. Second.", "“Quote.” “Next,” he said.", "", "...", "a\n\nb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sen := range Sentences(s) {
			if sen.Span.Start < prev || sen.Span.End > len(s) || sen.Span.Start >= sen.Span.End {
				t.Fatalf("bad sentence span %v (previous end %d) in %q", sen.Span, prev, s)
			}
			prev = sen.Span.End
			for _, tok := range Tokens(s, sen.Span) {
				if tok.Span.Start < sen.Span.Start || tok.Span.End > sen.Span.End || tok.Span.Text(s) != tok.Text {
					t.Fatalf("bad token %+v in sentence %v", tok, sen.Span)
				}
			}
		}
		_ = rashomon.Span{}
	})
}
