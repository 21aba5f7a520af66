package clean

import (
	"strings"
	"testing"
	"unicode"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/internal/testcorpus"
)

func newTestCleaner(t testing.TB) *Cleaner {
	t.Helper()
	rules, err := LoadRules(DefaultRules(""))
	if err != nil {
		t.Fatal(err)
	}
	return New(rules)
}

// letters keeps letters and digits only, so texts compare across
// whitespace, quotes and repaired characters.
func letters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// isProseLine reports a line of running text (a statement's sentence, not
// furniture): many words, ending with sentence punctuation.
func isProseLine(l string) bool {
	l = strings.TrimSpace(l)
	return len(strings.Fields(l)) >= 12 && strings.ContainsAny(l[len(l)-1:], `.!?"”`)
}

func TestSeeds(t *testing.T) {
	c := newTestCleaner(t)
	gold := testcorpus.GoldDocs(t)
	for _, seed := range testcorpus.Seeds(t) {
		t.Run(seed.Name, func(t *testing.T) {
			res := c.Clean(seed.Text)
			clean := letters(res.Text)
			// No sentence of the statement itself is lost: every prose line
			// of the input, and every gold event quote, is in the output.
			for _, l := range strings.Split(seed.Text, "\n") {
				if isProseLine(l) && !strings.Contains(clean, letters(c.Clean(l).Text)) {
					t.Errorf("lost: %.90q", l)
				}
			}
			g, ok := gold["seed-"+seed.Name[:3]]
			if !ok {
				t.Fatalf("no gold document for %s", seed.Name)
			}
			for _, e := range g.Events {
				if inFurniture(seed.Text, e.Quote, res.Changes) {
					continue // a related headline the annotators coded anyway
				}
				if !strings.Contains(clean, letters(New(nil).Clean(e.Quote).Text)) {
					t.Errorf("gold quote lost: %.90q", e.Quote)
				}
			}
			// Boilerplate is gone.
			for _, furniture := range []string{"Leave a Reply", "By Editor", "Related posts", "Latest news", "Orphus", "Attribution:", "Foreign policy\n"} {
				if strings.Contains(res.Text, furniture) {
					t.Errorf("boilerplate left: %q", furniture)
				}
			}
			// Every change maps back to the input.
			for _, ch := range res.Changes {
				if ch.Source.End > len(seed.Text) || ch.Source.Start < 0 || ch.Source.Start > ch.Source.End {
					t.Errorf("change %+v outside the input", ch)
				}
			}
			checkMap(t, seed.Text, res)
		})
	}
}

// inFurniture reports whether quote lies in a stretch of src that a
// boilerplate rule removed.
func inFurniture(src, quote string, changes []rashomon.Change) bool {
	i := strings.Index(src, quote)
	if i < 0 {
		return false
	}
	for _, ch := range changes {
		if ch.Kind == "boilerplate" && ch.Source.Start <= i && i+len(quote) <= ch.Source.End {
			return true
		}
	}
	return false
}

// checkMap verifies that every word of the cleaned text maps back to the
// same word in the source.
func checkMap(t *testing.T, src string, res Result) {
	t.Helper()
	words := strings.FieldsFunc(res.Text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	pos := 0
	bad := 0
	for _, w := range words {
		i := strings.Index(res.Text[pos:], w) + pos
		pos = i + len(w)
		sp := res.Map.SpanToOriginal(rashomon.Span{Start: i, End: i + len(w)})
		if sp.Text(src) != w && bad < 5 {
			bad++
			t.Errorf("word %q at %d maps to %q", w, i, sp.Text(src))
		}
	}
}

func TestSeedSpecifics(t *testing.T) {
	c := newTestCleaner(t)
	seeds := map[string]string{}
	for _, s := range testcorpus.Seeds(t) {
		seeds[s.Name[:3]] = s.Text
	}
	// Seed 001: the mojibake is two zero-width spaces read as Mac Central
	// European; both go.
	src := seeds["001"]
	res := c.Clean(src)
	i := strings.Index(src, "‚Äč")
	if i < 0 {
		t.Fatal("seed 001 no longer holds its mojibake")
	}
	if strings.Contains(res.Text, "‚Äč") || strings.ContainsRune(res.Text, '\u200b') {
		t.Error("seed 001 mojibake not repaired")
	}
	before := src[strings.LastIndex(src[:i], " ")+1 : i]
	after := src[i+len("‚Äč‚Äč"):]
	after = after[:strings.IndexAny(after, " .,")]
	if !strings.Contains(res.Text, before+after) {
		t.Errorf("seed 001: %q not joined to %q", before, after)
	}
	var kinds []string
	for _, ch := range res.Changes {
		kinds = append(kinds, ch.Kind+"/"+ch.Rule)
	}
	if !strings.Contains(strings.Join(kinds, " "), "mojibake/utf8-as-mac-central-european") {
		t.Errorf("seed 001 changes: %v", kinds)
	}
	// Seed 002: title and lede printed twice at the top appear once.
	src = seeds["002"]
	res = c.Clean(src)
	title := strings.TrimSpace(src[:strings.IndexByte(src, '\n')])
	if n := strings.Count(res.Text, title); n != 1 {
		t.Errorf("seed 002 title appears %d times", n)
	}
	var lede string
	for _, l := range strings.Split(src, "\n") {
		if isProseLine(l) {
			lede = strings.TrimSpace(l)[:60]
			break
		}
	}
	if n := strings.Count(res.Text, lede); n != 1 {
		t.Errorf("seed 002 lede %q appears %d times", lede, n)
	}
}

func TestMojibake(t *testing.T) {
	c := New(nil)
	correct := []string{"Şuşa", "Москва", "Երևան", "Kraków–Łódź", "Kəlbəcər", "São Paulo", "naïve café",
		"Zürich", "Ağdam", "Ґрунт і їжак", "Θεσσαλονίκη", "東京", "Ελλάδα", "İstanbul", "Çanakkale", "“quoted” — dash",
		"Ñandú", "Bãi Cỏ Mây", "仁爱礁", "Փառուխ", "Dağlıq Qarabağ", "Franco–Émile", "“Émile”", "±5 °C"}
	for _, s := range correct {
		if got := c.Clean(s).Text; got != s {
			t.Errorf("correct text %q changed to %q", s, got)
		}
	}
	tests := []struct{ name, in, want string }{
		{"windows-1252 quotes", "the ministerâ€™s â€œstatementâ€\u009d â€“ today", "the minister’s “statement” – today"},
		{"windows-1252 accent", "cafÃ© and KÉ™lbÉ™cÉ™r", "café and Kəlbəcər"},
		{"latin-1", "GÃ¼nter from ZÃ¼rich", "Günter from Zürich"},
		{"mac roman", "the minister‚Äôs statement", "the minister’s statement"},
		{"mac central european", "area of ‚Äč‚Äčresponsibility", "area of responsibility"},
		{"windows-1251 cyrillic", "РњРѕСЃРєРІР° said", "Москва said"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := c.Clean(tt.in).Text; got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestBoilerplateRules(t *testing.T) {
	c := newTestCleaner(t)
	in := strings.Join([]string{
		"Border statement issued",
		"Share", "Tweet",
		"14 May 2024, 09:30",
		"The ministry said that units opened fire on positions near the village at night and one serviceman was wounded.",
		"Photo: Ministry press service",
		"The ministry called on observers to record the violation and urged restraint from every side involved.",
		"Read also: Another unrelated headline here",
		"Related posts",
		"Headline one about something else",
		"Headline two about another thing",
		"© 2024 Example News. All rights reserved.",
	}, "\n")
	got := c.Clean(in).Text
	want := "Border statement issued\n\nThe ministry said that units opened fire on positions near the village at night and one serviceman was wounded.\n\nThe ministry called on observers to record the violation and urged restraint from every side involved."
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestHardWrappedParagraph(t *testing.T) {
	in := "Arnor is about to restore full diplomatic ties with Gondor almost\nfive years after crowds trashed its embassy, a senior official said.\nSecond paragraph here."
	got := New(nil).Clean(in).Text
	want := "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy, a senior official said.\n\nSecond paragraph here."
	if got != want {
		t.Errorf("got %q", got)
	}
}

func TestRulesValidation(t *testing.T) {
	dir := t.TempDir()
	bad := "- id: x\n  action: explode\n  lines: [a]\n- id: y\n  action: drop\n  pattern: '(unclosed'\n- id: z\n  action: drop\n  colour: red\n  lines: [b]\n"
	if err := writeFile(dir+"/bad.yaml", bad); err != nil {
		t.Fatal(err)
	}
	_, err := LoadRules(DefaultRules(dir))
	if err == nil {
		t.Fatal("bad rules accepted")
	}
	msg := err.Error()
	for _, want := range []string{"bad.yaml:1:", "explode", "bad.yaml:4:", "pattern", "bad.yaml:9:", `unknown field "colour"`} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q lacks %q", msg, want)
		}
	}
	// A user file can switch an embedded rule off.
	dir2 := t.TempDir()
	writeFile(dir2+"/mine.yaml", "- id: byline\n  disabled: true\n")
	rules, err := LoadRules(DefaultRules(dir2))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rules {
		if r.ID == "byline" {
			t.Error("disabled rule still active")
		}
	}
}
