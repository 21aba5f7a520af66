// Package testcorpus gives tests access to the shared development corpus
// (../shared/corpus beside the repository): the seed texts and the gold
// annotations. Tests that use it skip when it is absent, as it is in a
// user's clone.
package testcorpus

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"testing"
)

// Dir returns the shared corpus folder, or skips the test when there is
// none. RASHOMON_SHARED overrides the location.
func Dir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("RASHOMON_SHARED"); d != "" {
		return filepath.Join(d, "corpus")
	}
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..")
	dir := filepath.Join(root, "..", "shared", "corpus")
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Skip("../shared/corpus is absent: skipping a test that needs the development corpus")
	}
	return dir
}

// Shared returns the ../shared folder, or skips.
func Shared(t testing.TB) string {
	t.Helper()
	return filepath.Dir(Dir(t))
}

// Seed is one seed text.
type Seed struct {
	Name string
	Text string
}

// Seeds returns the seed texts in name order.
func Seeds(t testing.TB) []Seed {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(Dir(t), "seeds", "*.txt"))
	sort.Strings(files)
	if len(files) == 0 {
		t.Skip("no seed texts")
	}
	var out []Seed
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, Seed{Name: filepath.Base(f), Text: string(b)})
	}
	return out
}

// Actor is a gold actor code.
type Actor struct {
	Country *string `json:"country"`
	Sector  *string `json:"sector"`
}

// GoldEvent is an event of a gold document.
type GoldEvent struct {
	Quote    string  `json:"quote"`
	Type     string  `json:"type"`
	Claimant *Actor  `json:"claimant"`
	Source   *Actor  `json:"source"`
	Target   *Actor  `json:"target"`
	Location *string `json:"location"`
	Date     *string `json:"date"`
	Negated  bool    `json:"negated"`
}

// Gold is a gold document.
type Gold struct {
	ID        string      `json:"id"`
	Text      string      `json:"text"`
	Published *string     `json:"published"`
	Events    []GoldEvent `json:"events"`
}

// GoldDocs returns the gold documents of dev/ (incidents.json aside).
func GoldDocs(t testing.TB) map[string]Gold {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(Dir(t), "dev", "*.json"))
	out := map[string]Gold{}
	for _, f := range files {
		if filepath.Base(f) == "incidents.json" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[g.ID] = g
	}
	return out
}
