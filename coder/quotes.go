package coder

import (
	"unicode/utf8"

	"github.com/rashomon-project/rashomon"
)

// quoteSpan is a stretch of text in quotation marks.
type quoteSpan struct {
	span  rashomon.Span // the text inside the marks
	words int
}

// minQuoteWords separates quotations (a statement's words) from scare
// quotes ("regret", "sabotage attempt"), which say nothing of who speaks.
const minQuoteWords = 6

// findQuotes pairs quotation marks over the whole text: curly quotes by
// kind, straight ones by alternation. A quotation may run over several
// paragraphs, as a statement quoted whole often does.
func findQuotes(s string) []quoteSpan {
	var out []quoteSpan
	open := -1
	straight := -1
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '“', '«':
			if open < 0 {
				open = i + n
			}
		case '”', '»':
			if open >= 0 {
				out = append(out, mkQuote(s, open, i))
				open = -1
			}
		case '"':
			if straight < 0 {
				straight = i + n
			} else {
				out = append(out, mkQuote(s, straight, i))
				straight = -1
			}
		}
		i += n
	}
	return out
}

func mkQuote(s string, a, b int) quoteSpan {
	words := 0
	in := false
	for _, r := range s[a:b] {
		sp := r == ' ' || r == '\n' || r == '\t'
		if !sp && !in {
			words++
		}
		in = !sp
	}
	return quoteSpan{span: rashomon.Span{Start: a, End: b}, words: words}
}

// quoteAt returns the real quotation (not a scare quote) containing off.
func (st *docState) quoteAt(off int) (quoteSpan, bool) {
	for _, q := range st.quotes {
		if q.span.Start <= off && off < q.span.End && q.words >= minQuoteWords {
			return q, true
		}
	}
	return quoteSpan{}, false
}
