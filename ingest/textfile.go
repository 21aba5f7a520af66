package ingest

import (
	"errors"
	"strings"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/clean"
)

func textItem(origin, url string, b []byte) Item {
	dec, err := clean.Decode(b)
	if err != nil {
		if errors.Is(err, clean.ErrBinary) {
			return Item{Origin: origin, Err: inputErr(origin, err, "binary data, not text (%s)", humanBytes(int64(len(b))))}
		}
		return Item{Origin: origin, Err: inputErr(origin, err, "cannot decode: %v", err)}
	}
	if strings.TrimSpace(dec.Text) == "" {
		return Item{Origin: origin, Err: inputErr(origin, nil, "empty input")}
	}
	it := Item{Origin: origin, Format: rashomon.FormatText, Body: dec.Text, Meta: Meta{URL: url}}
	if dec.Charset != "utf-8" || dec.Invalid > 0 {
		it.Raw = b
	}
	return it
}
