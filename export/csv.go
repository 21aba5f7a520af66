package export

import (
	"encoding/csv"
	"io"

	"github.com/rashomon-project/rashomon"
)

// csvColumns are the CSV format's columns, in order. doc.go and README.md
// describe each; a test keeps them in step.
var csvColumns = []string{
	"id", "doc", "sentence",
	"date", "date_end", "date_precision",
	"type", "mode", "cameo",
	"source_code", "source_text", "target_code", "target_text",
	"claimant_code", "claimant_text", "claimant_chain",
	"stance", "negated", "modality",
	"place_id", "place_name", "place_country", "lat", "lon", "place_precision",
	"counts",
	"trigger_text", "trigger_start", "trigger_end",
	"rule", "incident",
	"doc_title", "doc_url", "issuer", "published",
	"quote",
}

// CSVColumns returns the CSV format's column names.
func CSVColumns() []string { return append([]string(nil), csvColumns...) }

// csvRecord flattens an event into the CSV format's columns.
func csvRecord(r *rashomon.EventRow) []string {
	e := &r.Event
	var placeID, placeName, placeCountry, lat, lon, prec string
	if l := e.Location; l != nil {
		placeID, placeName, placeCountry = l.Place.ID, l.Place.Name, l.Place.Country
		lat, lon, prec = coord(l.Place.Lat), coord(l.Place.Lon), l.Precision
	}
	return []string{
		e.ID, e.DocID, intString(e.Sentence),
		e.Date.String(), e.DateEnd.String(), datePrecision(e),
		e.Type, e.Mode, e.CAMEO,
		actorCode(e.Source), actorText(e.Source), actorCode(e.Target), actorText(e.Target),
		e.Claimant.Actor.Code(), e.Claimant.Text, chain(e.Claimant),
		string(e.Stance), boolString(e.Negated), e.Modality,
		placeID, placeName, placeCountry, lat, lon, prec,
		counts(e.Counts),
		e.Text, intString(e.Trigger.Start), intString(e.Trigger.End),
		e.Rule, e.IncidentID,
		r.DocTitle, r.DocURL, r.Issuer, r.Published.String(),
		r.Quote,
	}
}

// csvEncoder writes the CSV format: RFC 4180, a header line, quotes around
// fields that hold commas, quotes or line breaks.
type csvEncoder struct{ w *csv.Writer }

func newCSVEncoder(w io.Writer) *csvEncoder { return &csvEncoder{csv.NewWriter(w)} }

func (c *csvEncoder) begin() error { return c.w.Write(csvColumns) }

func (c *csvEncoder) row(r *rashomon.EventRow) (skipReason, error) {
	return keep, c.w.Write(csvRecord(r))
}

func (c *csvEncoder) end() error {
	c.w.Flush()
	return c.w.Error()
}
