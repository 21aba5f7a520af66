package main

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/claims"
	"github.com/rashomon-project/rashomon/dates"
	"github.com/rashomon-project/rashomon/eval"
	"github.com/rashomon-project/rashomon/ingest"
	"github.com/rashomon-project/rashomon/pipeline"
	"github.com/rashomon-project/rashomon/store/sqlite"
)

func (m *Main) eval(ctx context.Context, args []string) error {
	f := m.newFlags("eval", "GOLD...", "Runs the whole pipeline on gold documents (files or folders in the format of\nthe development corpus; a PLOVER gold standard records file too) in a throw-away\nstore, and scores it. With --json, prints one JSON object.")
	eo := m.addEngineFlags(f)
	keep := f.String("keep", "", "keep the gold documents' store at this path (replaced if it exists), to look into with docs, explain, incidents")
	paths, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		f.Usage()
		return usageError{"no gold files given"}
	}
	report, err := m.runEval(ctx, eo, paths, *keep)
	if err != nil {
		return err
	}
	if *f.json {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(report)
	}
	report.WriteText(m.Stdout)
	return nil
}

// runEval loads gold annotations, runs the pipeline on their texts in a
// temporary store and scores what it stored.
func (m *Main) runEval(ctx context.Context, eo *engineOptions, paths []string, keep string) (eval.Report, error) {
	gold, err := eval.Load(paths)
	if err != nil {
		return eval.Report{}, err
	}
	dir, err := os.MkdirTemp("", "rashomon-eval-")
	if err != nil {
		return eval.Report{}, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "eval.db")
	if keep != "" {
		path = keep
		for _, suffix := range []string{"", "-wal", "-shm"} {
			if err := os.Remove(keep + suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return eval.Report{}, err
			}
		}
	}
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		return eval.Report{}, err
	}
	defer st.Close()
	p, e, err := m.newPipeline(eo, st)
	if err != nil {
		return eval.Report{}, err
	}
	// Each gold text goes in as a reader would find it: text, URL and
	// publication date, nothing else.
	ids := map[string]string{} // gold id -> document id
	var items []ingest.Item
	for _, g := range gold.Docs {
		it := ingest.Item{Origin: "gold:" + g.ID, Format: rashomon.FormatText, Body: g.Text, Meta: ingest.Meta{URL: g.URL}}
		if g.Published != nil {
			it.Meta.Published, _, _, it.Meta.DateUnparseable = dates.ParseTimestamp(*g.Published)
			it.Meta.DateText = *g.Published
		}
		ids[g.ID] = pipeline.DocID(it)
		items = append(items, it)
	}
	run := func(p *pipeline.Pipeline, items []ingest.Item) error {
		_, err := p.RunItems(ctx, func(yield func(ingest.Item) bool) {
			for _, it := range items {
				if !yield(it) {
					return
				}
			}
		}, nil)
		return err
	}
	if err := run(p, items); err != nil {
		return eval.Report{}, err
	}
	if _, err := claims.Update(ctx, st, e.Lexicon); err != nil {
		return eval.Report{}, err
	}
	in := eval.Input{Docs: map[string]*rashomon.Document{}, Places: e.Lexicon, HaveEvents: true, HaveIncidents: true}
	for gid, id := range ids {
		d, err := st.Document(ctx, id)
		if err != nil {
			return eval.Report{}, err
		}
		in.Docs[gid] = d
	}
	incs, err := st.Incidents(ctx, rashomon.IncidentQuery{Limit: 1 << 30})
	if err != nil {
		return eval.Report{}, err
	}
	in.Incidents = incs
	if len(gold.Plover) > 0 {
		// PLOVER's records are single sentences with no date of their own:
		// they go in a store of their own, out of incident linking.
		pst, err := sqlite.Open(ctx, filepath.Join(dir, "plover.db"))
		if err != nil {
			return eval.Report{}, err
		}
		defer pst.Close()
		pp, _, err := m.newPipeline(eo, pst)
		if err != nil {
			return eval.Report{}, err
		}
		plover := map[string]string{} // record id -> document id
		var pitems []ingest.Item
		for _, r := range gold.Plover {
			it := ingest.Item{Origin: "plover:" + r.ID, Format: rashomon.FormatText, Body: r.Text,
				Meta: ingest.Meta{URL: "plover:" + r.ID, Published: rashomon.Day(2000, 1, 1)}}
			plover[r.ID] = pipeline.DocID(it)
			pitems = append(pitems, it)
		}
		if err := run(pp, pitems); err != nil {
			return eval.Report{}, err
		}
		in.Plover = map[string][]rashomon.Event{}
		for rid, id := range plover {
			d, err := pst.Document(ctx, id)
			if err != nil {
				return eval.Report{}, err
			}
			in.Plover[rid] = d.Events
		}
	}
	return eval.Score(gold, in), nil
}
