package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite"
)

// run calls Main.Run as the binary would and returns its output.
func run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	code = m.Run(context.Background(), args)
	return out.String(), errb.String(), code
}

func repoRoot(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

func TestIngestDocsShow(t *testing.T) {
	store := filepath.Join(t.TempDir(), "r.db")
	demo := filepath.Join(repoRoot(t), "demo", "corpus")
	out, errs, code := run(t, "ingest", "--store", store, demo)
	if code != 0 {
		t.Fatalf("ingest exit %d: %s %s", code, out, errs)
	}
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 2 || !strings.Contains(lines[0], " new") ||
		!strings.HasPrefix(lines[1], "incidents: ") {
		t.Errorf("want a summary line and an incidents line, got %q", out)
	}
	out, _, code = run(t, "ingest", "--store", store, "--json", demo)
	var sum struct{ New, Skipped, Failed int }
	if code != 0 || json.Unmarshal([]byte(out), &sum) != nil || sum.New != 0 || sum.Skipped == 0 {
		t.Errorf("re-ingest: code %d %s", code, out)
	}
	out, _, code = run(t, "docs", "--store", store, "--json")
	var docs []struct {
		ID, Title string
	}
	if code != 0 || json.Unmarshal([]byte(out), &docs) != nil || len(docs) < 12 {
		t.Fatalf("docs --json: code %d, %d docs: %.200s", code, len(docs), out)
	}
	out, _, code = run(t, "show", "--store", store, "--json", docs[0].ID)
	var doc struct {
		ID        string
		Text      string
		Sentences []struct{ Index int }
	}
	if code != 0 || json.Unmarshal([]byte(out), &doc) != nil || doc.ID != docs[0].ID || len(doc.Sentences) == 0 {
		t.Errorf("show --json: code %d %.200s", code, out)
	}
	out, _, code = run(t, "show", "--store", store, docs[0].ID[:8])
	if code != 0 || !strings.Contains(out, "  1 ") || !strings.Contains(out, docs[0].Title) {
		t.Errorf("show by prefix: code %d %.300s", code, out)
	}
	out, _, code = run(t, "docs", "--store", store, "--format", "csv", "water", "cannon")
	if code != 0 || !strings.HasPrefix(out, "id,published") || strings.Count(out, "\n") < 2 {
		t.Errorf("docs csv search: %q", out)
	}
	_, errs, code = run(t, "ingest", "--store", store, filepath.Join(t.TempDir(), "missing.txt"))
	if code != 3 || !strings.Contains(errs, "missing.txt: no such file") {
		t.Errorf("missing input: code %d, %q", code, errs)
	}
	if _, _, code = run(t, "nosuch"); code != 2 {
		t.Errorf("unknown command exit %d", code)
	}
}

// TestCrashResume kills an ingest with SIGKILL in the middle of a large
// batch, checks that the store holds only whole documents, and that running
// the same command again completes the batch without duplicates.
func TestCrashResume(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests 20,000 documents")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "rashomon")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	const n = 20000
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, `{"text":"Statement number %d. The ministry of defence reports that units opened fire on positions near village %d at night, and %d servicemen were wounded in the exchange.","url":"https://example.org/%d","published":"2024-05-14"}`+"\n", i, i, i%7, i)
	}
	input := filepath.Join(dir, "big.jsonl")
	os.WriteFile(input, []byte(b.String()), 0o644)
	store := filepath.Join(dir, "crash.db")

	cmd := exec.Command(bin, "ingest", "--store", store, input)
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill as soon as some batches are in.
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		if c := countDocs(t, store); c > 0 {
			break
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	t.Logf("first run killed after %s", time.Since(t0))
	first := countDocs(t, store)
	checkConsistent(t, store)
	t.Logf("killed after %d of %d documents", first, n)
	if first >= n {
		t.Skip("the run finished before it could be killed")
	}
	t0 = time.Now()
	out, err := exec.Command(bin, "ingest", "--store", store, input).CombinedOutput()
	t.Logf("re-run took %s: %s", time.Since(t0), out)
	if err != nil {
		t.Fatalf("re-run: %v\n%s", err, out)
	}
	if got := countDocs(t, store); got != n {
		t.Errorf("after re-run %d documents, want %d (%s)", got, n, out)
	}
	checkConsistent(t, store)
	if !strings.Contains(string(out), fmt.Sprintf("%d new", n-first)) {
		t.Errorf("re-run summary %q, want %d new", out, n-first)
	}
}

func openDB(t *testing.T, path string) *sql.DB {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(5000)")
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func countDocs(t *testing.T, path string) int {
	if _, err := os.Stat(path); err != nil {
		return 0
	}
	db := openDB(t, path)
	defer db.Close()
	var c int
	if err := db.QueryRow(`SELECT count(*) FROM documents`).Scan(&c); err != nil {
		return 0
	}
	return c
}

func checkConsistent(t *testing.T, path string) {
	t.Helper()
	db := openDB(t, path)
	defer db.Close()
	var docs, fts, orphans, nokeys int
	db.QueryRow(`SELECT count(*) FROM documents`).Scan(&docs)
	db.QueryRow(`SELECT count(*) FROM documents_fts`).Scan(&fts)
	db.QueryRow(`SELECT count(*) FROM reprint_keys k LEFT JOIN documents d ON d.rowid = k.doc WHERE d.rowid IS NULL`).Scan(&orphans)
	var keyed int
	db.QueryRow(`SELECT count(DISTINCT doc) FROM reprint_keys`).Scan(&keyed)
	nokeys = docs - keyed
	if docs != fts || orphans != 0 || nokeys != 0 {
		t.Errorf("inconsistent store: %d documents, %d indexed, %d orphan keys, %d documents without keys", docs, fts, orphans, nokeys)
	}
	var ic string
	db.QueryRow(`PRAGMA integrity_check`).Scan(&ic)
	if ic != "ok" {
		t.Errorf("integrity check: %s", ic)
	}
}
