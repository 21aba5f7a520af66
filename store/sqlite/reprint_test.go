package sqlite

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"github.com/rashomon-project/rashomon"
)

// TestReprintKeysCapped checks that a band key is kept for its first
// candidatesPerKey documents only, and that the documents past them are
// still found by their other keys.
func TestReprintKeysCapped(t *testing.T) {
	st, err := Open(t.Context(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	const common = 7
	n := candidatesPerKey + 4
	for i := range n {
		text := fmt.Sprintf("Document %d.", i)
		d := &rashomon.Document{
			ID: fmt.Sprintf("d%02d", i), Origin: "test", Format: rashomon.FormatText,
			Text: text, Source: text, DateStatus: rashomon.DateUnknown,
			ContentHash: fmt.Sprintf("h%d", i), IngestedAt: "2024-01-01T00:00:00Z",
			ReprintKeys: []int64{common, int64(1000 + i), math.MinInt64 + int64(i), math.MaxInt64 - int64(i)},
		}
		if err := st.PutDocuments(t.Context(), []*rashomon.Document{d}); err != nil {
			t.Fatal(err)
		}
	}
	var holders int
	if err := st.db.QueryRow(`SELECT count(*) FROM reprint_keys WHERE key = ?`, common).Scan(&holders); err != nil {
		t.Fatal(err)
	}
	if holders != candidatesPerKey {
		t.Errorf("the common key is held by %d documents, want %d", holders, candidatesPerKey)
	}
	got, err := st.ReprintCandidates(t.Context(), [][]int64{{common}, {common, int64(1000 + n - 1)}})
	if err != nil {
		t.Fatal(err)
	}
	var first []string
	for _, c := range got[0] {
		first = append(first, c.ID)
	}
	if len(first) != candidatesPerKey || first[0] != "d00" {
		t.Errorf("candidates by the common key: %v, want the first %d documents", first, candidatesPerKey)
	}
	// keys past 2^53 keep every bit on their way into the query
	wide, err := st.ReprintCandidates(t.Context(), [][]int64{{math.MinInt64 + 3}, {math.MaxInt64 - 5}})
	if err != nil {
		t.Fatal(err)
	}
	if len(wide[0]) != 1 || wide[0][0].ID != "d03" || len(wide[1]) != 1 || wide[1][0].ID != "d05" {
		t.Errorf("candidates by the widest keys: %v and %v, want d03 and d05", wide[0], wide[1])
	}
	late := fmt.Sprintf("d%02d", n-1)
	if !slices.ContainsFunc(got[1], func(c rashomon.ReprintCandidate) bool { return c.ID == late }) {
		t.Errorf("candidates by the common key and a late document's own: %v, want %s among them", got[1], late)
	}
}
