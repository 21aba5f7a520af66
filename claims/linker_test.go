package claims

import (
	"context"
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/store/sqlite"
)

// gridPlaces is a gazetteer of places on a grid: "p<i>" at 40°N + i/100°
// by 45°E + i%100/100°... spaced about 1 km apart along a row.
type gridPlaces map[string]rashomon.Place

func (g gridPlaces) PlaceByID(id string) (rashomon.Place, bool) {
	p, ok := g[id]
	return p, ok
}

func place(id, kind string, lat, lon float64) rashomon.Place {
	return rashomon.Place{ID: id, Name: id, Kind: kind, Lat: &lat, Lon: &lon}
}

var testPlaces = gridPlaces{
	"parukh":     place("parukh", "village", 39.98, 46.87),
	"khankendi":  place("khankendi", "city", 39.82, 46.75), // 20 km from Parukh
	"lachin":     place("lachin", "city", 39.64, 46.55),    // 45 km from Parukh
	"karabakh":   place("karabakh", "region", 39.9, 46.7),
	"kerch":      place("kerch", "strait", 45.3, 36.5),
	"tbilisi":    place("tbilisi", "city", 41.7, 44.8),
	"no-coords":  {ID: "no-coords", Name: "nowhere", Kind: "village"},
	"black-sea":  place("black-sea", "sea", 43, 34),
	"azov-sea":   place("azov-sea", "sea", 46, 36.5),
	"far-region": place("far-region", "region", 10, 10),
}

func fp(doc, date string, countries []string, places ...string) rashomon.Footprint {
	f := rashomon.Footprint{Doc: doc, Places: map[string]int{}, Countries: countries}
	f.Date, _ = rashomon.ParseDate(date)
	for _, p := range places {
		w := 2
		if broadKinds[testPlaces[p].Kind] {
			w = 1
		}
		f.Places[p] = w
	}
	return f
}

func TestCompatible(t *testing.T) {
	aa := []string{"ARM", "AZE"}
	tests := []struct {
		name string
		a, b rashomon.Footprint
		want bool
	}{
		{"same village same day", fp("a", "2022-03-24", nil, "parukh"), fp("b", "2022-03-24", nil, "parukh"), true},
		{"same village next days", fp("a", "2022-03-24", nil, "parukh"), fp("b", "2022-03-27", nil, "parukh"), true},
		{"same village a week later", fp("a", "2022-03-24", nil, "parukh"), fp("b", "2022-03-31", nil, "parukh"), false},
		{"places 20 km apart", fp("a", "2022-03-24", nil, "parukh"), fp("b", "2022-03-25", nil, "khankendi"), true},
		{"places 45 km apart", fp("a", "2022-03-24", nil, "parukh"), fp("b", "2022-03-25", nil, "lachin"), false},
		{"region and both sides", fp("a", "2022-03-24", aa, "karabakh"), fp("b", "2022-03-24", aa, "karabakh"), true},
		{"region and one side", fp("a", "2022-03-24", []string{"AZE"}, "karabakh"), fp("b", "2022-03-24", aa, "karabakh"), false},
		{"nothing shared", fp("a", "2022-03-24", aa, "parukh"), fp("b", "2022-03-24", aa, "tbilisi"), false},
		{"undated and dated", fp("a", "", nil, "parukh"), fp("b", "2022-03-24", nil, "parukh"), false},
		{"year and day", fp("a", "2022", nil, "parukh"), fp("b", "2022-03-24", nil, "parukh"), false},
		{"both undated", fp("a", "", nil, "parukh"), fp("b", "", nil, "parukh"), false},
		{"month holds the day", fp("a", "2022-03", nil, "parukh"), fp("b", "2022-03-24", nil, "parukh"), true},
		{"month before the day", fp("a", "2022-02", nil, "parukh"), fp("b", "2022-03-24", nil, "parukh"), false},
		{"no coordinates", fp("a", "2022-03-24", nil, "no-coords"), fp("b", "2022-03-24", nil, "parukh"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := NewLinker(testPlaces)
			if got := l.compatible(&tt.a, &tt.b); got != tt.want {
				t.Errorf("compatible = %v, want %v", got, tt.want)
			}
			if got := l.compatible(&tt.b, &tt.a); got != tt.want {
				t.Errorf("compatible (reversed) = %v, want %v", got, tt.want)
			}
			// the indexes find every compatible pair
			l.Add(tt.a)
			l.Add(tt.b)
			if got := len(l.GroupOf("a")) == 2; got != tt.want {
				t.Errorf("linked = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestLinkerReprintJoinsOriginal(t *testing.T) {
	l := NewLinker(testPlaces)
	l.Add(fp("orig", "2022-03-24", nil, "tbilisi"))
	r := fp("copy", "2023-01-01", nil) // a reprint with nothing of its own
	r.ReprintOf = "orig"
	l.Add(r)
	if got := l.GroupOf("copy"); !reflect.DeepEqual(got, []string{"copy", "orig"}) {
		t.Errorf("GroupOf = %v", got)
	}
}

// randomFootprints makes n footprints over a few places and a few weeks,
// so that many link and some chains merge groups.
func randomFootprints(r *rand.Rand, n int) []rashomon.Footprint {
	names := []string{"parukh", "khankendi", "lachin", "karabakh", "kerch", "tbilisi", "black-sea", "azov-sea", "far-region"}
	sides := [][]string{{"ARM", "AZE"}, {"AZE"}, {"RUS", "UKR"}, {"ARM", "AZE", "RUS"}}
	var out []rashomon.Footprint
	for i := range n {
		date := fmt.Sprintf("2022-%02d-%02d", 1+r.IntN(8), 1+r.IntN(28))
		switch r.IntN(12) {
		case 0:
			date = ""
		case 1:
			date = fmt.Sprintf("2022-%02d", 1+r.IntN(8))
		}
		var ps []string
		for range r.IntN(3) {
			ps = append(ps, names[r.IntN(len(names))])
		}
		f := fp(fmt.Sprintf("d%03d", i), date, sides[r.IntN(len(sides))], ps...)
		if i > 0 && r.IntN(10) == 0 {
			f.ReprintOf = out[r.IntN(len(out))].Doc
		}
		out = append(out, f)
	}
	return out
}

// TestUpdateIsIncremental links documents into a store in batches of
// different sizes and checks that the incidents are those linking them
// all at once gives: adding documents never needs re-clustering.
func TestUpdateIsIncremental(t *testing.T) {
	ctx := context.Background()
	for seed := range uint64(4) {
		r := rand.New(rand.NewPCG(seed, 7))
		fps := randomFootprints(r, 120)
		all := NewLinker(testPlaces)
		for _, f := range fps {
			all.Add(f)
		}
		want := all.Groups()
		if len(want) < 2 {
			t.Fatalf("seed %d: only %d groups: the test data link too little", seed, len(want))
		}

		st, err := sqlite.Open(ctx, ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		for lo := 0; lo < len(fps); {
			hi := min(len(fps), lo+1+r.IntN(30))
			var docs []*rashomon.Document
			for _, f := range fps[lo:hi] {
				f := f
				docs = append(docs, &rashomon.Document{ID: f.Doc, Origin: f.Doc, ReprintOf: f.ReprintOf,
					ContentHash: f.Doc, Footprint: &f})
			}
			if err := st.PutDocuments(ctx, docs); err != nil {
				t.Fatal(err)
			}
			if _, err := Update(ctx, st, testPlaces); err != nil {
				t.Fatal(err)
			}
			lo = hi
		}
		incs, err := st.Incidents(ctx, rashomon.IncidentQuery{Limit: 1 << 20})
		if err != nil {
			t.Fatal(err)
		}
		var got [][]string
		for _, inc := range incs {
			docs := append([]string(nil), inc.Docs...)
			sort.Strings(docs)
			got = append(got, docs)
		}
		sort.Slice(got, func(i, j int) bool { return got[i][0] < got[j][0] })
		sort.Slice(want, func(i, j int) bool { return want[i][0] < want[j][0] })
		if !reflect.DeepEqual(got, want) {
			t.Errorf("seed %d: incremental incidents differ from linking all at once:\n got %v\nwant %v", seed, got, want)
		}
		// nothing left to link; a second update changes nothing
		sum, err := Update(ctx, st, testPlaces)
		if err != nil || sum != (UpdateSummary{}) {
			t.Errorf("second update: %+v, %v", sum, err)
		}
		st.Close()
	}
}
