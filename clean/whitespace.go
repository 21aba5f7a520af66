package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tidyWhitespace trims each line, collapses runs of spaces, joins lines of
// a hard-wrapped paragraph, and separates paragraphs by one blank line.
// Each non-empty line that does not continue the previous one is a
// paragraph.
func tidyWhitespace(p *pass) {
	s := p.in
	lines := splitLines(s)
	prevEnd := -1 // end of the previous kept line's content
	prevText := ""
	for _, l := range lines {
		text := s[l.start:l.end]
		// Collapse inner runs of spaces.
		first := l.start
		for first < l.end && (s[first] == ' ' || s[first] == '\t') {
			first++
		}
		last := l.end
		for last > first && (s[last-1] == ' ' || s[last-1] == '\t') {
			last--
		}
		if first == last {
			continue // blank line: dropped; separators are rebuilt below
		}
		for i := first; i < last; i++ {
			if s[i] == ' ' || s[i] == '\t' {
				j := i
				for j < last && (s[j] == ' ' || s[j] == '\t') {
					j++
				}
				if j-i > 1 || s[i] == '\t' {
					p.replace(i, j, " ", "whitespace", "spaces", false)
				}
				i = j - 1
			}
		}
		_ = text
		content := s[first:last]
		if prevEnd < 0 {
			if first > 0 {
				p.replace(0, first, "", "whitespace", "leading", false)
			}
		} else {
			sep := "\n\n"
			if continues(prevText, content) {
				sep = " "
			}
			if s[prevEnd:first] != sep {
				p.replace(prevEnd, first, sep, "whitespace", "paragraph", false)
			}
		}
		prevEnd, prevText = last, content
	}
	if prevEnd >= 0 && prevEnd < len(s) {
		p.replace(prevEnd, len(s), "", "whitespace", "trailing", false)
	} else if prevEnd < 0 && len(s) > 0 {
		p.replace(0, len(s), "", "whitespace", "blank", false)
	}
}

// continues reports whether next is the continuation of a hard-wrapped
// line prev: prev stops mid-sentence and next starts in lower case, or prev
// ends with a hyphen, comma or conjunction.
func continues(prev, next string) bool {
	r, _ := utf8.DecodeLastRuneInString(prev)
	n, _ := utf8.DecodeRuneInString(next)
	if strings.ContainsRune(".!?:;\"”»)", r) {
		return false
	}
	if unicode.IsLower(n) {
		return true
	}
	if r == ',' || r == '-' {
		return unicode.IsLetter(n) || unicode.IsDigit(n)
	}
	return false
}
