package text

import (
	"strings"
	"testing"

	"github.com/rashomon-project/rashomon"
)

func sentTexts(text string) []string {
	var out []string
	for _, s := range Sentences(text) {
		out = append(out, s.Span.Text(text))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"heading", "Baku opposes the statement\n\nOfficial Baku opposes it. It said so.",
			[]string{"Baku opposes the statement", "Official Baku opposes it.", "It said so."}},
		{"abbreviations", "The Nov. 10, 2020 treaty was signed. Col. Gen. Zakir Hasanov spoke. The U.S. Army agreed.",
			[]string{"The Nov. 10, 2020 treaty was signed.", "Col. Gen. Zakir Hasanov spoke.", "The U.S. Army agreed."}},
		{"number", "victims since November 2020. In violation of its obligations, Armenia acted.",
			[]string{"victims since November 2020.", "In violation of its obligations, Armenia acted."}},
		{"curly quotes", "the mission stressed that “they entered the area.” “The side has been called upon,” the military said.",
			[]string{"the mission stressed that “they entered the area.”", "“The side has been called upon,” the military said."}},
		{"lowercase after period", "a “sabotage attempt” this morning. against the units.",
			[]string{"a “sabotage attempt” this morning. against the units."}},
		{"numbered points", "1. The parties agree. 2. They withdraw.",
			[]string{"1. The parties agree.", "2. They withdraw."}},
		{"initial", "Minister A. Karapetyan said it. Then he left.",
			[]string{"Minister A. Karapetyan said it.", "Then he left."}},
		{"question and exclamation", "Leave Azerbaijan and go home! Who fired first? Nobody knows.",
			[]string{"Leave Azerbaijan and go home!", "Who fired first?", "Nobody knows."}},
		{"final abbreviation", "Talks were held in the U.S. The delegation left.",
			[]string{"Talks were held in the U.S.", "The delegation left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentTexts(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestTokens(t *testing.T) {
	in := "Azerbaijan’s forces didn't fire 1,000 152-mm shells at 9:00 on Nov. 10 near Aghdam-Khankendi, the U.S. said."
	var got []string
	for _, tok := range Tokens(in, rashomon.Span{End: len(in)}) {
		if tok.Span.Text(in) != tok.Text {
			t.Fatalf("token %q has span text %q", tok.Text, tok.Span.Text(in))
		}
		got = append(got, tok.Text)
	}
	want := "Azerbaijan|’s|forces|did|n't|fire|1,000|152-mm|shells|at|9:00|on|Nov.|10|near|Aghdam-Khankendi|,|the|U.S.|said|."
	if strings.Join(got, "|") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, "|"), want)
	}
}

func TestWordsOver(t *testing.T) {
	for _, tc := range []struct {
		s    string
		n    int
		want bool
	}{
		{"", 0, false},
		{"one", 0, true},
		{"one two  three", 3, false},
		{" one\ttwo\nthree four ", 3, true},
		{"a\u00a0b c", 2, true}, // a no-break space separates words too
	} {
		if got := WordsOver(tc.s, tc.n); got != tc.want {
			t.Errorf("WordsOver(%q, %d) = %v, want %v", tc.s, tc.n, got, tc.want)
		}
	}
}
