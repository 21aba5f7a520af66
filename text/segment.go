package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rashomon-project/rashomon"
)

// maxHeadingWords bounds the length of a line without final punctuation
// that counts as a heading.
const maxHeadingWords = 30

// Sentences splits text into sentences. Paragraphs are separated by line
// breaks; a paragraph that does not end with sentence punctuation and is
// short is a heading.
func Sentences(text string) []rashomon.Sentence {
	var out []rashomon.Sentence
	para := 0
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		a, b := trimSpan(text, start, end)
		if a < b {
			out = appendParagraph(out, text, a, b, para)
			para++
		}
		start = end + 1
	}
	for i := range out {
		out[i].Index = i
	}
	return out
}

func trimSpan(text string, a, b int) (int, int) {
	for a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r') {
		a++
	}
	for b > a && (text[b-1] == ' ' || text[b-1] == '\t' || text[b-1] == '\r') {
		b--
	}
	return a, b
}

func appendParagraph(out []rashomon.Sentence, text string, a, b, para int) []rashomon.Sentence {
	p := text[a:b]
	if isHeading(p) {
		return append(out, rashomon.Sentence{Span: rashomon.Span{Start: a, End: b}, Kind: rashomon.SentHeading, Para: para})
	}
	s := a
	for _, cut := range boundaries(p) {
		x, y := trimSpan(text, s, a+cut)
		if x < y {
			out = append(out, rashomon.Sentence{Span: rashomon.Span{Start: x, End: y}, Kind: rashomon.SentBody, Para: para})
		}
		s = a + cut
	}
	if x, y := trimSpan(text, s, b); x < y {
		out = append(out, rashomon.Sentence{Span: rashomon.Span{Start: x, End: y}, Kind: rashomon.SentBody, Para: para})
	}
	return out
}

func isHeading(p string) bool {
	last, _ := utf8.DecodeLastRuneInString(p)
	if strings.ContainsRune(".!?…\"”»’):;", last) {
		return false
	}
	return len(strings.Fields(p)) <= maxHeadingWords
}

func isClosing(r rune) bool {
	return strings.ContainsRune("\"”’'»)]", r)
}

func isOpening(r rune) bool {
	return strings.ContainsRune("\"“‘'«([", r)
}

// boundaries returns the offsets in p where a new sentence starts.
func boundaries(p string) []int {
	var cuts []int
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRuneInString(p[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		j := i + n
		// More terminal punctuation and closing quotes go with this sentence.
		for j < len(p) {
			r2, n2 := utf8.DecodeRuneInString(p[j:])
			if r2 == '.' || r2 == '!' || r2 == '?' || isClosing(r2) {
				j += n2
				continue
			}
			break
		}
		k := j
		for k < len(p) && (p[k] == ' ' || p[k] == '\t') {
			k++
		}
		if k == j || k >= len(p) {
			i = j
			continue
		}
		last := 0
		if len(cuts) > 0 {
			last = cuts[len(cuts)-1]
		}
		if isBoundary(p, last, i, r, k) {
			cuts = append(cuts, k)
		}
		i = j
	}
	return cuts
}

// isBoundary decides whether the punctuation mark r at i, followed by the
// next sentence's first character at k, ends a sentence.
func isBoundary(p string, last, i int, r rune, k int) bool {
	next, nn := utf8.DecodeRuneInString(p[k:])
	if isOpening(next) {
		// Look past the quotation mark.
		if k+nn < len(p) {
			next, _ = utf8.DecodeRuneInString(p[k+nn:])
		}
	}
	if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !unicode.IsLetter(next) {
		return next == '-' || next == '–' || next == '—'
	}
	if unicode.IsLower(next) {
		return false
	}
	if r != '.' {
		return true
	}
	word := wordBefore(p, i)
	if word == "" {
		return true
	}
	if isNumberedPoint(p, last, i, word) {
		return false
	}
	if isAbbrev(word) {
		if sentenceFinalAbbreviations[word] {
			return openers[wordAt(p, k)]
		}
		return false
	}
	return true
}

// wordBefore returns the token that ends at i (a period at i), periods
// inside it kept: "U.S" for "U.S.", "Nov" for "Nov.".
func wordBefore(p string, i int) string {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(p[:j])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' {
			j -= n
			continue
		}
		break
	}
	return strings.TrimLeft(p[j:i], ".")
}

func wordAt(p string, k int) string {
	for k < len(p) {
		r, n := utf8.DecodeRuneInString(p[k:])
		if unicode.IsLetter(r) {
			break
		}
		k += n
	}
	e := k
	for e < len(p) {
		r, n := utf8.DecodeRuneInString(p[e:])
		if !unicode.IsLetter(r) {
			break
		}
		e += n
	}
	return p[k:e]
}

// isNumberedPoint reports a list number at the start of a paragraph or
// sentence (last is where the current sentence began): "1." or "4."
// followed by the point's text.
func isNumberedPoint(p string, last, i int, word string) bool {
	if len(word) > 3 {
		return false
	}
	for _, c := range word {
		if !unicode.IsDigit(c) && !(len(word) <= 2 && unicode.IsLower(c)) {
			return false
		}
	}
	start := i - len(word)
	return start >= last && strings.TrimSpace(p[last:start]) == ""
}
