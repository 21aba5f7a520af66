package engine_test

import (
	"context"
	"fmt"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/rashomon-project/rashomon/claims"
	"github.com/rashomon-project/rashomon/engine"
	"github.com/rashomon-project/rashomon/internal/gencorpus"
	"github.com/rashomon-project/rashomon/internal/heapwatch"
	"github.com/rashomon-project/rashomon/store/sqlite"
)

// BenchmarkPipeline runs the whole job a user runs — read, clean, date,
// attribute, segment, tag, recognise actors and places, code events, find
// reprints, store, then link incidents — on 10,000 documents generated
// from the demo corpus (-short: 2,000), with the embedded knowledge loaded
// once beforehand. It reports documents/s for the pipeline alone and with
// linking, the events coded, the peak Go heap sampled during the run, and
// the process's peak resident memory (Linux's ru_maxrss, which includes
// the knowledge and everything before the run).
func BenchmarkPipeline(b *testing.B) {
	n := 10000
	if testing.Short() {
		n = 2000
	}
	e, err := engine.Load(engine.Options{})
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	input := filepath.Join(dir, "corpus.jsonl")
	size, err := gencorpus.WriteFile(context.Background(), input, n, 1)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	var pipe, link time.Duration
	var events int
	var peak uint64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := sqlite.Open(context.Background(), filepath.Join(dir, fmt.Sprintf("bench-%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		p := e.Pipeline(st)
		stop := make(chan struct{})
		peakc := heapwatch.Watch(stop)
		b.StartTimer()
		start := time.Now()
		sum, err := p.Run(context.Background(), []string{input}, nil)
		pipe += time.Since(start)
		if err != nil || sum.New != n {
			b.Fatalf("run: %v, %d new of %d", err, sum.New, n)
		}
		start = time.Now()
		if _, err := claims.Update(context.Background(), st, e.Lexicon); err != nil {
			b.Fatal(err)
		}
		link += time.Since(start)
		b.StopTimer()
		close(stop)
		peak = max(peak, <-peakc)
		var n int
		if err := st.DB().QueryRow(`SELECT count(*) FROM events`).Scan(&n); err != nil {
			b.Fatal(err)
		}
		events += n
		st.Close()
	}
	b.ReportMetric(float64(n*b.N)/pipe.Seconds(), "docs/s")
	b.ReportMetric(float64(n*b.N)/(pipe+link).Seconds(), "docs/s-linked")
	b.ReportMetric(float64(events)/float64(b.N), "events")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "peak-rss-MiB") // ru_maxrss is in KiB on Linux
	}
}
