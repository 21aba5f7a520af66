package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rashomon-project/rashomon"
)

// Tokens splits the span s of text into Penn-Treebank-style tokens with
// byte offsets: words (hyphenated compounds kept whole), numbers ("1,000",
// "3.5", "152-mm", "9:00"), abbreviations with their periods ("Nov.",
// "U.S."), the possessive "'s" and "n't" as tokens of their own, and each
// punctuation mark.
func Tokens(text string, s rashomon.Span) []rashomon.Token {
	i := max(s.Start, 0)
	end := min(s.End, len(text))
	// room for a token per four bytes, more than English text needs, so
	// that the slice is allocated once
	out := make([]rashomon.Token, 0, max(end-i, 0)/4+1)
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := scanWord(text, i, end)
			out = appendWord(out, text, i, j)
			i = j
		default:
			j := i + n
			// Runs of the same mark ("...", "--") are one token.
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				if r2 != r || (r != '.' && r != '-') {
					break
				}
				j += n2
			}
			out = append(out, rashomon.Token{Span: rashomon.Span{Start: i, End: j}, Text: text[i:j]})
			i = j
		}
	}
	return out
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// scanWord returns the end of the word starting at i. Inner hyphens,
// apostrophes, periods, commas and colons between digits, and the periods
// of abbreviations stay inside.
func scanWord(text string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += n
			continue
		}
		if j+n < end {
			next, _ := utf8.DecodeRuneInString(text[j+n : end])
			prev, _ := utf8.DecodeLastRuneInString(text[i:j])
			switch {
			case (r == '-' || r == '‐') && (unicode.IsLetter(next) || unicode.IsDigit(next)):
				j += n
				continue
			case isApostrophe(r) && unicode.IsLetter(next) && unicode.IsLetter(prev):
				j += n
				continue
			case (r == ',' || r == '.' || r == ':') && unicode.IsDigit(prev) && unicode.IsDigit(next):
				j += n
				continue
			case r == '.' && unicode.IsLetter(next) && isInitialism(text[i:j]):
				j += n
				continue
			}
		}
		if r == '.' {
			w := text[i:j]
			if isAbbrev(w) && !(len(w) == 1 && j+1 >= end) {
				return j + 1
			}
		}
		break
	}
	return j
}

// isInitialism reports "U" or "U.S" (letters separated by periods).
func isInitialism(w string) bool {
	for k, part := range splitDots(w) {
		_ = k
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
	}
	return true
}

func splitDots(w string) []string {
	var out []string
	s := 0
	for k := 0; k < len(w); k++ {
		if w[k] == '.' {
			out = append(out, w[s:k])
			s = k + 1
		}
	}
	return append(out, w[s:])
}

// appendWord splits off a possessive or "n't" ending.
func appendWord(out []rashomon.Token, text string, i, j int) []rashomon.Token {
	w := text[i:j]
	cut := j
	switch {
	case hasSuffixFold(w, "n't") || hasSuffixFold(w, "n’t"):
		cut = j - len("n't")
		if hasSuffixFold(w, "n’t") {
			cut = j - len("n’t")
		}
	case hasSuffixFold(w, "'s") || hasSuffixFold(w, "’s"):
		cut = j - len("'s")
		if hasSuffixFold(w, "’s") {
			cut = j - len("’s")
		}
	}
	if cut > i && cut < j {
		out = append(out, rashomon.Token{Span: rashomon.Span{Start: i, End: cut}, Text: text[i:cut]})
		return append(out, rashomon.Token{Span: rashomon.Span{Start: cut, End: j}, Text: text[cut:j]})
	}
	return append(out, rashomon.Token{Span: rashomon.Span{Start: i, End: j}, Text: w})
}

func hasSuffixFold(w, suf string) bool {
	if len(w) < len(suf) {
		return false
	}
	t := w[len(w)-len(suf):]
	for k := 0; k < len(suf); k++ {
		a, b := t[k], suf[k]
		if 'A' <= a && a <= 'Z' {
			a += 'a' - 'A'
		}
		if a != b {
			return false
		}
	}
	return true
}

// WordsOver reports whether s has more than n words (runs between spaces),
// counting no further: most lines asked of are long running text.
func WordsOver(s string, n int) bool {
	for range strings.FieldsSeq(s) {
		if n--; n < 0 {
			return true
		}
	}
	return false
}
