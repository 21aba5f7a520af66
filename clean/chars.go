package clean

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalizeNFC puts the text in Unicode Normalization Form C, segment by
// segment so that each change is an edit the offset map records.
func normalizeNFC(p *pass) {
	s := p.in
	if norm.NFC.IsNormalString(s) {
		return
	}
	var it norm.Iter
	it.InitString(norm.NFC, s)
	for !it.Done() {
		start := it.Pos()
		seg := it.Next()
		end := it.Pos()
		if string(seg) != s[start:end] {
			p.replace(start, end, string(seg), "normalize", "nfc", false)
		}
	}
}

// invisible lists characters removed outright: zero-width spaces and joiners
// used as formatting, the byte-order mark, soft hyphens, bidirectional
// controls and C0/C1 controls other than newline and tab.
func isInvisible(r rune) bool {
	switch r {
	case '\u200B', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u200F', '\u061C',
		'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
		'\u180E':
		return true
	}
	if r < 0x20 && r != '\n' && r != '\t' && r != '\r' {
		return true
	}
	return r >= 0x7F && r <= 0x9F
}

// spaceLike lists characters that stand for an ordinary space.
func isSpaceLike(r rune) bool {
	switch r {
	case '\u00A0', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006',
		'\u2007', '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u3000', '\t':
		return true
	}
	return false
}

// removeInvisible drops invisible characters, turns odd spaces into plain
// ones and line separators (CR LF, CR, U+2028, U+2029, U+0085) into LF.
// C1 controls are kept when keepC1 is set: before mojibake repair they may
// be bytes of a mis-decoded character (0x9D of "”" read as Windows-1252).
func removeInvisible(p *pass, keepC1 bool) {
	s := p.in
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				p.replace(i, i+2, "\n", "whitespace", "crlf", false)
				n = 2
			} else {
				p.replace(i, i+1, "\n", "whitespace", "cr", false)
			}
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			p.replace(i, i+n, "\n", "whitespace", "line-separator", false)
		case keepC1 && r >= 0x80 && r <= 0x9F:
		case isInvisible(r):
			p.replace(i, i+n, "", "invisible", invisibleName(r), true)
		case isSpaceLike(r):
			p.replace(i, i+n, " ", "whitespace", "space", false)
		}
		i += n
	}
}

func invisibleName(r rune) string {
	switch r {
	case '\u200B':
		return "zero-width-space"
	case '\uFEFF':
		return "byte-order-mark"
	case '\u00AD':
		return "soft-hyphen"
	case '\u2060':
		return "word-joiner"
	}
	if r < 0x20 || (r >= 0x7F && r <= 0x9F) {
		return "control"
	}
	return "bidi-control"
}
