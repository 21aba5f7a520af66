package text

import (
	"testing"

	"github.com/rashomon-project/rashomon"
)

// TestFeatureHashes checks that the precomputed feature prefixes hash as
// hashParts does, which the model's weights were stored under.
func TestFeatureHashes(t *testing.T) {
	if got, want := hashMore(hSuffix, "ing"), hashParts("i suffix", "ing"); got != want {
		t.Errorf("one part: %x, want %x", got, want)
	}
	if got, want := hashMore(sep(hashMore(hTag12, "NN")), "DT"), hashParts("i tag+i-2 tag", "NN", "DT"); got != want {
		t.Errorf("two parts: %x, want %x", got, want)
	}
}

// referenceTag tags as the features are defined, each hashed from its
// name and words and looked up: the kept rows of each word must give the
// same tags.
func referenceTag(t *Tagger, toks []rashomon.Token) []string {
	ctx := []string{"-START-", "-START2-"}
	words := make([]string, len(toks))
	for i, tk := range toks {
		words[i] = form(tk.Text)
		ctx = append(ctx, normalize(words[i]))
	}
	ctx = append(ctx, "-END-", "-END2-")
	scores := make([]float32, len(t.classes))
	out := make([]string, len(toks))
	p1, p2 := "-START-", "-START2-"
	for i, w := range words {
		tag, ok := t.known[w]
		switch {
		case w == "-":
			tag = "-"
		case isQuoteMark(toks[i].Text):
			tag = quoteTag(toks, i)
		case ok:
		default:
			clear(scores)
			c := i + 2
			for _, parts := range [][]string{{"bias"}, {"i suffix", suffix(w, 3)}, {"i pref1", w[:1]},
				{"i-1 tag", p1}, {"i-2 tag", p2}, {"i tag+i-2 tag", p1, p2}, {"i word", ctx[c]},
				{"i-1 tag+i word", p1, ctx[c]}, {"i-1 word", ctx[c-1]}, {"i-1 suffix", suffix(ctx[c-1], 3)},
				{"i-2 word", ctx[c-2]}, {"i+1 word", ctx[c+1]}, {"i+1 suffix", suffix(ctx[c+1], 3)}, {"i+2 word", ctx[c+2]}} {
				if off, ok := t.rows[hashParts(parts...)]; ok {
					for k, v := range t.weights[off : int(off)+len(t.classes)] {
						scores[k] += v
					}
				}
			}
			best := 0
			for k, v := range scores {
				if v > scores[best] {
					best = k
				}
			}
			tag = t.classes[best]
		}
		out[i] = tag
		p2, p1 = p1, tag
	}
	return out
}

func TestKeptRowsTagAlike(t *testing.T) {
	tg, err := LoadTagger()
	if err != nil {
		t.Fatal(err)
	}
	sentences := []string{
		"Units of the armed forces shelled positions near the village on Tuesday night.",
		"The ministry said in a statement that it had not withdrawn its troops from the zone.",
		"“We will respond,” the spokesman told reporters, adding that talks would resume in Geneva.",
		"Drone strikes hit a well-known 1990s-era depot; 17 people were wounded, officials said.",
		"Yesterday’s attack wasn’t the first: the border guards’ post was fired upon in 2021.",
		"- The the the shelled shelled shelled -- ... !!",
	}
	for round := range 2 { // the second round reads the kept rows
		for _, s := range sentences {
			toks := Tokens(s, rashomon.Span{Start: 0, End: len(s)})
			want := referenceTag(tg, toks)
			tg.Tag(toks)
			for i, tk := range toks {
				if tk.Tag != want[i] {
					t.Errorf("round %d, %q: %q tagged %s, want %s", round, s, tk.Text, tk.Tag, want[i])
				}
			}
		}
	}
}
