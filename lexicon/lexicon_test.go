package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/text"
)

var (
	loadOnce sync.Once
	loaded   *Lexicon
	loadErr  error
)

func testLexicon(t testing.TB) *Lexicon {
	t.Helper()
	loadOnce.Do(func() { loaded, loadErr = Load(DefaultSource("")) })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

type want struct {
	text, code, kind, name string
}

func match(t *testing.T, lx *Lexicon, s string, ctx Context) []rashomon.Mention {
	t.Helper()
	return lx.NewMatcher().Match(s, text.Sentences(s), ctx)
}

func TestMatch(t *testing.T) {
	lx := testLexicon(t)
	tests := []struct {
		name string
		in   string
		date rashomon.Date
		want []want
	}{
		{"country adjective + agent", "The Azerbaijani Defense Ministry said so.", rashomon.Date{},
			[]want{{"Azerbaijani Defense Ministry", "AZE MIL", "actor", ""}}},
		{"possessive", "Azerbaijan’s army and Armenia's Foreign Ministry replied.", rashomon.Date{},
			[]want{{"Azerbaijan’s army", "AZE MIL", "actor", ""}, {"Armenia's Foreign Ministry", "ARM GOV", "actor", ""}}},
		{"peacekeepers", "the Russian peacekeeping contingent and Russian peacekeepers", rashomon.Date{},
			[]want{{"Russian peacekeeping contingent", "RUS PKO", "actor", ""}, {"Russian peacekeepers", "RUS PKO", "actor", ""}}},
		{"agent of country", "the Ministry of Defence of the Republic of Armenia reported", rashomon.Date{},
			[]want{{"Ministry of Defence of the Republic of Armenia", "ARM MIL", "actor", ""}}},
		{"units of the armed forces", "units of the Armenian armed forces shelled positions", rashomon.Date{},
			[]want{{"units of the Armenian armed forces", "ARM MIL", "actor", ""}}},
		{"metonyms", "Official Baku and the Kremlin objected; Moscow agreed.", rashomon.Date{},
			[]want{{"Official Baku", "AZE GOV", "actor", ""}, {"the Kremlin", "RUS GOV", "actor", ""}, {"Moscow", "RUS GOV", "actor", ""}}},
		{"organization", "The Artsakh Defense Army and the ICRC said.", rashomon.Date{},
			[]want{{"Artsakh Defense Army", "NKR MIL", "actor", ""}, {"ICRC", "NGO", "actor", ""}}},
		{"demonym", "Armenians and Azerbaijanis live there.", rashomon.Date{},
			[]want{{"Armenians", "ARM CVL", "actor", ""}, {"Azerbaijanis", "AZE CVL", "actor", ""}}},
		{"official at date", "Zakir Hasanov met Sergei Shoigu.", rashomon.Day(2022, 3, 26),
			[]want{{"Zakir Hasanov", "AZE MIL", "person", ""}, {"Sergei Shoigu", "RUS MIL", "person", ""}}},
		{"official later role", "Sergei Shoigu spoke.", rashomon.Day(2025, 1, 10),
			[]want{{"Sergei Shoigu", "RUS GOV", "person", ""}}},
		{"each side's name", "near Parukh, which Baku calls Farrukh, close to Stepanakert", rashomon.Date{},
			[]want{{"Parukh", "", "place", "Farrukh"}, {"Farrukh", "", "place", "Farrukh"}, {"Stepanakert", "", "place", "Khankendi"}}},
		{"hyphen and space variants", "Nagorno-Karabakh and Nagorno Karabakh", rashomon.Date{},
			[]want{{"Nagorno-Karabakh", "", "place", "Nagorno-Karabakh"}, {"Nagorno Karabakh", "", "place", "Nagorno-Karabakh"}}},
		{"plural shared head", "tension in the Azov and Black Seas", rashomon.Date{},
			[]want{{"Black Seas", "", "place", "Black Sea"}}},
		{"case matters for abbreviations", "Let us go; the US objected.", rashomon.Date{},
			[]want{{"US", "USA GOV", "actor", ""}}},
		{"Kyiv and Kiev", "Kyiv and Kiev", rashomon.Date{},
			[]want{{"Kyiv", "", "place", "Kyiv"}, {"Kiev", "", "place", "Kyiv"}}},
		{"parenthesised alternate", "in Fuzuli (Varanda) district", rashomon.Date{},
			[]want{{"Fuzuli", "", "place", ""}, {"Varanda", "", "place", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := match(t, lx, tt.in, Context{Date: tt.date})
			for _, w := range tt.want {
				ok := false
				for _, m := range got {
					if m.Text == w.text && string(m.Kind) == w.kind && (w.code == "" || m.Actor.String() == w.code) &&
						(w.name == "" || m.Name == w.name) {
						ok = true
					}
				}
				if !ok {
					t.Errorf("no %s %q %s %s in:", w.kind, w.text, w.code, w.name)
					for _, m := range got {
						t.Logf("  %s %q %s %s (%s)", m.Kind, m.Text, m.Actor, m.Name, m.Rule)
					}
				}
			}
		})
	}
	// "us" in lower case is not the United States.
	for _, m := range match(t, lx, "Let us go.", Context{}) {
		if m.Actor.Country == "USA" {
			t.Errorf("lower-case 'us' matched the USA")
		}
	}
}

func TestRoleInconsistency(t *testing.T) {
	lx := testLexicon(t)
	got := match(t, lx, "Foreign Minister Zakir Hasanov said.", Context{Date: rashomon.Day(2022, 3, 26)})
	for _, m := range got {
		if m.Kind == rashomon.MentionPerson {
			if m.Actor.String() != "AZE MIL" || !strings.Contains(m.Note, "Minister of Defence") {
				t.Errorf("got %+v", m)
			}
			return
		}
	}
	t.Fatal("no person mention")
}

func TestGeorgiaByContext(t *testing.T) {
	lx := testLexicon(t)
	got := match(t, lx, "Protests spread from Atlanta across Georgia and Alabama.", Context{})
	for _, m := range got {
		if m.Text == "Georgia" && m.Kind == rashomon.MentionPlace && m.EntityID == "country:GEO" {
			t.Errorf("Georgia next to Atlanta resolved to the country")
		}
		if m.Text == "Georgia" && m.Actor.Country == "GEO" {
			t.Errorf("Georgia next to Atlanta coded as the Georgian government")
		}
	}
	got = match(t, lx, "Russian troops remain in Abkhazia and Georgia protested in Tbilisi.", Context{})
	found := false
	for _, m := range got {
		if m.Text == "Georgia" && m.Kind == rashomon.MentionPlace {
			found = true
			if p := lx.Place(m.EntityID); p == nil || p.Country != "GEO" {
				t.Errorf("Georgia near Tbilisi resolved to %s", m.EntityID)
			}
		}
	}
	if !found {
		t.Error("no place mention for Georgia")
	}
}

func TestKinInDeFactoTerritory(t *testing.T) {
	lx := testLexicon(t)
	d := &rashomon.Document{Text: "Armenian residents of Karabakh were evacuated to Goris."}
	d.Sentences = text.Sentences(d.Text)
	NewAnalyzer(lx).Analyze(d)
	for _, m := range d.Mentions {
		if m.Text == "Armenian residents" {
			if m.Actor.String() != "NKR CVL" {
				t.Errorf("got %s (%s)", m.Actor, m.Rule)
			}
			return
		}
	}
	t.Error("no mention of the residents")
}

func TestValidationErrors(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "actors"), 0o755)
	os.MkdirAll(filepath.Join(dir, "places"), 0o755)
	os.WriteFile(filepath.Join(dir, "actors", "organizations-extra.yaml"), []byte(
		"- id: good-group\n  name: Good Group\n  country: ARM\n  sector: IRR\n"+
			"- id: bad-sector\n  name: Bad\n  country: ARM\n  sector: XXX\n"+
			"- id: bad-country\n  name: Bad Country\n  country: ZZZ\n  sector: GOV\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "places", "extra.yaml"), []byte(
		"- id: somewhere\n  name: Somewhere\n  kind: village\n  country: AZE\n  lat: 95\n  lon: 46\n"), 0o644)
	_, err := Load(DefaultSource(dir))
	if err == nil {
		t.Fatal("bad files accepted")
	}
	msg := err.Error()
	for _, w := range []string{"organizations-extra.yaml:5: organization bad-sector: unknown sector \"XXX\"",
		"organizations-extra.yaml:9:", `unknown country code "ZZZ"`, "extra.yaml:1: place somewhere: coordinates 95,46 out of range"} {
		if !strings.Contains(msg, w) {
			t.Errorf("error lacks %q:\n%s", w, msg)
		}
	}
}

func TestUserFolderOverridesAndExtends(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "actors"), 0o755)
	os.WriteFile(filepath.Join(dir, "actors", "organizations.yaml"), []byte(
		"- id: icrc\n  name: International Committee of the Red Cross\n  names: [ICRC]\n  country: CHE\n  sector: NGO\n"+
			"- id: new-militia\n  name: Blue Hills Militia\n  country: ARM\n  sector: IRR\n"), 0o644)
	lx, err := Load(DefaultSource(dir))
	if err != nil {
		t.Fatal(err)
	}
	got := lx.NewMatcher().Match("The ICRC and the Blue Hills Militia met.", nil, Context{})
	codes := map[string]string{}
	for _, m := range got {
		codes[m.Text] = m.Actor.String()
	}
	if codes["ICRC"] != "CHE NGO" || codes["Blue Hills Militia"] != "ARM IRR" {
		t.Errorf("got %v", codes)
	}
}

func TestCAMEOImport(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "mine.actors.txt"), []byte(`# a PETRARCH-style actor dictionary
SILVER_HILLS_BRIGADE_ [ARMIRR]
+SILVER_BRIGADE_
JANE_EXAMPLE_  # an official
	[AZEGOV 150101-181231]
	[AZEMIL >190101]
UNDATED_COUNCIL [IGOUNO]
`), 0o644)
	os.WriteFile(filepath.Join(dir, "mine.agents.txt"), []byte(`!PERSON! = MAN, MEN
BORDER_PATROL!PERSON! [~MIL]
HARBOUR_MASTER [~GOV]
`), 0o644)
	lx, err := Load(DefaultSource(dir))
	if err != nil {
		t.Fatal(err)
	}
	check := func(s string, date rashomon.Date, wantText, wantCode string) {
		t.Helper()
		for _, m := range lx.NewMatcher().Match(s, nil, Context{Date: date}) {
			if m.Text == wantText && m.Actor.String() == wantCode {
				return
			}
		}
		t.Errorf("%q: no %q coded %s", s, wantText, wantCode)
	}
	check("The Silver Brigade attacked.", rashomon.Date{}, "Silver Brigade", "ARM IRR")
	check("Jane Example spoke.", rashomon.Day(2016, 5, 1), "Jane Example", "AZE GOV")
	check("Jane Example spoke.", rashomon.Day(2020, 5, 1), "Jane Example", "AZE MIL")
	check("Russian border patrolmen arrived.", rashomon.Date{}, "Russian border patrolmen", "RUS MIL")
	check("The Undated Council met.", rashomon.Date{}, "Undated Council", "IGO")
}

func TestGeoNamesImport(t *testing.T) {
	dir := t.TempDir()
	table := strings.Join([]string{
		"587084\tBaku\tBaku\tBaki,Bakou\t40.37767\t49.89201\tP\tPPLC\tAZ\t\t09\t\t\t\t1116513\t\t-15\tAsia/Baku\t2023-01-01",
		"148445\tGanja\tGanja\tGyandzha\t40.68278\t46.36056\tP\tPPLA\tAZ\t\t21\t\t\t\t303268\t\t\tAsia/Baku\t2023-01-01",
		"999999\tTiny Village\tTiny Village\t\t40.1\t46.1\tP\tPPL\tAZ\t\t21\t\t\t\t120\t\t\tAsia/Baku\t2023-01-01",
		"587081\tBaku City\tBaku City\t\t40.4\t49.9\tA\tADM1\tAZ\t\t09\t\t\t\t0\t\t\tAsia/Baku\t2023-01-01",
	}, "\n") + "\n"
	alt := "1\t587084\tru\tБаку\t\t\t\t\t\t\n2\t587084\tlink\thttps://example.org\t\t\t\t\t\t\n3\t148445\ten\tGandja\t\t\t\t\t\t\n"
	os.WriteFile(filepath.Join(dir, "AZ.txt"), []byte(table), 0o644)
	os.WriteFile(filepath.Join(dir, "alternateNamesV2.txt"), []byte(alt), 0o644)
	var b strings.Builder
	n, err := ImportGeoNames(&b, []string{filepath.Join(dir, "AZ.txt")}, filepath.Join(dir, "alternateNamesV2.txt"),
		map[string]string{"AZ": "AZE"}, GeoNamesOptions{MinPopulation: 1000, Languages: []string{"en", "ru"}})
	if err != nil {
		t.Fatal(err)
	}
	if n != 3 {
		t.Errorf("wrote %d places, want 3 (the village is too small):\n%s", n, b.String())
	}
	out := b.String()
	for _, w := range []string{"gn:587084\tBaku\tcity\tAZE\tBaku City\t40.37767\t49.89201\t1116513\tБаку", "Gandja", "gn:587081\tBaku City\tregion"} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	if strings.Contains(out, "example.org") {
		t.Error("link kept as a name")
	}
	// The table loads as a user gazetteer.
	user := t.TempDir()
	os.MkdirAll(filepath.Join(user, "places"), 0o755)
	os.WriteFile(filepath.Join(user, "places", "geonames.tsv"), []byte(strings.ReplaceAll(out, "gn:587084", "gn:test-587084")), 0o644)
	if _, err := Load(DefaultSource(user)); err != nil {
		t.Fatalf("imported table does not load: %v", err)
	}
}

// TestFoldKeyConcurrent folds accented words from many goroutines at once,
// as the pipeline's workers do; run with -race.
func TestFoldKeyConcurrent(t *testing.T) {
	words := []string{"Şuşa", "Kəlbəcər", "İstanbul", "Ağdam", "Füzuli", "Zaporizhzhia", "Hadrut", "Xankəndi"}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 2000 {
				w := words[(g+i)%len(words)]
				if k := foldKey(w); k != foldKey(w) || k == "" {
					t.Errorf("foldKey(%q) = %q", w, k)
					return
				}
			}
		})
	}
	wg.Wait()
	if got := foldKey("Şuşa"); got != "susa" {
		t.Errorf("foldKey(Şuşa) = %q", got)
	}
}
