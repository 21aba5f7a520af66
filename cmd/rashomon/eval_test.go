package main

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/rashomon-project/rashomon/eval"
	"github.com/rashomon-project/rashomon/internal/testcorpus"
)

var update = flag.Bool("update", false, "record the current evaluation scores as the new baseline")

// baselineFile holds the last recorded scores on the development corpus
// (and PLOVER's gold standard records); the test fails if one falls.
const baselineFile = "testdata/eval-baseline.json"

// tolerance absorbs the order in which documents are processed.
const tolerance = 0.0005

func TestEvalDoesNotRegress(t *testing.T) {
	dev := filepath.Join(testcorpus.Dir(t), "dev")
	paths := []string{dev}
	gsr := filepath.Join(testcorpus.Shared(t), "peer", "PLOVER", "PLOVER_GSR_CAMEO.txt")
	if _, err := os.Stat(gsr); err == nil {
		paths = append(paths, gsr)
	}
	m := &Main{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: func(string) string { return "" }}
	report, err := m.runEval(context.Background(), &engineOptions{}, paths, "")
	if err != nil {
		t.Fatal(err)
	}
	got := figures(report)
	if *update {
		b, _ := json.MarshalIndent(got, "", "  ")
		if err := os.WriteFile(baselineFile, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("recorded %s", baselineFile)
		return
	}
	b, err := os.ReadFile(baselineFile)
	if err != nil {
		t.Fatalf("%v (run with -update to record a baseline)", err)
	}
	var want map[string]float64
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	for k, w := range want {
		g, ok := got[k]
		switch {
		case !ok:
			t.Errorf("%s: recorded %.3f, now not computed", k, w)
		case g < w-tolerance:
			t.Errorf("%s fell from %.3f to %.3f", k, w, g)
		case g > w+0.01:
			t.Logf("%s rose from %.3f to %.3f: record it with -update", k, w, g)
		}
	}
	report.WriteText(testWriter{t})
}

// figures returns the report's scores in [0,1] by JSON key.
func figures(r eval.Report) map[string]float64 {
	out := map[string]float64{}
	v := reflect.ValueOf(r)
	for i := range v.NumField() {
		f := v.Type().Field(i)
		tag := f.Tag.Get("json")
		if tag == "" || tag == "-" {
			continue
		}
		if p, ok := v.Field(i).Interface().(*float64); ok && p != nil {
			out[tag] = *p
		}
	}
	return out
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p))
	return len(p), nil
}
