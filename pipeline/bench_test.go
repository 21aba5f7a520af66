package pipeline

import (
	"context"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/rashomon-project/rashomon/internal/gencorpus"
	"github.com/rashomon-project/rashomon/internal/heapwatch"
	"github.com/rashomon-project/rashomon/store/sqlite"
)

// BenchmarkIngest runs the whole ingest (read, clean, date, segment,
// reprints, store) on 10,000 documents generated from the demo corpus.
// Run with -cpu 1 for the one-core figure. It reports documents/s, MB/s
// and the peak heap.
func BenchmarkIngest(b *testing.B) {
	const n = 10000
	dir := b.TempDir()
	input := filepath.Join(dir, "corpus.jsonl")
	size, err := gencorpus.WriteFile(context.Background(), input, n, 1)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ResetTimer()
	var elapsed time.Duration
	var peak uint64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := sqlite.Open(context.Background(), filepath.Join(dir, "bench"+string(rune('a'+i%26))+".db"))
		if err != nil {
			b.Fatal(err)
		}
		p := newTestPipeline(b, st)
		p.Workers = runtime.GOMAXPROCS(0)
		b.StartTimer()
		start := time.Now()
		stop := make(chan struct{})
		peakc := heapwatch.Watch(stop)
		sum, err := p.Run(context.Background(), []string{input}, nil)
		close(stop)
		peak = max(peak, <-peakc)
		elapsed += time.Since(start)
		b.StopTimer()
		if err != nil || sum.New != n {
			b.Fatalf("run: %v, %d new", err, sum.New)
		}
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/elapsed.Seconds(), "docs/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}
