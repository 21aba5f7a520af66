package sqlite_test

import (
	"context"
	"flag"
	"testing"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/internal/benchstore"
)

var (
	benchConc    = flag.Int("store.conc", 50, "BenchmarkEventQueries: goroutines querying at once")
	benchQueries = flag.Int("store.queries", 1000, "BenchmarkEventQueries: queries per shape and iteration")
)

// BenchmarkEventQueries measures event listings on a store of a million
// generated events (-short: 50,000), called directly: each shape of query
// runs -store.queries times with -store.conc goroutines at once, and
// reports the latencies' median, 99th percentile and maximum, and queries
// per second. Run it with -benchtime=1x (bench/store.sh does); the web
// package's BenchmarkAPIEventQueries measures the same through HTTP.
func BenchmarkEventQueries(b *testing.B) {
	st, fill := benchstore.Open(b)
	defer st.Close()
	b.Logf("store: %s", fill)
	shapes := benchstore.Shapes(b, st)
	b.ResetTimer()
	benchstore.Run(b, shapes, *benchConc, *benchQueries, func(ctx context.Context, q rashomon.EventQuery) error {
		_, err := st.Events(ctx, q)
		return err
	})
}
