package clean

import (
	"testing"
	"unicode/utf8"

	"github.com/rashomon-project/rashomon"
)

// FuzzClean checks that cleaning never panics, returns valid UTF-8 when
// given it, and that its offset map stays inside both texts.
func FuzzClean(f *testing.F) {
	for _, s := range []string{"", "a", "Title\n\nTitle\n\nBody text here.", "â€™â€œ ‚Äč‚Äč x", "By Editor\nLeave a Reply\nx",
		"\r\n\u200b\u00ad\ufeff", "July 29, 2023 09:19\nText", "Related posts\nA\nB\nC.", "РњРѕСЃРєРІР°"} {
		f.Add(s)
	}
	rules, err := LoadRules(DefaultRules(""))
	if err != nil {
		f.Fatal(err)
	}
	c := New(rules)
	f.Fuzz(func(t *testing.T, s string) {
		res := c.Clean(s)
		if utf8.ValidString(s) && !utf8.ValidString(res.Text) {
			t.Fatalf("invalid UTF-8 out of valid input %q", s)
		}
		if res.Map.OutLen != len(res.Text) || res.Map.InLen != len(s) {
			t.Fatalf("map lengths %d/%d for %d/%d", res.Map.OutLen, res.Map.InLen, len(res.Text), len(s))
		}
		for i := 0; i <= len(res.Text); i++ {
			o := res.Map.ToOriginal(i)
			if o < 0 || o > len(s) {
				t.Fatalf("offset %d maps outside the input: %d", i, o)
			}
		}
		sp := res.Map.SpanToOriginal(rashomon.Span{Start: 0, End: len(res.Text)})
		if sp.Start > sp.End {
			t.Fatalf("span inverted: %v", sp)
		}
	})
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "plain", "\xff\xfeh\x00i\x00", "caf\xe9", "\x00\x01binary"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Decode(b)
		if err == nil && !utf8.ValidString(d.Text) {
			t.Fatalf("invalid UTF-8 from %q", b)
		}
	})
}
