package text

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"strconv"
	"strings"

	"github.com/jdkato/prose/v2"

	"github.com/rashomon-project/rashomon"
)

// Tagger is an averaged-perceptron part-of-speech tagger (Penn Treebank
// tags) in the style of Honnibal's "fast and accurate" tagger: greedy,
// left to right, with word, affix and previous-tag features.
//
// prose/v2 ships such a tagger with good weights, but it builds a map of
// feature strings per word, reloads the model per document and drops
// offsets (109k tokens/s in our measures). This implementation reads the
// same trained weights from prose's embedded model once, hashes features
// without building strings, keeps each word's feature rows once looked up,
// and tags our own offset-carrying tokens at several million tokens a
// second.
type Tagger struct {
	classes []string
	known   map[string]string // frequent unambiguous words and their tag
	rows    map[uint64]int32  // feature hash -> offset in weights
	weights []float32         // len(classes) per feature
	scratch []float32
	// words keeps the rows of the features a word gives wherever it
	// stands (see wordRows), by form: nine lookups a token become one.
	// Each clone has its own; it is emptied when it grows past maxWords.
	words map[string]*wordRows
	ends  [4]*wordRows // the rows of the padding around a sentence
}

// wordRows are the offsets in weights (or -1) of the features a word
// gives: as the word tagged (its form's suffix and first letter, its
// normalised word) and as a neighbour (its normalised word one or two
// before or after, its suffix one before or after).
type wordRows struct {
	suffix, pref1, word                             int32
	word1, suffix1, word2, wordN1, suffixN1, wordN2 int32
}

// maxWords bounds a tagger's kept words.
const maxWords = 100000

// row returns the offset of feature h, or -1.
func (t *Tagger) row(h uint64) int32 {
	if off, ok := t.rows[h]; ok {
		return off
	}
	return -1
}

// rowsOf returns the rows of a word written w (its form, see form) whose
// normalised word is n.
func (t *Tagger) rowsOf(w, n string) *wordRows {
	r := &wordRows{
		word: t.row(hashMore(hWord, n)), word1: t.row(hashMore(hWord1, n)), word2: t.row(hashMore(hWord2, n)),
		wordN1: t.row(hashMore(hWordN1, n)), wordN2: t.row(hashMore(hWordN2, n)),
		suffix1: t.row(hashMore(hSuffix1, suffix(n, 3))), suffixN1: t.row(hashMore(hSuffixN1, suffix(n, 3))),
		suffix: -1, pref1: -1,
	}
	if w != "" {
		r.suffix, r.pref1 = t.row(hashMore(hSuffix, suffix(w, 3))), t.row(hashMore(hPref1, w[:1]))
	}
	return r
}

// wordOf returns the kept rows of form w.
func (t *Tagger) wordOf(w string) *wordRows {
	if r, ok := t.words[w]; ok {
		return r
	}
	if len(t.words) >= maxWords {
		clear(t.words)
	}
	r := t.rowsOf(w, normalize(w))
	t.words[w] = r
	return r
}

// LoadTagger returns a tagger with the weights trained for prose (on the
// Penn Treebank's Wall Street Journal sections, by textblob-aptagger's
// method), read from prose's embedded model.
func LoadTagger() (*Tagger, error) {
	var classes []string
	var tags map[string]string
	var wts map[string]map[string]float64
	for _, a := range []struct {
		name string
		v    any
	}{{"classes.gob", &classes}, {"tags.gob", &tags}, {"weights.gob", &wts}} {
		b, err := prose.Asset("model/AveragedPerceptron/" + a.name)
		if err != nil {
			return nil, fmt.Errorf("tagger model %s: %w", a.name, err)
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(a.v); err != nil {
			return nil, fmt.Errorf("tagger model %s: %w", a.name, err)
		}
	}
	return newTagger(classes, tags, wts), nil
}

func newTagger(classes []string, known map[string]string, wts map[string]map[string]float64) *Tagger {
	t := &Tagger{classes: classes, known: known, rows: make(map[uint64]int32, len(wts))}
	idx := map[string]int{}
	for i, c := range classes {
		idx[c] = i
	}
	t.weights = make([]float32, 0, len(wts)*4)
	for feat, ws := range wts {
		off := int32(len(t.weights))
		row := make([]float32, len(classes))
		any := false
		for label, w := range ws {
			if i, ok := idx[label]; ok && w != 0 {
				row[i] = float32(w)
				any = true
			}
		}
		if !any {
			continue
		}
		t.rows[hashString(feat)] = off
		t.weights = append(t.weights, row...)
	}
	t.scratch = make([]float32, len(classes))
	t.words = map[string]*wordRows{}
	for i, pad := range []string{"-START-", "-START2-", "-END-", "-END2-"} {
		t.ends[i] = t.rowsOf("", pad)
	}
	return t
}

// FNV-1a, computed over a feature's parts joined by spaces.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// The features' names hashed with the separator after them, so that
// predict hashes only the words (the same values as hashParts gives).
var (
	hBias     = hashString("bias")
	hSuffix   = sep(hashString("i suffix"))
	hPref1    = sep(hashString("i pref1"))
	hTag1     = sep(hashString("i-1 tag"))
	hTag2     = sep(hashString("i-2 tag"))
	hTag12    = sep(hashString("i tag+i-2 tag"))
	hWord     = sep(hashString("i word"))
	hTag1Word = sep(hashString("i-1 tag+i word"))
	hWord1    = sep(hashString("i-1 word"))
	hSuffix1  = sep(hashString("i-1 suffix"))
	hWord2    = sep(hashString("i-2 word"))
	hWordN1   = sep(hashString("i+1 word"))
	hSuffixN1 = sep(hashString("i+1 suffix"))
	hWordN2   = sep(hashString("i+2 word"))
)

// sep continues a hash with the separator between parts.
func sep(h uint64) uint64 {
	h ^= ' '
	return h * fnvPrime
}

// hashMore continues a hash with s.
func hashMore(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func hashParts(parts ...string) uint64 {
	h := uint64(fnvOffset)
	for k, p := range parts {
		if k > 0 {
			h ^= ' '
			h *= fnvPrime
		}
		for i := 0; i < len(p); i++ {
			h ^= uint64(p[i])
			h *= fnvPrime
		}
	}
	return h
}

// form is how a token is written for the model: PTB quotes and
// apostrophes.
func form(s string) string {
	switch s {
	case "“", "‘", "«":
		return "``"
	case "”", "’", "»":
		return "''"
	case "’s", "’S":
		return "'s"
	case "n’t", "N’T":
		return "n't"
	case "–", "—":
		return "--"
	}
	if strings.ContainsRune(s, '’') {
		return strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// normalize is the model's word normalisation.
func normalize(w string) string {
	if w == "" {
		return w
	}
	if strings.Contains(w, "-") && w[0] != '-' {
		return "!HYPHEN"
	}
	if len(w) == 4 {
		if _, err := strconv.Atoi(w); err == nil {
			return "!YEAR"
		}
	}
	if w[0] >= '0' && w[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(w)
}

func suffix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}

// Tag sets the Tag of each token.
func (t *Tagger) Tag(toks []rashomon.Token) {
	if len(toks) == 0 {
		return
	}
	words := make([]string, len(toks))
	ctx := make([]*wordRows, len(toks)+4)
	ctx[0], ctx[1] = t.ends[0], t.ends[1]
	for i, tk := range toks {
		words[i] = form(tk.Text)
		ctx[i+2] = t.wordOf(words[i])
	}
	ctx[len(ctx)-2], ctx[len(ctx)-1] = t.ends[2], t.ends[3]
	p1, p2 := "-START-", "-START2-"
	for i := range toks {
		w := words[i]
		tag, ok := t.known[w]
		switch {
		case w == "-":
			tag = "-"
		case isQuoteMark(toks[i].Text):
			tag = quoteTag(toks, i)
		case ok:
		default:
			tag = t.predict(normalize(w), ctx, i+2, p1, p2)
		}
		toks[i].Tag = tag
		p2, p1 = p1, tag
	}
}

// predict scores the classes for the word at ctx[i], whose normalised
// word is n, after tags p1 and p2, and returns the best.
func (t *Tagger) predict(n string, ctx []*wordRows, i int, p1, p2 string) string {
	for k := range t.scratch {
		t.scratch[k] = 0
	}
	add := func(off int32) {
		if off < 0 {
			return
		}
		row := t.weights[off : int(off)+len(t.classes)]
		for k, v := range row {
			t.scratch[k] += v
		}
	}
	add(t.row(hBias))
	cur := ctx[i]
	add(cur.suffix)
	add(cur.pref1)
	add(t.row(hashMore(hTag1, p1)))
	add(t.row(hashMore(hTag2, p2)))
	add(t.row(hashMore(sep(hashMore(hTag12, p1)), p2)))
	add(cur.word)
	add(t.row(hashMore(sep(hashMore(hTag1Word, p1)), n)))
	add(ctx[i-1].word1)
	add(ctx[i-1].suffix1)
	add(ctx[i-2].word2)
	add(ctx[i+1].wordN1)
	add(ctx[i+1].suffixN1)
	add(ctx[i+2].wordN2)
	best, bestV := 0, float32(-1e30)
	for k, v := range t.scratch {
		if v > bestV {
			best, bestV = k, v
		}
	}
	return t.classes[best]
}

// Clone returns a tagger sharing the weights with its own scratch space,
// for use in another goroutine.
func (t *Tagger) Clone() *Tagger {
	c := *t
	c.scratch = make([]float32, len(t.classes))
	c.words = map[string]*wordRows{}
	return &c
}

// IsVerbTag reports a verb tag.
func IsVerbTag(tag string) bool { return strings.HasPrefix(tag, "VB") || tag == "MD" }

// IsNounTag reports a noun or pronoun tag.
func IsNounTag(tag string) bool { return strings.HasPrefix(tag, "NN") || tag == "PRP" }

// quoteTag tags the quotation mark at toks[i] by its side, as Penn
// Treebank does: the model learned from text with few quotation marks and
// would call them prepositions or nouns. A mark glued to the next word and
// not to the one before opens a quotation.
func quoteTag(toks []rashomon.Token, i int) string {
	if (i == 0 || toks[i-1].Span.End < toks[i].Span.Start) && i+1 < len(toks) && toks[i+1].Span.Start == toks[i].Span.End {
		return "``"
	}
	return "''"
}

func isQuoteMark(s string) bool {
	switch s {
	case `"`, "“", "”", "„", "«", "»", "``", "''":
		return true
	}
	return false
}
