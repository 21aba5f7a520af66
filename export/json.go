package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/rashomon-project/rashomon"
)

// jsonEncoder writes rashomon.EventRow values as they are: an array with one
// event per line, or JSON Lines.
type jsonEncoder struct {
	w     *bufio.Writer
	lines bool // JSON Lines rather than an array
	n     int
	buf   bytes.Buffer
	enc   *json.Encoder
}

func newJSONEncoder(w io.Writer, lines bool) *jsonEncoder {
	j := &jsonEncoder{w: bufio.NewWriter(w), lines: lines}
	j.enc = json.NewEncoder(&j.buf)
	j.enc.SetEscapeHTML(false)
	return j
}

func (j *jsonEncoder) begin() error {
	if !j.lines {
		_, err := j.w.WriteString("[")
		return err
	}
	return nil
}

func (j *jsonEncoder) row(r *rashomon.EventRow) (skipReason, error) {
	j.buf.Reset()
	if err := j.enc.Encode(r); err != nil { // Encode ends the value with a newline
		return keep, err
	}
	if !j.lines {
		sep := ",\n"
		if j.n == 0 {
			sep = "\n"
		}
		if _, err := j.w.WriteString(sep); err != nil {
			return keep, err
		}
		j.buf.Truncate(j.buf.Len() - 1)
	}
	j.n++
	_, err := j.w.Write(j.buf.Bytes())
	return keep, err
}

func (j *jsonEncoder) end() error {
	if !j.lines {
		tail := "\n]\n"
		if j.n == 0 {
			tail = "]\n"
		}
		if _, err := j.w.WriteString(tail); err != nil {
			return err
		}
	}
	return j.w.Flush()
}
