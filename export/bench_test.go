package export

import (
	"io"
	"testing"

	"github.com/rashomon-project/rashomon"
)

// BenchmarkWrite writes 1,000 events in each format; b.SetBytes reports
// the output's size.
func BenchmarkWrite(b *testing.B) {
	var rows []rashomon.EventRow
	for len(rows) < 1000 {
		rows = append(rows, fixture()...)
	}
	rows = rows[:1000]
	for _, f := range Formats() {
		b.Run(string(f), func(b *testing.B) {
			var n countWriter
			if _, err := Write(&n, f, Slice(rows), Options{}); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Write(io.Discard, f, Slice(rows), Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// countWriter counts the bytes written to it.
type countWriter int

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}
