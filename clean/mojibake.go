package clean

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// A charset is a single-byte encoding that UTF-8 text is often mis-decoded
// with. enc maps a character back to the byte it was decoded from.
type charset struct {
	name string
	enc  map[rune]byte
}

func newCharset(name string, decode func(byte) rune, c1 bool) charset {
	cs := charset{name: name, enc: make(map[rune]byte, 160)}
	for b := 0x80; b <= 0xFF; b++ {
		r := decode(byte(b))
		if r != utf8.RuneError {
			cs.enc[r] = byte(b)
		}
		// Lenient decoders pass bytes a code page leaves undefined through
		// as C1 controls (U+0081 for 0x81 in Windows-1252).
		if c1 && b < 0xA0 {
			if _, ok := cs.enc[rune(b)]; !ok {
				cs.enc[rune(b)] = byte(b)
			}
		}
	}
	return cs
}

// mojibakeCharsets are tried in this order: Windows-1252 is by far the most
// common culprit, then the Mac encodings, then Windows-1251 for Cyrillic
// sites, then Latin-1.
func mojibakeCharsets() []charset {
	return []charset{
		newCharset("windows-1252", charmap.Windows1252.DecodeByte, true),
		newCharset("mac-roman", charmap.Macintosh.DecodeByte, false),
		newCharset("mac-central-european", func(b byte) rune { return macCentralEurope[b-0x80] }, false),
		newCharset("windows-1251", charmap.Windows1251.DecodeByte, false),
		newCharset("iso-8859-1", charmap.ISO8859_1.DecodeByte, true),
	}
}

// repairMojibake finds runs of non-ASCII characters that are UTF-8 bytes
// decoded in a single-byte charset, and restores them. A run is repaired
// only when all of it re-encodes in one charset to valid UTF-8 that is
// shorter and plausible in its context (no control or unassigned
// characters, no letter of another script wedged inside a word); correct
// text ("Şuşa", "Москва", "Kraków–Łódź") never qualifies.
func repairMojibake(p *pass, charsets []charset) {
	s := p.in
	i := 0
	for i < len(s) {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		start := i
		runes := 0
		for i < len(s) && s[i] >= utf8.RuneSelf {
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			runes++
		}
		if runes < 2 {
			continue
		}
		run := s[start:i]
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[i:])
		for _, cs := range charsets {
			if fixed, ok := decodeRun(run, cs, before, after); ok {
				p.replace(start, i, fixed, "mojibake", "utf8-as-"+cs.name, true)
				break
			}
		}
	}
}

func decodeRun(run string, cs charset, before, after rune) (string, bool) {
	buf := make([]byte, 0, len(run))
	for _, r := range run {
		b, ok := cs.enc[r]
		if !ok {
			return "", false
		}
		buf = append(buf, b)
	}
	if !utf8.Valid(buf) {
		return "", false
	}
	out := string(buf)
	if utf8.RuneCountInString(out) >= utf8.RuneCountInString(run) {
		return "", false
	}
	if !plausible(out, before, after) {
		return "", false
	}
	return out, true
}

func plausible(s string, before, after rune) bool {
	first := true
	prev := before
	for _, r := range s {
		switch {
		case r == utf8.RuneError, unicode.Is(unicode.Cc, r), unicode.Is(unicode.Co, r),
			unicode.Is(unicode.Cs, r):
			return false
		case !unicode.IsPrint(r) && !unicode.Is(unicode.Cf, r) && !unicode.IsSpace(r):
			return false
		case unicode.Is(unicode.Mn, r) && first && !unicode.IsLetter(before):
			return false
		}
		if unicode.IsLetter(r) && unicode.IsLetter(prev) && script(r) != script(prev) {
			return false
		}
		prev = r
		first = false
	}
	if unicode.IsLetter(prev) && unicode.IsLetter(after) && script(prev) != script(after) {
		return false
	}
	return true
}

var scripts = []*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Greek,
	unicode.Armenian, unicode.Georgian, unicode.Arabic, unicode.Hebrew, unicode.Han,
	unicode.Hangul, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Devanagari}

func script(r rune) int {
	for i, t := range scripts {
		if unicode.Is(t, r) {
			return i
		}
	}
	return -1
}
