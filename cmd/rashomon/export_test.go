package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/export"
)

// exportDemoStore ingests the demo corpus into a new store and returns its path.
func exportDemoStore(t *testing.T) string {
	t.Helper()
	store := filepath.Join(t.TempDir(), "r.db")
	if out, errs, code := run(t, "ingest", "--store", store, filepath.Join(repoRoot(t), "demo", "corpus")); code != 0 {
		t.Fatalf("ingest exit %d: %s %s", code, out, errs)
	}
	return store
}

// eventsJSON runs "events --json" with extra flags.
func eventsJSON(t *testing.T, store string, args ...string) rashomon.EventPage {
	t.Helper()
	out, errs, code := run(t, append([]string{"events", "--store", store, "--json"}, args...)...)
	var page rashomon.EventPage
	if code != 0 || json.Unmarshal([]byte(out), &page) != nil {
		t.Fatalf("events --json %v: exit %d %s %.300s", args, code, errs, out)
	}
	return page
}

func TestEventsCommand(t *testing.T) {
	store := exportDemoStore(t)
	all := eventsJSON(t, store, "--limit", "10000")
	if all.Total < 20 || len(all.Events) != all.Total {
		t.Fatalf("%d events of %d", len(all.Events), all.Total)
	}
	page := eventsJSON(t, store, "--limit", "5", "--offset", "2", "--sort", "date")
	if len(page.Events) != 5 || page.Total != all.Total {
		t.Errorf("page of %d, total %d", len(page.Events), page.Total)
	}
	assaults := eventsJSON(t, store, "--type", "assault", "--limit", "10000")
	if len(assaults.Events) == 0 || len(assaults.Events) >= all.Total {
		t.Errorf("%d assaults of %d events", len(assaults.Events), all.Total)
	}
	for _, e := range assaults.Events {
		if e.Type != rashomon.ASSAULT {
			t.Errorf("--type assault listed %s", e.Type)
		}
	}
	for _, e := range eventsJSON(t, store, "--located", "--actor", "ARM", "--limit", "10000").Events {
		if e.Location == nil || e.Location.Place.Lat == nil {
			t.Errorf("--located listed %s without coordinates", e.ID)
		}
		if (e.Source == nil || e.Source.Actor.Country != "ARM") && (e.Target == nil || e.Target.Actor.Country != "ARM") {
			t.Errorf("--actor ARM listed %s", e.ID)
		}
	}

	out, errs, code := run(t, "events", "--store", store, "--limit", "7")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || !strings.HasPrefix(lines[0], "DATE") || !strings.Contains(lines[0], "SOURCE → TARGET") || len(lines) != 1+7+2 ||
		!strings.HasPrefix(lines[len(lines)-1], "events 1–7 of ") {
		t.Errorf("events table: exit %d %s\n%s", code, errs, out)
	}
	out, _, code = run(t, "events", "--store", store, "--format", "csv", "--limit", "3")
	if recs, err := csv.NewReader(strings.NewReader(out)).ReadAll(); code != 0 || err != nil || len(recs) != 4 ||
		!reflect.DeepEqual(recs[0], export.CSVColumns()) {
		t.Errorf("events --format csv: exit %d, %v\n%s", code, err, out)
	}
	out, _, _ = run(t, "events", "--store", store, "--search", "nosuchwordanywhere")
	if strings.TrimSpace(out) != "no events" {
		t.Errorf("no match: %q", out)
	}
	for _, bad := range [][]string{{"--actor", "A1"}, {"--sort", "sideways"}, {"--type", "HUG"}, {"--since", "May"}, {"--limit", "0"}} {
		if _, errs, code := run(t, append([]string{"events", "--store", store}, bad...)...); code != 2 || errs == "" {
			t.Errorf("events %v: exit %d %q, want a usage error", bad, code, errs)
		}
	}
}

func TestExportCommand(t *testing.T) {
	store := exportDemoStore(t)
	total := eventsJSON(t, store, "--limit", "1").Total
	located := eventsJSON(t, store, "--located", "--limit", "1").Total
	if total == 0 || located == 0 {
		t.Fatalf("%d events, %d located", total, located)
	}
	exp := func(args ...string) (string, string) {
		t.Helper()
		out, errs, code := run(t, append([]string{"export", "--store", store}, args...)...)
		if code != 0 {
			t.Fatalf("export %v: exit %d: %s", args, code, errs)
		}
		return out, errs
	}

	t.Run("csv", func(t *testing.T) {
		out, _ := exp("--format", "csv")
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(recs[0], export.CSVColumns()) || len(recs) != total+1 {
			t.Errorf("%d records, header %q; want %d events", len(recs)-1, recs[0], total)
		}
	})
	t.Run("json", func(t *testing.T) {
		for _, args := range [][]string{{"--format", "json"}, {"--json"}} {
			out, _ := exp(args...)
			var rows []rashomon.EventRow
			if err := json.Unmarshal([]byte(out), &rows); err != nil || len(rows) != total {
				t.Errorf("%v: %d events, %v", args, len(rows), err)
			}
		}
		if _, errs, code := run(t, "export", "--store", store, "--json", "--format", "csv"); code != 2 {
			t.Errorf("--json --format csv: exit %d %s", code, errs)
		}
	})
	t.Run("jsonl", func(t *testing.T) {
		out, _ := exp("--format", "jsonl")
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != total {
			t.Errorf("%d lines, want %d", len(lines), total)
		}
		for i, l := range lines {
			var r rashomon.EventRow
			if err := json.Unmarshal([]byte(l), &r); err != nil || r.ID == "" {
				t.Fatalf("line %d: %v", i+1, err)
			}
		}
	})
	t.Run("geojson", func(t *testing.T) {
		out, errs := exp("--format", "geojson")
		var fc struct {
			Type     string
			Features []struct {
				Type     string
				Geometry struct {
					Type        string
					Coordinates []float64
				}
			}
		}
		if err := json.Unmarshal([]byte(out), &fc); err != nil {
			t.Fatal(err)
		}
		if fc.Type != "FeatureCollection" || len(fc.Features) != located {
			t.Errorf("type %q, %d features, want %d", fc.Type, len(fc.Features), located)
		}
		for _, f := range fc.Features {
			if f.Type != "Feature" || f.Geometry.Type != "Point" || len(f.Geometry.Coordinates) != 2 {
				t.Fatalf("feature %+v", f)
			}
		}
		if total > located && !strings.Contains(errs, "without coordinates") {
			t.Errorf("no note of the events left out: %q", errs)
		}
	})
	t.Run("gdelt", func(t *testing.T) {
		out, errs := exp("--format", "gdelt")
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) == 0 || len(lines) > total {
			t.Fatalf("%d rows of %d events", len(lines), total)
		}
		for i, l := range lines {
			if f := strings.Split(l, "\t"); len(f) != 61 || f[0] == "" || f[26] == "" {
				t.Fatalf("row %d: %d fields, id %q, event code %q", i+1, len(f), f[0], f[min(26, len(f)-1)])
			}
		}
		out2, _ := exp("--format", "gdelt", "--header", "--negated", "--all-types")
		lines2 := strings.Split(strings.TrimSuffix(out2, "\n"), "\n")
		if lines2[0] != strings.Join(export.GDELTColumns(), "\t") || len(lines2) != total+1 {
			t.Errorf("with --header --negated --all-types: %d lines, want %d; first %q", len(lines2), total+1, lines2[0])
		}
		if len(lines) < total && !strings.Contains(errs, "left out") {
			t.Errorf("no note of the events left out: %q", errs)
		}
	})
	t.Run("acled", func(t *testing.T) {
		out, errs := exp("--format", "acled")
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(recs[0], export.ACLEDColumns()) || len(recs) < 2 || len(recs) > total {
			t.Fatalf("%d records, header %q", len(recs)-1, recs[0])
		}
		typ := columnIndex(recs[0], "event_type")
		for _, r := range recs[1:] {
			switch r[typ] {
			case "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Strategic developments":
			default:
				t.Errorf("event type %q", r[typ])
			}
		}
		if !strings.Contains(errs, "no ACLED event type") {
			t.Errorf("no note of the speech acts left out: %q", errs)
		}
	})
	t.Run("filters and limit", func(t *testing.T) {
		out, _ := exp("--format", "jsonl", "--type", "ASSAULT", "--limit", "3", "--sort", "date")
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) != 3 {
			t.Fatalf("%d lines, want 3", len(lines))
		}
		for _, l := range lines {
			var r rashomon.EventRow
			if err := json.Unmarshal([]byte(l), &r); err != nil || r.Type != rashomon.ASSAULT {
				t.Errorf("type %s, %v", r.Type, err)
			}
		}
	})
	t.Run("out file", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "events.csv")
		stdout, errs := exp("--format", "csv", "--out", path)
		got, err := os.ReadFile(path)
		if err != nil || stdout != "" {
			t.Fatalf("%v, stdout %q", err, stdout)
		}
		want, _ := exp("--format", "csv")
		if !bytes.Equal(got, []byte(want)) || !strings.Contains(errs, "written to "+path) {
			t.Errorf("file differs from standard output, or no note: %q", errs)
		}
		entries, _ := os.ReadDir(filepath.Dir(path))
		if len(entries) != 1 {
			t.Errorf("%d files beside the export, want none", len(entries)-1)
		}
		// A bad query leaves no file behind.
		bad := filepath.Join(t.TempDir(), "bad.csv")
		if _, errs, code := run(t, "export", "--store", store, "--actor", "A1", "--out", bad); code != 2 || errs == "" {
			t.Errorf("bad actor: exit %d %q", code, errs)
		}
		if entries, _ := os.ReadDir(filepath.Dir(bad)); len(entries) != 0 {
			t.Errorf("a bad query left %d files", len(entries))
		}
	})
	t.Run("usage", func(t *testing.T) {
		for _, bad := range [][]string{{"--format", "xml"}, {"--limit", "-1"}, {"--type", "HUG"}, {"--sort", "sideways"}} {
			if _, errs, code := run(t, append([]string{"export", "--store", store}, bad...)...); code != 2 || errs == "" {
				t.Errorf("export %v: exit %d %q, want a usage error", bad, code, errs)
			}
		}
	})
}

func columnIndex(cols []string, name string) int {
	for i, c := range cols {
		if c == name {
			return i
		}
	}
	return -1
}
