package export

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// gdeltColumns are the 61 columns of the GDELT 2.0 event table, in the
// order of the GDELT Event Codebook V2.0 (which calls the second one Day;
// GDELT's BigQuery tables call it SQLDATE).
var gdeltColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
	"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
	"Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
	"Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
	"ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELTColumns returns the GDELT format's column names.
func GDELTColumns() []string { return append([]string(nil), gdeltColumns...) }

// GDELTEventID returns the GLOBALEVENTID an event id maps to: the first 8
// bytes of the id's SHA-256, big-endian, with the top bit cleared, so a
// positive 63-bit integer that stays the same from one export to the next.
func GDELTEventID(id string) int64 {
	h := sha256.Sum256([]byte(id))
	return int64(binary.BigEndian.Uint64(h[:8]) >> 1)
}

// gdeltEncoder writes the GDELT 2.0 event table: tab-separated, no quoting,
// one event per line.
type gdeltEncoder struct {
	w      *bufio.Writer
	t      *tables
	o      Options
	col    map[string]int
	record []string
}

func newGDELTEncoder(w io.Writer, t *tables, o Options) *gdeltEncoder {
	g := &gdeltEncoder{w: bufio.NewWriter(w), t: t, o: o, col: map[string]int{}, record: make([]string, len(gdeltColumns))}
	for i, c := range gdeltColumns {
		g.col[c] = i
	}
	return g
}

func (g *gdeltEncoder) begin() error {
	if !g.o.Header {
		return nil
	}
	return g.writeLine(gdeltColumns)
}

func (g *gdeltEncoder) row(r *rashomon.EventRow) (skipReason, error) {
	rec, why := g.gdeltRecord(r)
	if why != keep {
		return why, nil
	}
	return keep, g.writeLine(rec)
}

func (g *gdeltEncoder) end() error { return g.w.Flush() }

func (g *gdeltEncoder) writeLine(fields []string) error {
	for i, f := range fields {
		if i > 0 {
			g.w.WriteByte('\t')
		}
		g.w.WriteString(tsvField(f))
	}
	return g.w.WriteByte('\n')
}

// gdeltRecord fills the GDELT columns rashomon knows for an event and
// leaves the others empty. The returned slice is reused by the next call.
func (g *gdeltEncoder) gdeltRecord(r *rashomon.EventRow) ([]string, skipReason) {
	e := &r.Event
	if (e.Negated || e.Stance == rashomon.Denied) && !g.o.Negated {
		return nil, skipNegated
	}
	if !isCAMEO(e.CAMEO) && !g.o.Unmapped {
		return nil, skipUnmapped
	}
	clear(g.record)
	set := func(col, v string) {
		i, ok := g.col[col]
		if !ok {
			panic("export: no GDELT column " + col)
		}
		g.record[i] = v
	}

	set("GLOBALEVENTID", strconv.FormatInt(GDELTEventID(e.ID), 10))
	d := knownDate(e)
	if d.Precision() == rashomon.PrecDay {
		set("SQLDATE", fmt.Sprintf("%04d%02d%02d", d.Year, d.Month, d.Day))
		set("FractionDate", fraction(d))
	}
	if d.Month != 0 {
		set("MonthYear", fmt.Sprintf("%04d%02d", d.Year, d.Month))
	}
	if d.Year != 0 {
		set("Year", fmt.Sprintf("%04d", d.Year))
	}

	for _, a := range []struct {
		prefix string
		p      *rashomon.Participant
	}{{"Actor1", e.Source}, {"Actor2", e.Target}} {
		if a.p == nil {
			continue
		}
		set(a.prefix+"Code", a.p.Actor.Code())
		set(a.prefix+"Name", oneLine(a.p.Text))
		if _, ok := g.t.countries[a.p.Actor.Country]; ok {
			set(a.prefix+"CountryCode", a.p.Actor.Country)
		}
		set(a.prefix+"Type1Code", a.p.Actor.Sector)
	}

	if isCAMEO(e.CAMEO) {
		set("EventCode", e.CAMEO)
		set("EventBaseCode", e.CAMEO[:min(3, len(e.CAMEO))])
		set("EventRootCode", e.CAMEO[:2])
		set("QuadClass", quadClass(e.CAMEO))
		if v, ok := g.t.goldsteinOf(e.CAMEO); ok {
			set("GoldsteinScale", strconv.FormatFloat(v, 'f', 1, 64))
		}
	}
	// One row is one mention of the event, in one article from one source.
	set("NumMentions", "1")
	set("NumSources", "1")
	set("NumArticles", "1")

	if l := e.Location; l != nil {
		p := l.Place
		set("ActionGeo_Type", g.geoType(p))
		set("ActionGeo_FullName", g.fullName(p))
		fips := g.fips(p)
		set("ActionGeo_CountryCode", fips)
		if p.Kind == "country" {
			set("ActionGeo_ADM1Code", fips)
		}
		if lat, lon, ok := coords(l); ok {
			set("ActionGeo_Lat", number(lat))
			set("ActionGeo_Long", number(lon))
		}
		set("ActionGeo_FeatureID", p.ID)
	}
	set("SOURCEURL", citation(r))
	return g.record, keep
}

// geoType is GDELT's resolution of a place: 1 country, 2 US state, 3 US
// city or landmark, 4 city or landmark elsewhere, 5 first-level division
// elsewhere.
func (g *gdeltEncoder) geoType(p rashomon.Place) string {
	us := p.Country == "USA"
	switch {
	case p.Kind == "country":
		return "1"
	case p.Kind == "region" && us:
		return "2"
	case p.Kind == "region":
		return "5"
	case us:
		return "3"
	}
	return "4"
}

// fullName is "Place, Region, Country" with the parts rashomon knows.
func (g *gdeltEncoder) fullName(p rashomon.Place) string {
	parts := []string{p.Name}
	if p.Region != "" && p.Region != p.Name {
		parts = append(parts, p.Region)
	}
	if c, ok := g.t.countries[p.Country]; ok && c.name != p.Name {
		parts = append(parts, c.name)
	}
	return oneLine(strings.Join(parts, ", "))
}

// fips is the FIPS 10-4 code of a place's country. FIPS splits the
// Palestinian territories into the West Bank (WE) and the Gaza Strip (GZ).
func (g *gdeltEncoder) fips(p rashomon.Place) string {
	if p.Country == "PSE" && (p.Region == "Gaza Strip" || p.Name == "Gaza Strip") {
		return "GZ"
	}
	return g.t.countries[p.Country].fips
}

// citation is the document's URL, or when it has none, its issuer, title
// and id.
func citation(r *rashomon.EventRow) string {
	if r.DocURL != "" {
		return r.DocURL
	}
	var parts []string
	if r.Issuer != "" {
		parts = append(parts, r.Issuer)
	}
	if r.DocTitle != "" {
		parts = append(parts, "“"+oneLine(r.DocTitle)+"”")
	}
	if r.DocID != "" {
		parts = append(parts, "rashomon document "+r.DocID)
	}
	return strings.Join(parts, ", ")
}
