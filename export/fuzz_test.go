package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/rashomon-project/rashomon"
)

// FuzzTabular puts arbitrary text into every text field of two events and
// checks that the tabular formats neither panic nor change their row
// count: the CSV files parse back to a header and two records of the
// header's width, the GDELT table to two lines of 61 fields. The other
// formats must not panic.
func FuzzTabular(f *testing.F) {
	f.Add("A plain sentence.", "words", "A title", "An outlet", 40.2)
	f.Add("a,\"b\"\n\tc\r\nd\re", "x\u2028y\u2029z\u0085", "\x00\x1f\x7f", "", 0.0)
	f.Add("\"", "\n", "\t", "\r", 1e300)
	f.Add("\xff\xfe invalid", "\r\n\r\n", ",,,", "\"\"", -180.0)
	f.Fuzz(func(t *testing.T, quote, text, title, issuer string, lat float64) {
		r := fixture()[0]
		r.Quote, r.DocTitle, r.Issuer, r.DocURL = quote, title, issuer, ""
		r.Text, r.Source.Text, r.Target.Text = text, text, text
		r.Claimant.Text, r.Claimant.Chain[0].Text, r.Claimant.Chain[1].Verb = text, text, text
		r.Location.Place.Name, r.Location.Place.Region = text, text
		r.Location.Place.Lat = &lat
		r.Counts = append(r.Counts, rashomon.Count{Kind: text, Value: lat})
		r2 := r
		r2.ID, r2.Mode, r2.Target = "d1-e2", "", &rashomon.Participant{Actor: rashomon.ActorRef{Sector: "CVL"}, Text: title}
		rows := []rashomon.EventRow{r, r2}

		for _, c := range []struct {
			f    Format
			cols []string
		}{{CSV, csvColumns}, {ACLED, acledColumns}} {
			var b bytes.Buffer
			if _, err := Write(&b, c.f, Slice(rows), Options{}); err != nil {
				t.Fatalf("%s: %v", c.f, err)
			}
			recs, err := csv.NewReader(&b).ReadAll()
			if err != nil {
				t.Fatalf("%s does not parse: %v", c.f, err)
			}
			if len(recs) != 3 || len(recs[0]) != len(c.cols) {
				t.Fatalf("%s: %d records of %d fields, want 3 of %d", c.f, len(recs), len(recs[0]), len(c.cols))
			}
		}

		var b bytes.Buffer
		if _, err := Write(&b, GDELT, Slice(rows), Options{}); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		if len(lines) != 2 {
			t.Fatalf("GDELT: %d lines, want 2: %q", len(lines), b.String())
		}
		for _, l := range lines {
			if n := len(strings.Split(l, "\t")); n != 61 {
				t.Fatalf("GDELT: %d fields, want 61: %q", n, l)
			}
		}

		for _, f := range []Format{JSON, JSONL, GeoJSON} {
			// A NaN or infinite coordinate is an error for JSON; it must
			// not be a panic.
			Write(&bytes.Buffer{}, f, Slice(rows), Options{})
		}
	})
}
