// Package benchstore holds what the event-query load benchmarks share: a
// store of a million generated events (cached in the temporary folder
// across runs), the shapes of query an analyst sends, and a runner that
// sends them from many goroutines at once and reports latencies. The
// store's own benchmark calls the store directly; the web's goes through
// HTTP on loopback.
package benchstore

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/internal/genevents"
	"github.com/rashomon-project/rashomon/store/sqlite"
)

// Fill describes a filled benchmark store; it is written beside the
// store once the store is complete.
type Fill struct {
	Events    int     `json:"events"`
	Docs      int     `json:"docs"`
	Incidents int     `json:"incidents"`
	PutSec    float64 `json:"put_seconds"`
	LinkSec   float64 `json:"link_seconds"`
	Bytes     int64   `json:"bytes"`
}

// version names the generator and fill in the cache file: change it
// when either, or the layout of a new store, changes.
const version = 3

// Open opens a store of n generated events, cached in the temporary
// folder across runs (-short: 50,000 events, else 1,000,000).
func Open(b *testing.B) (*sqlite.Store, Fill) {
	b.Helper()
	n := 1_000_000
	if testing.Short() {
		n = 50_000
	}
	path := filepath.Join(os.TempDir(), fmt.Sprintf("rashomon-bench-%d-v%d.db", n, version))
	var fill Fill
	if body, err := os.ReadFile(path + ".json"); err == nil && json.Unmarshal(body, &fill) == nil {
		b.Logf("store %s: cached", path)
	} else {
		fill = fillNew(b, path, n)
	}
	start := time.Now()
	st, err := sqlite.Open(context.Background(), path, sqlite.Mapped()) // brings a cached store's schema up to date; mapped as rashomon serve opens it
	if err != nil {
		b.Fatal(err)
	}
	if d := time.Since(start); d > time.Second {
		b.Logf("opening (migrations) took %.1f s", d.Seconds())
	}
	if info, err := os.Stat(path); err == nil {
		fill.Bytes = info.Size()
	}
	return st, fill
}

// fillNew generates n events into a new store at path, in batches of
// 500 documents, linking each 10,000 documents' incidents.
func fillNew(b *testing.B, path string, n int) Fill {
	b.Helper()
	ctx := context.Background()
	tmp := path + ".tmp"
	for _, p := range []string{tmp, tmp + "-wal", tmp + "-shm", path, path + "-wal", path + "-shm"} {
		os.Remove(p)
	}
	st, err := sqlite.Open(ctx, tmp)
	if err != nil {
		b.Fatal(err)
	}
	g := genevents.New(1)
	var fill Fill
	var put, link time.Duration
	for fill.Events < n {
		var chunk []*rashomon.Document
		for len(chunk) < 10000 && fill.Events < n {
			d := g.Next()
			if k := n - fill.Events; len(d.Events) > k {
				d.Events = d.Events[:k]
			}
			fill.Events += len(d.Events)
			chunk = append(chunk, d)
		}
		start := time.Now()
		for lo := 0; lo < len(chunk); lo += 500 {
			if err := st.PutDocuments(ctx, chunk[lo:min(lo+500, len(chunk))]); err != nil {
				b.Fatal(err)
			}
		}
		put += time.Since(start)
		start = time.Now()
		incs := genevents.Incidents(chunk)
		linked := make([]string, len(chunk))
		for i, d := range chunk {
			linked[i] = d.ID
		}
		if err := st.ReplaceIncidents(ctx, incs, nil, linked); err != nil {
			b.Fatal(err)
		}
		link += time.Since(start)
		fill.Docs += len(chunk)
		fill.Incidents += len(incs)
		if fill.Docs%100_000 < len(chunk) {
			fmt.Fprintf(os.Stderr, "fill: %d events in %d documents, %.0f s\n", fill.Events, fill.Docs, (put + link).Seconds())
		}
	}
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	fill.PutSec, fill.LinkSec = put.Seconds(), link.Seconds()
	b.Logf("filled %s: %d events in %d documents in %.0f s, %d incidents linked in %.0f s",
		path, fill.Events, fill.Docs, fill.PutSec, fill.Incidents, fill.LinkSec)
	body, _ := json.Marshal(fill)
	if err := os.WriteFile(path+".json", body, 0o644); err != nil {
		b.Fatal(err)
	}
	return fill
}

// sample reads n values of one column at random.
func sample(b *testing.B, st *sqlite.Store, query string) []string {
	b.Helper()
	rows, err := st.DB().Query(query)
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			b.Fatal(err)
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		b.Fatalf("%s: nothing", query)
	}
	return out
}

// Shape is one kind of event query, drawn at random.
type Shape struct {
	Name  string
	Query func(r *rand.Rand) rashomon.EventQuery
}

// Shapes returns the kinds of query measured, drawing incidents and
// search words from the store; the last, "mix", draws from all the others.
func Shapes(b *testing.B, st *sqlite.Store) []Shape {
	incidents := sample(b, st, `SELECT id FROM incidents ORDER BY random() LIMIT 500`)
	var words []string
	for _, q := range sample(b, st, `SELECT quote FROM events ORDER BY random() LIMIT 200`) {
		for _, w := range strings.Fields(q) {
			if len(w) > 5 && strings.ToLower(w) == w {
				words = append(words, w)
			}
		}
	}
	places := genevents.Places()
	actor := func(r *rand.Rand) string {
		c := genevents.Countries[r.IntN(len(genevents.Countries))]
		if r.IntN(2) == 0 {
			c += []string{"GOV", "MIL", "CVL", "REB"}[r.IntN(4)]
		}
		return c
	}
	day := func(r *rand.Rand) rashomon.Date {
		return rashomon.DateOf(genevents.First.AddDate(0, 0, r.IntN(3*365)))
	}
	dayAfter := func(d rashomon.Date, n int) rashomon.Date { return rashomon.DateOf(d.Time().AddDate(0, 0, n)) }
	shapes := []Shape{
		{"type", func(r *rand.Rand) rashomon.EventQuery {
			return rashomon.EventQuery{Type: rashomon.EventTypes[r.IntN(len(rashomon.EventTypes))]}
		}},
		{"actor", func(r *rand.Rand) rashomon.EventQuery { return rashomon.EventQuery{Actor: actor(r)} }},
		{"source+target", func(r *rand.Rand) rashomon.EventQuery {
			return rashomon.EventQuery{Source: actor(r), Target: actor(r)}
		}},
		{"claimant", func(r *rand.Rand) rashomon.EventQuery { return rashomon.EventQuery{Claimant: actor(r)} }},
		{"place", func(r *rand.Rand) rashomon.EventQuery {
			return rashomon.EventQuery{Place: places[r.IntN(len(places))].ID}
		}},
		{"month", func(r *rand.Rand) rashomon.EventQuery {
			d := day(r)
			return rashomon.EventQuery{Since: d, Until: dayAfter(d, 30)}
		}},
		{"since", func(r *rand.Rand) rashomon.EventQuery { return rashomon.EventQuery{Since: day(r)} }},
		{"incident", func(r *rand.Rand) rashomon.EventQuery {
			return rashomon.EventQuery{Incident: incidents[r.IntN(len(incidents))]}
		}},
		{"search", func(r *rand.Rand) rashomon.EventQuery {
			return rashomon.EventQuery{Search: words[r.IntN(len(words))]}
		}},
		{"located", func(r *rand.Rand) rashomon.EventQuery { return rashomon.EventQuery{Located: true} }},
		{"located+type", func(r *rand.Rand) rashomon.EventQuery {
			return rashomon.EventQuery{Located: true, Type: rashomon.EventTypes[r.IntN(len(rashomon.EventTypes))]}
		}},
		{"all", func(r *rand.Rand) rashomon.EventQuery { return rashomon.EventQuery{} }},
		{"sort=date", func(r *rand.Rand) rashomon.EventQuery { return rashomon.EventQuery{Sort: "date"} }},
		{"sort=type", func(r *rand.Rand) rashomon.EventQuery { return rashomon.EventQuery{Sort: "type"} }},
		{"actor,sort=date", func(r *rand.Rand) rashomon.EventQuery {
			return rashomon.EventQuery{Actor: actor(r), Sort: "date"}
		}},
		{"offset", func(r *rand.Rand) rashomon.EventQuery {
			return rashomon.EventQuery{Offset: 50 * r.IntN(21)}
		}},
		{"type,offset", func(r *rand.Rand) rashomon.EventQuery {
			return rashomon.EventQuery{Type: rashomon.EventTypes[r.IntN(len(rashomon.EventTypes))], Offset: 50 * r.IntN(21)}
		}},
	}
	n := len(shapes)
	mix := func(r *rand.Rand) rashomon.EventQuery { return shapes[r.IntN(n)].Query(r) }
	return append(shapes, Shape{"mix", mix})
}

// Run measures each shape as a sub-benchmark, after as many queries of
// all shapes to warm the store up: queries queries per iteration, conc
// goroutines at once, each query made by do. It reports
// the latencies' median, 99th percentile and maximum, and queries per
// second.
func Run(b *testing.B, shapes []Shape, conc, queries int, do func(context.Context, rashomon.EventQuery) error) {
	// A server answers warm: the first shape measured would otherwise pay
	// for reading the indexes in from the disk.
	warm := rand.New(rand.NewPCG(1, 1))
	for range queries {
		sh := shapes[warm.IntN(len(shapes))]
		if err := do(context.Background(), sh.Query(warm)); err != nil {
			b.Fatalf("warming up: %v", err)
		}
	}
	for _, sh := range shapes {
		b.Run(sh.Name, func(b *testing.B) {
			r := rand.New(rand.NewPCG(2, 3))
			var lat []time.Duration
			var elapsed time.Duration
			for range b.N {
				qs := make(chan rashomon.EventQuery, queries)
				for range queries {
					qs <- sh.Query(r)
				}
				close(qs)
				var mu sync.Mutex
				var wg sync.WaitGroup
				start := time.Now()
				for range conc {
					wg.Go(func() {
						var mine []time.Duration
						for q := range qs {
							t := time.Now()
							if err := do(context.Background(), q); err != nil {
								b.Errorf("%+v: %v", q, err)
								return
							}
							mine = append(mine, time.Since(t))
						}
						mu.Lock()
						lat = append(lat, mine...)
						mu.Unlock()
					})
				}
				wg.Wait()
				elapsed += time.Since(start)
			}
			slices.Sort(lat)
			ms := func(d time.Duration) float64 { return float64(d) / 1e6 }
			b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
			b.ReportMetric(ms(lat[len(lat)*99/100]), "p99-ms")
			b.ReportMetric(ms(lat[len(lat)-1]), "max-ms")
			b.ReportMetric(float64(len(lat))/elapsed.Seconds(), "queries/s")
			b.ReportMetric(0, "ns/op")
		})
	}
}

func (f Fill) String() string {
	return fmt.Sprintf("%d events, %d documents, %d incidents; filled in %.0f s + linked in %.0f s; %.0f MB",
		f.Events, f.Docs, f.Incidents, f.PutSec, f.LinkSec, float64(f.Bytes)/1e6)
}
