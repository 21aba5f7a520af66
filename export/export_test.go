package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/rashomon-project/rashomon"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func ptr(v float64) *float64 { return &v }

// fixture returns made-up events that between them exercise every
// column: a fully coded event, one with nothing known but its type, text
// full of quotes, commas, tabs and line breaks, a negated one, speech, a
// protest, a strike abroad on civilians, spans of dates, places in Gaza
// and a country, a de facto entity, an IGO and an event with no CAMEO code.
func fixture() []rashomon.EventRow {
	sotk := rashomon.Place{ID: "sotk", Name: "Sotk", Kind: "village", Country: "ARM", Region: "Gegharkunik Province",
		Lat: ptr(40.2), Lon: ptr(45.98)}
	return []rashomon.EventRow{
		{
			Event: rashomon.Event{
				ID: "d1-e1", DocID: "d1", Sentence: 2, Span: rashomon.Span{Start: 100, End: 160},
				Trigger: rashomon.Span{Start: 120, End: 131}, Text: "opened fire",
				Type: rashomon.ASSAULT, Mode: "firearms", CAMEO: "190",
				Source: &rashomon.Participant{Actor: rashomon.ActorRef{Country: "AZE", Sector: "MIL"}, Text: "Azerbaijani units", Rule: "subject"},
				Target: &rashomon.Participant{Actor: rashomon.ActorRef{Country: "ARM", Sector: "MIL"}, Text: "Armenian positions", Rule: "prep:on"},
				Claimant: rashomon.Claimant{Actor: rashomon.ActorRef{Country: "ARM", Sector: "MIL"}, Text: "the Defence Ministry", Rule: "reported:said",
					Chain: []rashomon.ClaimLink{
						{Actor: rashomon.ActorRef{Country: "ARM", Sector: "GOV"}, Text: "the government", Verb: "said"},
						{Actor: rashomon.ActorRef{Country: "ARM", Sector: "MIL"}, Text: "the Defence Ministry", Verb: "reported"},
					}},
				Stance:   rashomon.Asserted,
				Date:     rashomon.Day(2024, 5, 14),
				Location: &rashomon.Location{Place: sotk, Text: "Sotk", Precision: "point", Rule: "locative-phrase"},
				Counts: []rashomon.Count{
					{Kind: "killed", Value: 2, Text: "killing two"},
					{Kind: "wounded", Value: 3, Text: "wounding three"},
					{Kind: "killed", Value: 1, Text: "and a third"},
				},
				Rule: "assault-fire", RuleSet: "abc", IncidentID: "inc-1",
			},
			Quote:    "Azerbaijani units opened fire on Armenian positions near Sotk, killing two and wounding three, the ministry said.",
			DocTitle: "Shooting near Sotk", DocURL: "https://example.org/sotk", Issuer: "Example Wire", Published: rashomon.Day(2024, 5, 14),
		},
		{
			// Nothing known but the type: no date, place, source, claimant,
			// CAMEO code, URL or issuer.
			Event: rashomon.Event{ID: "d2-e1", DocID: "d2", Text: "attack", Type: rashomon.ASSAULT, Rule: "assault-attack"},
			Quote: "There was an attack.", DocTitle: "Untitled",
		},
		{
			// Text that tests escaping: quotes, commas, tabs, line breaks, a
			// Unicode line separator.
			Event: rashomon.Event{
				ID: "d3-e1", DocID: "d3", Sentence: 0, Text: "shelled,\t\"heavily\"",
				Type: rashomon.ASSAULT, Mode: "heavy-weapons", CAMEO: "195",
				Source:   &rashomon.Participant{Actor: rashomon.ActorRef{Country: "RUS", Sector: "MIL"}, Text: "the \"occupiers\",\tagain"},
				Target:   &rashomon.Participant{Actor: rashomon.ActorRef{Sector: "CVL"}, Text: "residents\nof the town"},
				Claimant: rashomon.Claimant{Actor: rashomon.ActorRef{Country: "UKR", Sector: "GOV"}, Text: "the regional\tadministration"},
				Stance:   rashomon.Alleged, Modality: "alleged",
				Date: rashomon.Day(2024, 4, 7), DateEnd: rashomon.Day(2024, 4, 9),
				Location: &rashomon.Location{Place: rashomon.Place{ID: "gn:709930", Name: "Dnipro", Kind: "city", Country: "UKR",
					Region: "Dnipropetrovsk Oblast", Lat: ptr(48.4593), Lon: ptr(35.03865)}, Precision: "point"},
				Counts: []rashomon.Count{{Kind: "shells", Value: 12.5}},
				Rule:   "assault-shell",
			},
			Quote:    "Line one, with a comma;\nline two with a \"quote\"\tand a tab\r\nand\u2028more.",
			DocTitle: "Title with \"quotes\", commas\tand a tab", Issuer: "Outlet, Inc.", Published: rashomon.Date{Year: 2024, Month: 4},
		},
		{
			// Negated and denied.
			Event: rashomon.Event{
				ID: "d4-e2", DocID: "d4", Sentence: 5, Text: "did not open fire", Type: rashomon.ASSAULT, CAMEO: "190",
				Source: &rashomon.Participant{Actor: rashomon.ActorRef{Country: "ARM", Sector: "MIL"}, Text: "Armenian units"},
				Stance: rashomon.Denied, Negated: true, Date: rashomon.Day(2024, 5, 14), Rule: "assault-fire",
			},
			Quote: "Armenian units did not open fire.", DocTitle: "Denial", Issuer: "Ministry site", Published: rashomon.Day(2024, 5, 14),
		},
		{
			// Speech: no ACLED event; GDELT verbal cooperation.
			Event: rashomon.Event{
				ID: "d5-e1", DocID: "d5", Sentence: 1, Text: "called on", Type: rashomon.REQUEST, CAMEO: "100",
				Source: &rashomon.Participant{Actor: rashomon.ActorRef{Sector: "IGO"}, Text: "the Mission"},
				Target: &rashomon.Participant{Actor: rashomon.ActorRef{Country: "NKR", Sector: "MIL"}, Text: "Karabakh forces"},
				Stance: rashomon.Demanded, Date: rashomon.Date{Year: 2023, Month: 9}, Rule: "request",
				Location: &rashomon.Location{Place: rashomon.Place{ID: "country:AZE", Name: "Azerbaijan", Kind: "country", Country: "AZE",
					Lat: ptr(40.5), Lon: ptr(47.5)}, Precision: "country"},
			},
			Quote: "The Mission called on Karabakh forces to hold fire.", DocTitle: "Appeal", DocURL: "https://example.org/appeal",
			Issuer: "Mission", Published: rashomon.Day(2023, 9, 20),
		},
		{
			// A protest by civilians, dated to the year only.
			Event: rashomon.Event{
				ID: "d6-e1", DocID: "d6", Sentence: 3, Text: "rallied", Type: rashomon.PROTEST, CAMEO: "141",
				Source: &rashomon.Participant{Actor: rashomon.ActorRef{Country: "PHL", Sector: "CVL"}, Text: "fishermen"},
				Stance: rashomon.Asserted, Date: rashomon.Date{Year: 2024}, Rule: "protest-demo",
				Location: &rashomon.Location{Place: rashomon.Place{ID: "manila", Name: "Manila", Kind: "city", Country: "PHL",
					Region: "Metro Manila", Lat: ptr(14.6), Lon: ptr(120.98)}, Precision: "point"},
			},
			Quote: "Fishermen rallied in Manila.", DocTitle: "Rally", Issuer: "Ledger", Published: rashomon.Day(2024, 3, 24),
		},
		{
			// A drone strike on civilians abroad, in Gaza.
			Event: rashomon.Event{
				ID: "d7-e1", DocID: "d7", Sentence: 0, Text: "struck", Type: rashomon.ASSAULT, Mode: "drone", CAMEO: "1951",
				Source: &rashomon.Participant{Actor: rashomon.ActorRef{Country: "ISR", Sector: "MIL"}, Text: "the army"},
				Target: &rashomon.Participant{Actor: rashomon.ActorRef{Country: "PSE", Sector: "CVL"}, Text: "a family"},
				Stance: rashomon.Asserted, Date: rashomon.Day(2024, 1, 2), DateEnd: rashomon.Day(2024, 1, 20), Rule: "assault-drone",
				Location: &rashomon.Location{Place: rashomon.Place{ID: "rafah", Name: "Rafah", Kind: "city", Country: "PSE",
					Region: "Gaza Strip", Lat: ptr(31.29), Lon: ptr(34.25)}, Precision: "point"},
				Counts: []rashomon.Count{{Kind: "killed", Value: 4}},
			},
			Quote: "A drone struck a family home in Rafah, killing four.", DocTitle: "Strike", Issuer: "Wire",
			Published: rashomon.Day(2024, 1, 21),
		},
		{
			// A seizure, located at a place without coordinates.
			Event: rashomon.Event{
				ID: "d8-e1", DocID: "d8", Sentence: 4, Text: "seized", Type: rashomon.COERCE, Mode: "seize", CAMEO: "1711",
				Source:   &rashomon.Participant{Actor: rashomon.ActorRef{Country: "RUS", Sector: "MIL"}, Text: "Russian forces"},
				Claimant: rashomon.Claimant{Text: "observers"},
				Stance:   rashomon.Asserted, Date: rashomon.Date{Year: 2022, Month: 3}, Rule: "coerce-seize",
				Location: &rashomon.Location{Place: rashomon.Place{ID: "plant", Name: "the plant", Kind: "facility", Country: "UKR"},
					Precision: "approximate"},
			},
			Quote: "Russian forces seized the plant.", DocTitle: "Plant", Issuer: "Agency", Published: rashomon.Day(2024, 4, 7),
		},
	}
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := range max(len(gl), len(wl)) {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs at line %d:\n got  %q\n want %q\n(run go test -update if the change is intended)", path, i+1, g, w)
			}
		}
	}
}

func write(t *testing.T, f Format, rows []rashomon.EventRow, o Options) ([]byte, Stats) {
	t.Helper()
	var b bytes.Buffer
	st, err := Write(&b, f, Slice(rows), o)
	if err != nil {
		t.Fatalf("%s: %v", f, err)
	}
	return b.Bytes(), st
}

func TestGolden(t *testing.T) {
	rows := fixture()
	for _, tc := range []struct {
		file string
		f    Format
		o    Options
		want Stats
	}{
		{"events.csv", CSV, Options{}, Stats{Written: 8}},
		{"events.json", JSON, Options{}, Stats{Written: 8}},
		{"events.jsonl", JSONL, Options{}, Stats{Written: 8}},
		{"events.geojson", GeoJSON, Options{}, Stats{Written: 5, Unlocated: 3}},
		{"events.gdelt.tsv", GDELT, Options{}, Stats{Written: 6, Negated: 1, Unmapped: 1}},
		{"events-all.gdelt.tsv", GDELT, Options{Header: true, Negated: true, Unmapped: true}, Stats{Written: 8}},
		{"events.acled.csv", ACLED, Options{}, Stats{Written: 6, Negated: 1, Unmapped: 1}},
		{"events-all.acled.csv", ACLED, Options{Negated: true, Unmapped: true}, Stats{Written: 8}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			got, st := write(t, tc.f, rows, tc.o)
			if st != tc.want {
				t.Errorf("stats %+v, want %+v", st, tc.want)
			}
			golden(t, tc.file, got)
		})
	}
}

func TestEmpty(t *testing.T) {
	for _, tc := range []struct {
		f    Format
		want string
	}{
		{CSV, strings.Join(csvColumns, ",") + "\n"},
		{JSON, "[]\n"},
		{JSONL, ""},
		{GeoJSON, `{"type":"FeatureCollection","features":[]}` + "\n"},
		{GDELT, ""},
		{ACLED, strings.Join(acledColumns, ",") + "\n"},
	} {
		t.Run(string(tc.f), func(t *testing.T) {
			got, st := write(t, tc.f, nil, Options{})
			if string(got) != tc.want || st != (Stats{}) {
				t.Errorf("got %q %+v, want %q", got, st, tc.want)
			}
		})
	}
}

func TestCSVParses(t *testing.T) {
	rows := fixture()
	out, _ := write(t, CSV, rows, Options{})
	recs, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(rows)+1 || !reflect.DeepEqual(recs[0], csvColumns) {
		t.Fatalf("%d records, header %q", len(recs), recs[0])
	}
	col := func(rec []string, name string) string { return rec[indexOf(t, csvColumns, name)] }
	first, bare, messy := recs[1], recs[2], recs[3]
	for _, c := range []struct{ got, want string }{
		{col(first, "claimant_chain"), `ARMGOV "the government" said > ARMMIL "the Defence Ministry" reported`},
		{col(first, "counts"), "killed=2;wounded=3;killed=1"},
		{col(first, "date_precision"), "day"},
		{col(first, "lat") + "," + col(first, "lon"), "40.2,45.98"},
		{col(first, "trigger_start") + "-" + col(first, "trigger_end"), "120-131"},
		{col(first, "negated"), "false"},
		{col(bare, "date") + col(bare, "date_precision") + col(bare, "place_id") + col(bare, "source_code") + col(bare, "lat"), ""},
		{col(messy, "date_precision"), "range"},
		{col(messy, "date_end"), "2024-04-09"},
		{col(messy, "published"), "2024-04"},
		// encoding/csv reads a quoted \r\n as \n.
		{col(messy, "quote"), strings.ReplaceAll(rows[2].Quote, "\r\n", "\n")},
		{col(messy, "source_text"), rows[2].Source.Text},
		{col(messy, "counts"), "shells=12.5"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	rows := fixture()
	out, _ := write(t, JSON, rows, Options{})
	var back []rashomon.EventRow
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, rows) {
		t.Errorf("JSON does not round-trip:\n%s", out)
	}
	out, _ = write(t, JSONL, rows, Options{})
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(rows) {
		t.Fatalf("%d JSON lines, want %d", len(lines), len(rows))
	}
	for i, l := range lines {
		var r rashomon.EventRow
		if err := json.Unmarshal([]byte(l), &r); err != nil || !reflect.DeepEqual(r, rows[i]) {
			t.Errorf("line %d: %v", i+1, err)
		}
	}
}

func TestGeoJSON(t *testing.T) {
	out, _ := write(t, GeoJSON, fixture(), Options{})
	var fc struct {
		Type     string
		Features []struct {
			Type     string
			ID       string
			Geometry struct {
				Type        string
				Coordinates []float64
			}
			Properties map[string]any
		}
	}
	if err := json.Unmarshal(out, &fc); err != nil {
		t.Fatal(err)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 5 {
		t.Fatalf("type %q, %d features", fc.Type, len(fc.Features))
	}
	f := fc.Features[0]
	if f.Type != "Feature" || f.ID != "d1-e1" || f.Geometry.Type != "Point" ||
		!reflect.DeepEqual(f.Geometry.Coordinates, []float64{45.98, 40.2}) {
		t.Errorf("first feature %+v", f)
	}
	keys := len(f.Properties)
	for _, g := range fc.Features {
		if len(g.Properties) != keys {
			t.Errorf("feature %s has %d properties, the first %d", g.ID, len(g.Properties), keys)
		}
		if g.ID == "d8-e1" || g.ID == "d2-e1" || g.ID == "d4-e2" {
			t.Errorf("unlocated event %s written", g.ID)
		}
	}
}

func TestGDELTRecord(t *testing.T) {
	rows := fixture()
	out, _ := write(t, GDELT, rows, Options{Negated: true, Unmapped: true})
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(rows) {
		t.Fatalf("%d lines, want %d", len(lines), len(rows))
	}
	recs := map[string][]string{}
	for i, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 61 {
			t.Fatalf("line %d: %d fields, want 61", i+1, len(f))
		}
		recs[rows[i].ID] = f
	}
	col := func(id, name string) string { return recs[id][indexOf(t, gdeltColumns, name)] }
	for _, c := range []struct{ id, col, want string }{
		{"d1-e1", "GLOBALEVENTID", strconv.FormatInt(GDELTEventID("d1-e1"), 10)},
		{"d1-e1", "SQLDATE", "20240514"},
		{"d1-e1", "MonthYear", "202405"},
		{"d1-e1", "FractionDate", "2024.4493"}, // 2024 + (5*30+14)/365
		{"d1-e1", "Actor1Code", "AZEMIL"},
		{"d1-e1", "Actor1CountryCode", "AZE"},
		{"d1-e1", "Actor1Type1Code", "MIL"},
		{"d1-e1", "Actor2Name", "Armenian positions"},
		{"d1-e1", "EventCode", "190"},
		{"d1-e1", "EventBaseCode", "190"},
		{"d1-e1", "EventRootCode", "19"},
		{"d1-e1", "QuadClass", "4"},
		{"d1-e1", "GoldsteinScale", "-10.0"},
		{"d1-e1", "NumMentions", "1"},
		{"d1-e1", "ActionGeo_Type", "4"},
		{"d1-e1", "ActionGeo_FullName", "Sotk, Gegharkunik Province, Armenia"},
		{"d1-e1", "ActionGeo_CountryCode", "AM"},
		{"d1-e1", "ActionGeo_ADM1Code", ""},
		{"d1-e1", "ActionGeo_Lat", "40.2"},
		{"d1-e1", "ActionGeo_Long", "45.98"},
		{"d1-e1", "ActionGeo_FeatureID", "sotk"},
		{"d1-e1", "SOURCEURL", "https://example.org/sotk"},
		{"d1-e1", "AvgTone", ""},
		{"d2-e1", "SQLDATE", ""},
		{"d2-e1", "EventCode", ""},
		{"d2-e1", "SOURCEURL", "“Untitled”, rashomon document d2"},
		{"d3-e1", "SQLDATE", ""}, // 7 to 9 April
		{"d3-e1", "MonthYear", "202404"},
		{"d3-e1", "Actor1Name", `the "occupiers", again`},
		{"d3-e1", "Actor2Name", "residents of the town"},
		{"d3-e1", "Actor2CountryCode", ""},
		{"d3-e1", "SOURCEURL", "Outlet, Inc., “Title with \"quotes\", commas and a tab”, rashomon document d3"},
		{"d5-e1", "Actor1Code", "IGO"},
		{"d5-e1", "Actor2Code", "NKRMIL"},
		{"d5-e1", "Actor2CountryCode", ""}, // a project code, not a CAMEO country
		{"d5-e1", "SQLDATE", ""},
		{"d5-e1", "MonthYear", "202309"},
		{"d5-e1", "Year", "2023"},
		{"d5-e1", "QuadClass", "3"},
		{"d5-e1", "GoldsteinScale", "-5.0"},
		{"d5-e1", "ActionGeo_Type", "1"},
		{"d5-e1", "ActionGeo_FullName", "Azerbaijan"},
		{"d5-e1", "ActionGeo_CountryCode", "AJ"},
		{"d5-e1", "ActionGeo_ADM1Code", "AJ"},
		{"d6-e1", "MonthYear", ""},
		{"d6-e1", "GoldsteinScale", "-6.5"},
		{"d7-e1", "EventBaseCode", "195"},
		{"d7-e1", "GoldsteinScale", "-10.0"}, // 1951 is not in the table: its base code's
		{"d7-e1", "ActionGeo_CountryCode", "GZ"},
		{"d8-e1", "GoldsteinScale", "-9.2"},
		{"d8-e1", "ActionGeo_Lat", ""},
		{"d8-e1", "ActionGeo_FullName", "the plant, Ukraine"},
	} {
		if got := col(c.id, c.col); got != c.want {
			t.Errorf("%s %s = %q, want %q", c.id, c.col, got, c.want)
		}
	}
}

func TestKnownDate(t *testing.T) {
	d := rashomon.Day
	for _, c := range []struct{ from, to, want rashomon.Date }{
		{d(2024, 4, 7), rashomon.Date{}, d(2024, 4, 7)},
		{rashomon.Date{Year: 2024, Month: 4}, rashomon.Date{}, rashomon.Date{Year: 2024, Month: 4}},
		{d(2024, 4, 7), d(2024, 4, 7), d(2024, 4, 7)},
		{d(2024, 4, 7), d(2024, 4, 9), rashomon.Date{Year: 2024, Month: 4}},
		{d(2024, 1, 30), d(2024, 2, 2), rashomon.Date{Year: 2024}},
		{rashomon.Date{Year: 2024, Month: 3}, rashomon.Date{Year: 2024, Month: 5}, rashomon.Date{Year: 2024}},
		{d(2023, 12, 30), d(2024, 1, 2), rashomon.Date{}},
		{rashomon.Date{}, d(2024, 1, 2), rashomon.Date{}},
	} {
		e := rashomon.Event{Date: c.from, DateEnd: c.to}
		if got := knownDate(&e); got != c.want {
			t.Errorf("knownDate(%v..%v) = %v, want %v", c.from, c.to, got, c.want)
		}
	}
}

func TestGDELTEventID(t *testing.T) {
	seen := map[int64]string{}
	for _, r := range fixture() {
		id := GDELTEventID(r.ID)
		if id <= 0 {
			t.Errorf("%s: GLOBALEVENTID %d not positive", r.ID, id)
		}
		if other, dup := seen[id]; dup {
			t.Errorf("%s and %s share %d", r.ID, other, id)
		}
		seen[id] = r.ID
		if GDELTEventID(r.ID) != id {
			t.Errorf("%s: GLOBALEVENTID not stable", r.ID)
		}
	}
}

func TestGoldsteinAndQuadClass(t *testing.T) {
	tb, err := loadTables()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		code string
		want float64
		ok   bool
		quad string
	}{
		{"01", 0, true, "1"}, {"0334", 6, true, "1"}, {"033", 5.2, true, "1"}, {"0331", 5.2, true, "1"},
		{"057", 8, true, "1"}, {"0874", 10, true, "2"}, {"0872", 9, true, "2"}, {"112", -2, true, "3"},
		{"130", -4.4, true, "3"}, {"1823", -10, true, "4"}, {"182", -9.5, true, "4"}, {"1821", -9, true, "4"},
		{"175", -9, true, "4"}, {"20", -10, true, "4"}, {"2042", -10, true, "4"},
		{"", 0, false, ""}, {"21", 0, false, ""}, {"00", 0, false, ""}, {"19a", 0, false, ""}, {"19555", 0, false, ""},
	} {
		v, ok := tb.goldsteinOf(c.code)
		if v != c.want || ok != c.ok {
			t.Errorf("goldstein(%q) = %v, %v; want %v, %v", c.code, v, ok, c.want, c.ok)
		}
		if q := quadClass(c.code); q != c.quad {
			t.Errorf("quadClass(%q) = %q, want %q", c.code, q, c.quad)
		}
	}
}

func TestTables(t *testing.T) {
	tb, err := loadTables()
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.countries) < 240 {
		t.Errorf("%d countries", len(tb.countries))
	}
	fips := map[string]string{}
	for code, c := range tb.countries {
		if len(code) != 3 || c.name == "" {
			t.Errorf("country %q: %+v", code, c)
		}
		if c.fips == "" {
			continue
		}
		if other, dup := fips[c.fips]; dup {
			t.Errorf("FIPS %s for both %s and %s", c.fips, code, other)
		}
		fips[c.fips] = code
	}
	for code, want := range map[string]country{
		"ARM": {"051", "AM", "Armenia"}, "AZE": {"031", "AJ", "Azerbaijan"}, "UKR": {"804", "UP", "Ukraine"},
		"RUS": {"643", "RS", "Russia"}, "PHL": {"608", "RP", "Philippines"}, "CHN": {"156", "CH", "China"},
		"GBR": {"826", "UK", "United Kingdom"}, "KOS": {"", "KV", "Kosovo"},
	} {
		if got := tb.countries[code]; got != want {
			t.Errorf("%s: %+v, want %+v", code, got, want)
		}
	}
}

func TestACLEDTypes(t *testing.T) {
	civ := &rashomon.Participant{Actor: rashomon.ActorRef{Sector: "CVL"}}
	mil := &rashomon.Participant{Actor: rashomon.ActorRef{Country: "ARM", Sector: "MIL"}}
	for _, c := range []struct {
		name string
		e    rashomon.Event
		want acledType
		ok   bool
	}{
		{"shelling", rashomon.Event{Type: "ASSAULT", Mode: "heavy-weapons"}, acledType{disorderViolence, acledRemote, "Shelling/artillery/missile attack"}, true},
		{"drone", rashomon.Event{Type: "ASSAULT", Mode: "drone", Target: civ}, acledType{disorderViolence, acledRemote, "Air/drone strike"}, true},
		{"mine", rashomon.Event{Type: "ASSAULT", Mode: "explosives"}, acledType{disorderViolence, acledRemote, "Remote explosive/landmine/IED"}, true},
		{"fire on soldiers", rashomon.Event{Type: "ASSAULT", Mode: "firearms", Target: mil}, acledType{disorderViolence, acledBattles, "Armed clash"}, true},
		{"fire on civilians", rashomon.Event{Type: "ASSAULT", Mode: "firearms", Target: civ}, acledType{disorderViolence, acledCivilians, "Attack"}, true},
		{"attack, no target", rashomon.Event{Type: "ASSAULT"}, acledType{disorderViolence, acledBattles, "Armed clash"}, true},
		{"abduction", rashomon.Event{Type: "ASSAULT", Mode: "abduct"}, acledType{disorderViolence, acledCivilians, "Abduction/forced disappearance"}, true},
		{"destruction", rashomon.Event{Type: "ASSAULT", Mode: "destroy"}, acledType{disorderStrategic, acledStrategic, "Looting/property destruction"}, true},
		{"water cannon", rashomon.Event{Type: "ASSAULT", Mode: "crowd-control", Target: civ}, acledType{}, false},
		{"protest", rashomon.Event{Type: "PROTEST"}, acledType{disorderDemonstration, acledProtests, "Peaceful protest"}, true},
		{"arrest", rashomon.Event{Type: "COERCE", Mode: "arrest", CAMEO: "173"}, acledType{disorderStrategic, acledStrategic, "Arrests"}, true},
		{"occupation", rashomon.Event{Type: "COERCE", Mode: "seize", CAMEO: "192"}, acledType{disorderStrategic, acledStrategic, "Non-violent transfer of territory"}, true},
		{"checkpoint", rashomon.Event{Type: "COERCE", Mode: "restrict", CAMEO: "1711"}, acledType{disorderStrategic, acledStrategic, "Other"}, true},
		{"deployment", rashomon.Event{Type: "MOBILIZE", Mode: "troops"}, acledType{disorderStrategic, acledStrategic, "Other"}, true},
		{"accusation", rashomon.Event{Type: "ACCUSE"}, acledType{}, false},
		{"threat", rashomon.Event{Type: "THREATEN"}, acledType{}, false},
		{"ceasefire", rashomon.Event{Type: "RETREAT", Mode: "ceasefire"}, acledType{}, false},
		{"aid", rashomon.Event{Type: "AID"}, acledType{}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, ok := acledTypeOf(&c.e)
			if got != c.want || ok != c.ok {
				t.Errorf("got %+v %v, want %+v %v", got, ok, c.want, c.ok)
			}
		})
	}
}

func TestACLEDRecord(t *testing.T) {
	rows := fixture()
	out, _ := write(t, ACLED, rows, Options{Negated: true, Unmapped: true})
	recs, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(rows)+1 || !reflect.DeepEqual(recs[0], acledColumns) {
		t.Fatalf("%d records, header %q", len(recs), recs[0])
	}
	by := map[string][]string{}
	for _, r := range recs[1:] {
		by[r[0]] = r
	}
	col := func(id, name string) string { return by[id][indexOf(t, acledColumns, name)] }
	for _, c := range []struct{ id, col, want string }{
		{"d1-e1", "event_date", "2024-05-14"},
		{"d1-e1", "year", "2024"},
		{"d1-e1", "time_precision", "1"},
		{"d1-e1", "event_type", "Battles"},
		{"d1-e1", "actor1", "AZE MIL"},
		{"d1-e1", "inter1", "8"}, // Azerbaijan's army in Armenia
		{"d1-e1", "inter2", "1"},
		{"d1-e1", "interaction", "18"},
		{"d1-e1", "civilian_targeting", ""},
		{"d1-e1", "iso", "51"},
		{"d1-e1", "country", "Armenia"},
		{"d1-e1", "admin1", "Gegharkunik Province"},
		{"d1-e1", "location", "Sotk"},
		{"d1-e1", "geo_precision", "1"},
		{"d1-e1", "source", "Example Wire"},
		{"d1-e1", "fatalities", "3"},
		{"d1-e1", "notes", "According to ARM MIL: " + rows[0].Quote},
		{"d1-e1", "tags", "plover=ASSAULT/firearms; cameo=190; source=AZEMIL; target=ARMMIL; claimant=ARMMIL; stance=asserted; wounded=3; doc=d1"},
		{"d2-e1", "event_date", ""},
		{"d2-e1", "time_precision", ""},
		{"d2-e1", "fatalities", "0"},
		{"d2-e1", "inter1", ""},
		{"d2-e1", "interaction", ""},
		{"d2-e1", "notes", "There was an attack."},
		{"d3-e1", "time_precision", "2"},
		{"d3-e1", "event_date", ""},
		{"d3-e1", "civilian_targeting", "Civilian targeting"},
		{"d3-e1", "inter2", "7"},
		{"d3-e1", "interaction", "78"}, // Russia's army in Ukraine, on civilians
		{"d3-e1", "notes", "According to UKR GOV: Line one, with a comma; line two with a \"quote\" and a tab and more."},
		{"d4-e2", "tags", "plover=ASSAULT; cameo=190; source=ARMMIL; stance=denied; negated; doc=d4"},
		{"d5-e1", "event_type", ""},
		{"d5-e1", "time_precision", "3"},
		{"d5-e1", "inter1", "8"},
		{"d5-e1", "inter2", ""}, // a de facto entity's forces
		{"d5-e1", "geo_precision", "3"},
		{"d6-e1", "inter1", "6"},
		{"d6-e1", "interaction", "60"},
		{"d6-e1", "time_precision", "3"},
		{"d7-e1", "event_type", acledRemote},
		{"d7-e1", "time_precision", "3"},
		{"d7-e1", "civilian_targeting", "Civilian targeting"},
		{"d7-e1", "iso", "275"},
		{"d7-e1", "fatalities", "4"},
		{"d8-e1", "sub_event_type", "Looting/property destruction"},
		{"d8-e1", "notes", "According to observers: Russian forces seized the plant."},
		{"d8-e1", "latitude", ""},
		{"d8-e1", "geo_precision", "2"},
	} {
		if got := col(c.id, c.col); got != c.want {
			t.Errorf("%s %s = %q, want %q", c.id, c.col, got, c.want)
		}
	}
}

func TestTSVField(t *testing.T) {
	for in, want := range map[string]string{
		"plain":             "plain",
		"a\tb":              "a b",
		"a\nb\r\nc":         "a b  c",
		"a\u2028b\u2029c":   "a b c",
		"a\x00b\x7fc\u0085": "a b c ",
		"Sotk – Зод":        "Sotk – Зод",
	} {
		if got := tsvField(in); got != want {
			t.Errorf("tsvField(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range Formats() {
		if got, err := ParseFormat(strings.ToUpper(string(f))); err != nil || got != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, got, err)
		}
	}
	if _, err := ParseFormat("xml"); err == nil || !strings.Contains(err.Error(), "csv, json") {
		t.Errorf("ParseFormat(xml): %v", err)
	}
	if _, err := NewWriter(&bytes.Buffer{}, "xml", Options{}); err == nil {
		t.Error("NewWriter accepted xml")
	}
}

func TestWriterClose(t *testing.T) {
	var b bytes.Buffer
	w, err := NewWriter(&b, JSON, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if err := w.Write(fixture()[0]); err == nil {
		t.Error("Write after Close succeeded")
	}
	if b.String() != "[]\n" {
		t.Errorf("got %q", b.String())
	}
}

// failWriter fails after n bytes.
type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		return 0, errors.New("disk full")
	}
	f.n -= len(p)
	return len(p), nil
}

func TestWriteError(t *testing.T) {
	rows := fixture()
	for i := 0; i < 40; i++ { // more than every writer's buffer
		rows = append(rows, rows...)
		if len(rows) > 2000 {
			break
		}
	}
	for _, f := range Formats() {
		_, err := Write(&failWriter{n: 100}, f, Slice(rows), Options{Negated: true, Unmapped: true})
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("%s: error %v, want disk full", f, err)
		}
	}
}

// pager is a store of n events that records the queries it gets.
type pager struct {
	n       int
	queries []rashomon.EventQuery
	failAt  int // offset at which Events fails, or 0
}

func (p *pager) Events(ctx context.Context, q rashomon.EventQuery) (rashomon.EventPage, error) {
	p.queries = append(p.queries, q)
	if p.failAt > 0 && q.Offset >= p.failAt {
		return rashomon.EventPage{}, errors.New("store gone")
	}
	page := rashomon.EventPage{Events: []rashomon.EventRow{}}
	for i := q.Offset; i < min(p.n, q.Offset+q.Limit); i++ {
		page.Events = append(page.Events, rashomon.EventRow{Event: rashomon.Event{ID: "e" + strconv.Itoa(i)}})
	}
	return page, nil
}

func TestEvents(t *testing.T) {
	const page = rashomon.MaxEventPage
	for _, c := range []struct {
		name          string
		n, limit, off int
		want, queries int
	}{
		{"empty", 0, 0, 0, 0, 1},
		{"one short page", 5, 0, 0, 5, 1},
		{"exactly one page", page, 0, 0, page, 2},
		{"two pages and a bit", 2*page + 3, 0, 0, 2*page + 3, 3},
		{"capped", 2*page + 3, page + 1, 0, page + 1, 2},
		{"from an offset", page + 3, 0, 2, page + 1, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := &pager{n: c.n}
			var ids []string
			for r, err := range Events(context.Background(), p, rashomon.EventQuery{Limit: c.limit, Offset: c.off, Type: "ASSAULT"}) {
				if err != nil {
					t.Fatal(err)
				}
				ids = append(ids, r.ID)
			}
			if len(ids) != c.want || len(p.queries) != c.queries {
				t.Fatalf("%d events in %d queries, want %d in %d", len(ids), len(p.queries), c.want, c.queries)
			}
			for i, id := range ids {
				if id != "e"+strconv.Itoa(c.off+i) {
					t.Fatalf("event %d is %s", i, id)
				}
			}
			for _, q := range p.queries {
				if q.Type != "ASSAULT" || q.Limit > page || q.Limit <= 0 {
					t.Errorf("query %+v", q)
				}
			}
		})
	}
	t.Run("store error", func(t *testing.T) {
		p := &pager{n: 3 * page, failAt: page}
		n := 0
		var last error
		for _, err := range Events(context.Background(), p, rashomon.EventQuery{}) {
			if err != nil {
				last = err
				continue
			}
			n++
		}
		if n != page || last == nil || last.Error() != "store gone" {
			t.Errorf("%d events, error %v", n, last)
		}
		var b bytes.Buffer
		if _, err := Write(&b, CSV, Events(context.Background(), &pager{n: 3 * page, failAt: page}, rashomon.EventQuery{}), Options{}); err == nil {
			t.Error("Write hid the store's error")
		}
	})
	t.Run("stop early", func(t *testing.T) {
		p := &pager{n: 3 * page}
		for range Events(context.Background(), p, rashomon.EventQuery{}) {
			break
		}
		if len(p.queries) != 1 {
			t.Errorf("%d queries after stopping at the first event", len(p.queries))
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		p := &pager{n: 3 * page}
		n := 0
		var last error
		for _, err := range Events(ctx, p, rashomon.EventQuery{}) {
			if err != nil {
				last = err
				break
			}
			if n++; n == 10 {
				cancel()
			}
		}
		if !errors.Is(last, context.Canceled) || len(p.queries) != 1 {
			t.Errorf("error %v after %d queries", last, len(p.queries))
		}
	})
}

// TestDocumented checks that doc.go and README.md describe every column
// the writers write.
func TestDocumented(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range [][]string{csvColumns, gdeltColumns, acledColumns} {
		for _, c := range set {
			actorGeo := strings.HasPrefix(c, "Actor1Geo_") || strings.HasPrefix(c, "Actor2Geo_")
			actor2 := strings.HasPrefix(c, "Actor2") && !actorGeo
			if !bytes.Contains(readme, []byte("`"+c+"`")) && !actorGeo && !actor2 {
				t.Errorf("README.md does not describe column %s", c)
			}
			if !bytes.Contains(doc, []byte(c)) && !actorGeo && !actor2 {
				t.Errorf("doc.go does not describe column %s", c)
			}
		}
	}
	if len(gdeltColumns) != 61 {
		t.Errorf("%d GDELT columns, want 61", len(gdeltColumns))
	}
}

func indexOf(t *testing.T, cols []string, name string) int {
	t.Helper()
	for i, c := range cols {
		if c == name {
			return i
		}
	}
	t.Fatalf("no column %s", name)
	return -1
}
