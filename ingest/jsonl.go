package ingest

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// jsonDoc is one JSON Lines record.
type jsonDoc struct {
	Text      string `json:"text"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Issuer    string `json:"issuer"`
	SiteName  string `json:"site_name"`
	Author    string `json:"author"`
	Synthetic bool   `json:"synthetic"`
}

// jsonlItems reads one document a line, line by line, so a file of any
// size streams; a line longer than MaxBytes is reported and skipped.
func (r *Reader) jsonlItems(ctx context.Context, origin string, rd io.Reader, yield func(Item) bool) {
	br := bufio.NewReaderSize(rd, 64<<10)
	n := 0
	any := false
	for {
		if ctx.Err() != nil {
			return
		}
		line, tooLong, err := readLine(br, r.opts.MaxBytes)
		if err != nil && !errors.Is(err, io.EOF) {
			yield(Item{Origin: origin, Err: inputErr(origin, err, "read error after line %d: %v", n, err)})
			return
		}
		if line == nil && !tooLong && errors.Is(err, io.EOF) {
			break
		}
		n++
		o := fmt.Sprintf("%s:%d", origin, n)
		switch {
		case tooLong:
			any = true
			if !yield(Item{Origin: o, Err: inputErr(o, nil, "line longer than %s; raise the limit with --max-bytes", humanBytes(r.opts.MaxBytes))}) {
				return
			}
		case len(strings.TrimSpace(string(line))) == 0:
		default:
			any = true
			if !yield(jsonItem(o, line)) {
				return
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	if !any {
		yield(Item{Origin: origin, Err: inputErr(origin, nil, "empty input")})
	}
}

// readLine returns the next line without its newline. A line over max
// bytes is consumed and discarded (tooLong), keeping memory bounded.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if int64(len(buf)+len(chunk)) > max {
			tooLong = true
			buf = nil
		} else if !tooLong {
			buf = append(buf, chunk...)
		}
		switch {
		case err == nil:
			return trimEOL(buf), tooLong, nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case errors.Is(err, io.EOF):
			if len(buf) == 0 && !tooLong {
				return nil, false, io.EOF
			}
			return trimEOL(buf), tooLong, io.EOF
		default:
			return nil, tooLong, err
		}
	}
}

func trimEOL(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	if b == nil {
		return []byte{}
	}
	return b
}

func jsonItem(origin string, line []byte) Item {
	var d jsonDoc
	if err := json.Unmarshal(line, &d); err != nil {
		return Item{Origin: origin, Err: inputErr(origin, err, "not a JSON object: %v", err)}
	}
	if strings.TrimSpace(d.Text) == "" {
		return Item{Origin: origin, Err: inputErr(origin, nil, "no \"text\" field")}
	}
	it := Item{Origin: origin, Format: rashomon.FormatJSONL, Body: strings.ToValidUTF8(d.Text, "\uFFFD")}
	it.Meta = Meta{Title: d.Title, URL: d.URL, Issuer: d.Issuer, SiteName: d.SiteName, Author: d.Author, Synthetic: d.Synthetic}
	setDate(&it.Meta, d.Published)
	return it
}
