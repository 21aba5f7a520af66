package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/rashomon-project/rashomon"
)

// geoFeature is one located event as a GeoJSON (RFC 7946) Feature.
type geoFeature struct {
	Type       string        `json:"type"` // "Feature"
	ID         string        `json:"id"`
	Geometry   geoPoint      `json:"geometry"`
	Properties geoProperties `json:"properties"`
}

// geoPoint is a GeoJSON Point: [longitude, latitude].
type geoPoint struct {
	Type        string     `json:"type"` // "Point"
	Coordinates [2]float64 `json:"coordinates"`
}

// geoProperties are a feature's properties: the event's main fields, flat,
// every one present in every feature so that GIS tools see one schema.
type geoProperties struct {
	ID             string `json:"id"`
	Doc            string `json:"doc"`
	Date           string `json:"date"`
	DateEnd        string `json:"date_end"`
	DatePrecision  string `json:"date_precision"`
	Type           string `json:"type"`
	Mode           string `json:"mode"`
	CAMEO          string `json:"cameo"`
	Source         string `json:"source"`
	SourceText     string `json:"source_text"`
	Target         string `json:"target"`
	TargetText     string `json:"target_text"`
	Claimant       string `json:"claimant"`
	ClaimantText   string `json:"claimant_text"`
	Stance         string `json:"stance"`
	Negated        bool   `json:"negated"`
	PlaceID        string `json:"place_id"`
	PlaceName      string `json:"place_name"`
	PlaceCountry   string `json:"place_country"`
	PlacePrecision string `json:"place_precision"`
	Counts         string `json:"counts"`
	Trigger        string `json:"trigger"`
	Rule           string `json:"rule"`
	Incident       string `json:"incident"`
	DocTitle       string `json:"doc_title"`
	DocURL         string `json:"doc_url"`
	Issuer         string `json:"issuer"`
	Published      string `json:"published"`
	Quote          string `json:"quote"`
}

// geoJSONEncoder writes a FeatureCollection of the located events, one
// feature per line.
type geoJSONEncoder struct {
	w   *bufio.Writer
	n   int
	buf bytes.Buffer
	enc *json.Encoder
}

func newGeoJSONEncoder(w io.Writer) *geoJSONEncoder {
	g := &geoJSONEncoder{w: bufio.NewWriter(w)}
	g.enc = json.NewEncoder(&g.buf)
	g.enc.SetEscapeHTML(false)
	return g
}

func (g *geoJSONEncoder) begin() error {
	_, err := g.w.WriteString(`{"type":"FeatureCollection","features":[`)
	return err
}

// geoFeatureOf returns the feature of a located event.
func geoFeatureOf(r *rashomon.EventRow) (geoFeature, bool) {
	e := &r.Event
	lat, lon, ok := coords(e.Location)
	if !ok {
		return geoFeature{}, false
	}
	l := e.Location
	return geoFeature{
		Type:     "Feature",
		ID:       e.ID,
		Geometry: geoPoint{Type: "Point", Coordinates: [2]float64{lon, lat}},
		Properties: geoProperties{
			ID: e.ID, Doc: e.DocID,
			Date: e.Date.String(), DateEnd: e.DateEnd.String(), DatePrecision: datePrecision(e),
			Type: e.Type, Mode: e.Mode, CAMEO: e.CAMEO,
			Source: actorCode(e.Source), SourceText: actorText(e.Source),
			Target: actorCode(e.Target), TargetText: actorText(e.Target),
			Claimant: e.Claimant.Actor.Code(), ClaimantText: e.Claimant.Text,
			Stance: string(e.Stance), Negated: e.Negated,
			PlaceID: l.Place.ID, PlaceName: l.Place.Name, PlaceCountry: l.Place.Country, PlacePrecision: l.Precision,
			Counts: counts(e.Counts), Trigger: e.Text, Rule: e.Rule, Incident: e.IncidentID,
			DocTitle: r.DocTitle, DocURL: r.DocURL, Issuer: r.Issuer, Published: r.Published.String(),
			Quote: r.Quote,
		},
	}, true
}

func (g *geoJSONEncoder) row(r *rashomon.EventRow) (skipReason, error) {
	f, ok := geoFeatureOf(r)
	if !ok {
		return skipUnlocated, nil
	}
	g.buf.Reset()
	if err := g.enc.Encode(f); err != nil {
		return keep, err
	}
	g.buf.Truncate(g.buf.Len() - 1) // the newline Encode ends with
	sep := ",\n"
	if g.n == 0 {
		sep = "\n"
	}
	if _, err := g.w.WriteString(sep); err != nil {
		return keep, err
	}
	g.n++
	_, err := g.w.Write(g.buf.Bytes())
	return keep, err
}

func (g *geoJSONEncoder) end() error {
	tail := "\n]}\n"
	if g.n == 0 {
		tail = "]}\n"
	}
	if _, err := g.w.WriteString(tail); err != nil {
		return err
	}
	return g.w.Flush()
}
