package lexicon

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/rashomon-project/rashomon/internal/ascii"
)

// A token is a run of letters and digits. The matcher works on tokens, so
// "Azerbaijan's", "Azerbaijan’s" and "Azerbaijan" share their first token,
// and "Nagorno-Karabakh" matches "Nagorno Karabakh".
type token struct {
	start, end int
	key        string // case- and accent-folded
	sep        sepKind
	shape      shape
}

// sepKind classifies what separates a token from the one before it.
type sepKind uint8

const (
	sepStart  sepKind = iota // first token of the text
	sepSpace                 // spaces
	sepJoin                  // a hyphen, dash, apostrophe or slash, maybe with spaces
	sepPeriod                // a period (inside "U.S." or after an initial)
	sepBreak                 // anything else: comma, quote, bracket, colon, newline...
)

// shape is a token's capitalisation.
type shape uint8

const (
	shapeLower shape = iota // army
	shapeTitle              // Army
	shapeUpper              // ARMY, MoD counts as title
	shapeOther              // digits
)

func shapeOf(s string) shape {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsLower(r):
		return shapeLower
	case !unicode.IsUpper(r):
		return shapeOther
	}
	for _, c := range s {
		if unicode.IsLower(c) {
			return shapeTitle
		}
	}
	if utf8.RuneCountInString(s) == 1 {
		return shapeTitle
	}
	return shapeUpper
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits text[from:to] into tokens, appending to buf. folded is a
// copy of text with ASCII letters lower-cased, so that most keys are
// substrings of it and cost no allocation.
func tokenize(buf []token, text, folded string, from, to int) []token {
	i := from
	sep := sepStart
	for i < to {
		c := text[i]
		if c < utf8.RuneSelf {
			if ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') {
				j := i + 1
				ascii := true
				for j < to {
					d := text[j]
					if d < utf8.RuneSelf {
						if ('a' <= d && d <= 'z') || ('A' <= d && d <= 'Z') || ('0' <= d && d <= '9') {
							j++
							continue
						}
						break
					}
					r, n := utf8.DecodeRuneInString(text[j:])
					if !isWordRune(r) {
						break
					}
					ascii = false
					j += n
				}
				key := folded[i:j]
				if !ascii {
					key = foldKey(text[i:j])
				}
				buf = append(buf, token{start: i, end: j, key: key, sep: sep, shape: shapeOf(text[i:j])})
				i = j
				sep = sepSpace
				continue
			}
			sep = mergeSep(sep, classifyByte(c), len(buf) > 0)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			j := i + n
			for j < to {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) {
					break
				}
				j += n2
			}
			buf = append(buf, token{start: i, end: j, key: foldKey(text[i:j]), sep: sep, shape: shapeOf(text[i:j])})
			i = j
			sep = sepSpace
			continue
		}
		sep = mergeSep(sep, classifyRune(r), len(buf) > 0)
		i += n
	}
	return buf
}

// mergeSep combines the separator seen so far with the next character's.
func mergeSep(cur, next sepKind, started bool) sepKind {
	if !started {
		return sepStart
	}
	if cur == sepBreak || next == sepBreak {
		return sepBreak
	}
	if next > cur {
		return next
	}
	return cur
}

func classifyByte(c byte) sepKind {
	switch c {
	case ' ', '\t':
		return sepSpace
	case '-', '\'', '/', '&':
		return sepJoin
	case '.':
		return sepPeriod
	}
	return sepBreak
}

func classifyRune(r rune) sepKind {
	switch r {
	case '’', '‘', '–', '—', '‐', '‑':
		return sepJoin
	case '\u00a0':
		return sepSpace
	}
	return sepBreak
}

// accentFolds holds the accent-folding transformers. A chain keeps state
// between calls and must not be shared by goroutines that run at once: the
// workers of a pipeline each fold words, so each takes its own.
var accentFolds = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// foldKey lower-cases a word and drops its accents: "Şuşa" → "susa",
// "Kəlbəcər" → "kəlbəcər" (ə has no decomposition and stays), "İstanbul" →
// "istanbul".
func foldKey(s string) string {
	t := accentFolds.Get().(transform.Transformer)
	out, _, err := transform.String(t, s)
	accentFolds.Put(t)
	if err != nil {
		out = s
	}
	out = strings.ToLower(out)
	return strings.Map(func(r rune) rune {
		switch r {
		case 'ı':
			return 'i'
		case '\u0307': // combining dot left by lower-casing İ
			return -1
		}
		return r
	}, out)
}

// keysOf tokenizes a dictionary phrase.
func keysOf(s string) []token {
	return tokenize(nil, s, ascii.Lower(s), 0, len(s))
}
