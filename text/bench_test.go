package text

import (
	"strings"
	"testing"

	"github.com/rashomon-project/rashomon"
)

// BenchmarkTag tags the sentences of a short invented report, reporting
// tokens per second.
func BenchmarkTag(b *testing.B) {
	tg, err := LoadTagger()
	if err != nil {
		b.Fatal(err)
	}
	report := strings.Repeat("Units of the armed forces shelled positions near the village on Tuesday night, the ministry said. "+
		"The spokesman told reporters that the troops had not withdrawn from the zone and that talks would resume. "+
		"Seventeen people were wounded when drones struck a depot outside the regional capital. ", 4)
	var sents [][]rashomon.Token
	n := 0
	for _, s := range Sentences(report) {
		toks := Tokens(report, s.Span)
		sents = append(sents, toks)
		n += len(toks)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, toks := range sents {
			tg.Tag(toks)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
