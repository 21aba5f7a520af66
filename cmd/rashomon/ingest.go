package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime/pprof"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/claims"
	"github.com/rashomon-project/rashomon/pipeline"
)

func (m *Main) ingest(ctx context.Context, args []string) error {
	f := m.newFlags("ingest", "INPUT...", "Reads files, directories (recursively), RSS/Atom feeds, JSON Lines, http(s) URLs\nor - (standard input) into the store. Inputs already stored are skipped.")
	eo := m.addEngineFlags(f)
	report := f.Bool("report", false, "after ingesting, print what the store holds: documents, dates, issuers")
	cpuprofile := f.String("cpuprofile", "", "write a CPU profile of the run to this file (for developers)")
	inputs, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		f.Usage()
		return usageError{"no input given"}
	}
	st, err := m.openStore(ctx, *f.store)
	if err != nil {
		return err
	}
	defer st.Close()
	p, e, err := m.newPipeline(eo, st)
	if err != nil {
		return err
	}
	if *cpuprofile != "" {
		pf, err := os.Create(*cpuprofile)
		if err != nil {
			return err
		}
		defer pf.Close()
		if err := pprof.StartCPUProfile(pf); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	bar := m.progressBar()
	sum, err := p.Run(ctx, inputs, bar.update)
	bar.done()
	if err != nil {
		return err
	}
	// Link the new documents into incidents, even after an interrupted
	// run: what was stored is linked on the next one.
	links, err := claims.Update(ctx, st, e.Lexicon)
	if err != nil {
		return err
	}
	if *f.json {
		if sum.Failures == nil {
			sum.Failures = []rashomon.Failure{}
		}
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			pipeline.Summary
			Incidents claims.UpdateSummary `json:"incidents"`
		}{sum, links}); err != nil {
			return err
		}
	} else {
		fmt.Fprintln(m.Stdout, summaryLine(sum))
		if links.Put > 0 {
			fmt.Fprintf(m.Stdout, "incidents: %d new or grown (%d merged) from %d newly linked documents\n", links.Put, links.Removed, links.Linked)
		}
		for _, fl := range sum.Failures {
			fmt.Fprintf(m.Stderr, "rashomon: ingest: %s\n", fl.Reason)
		}
	}
	if *report && !*f.json {
		if err := m.printReport(ctx, st); err != nil {
			return err
		}
	}
	if sum.Failed > 0 {
		return exitError{code: 3}
	}
	return nil
}

func summaryLine(s pipeline.Summary) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d new", s.New)
	if s.Reprints > 0 {
		fmt.Fprintf(&b, " (%d reprint%s)", s.Reprints, plural(s.Reprints))
	}
	fmt.Fprintf(&b, ", %d already stored, %d failed", s.Skipped, s.Failed)
	if s.Failed > 0 {
		var reasons []string
		for i, f := range s.Failures {
			if i == 3 {
				reasons = append(reasons, fmt.Sprintf("and %d more", len(s.Failures)-3))
				break
			}
			reasons = append(reasons, f.Reason)
		}
		fmt.Fprintf(&b, " (%s)", strings.Join(reasons, "; "))
	}
	fmt.Fprintf(&b, " in %s", s.Elapsed.Round(time.Millisecond))
	return b.String()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// progress draws a one-line progress display on a terminal, at most ten
// times a second; elsewhere it draws nothing.
type progress struct {
	m    *Main
	tty  bool
	last time.Time
	drew bool
}

func (m *Main) progressBar() *progress {
	p := &progress{m: m}
	if f, ok := m.Stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.tty = true
	}
	return p
}

var spinner = []string{"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"}

func (p *progress) update(pr pipeline.Progress) {
	if !p.tty || time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	cur := pr.Current
	if len(cur) > 40 {
		cur = "…" + cur[len(cur)-39:]
	}
	fmt.Fprintf(p.m.Stderr, "\r\033[K%s %d read · %d new · %d reprints · %d skipped · %d failed  %s",
		spinner[pr.Read%len(spinner)], pr.Read, pr.New, pr.Reprints, pr.Skipped, pr.Failed, cur)
	p.drew = true
}

func (p *progress) done() {
	if p.drew {
		fmt.Fprint(p.m.Stderr, "\r\033[K")
	}
}
