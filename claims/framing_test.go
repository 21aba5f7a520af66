package claims

import (
	"fmt"
	"strings"
	"testing"
)

// TestFramingFind checks the terms found in a text: whole words only,
// the longest term first, names with their capital, after any
// punctuation (curly quotes and dashes included).
func TestFramingFind(t *testing.T) {
	fr, err := LoadFraming(DefaultSource(""))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string // category:term, in order
	}{
		{"The occupiers shelled the town.", []string{"occupation:occupiers"}},
		{"the occupation forces left", []string{"occupation:occupation forces"}},
		{"Residents called them “occupiers” — occupiers, again.", []string{"occupation:occupiers", "occupation:occupiers"}},
		{"preoccupied with the vote", nil},
		{"the Kiev regime said", []string{"russian-usage:Kiev regime"}},
		{"a kiev-based site", nil},
		{"so-called authorities in Khankendi", []string{"separatism:so-called authorities", "azerbaijani-names:Khankendi"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range fr.Find(tt.text) {
			if h.Category == "scare-quotes" {
				continue
			}
			if tt.text[h.Span.Start:h.Span.End] != h.Term {
				t.Errorf("%q: span %v is not %q", tt.text, h.Span, h.Term)
			}
			got = append(got, h.Category+":"+h.Term)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// BenchmarkFramingFind measures finding the terms in a long text.
func BenchmarkFramingFind(b *testing.B) {
	fr, err := LoadFraming(DefaultSource(""))
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("The so-called authorities in Khankendi said the occupiers fired on the village of Parukh near the Kiev road. ", 200)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		fr.Find(text)
	}
}
