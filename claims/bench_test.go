package claims

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/rashomon-project/rashomon"
)

// benchGazetteer is 5,000 places scattered over a 10°×10° theatre.
func benchGazetteer(r *rand.Rand) (gridPlaces, []string) {
	g := gridPlaces{}
	var ids []string
	for i := range 5000 {
		id := fmt.Sprintf("p%d", i)
		kind := "village"
		if i%50 == 0 {
			kind = "region"
		}
		g[id] = place(id, kind, 38+10*r.Float64(), 40+10*r.Float64())
		ids = append(ids, id)
	}
	return g, ids
}

// benchFootprints makes n footprints over three years: one to three
// places each, two of six sides, one in ten undated or dated to a month.
func benchFootprints(r *rand.Rand, n int, g gridPlaces, ids []string) []rashomon.Footprint {
	sides := []string{"ARM", "AZE", "RUS", "UKR", "TUR", "IRN"}
	out := make([]rashomon.Footprint, n)
	for i := range out {
		f := rashomon.Footprint{Doc: fmt.Sprintf("doc%07d", i), Places: map[string]int{}}
		switch r.IntN(10) {
		case 0:
		case 1:
			f.Date = rashomon.Date{Year: 2020 + r.IntN(3), Month: 1 + r.IntN(12)}
		default:
			f.Date = rashomon.Day(2020+r.IntN(3), 1+r.IntN(12), 1+r.IntN(28))
		}
		for range 1 + r.IntN(3) {
			p := ids[r.IntN(len(ids))]
			w := 2
			if g[p].Kind == "region" {
				w = 1
			}
			f.Places[p] = w
		}
		a, b := r.IntN(len(sides)), r.IntN(len(sides))
		f.Countries = []string{sides[a], sides[b]}
		out[i] = f
	}
	return out
}

// BenchmarkLink links a million generated documents (each standing for
// at least one event) in memory and reports documents per second and the
// heap the linker holds.
func BenchmarkLink(b *testing.B) {
	n := benchN()
	r := rand.New(rand.NewPCG(1, 2))
	g, ids := benchGazetteer(r)
	fps := benchFootprints(r, n, g, ids)
	b.ResetTimer()
	for b.Loop() {
		var before runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		l := NewLinker(g)
		for _, f := range fps {
			l.Add(f)
		}
		groups := l.Groups()
		var after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB-held")
		b.ReportMetric(float64(len(groups)), "incidents")
		runtime.KeepAlive(l)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// benchN is how many documents BenchmarkLink links; go test -short
// links fewer.
func benchN() int {
	if testing.Short() {
		return 100_000
	}
	return 1_000_000
}
