package claims

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/datafile"
	"github.com/rashomon-project/rashomon/internal/ascii"
)

//go:embed data/*.yaml
var embedded embed.FS

// DefaultSource returns the framing files embedded in the binary, extended
// by userDir when it is not empty.
func DefaultSource(userDir string) datafile.Source {
	sub, _ := fs.Sub(embedded, "data")
	return datafile.Source{Embedded: sub, Label: "claims/data", UserDir: userDir}
}

// FrameCategory is one kind of loaded language.
type FrameCategory struct {
	ID           string   `yaml:"id"`
	What         string   `yaml:"what"`
	Terms        []string `yaml:"terms"`
	Counterparts []string `yaml:"counterparts"`
}

// Framing finds loaded terms in texts.
type Framing struct {
	// Hash identifies the files loaded.
	Hash  string
	cats  []*FrameCategory
	terms []termEntry // longest first
	// byFirst indexes the terms (by position in terms) under their first
	// byte, so that Find looks at each word of a text once rather than
	// scanning the text once per term.
	byFirst [256][]int
}

type termEntry struct {
	lower string
	cat   *FrameCategory
	// caseSensitive for names ("Kiev" the usage, not "kiev" in a URL)
	term string
}

// LoadFraming reads the framing files of src.
func LoadFraming(src datafile.Source) (*Framing, error) {
	if err := src.CheckUserDir(); err != nil {
		return nil, fmt.Errorf("framing folder: %w", err)
	}
	files, err := src.Files("framing*.yaml")
	if err != nil {
		return nil, err
	}
	var errs datafile.ErrorList
	fr := &Framing{}
	byID := map[string]int{}
	h := sha256.New()
	for _, f := range files {
		h.Write([]byte(f.Name))
		h.Write(f.Data)
		for _, it := range datafile.DecodeList(f, "", &errs) {
			c := &FrameCategory{}
			if !datafile.Decode(f, it, c, &errs) {
				continue
			}
			if c.ID == "" || len(c.Terms) == 0 {
				errs.Add(f.Name, it.Line, "framing category needs an id and terms")
				continue
			}
			if i, ok := byID[c.ID]; ok {
				fr.cats[i] = c
				continue
			}
			byID[c.ID] = len(fr.cats)
			fr.cats = append(fr.cats, c)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	for _, c := range fr.cats {
		for _, t := range c.Terms {
			fr.terms = append(fr.terms, termEntry{lower: ascii.Lower(t), cat: c, term: t})
		}
	}
	sort.SliceStable(fr.terms, func(i, j int) bool { return len(fr.terms[i].lower) > len(fr.terms[j].lower) })
	for i, te := range fr.terms {
		if te.lower != "" {
			fr.byFirst[te.lower[0]] = append(fr.byFirst[te.lower[0]], i)
		}
	}
	fr.Hash = hex.EncodeToString(h.Sum(nil))[:16]
	return fr, nil
}

// Categories returns the loaded categories.
func (fr *Framing) Categories() []*FrameCategory { return fr.cats }

// Find returns the loaded terms of text: whole words, longest first, not
// overlapping.
func (fr *Framing) Find(text string) []rashomon.FramingHit {
	lower := ascii.Lower(text)
	taken := make([]bool, len(text))
	// every term's occurrences at word starts, then taken in the terms'
	// order (longest first), as one scan per term would
	type hit struct{ term, i int }
	var hits []hit
	for i := 0; i < len(lower); i++ {
		if len(fr.byFirst[lower[i]]) == 0 || i > 0 && !startsWord(lower, i) {
			continue
		}
		for _, t := range fr.byFirst[lower[i]] {
			if strings.HasPrefix(lower[i:], fr.terms[t].lower) {
				hits = append(hits, hit{t, i})
			}
		}
	}
	sort.Slice(hits, func(a, b int) bool {
		if hits[a].term != hits[b].term {
			return hits[a].term < hits[b].term
		}
		return hits[a].i < hits[b].i
	})
	var out []rashomon.FramingHit
	for _, h := range hits {
		te := fr.terms[h.term]
		i := h.i
		j := i + len(te.lower)
		if !wordBoundary(text, i, j) || taken[i] || taken[j-1] {
			continue
		}
		// names are matched with their capital
		if r, _ := utf8.DecodeRuneInString(te.term); unicode.IsUpper(r) {
			if r2, _ := utf8.DecodeRuneInString(text[i:]); !unicode.IsUpper(r2) {
				continue
			}
		}
		for k := i; k < j; k++ {
			taken[k] = true
		}
		out = append(out, rashomon.FramingHit{Category: te.cat.ID, Term: text[i:j], Span: rashomon.Span{Start: i, End: j}})
	}
	out = append(out, scareQuotes(text, taken)...)
	sort.Slice(out, func(a, b int) bool { return out[a].Span.Start < out[b].Span.Start })
	return out
}

// scareQuotes finds words put in quotation marks to deny them their sense
// (the “peacekeepers”, so-called "elections"): one or two words, not a
// proper name, in quotation marks, right after "so-called", "the", "its",
// "their" or "these". A quotation of speech is longer or follows a verb.
func scareQuotes(text string, taken []bool) []rashomon.FramingHit {
	var out []rashomon.FramingHit
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '"' && r != '“' {
			i += n
			continue
		}
		open := i
		i += n
		closeAt := -1
		for j := i; j < len(text) && j-i <= 40; {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if r2 == '"' || r2 == '”' {
				closeAt = j
				break
			}
			if r2 == '\n' || r2 == '.' || r2 == ',' {
				break
			}
			j += n2
		}
		if closeAt < 0 {
			continue
		}
		inner := strings.TrimSpace(text[i:closeAt])
		_, cn := utf8.DecodeRuneInString(text[closeAt:])
		end := closeAt + cn
		words := strings.Fields(inner)
		if len(words) == 0 || len(words) > 2 || taken[open] {
			i = end
			continue
		}
		if r0, _ := utf8.DecodeRuneInString(inner); !unicode.IsLower(r0) {
			i = end
			continue
		}
		before := strings.Fields(ascii.Lower(text[max(0, open-12):open]))
		if len(before) == 0 {
			i = end
			continue
		}
		switch before[len(before)-1] {
		case "so-called", "the", "its", "their", "these", "those", "his", "her":
			out = append(out, rashomon.FramingHit{Category: "scare-quotes", Term: text[open:end], Span: rashomon.Span{Start: open, End: end}})
			for k := open; k < end; k++ {
				taken[k] = true
			}
		}
		i = end
	}
	return out
}

func wordBoundary(s string, i, j int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// Analyze implements pipeline.Analyzer: it records the document's loaded
// terms.
func (fr *Framing) Analyze(d *rashomon.Document) {
	d.Framing = fr.Find(d.Text)
}

// startsWord reports whether no letter or digit comes right before byte i.
func startsWord(s string, i int) bool {
	if c := s[i-1]; c < 0x80 {
		return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
