package lexicon

import (
	"context"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/ingest"
	"github.com/rashomon-project/rashomon/internal/gencorpus"
	"github.com/rashomon-project/rashomon/text"
)

// BenchmarkLoad measures loading the whole embedded knowledge (target:
// under 300 ms).
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(DefaultSource("")); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatch measures matching on the demo corpus's texts with the
// whole knowledge loaded (target: 20 MB/s on one core), and reports the
// process's resident memory afterwards (target: under 200 MB).
func BenchmarkMatch(b *testing.B) {
	lx, err := Load(DefaultSource(""))
	if err != nil {
		b.Fatal(err)
	}
	var docs []string
	r := ingest.NewReader(ingest.Options{})
	for it := range r.Items(context.Background(), gencorpus.DemoDir()) {
		if it.Err == nil {
			docs = append(docs, it.Body)
		}
	}
	all := strings.Join(docs, "\n\n")
	sents := text.Sentences(all)
	m := lx.NewMatcher()
	b.SetBytes(int64(len(all)))
	b.ResetTimer()
	for b.Loop() {
		m.Match(all, sents, Context{Date: rashomon.Day(2024, 5, 14)})
	}
	b.StopTimer()
	runtime.GC()
	if rss := residentMB(); rss > 0 {
		b.ReportMetric(rss, "RSS-MB")
	}
}

// residentMB reads the process's resident set size from /proc (Linux).
func residentMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			f := strings.Fields(line)
			if len(f) >= 2 {
				kb, _ := strconv.Atoi(f[1])
				return float64(kb) / 1024
			}
		}
	}
	return 0
}
