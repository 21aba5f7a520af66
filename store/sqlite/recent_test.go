package sqlite

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/rashomon-project/rashomon"
)

// TestTotalsSeeOtherWriters checks that a total kept by one store is
// dropped once recentTTL has passed, so that what another process sharing
// the file stored shows up.
func TestTotalsSeeOtherWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	reader, err := Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	writer, err := Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	clock := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	reader.counts.now = func() time.Time { return clock }
	put := func(from, n int) {
		t.Helper()
		var docs []*rashomon.Document
		for i := from; i < from+n; i++ {
			text := fmt.Sprintf("Troops shelled village %d.", i)
			d := &rashomon.Document{ID: fmt.Sprintf("d%02d", i), Origin: "test", Format: rashomon.FormatText,
				Text: text, Source: text, DateStatus: rashomon.DateUnknown, ContentHash: fmt.Sprintf("h%d", i),
				IngestedAt: "2024-05-01T00:00:00Z"}
			d.Events = []rashomon.Event{{ID: d.ID + "-e1", DocID: d.ID, Type: rashomon.ASSAULT, Sentence: -1}}
			docs = append(docs, d)
		}
		if err := writer.PutDocuments(t.Context(), docs); err != nil {
			t.Fatal(err)
		}
	}
	total := func() int {
		t.Helper()
		page, err := reader.Events(t.Context(), rashomon.EventQuery{Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		return page.Total
	}
	put(0, 3)
	if got := total(); got != 3 {
		t.Fatalf("total %d, want 3", got)
	}
	put(3, 2)
	if got := total(); got != 3 {
		t.Errorf("total %d right after another store wrote: want the kept 3", got)
	}
	clock = clock.Add(recentTTL + time.Second)
	if got := total(); got != 5 {
		t.Errorf("total %d once the kept one is older than recentTTL, want 5", got)
	}
}
