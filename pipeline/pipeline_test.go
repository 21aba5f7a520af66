package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/clean"
	"github.com/rashomon-project/rashomon/ingest"
	"github.com/rashomon-project/rashomon/internal/testcorpus"
	"github.com/rashomon-project/rashomon/store/sqlite"
)

func newTestPipeline(t testing.TB, st rashomon.Store) *Pipeline {
	t.Helper()
	rules, err := clean.LoadRules(clean.DefaultRules(""))
	if err != nil {
		t.Fatal(err)
	}
	return &Pipeline{Reader: ingest.NewReader(ingest.Options{}), Cleaner: clean.New(rules), Store: st}
}

func openStore(t testing.TB) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

const statement = `The Ministry of Defence reports that on the night of 14 May units of the armed forces of the other side opened fire with mortars at our positions near the village, and one serviceman was wounded. The ministry calls on the other side to stop provocations and to observe the ceasefire regime agreed last year. The situation in the area is under the full control of our units.`

func TestIdempotentAndReprints(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("Ministry statement\n\n"+statement+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.jsonl"), []byte(
		`{"text":"Ministry statement\n\n`+statement+`\n","url":"https://other.example/1","title":"Same text elsewhere"}`+"\n"+
			`{"text":"Fire near the village – ministry\n\n`+statement+` Report informs.","url":"https://third.example/2"}`+"\n"+
			`{"text":"An unrelated text about the delimitation commission meeting held in the capital yesterday, where both delegations agreed on a schedule.","url":"https://x.example/3"}`+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.txt"), nil, 0o644)
	st := openStore(t)
	p := newTestPipeline(t, st)
	ctx := context.Background()
	sum, err := p.Run(ctx, []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 4 || sum.Reprints != 2 || sum.Failed != 1 {
		t.Errorf("first run: %+v", sum.Progress)
	}
	if len(sum.Failures) != 1 || !strings.Contains(sum.Failures[0].Reason, "bad.txt: empty input") {
		t.Errorf("failures: %+v", sum.Failures)
	}
	sum, err = p.Run(ctx, []string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 0 || sum.Skipped != 4 {
		t.Errorf("second run: %+v", sum.Progress)
	}
	docs, err := st.Documents(ctx, rashomon.DocQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 4 {
		t.Fatalf("%d documents stored", len(docs))
	}
	// Of the three publications of the statement, one is the original and
	// the other two point at it, whichever was read first.
	var originals []string
	reprintOf := map[string]int{}
	for _, d := range docs {
		if strings.Contains(d.Title, "delimitation") {
			if d.ReprintOf != "" {
				t.Errorf("unrelated text marked a reprint of %s", d.ReprintOf)
			}
			continue
		}
		if d.ReprintOf == "" {
			originals = append(originals, d.ID)
		} else {
			reprintOf[d.ReprintOf]++
		}
	}
	if len(originals) != 1 || reprintOf[originals[0]] != 2 {
		t.Errorf("originals %v, reprints of %v", originals, reprintOf)
	}
	hits, err := st.Documents(ctx, rashomon.DocQuery{Search: "delimitation commission"})
	if err != nil || len(hits) != 1 || !strings.Contains(hits[0].Snippet, rashomon.SnippetOpen+"delimitation"+rashomon.SnippetClose) {
		t.Errorf("search: %+v %v", hits, err)
	}
}

// TestSeeds checks dates, attribution and segmentation on the shared seeds:
// seed 002 is dated 2023-07-29 and seed 000's truncated date is reported
// unparseable; every gold event quote lies inside one sentence.
func TestSeeds(t *testing.T) {
	seeds := testcorpus.Seeds(t)
	gold := testcorpus.GoldDocs(t)
	p := newTestPipeline(t, nil)
	for _, s := range seeds {
		t.Run(s.Name, func(t *testing.T) {
			d := p.Build(ingest.Item{Origin: s.Name, Format: rashomon.FormatText, Body: s.Text})
			switch s.Name[:3] {
			case "000":
				if d.DateStatus != rashomon.DateUnparseable || d.DateText == "" || !d.Published.IsZero() {
					t.Errorf("seed 000 date: %s %q %v", d.DateStatus, d.DateText, d.Published)
				}
			case "002":
				if d.Published != rashomon.Day(2023, 7, 29) || d.DateStatus != rashomon.DateFromDateline {
					t.Errorf("seed 002 date: %v %s", d.Published, d.DateStatus)
				}
				if len(d.Attributions) == 0 || d.Issuer == "" {
					t.Errorf("seed 002 issuer: %q / %+v", d.Issuer, d.Attributions)
				}
			}
			g := gold["seed-"+s.Name[:3]]
			for _, e := range g.Events {
				start := strings.Index(s.Text, e.Quote)
				if start < 0 {
					continue
				}
				span := rashomon.Span{Start: d.Map.FromOriginal(start), End: d.Map.FromOriginal(start + len(e.Quote))}
				if span.Len() == 0 {
					continue // in removed page furniture
				}
				n := 0
				for _, sen := range d.Sentences {
					if sen.Span.Overlaps(span) {
						n++
					}
				}
				if n != 1 {
					t.Errorf("quote %.60q spans %d sentences", e.Quote, n)
				}
			}
			for _, sen := range d.Sentences {
				txt := sen.Span.Text(d.Text)
				if r := []rune(txt)[0]; !strings.ContainsRune("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\"“‘«(", r) && !isUpperRune(r) {
					t.Errorf("sentence starts oddly: %.60q", txt)
				}
			}
		})
	}
}

func isUpperRune(r rune) bool {
	return strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
}
