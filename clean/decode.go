package clean

import (
	"bytes"
	"errors"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// ErrBinary is returned for input that is not text.
var ErrBinary = errors.New("binary data, not text")

// Decoded is raw bytes turned into text.
type Decoded struct {
	Text    string
	Charset string // "utf-8", "utf-16le", "windows-1252"
	Invalid int    // invalid UTF-8 sequences replaced by U+FFFD
}

// Decode turns bytes into UTF-8 text: UTF-8 (a byte-order mark is kept for
// cleaning to remove), UTF-16 with a byte-order mark, or, when the bytes are
// mostly not UTF-8, Windows-1252. Stray invalid sequences in UTF-8 text
// become U+FFFD. Data with NUL bytes or many control bytes is ErrBinary.
func Decode(raw []byte) (Decoded, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		name := "utf-16le"
		if raw[0] == 0xFE {
			dec = unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()
			name = "utf-16be"
		}
		b, err := dec.Bytes(raw)
		if err != nil {
			return Decoded{}, err
		}
		return Decoded{Text: string(b), Charset: name}, nil
	}
	if looksBinary(raw) {
		return Decoded{}, ErrBinary
	}
	if utf8.Valid(raw) {
		return Decoded{Text: string(raw), Charset: "utf-8"}, nil
	}
	invalid, high := 0, 0
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else if n > 1 {
			high++
		}
		i += n
	}
	if invalid > high {
		b, err := charmap.Windows1252.NewDecoder().Bytes(raw)
		if err == nil {
			return Decoded{Text: string(b), Charset: "windows-1252"}, nil
		}
	}
	return Decoded{Text: string(bytes.ToValidUTF8(raw, []byte("\uFFFD"))), Charset: "utf-8", Invalid: invalid}, nil
}

// looksBinary reports NUL bytes or more than 10% control bytes in the
// first 8 KiB.
func looksBinary(raw []byte) bool {
	head := raw[:min(len(raw), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B {
			ctl++
		}
	}
	return len(head) > 0 && ctl*10 > len(head)
}
