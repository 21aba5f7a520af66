package engine

import (
	"context"
	"iter"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/claims"
	"github.com/rashomon-project/rashomon/ingest"
	"github.com/rashomon-project/rashomon/pipeline"
	"github.com/rashomon-project/rashomon/web"
)

// Ingester runs the pipeline on what the web UI and the API receive, then
// links the new documents into incidents. It implements web.Ingester.
type Ingester struct {
	Engine *Engine
	Store  rashomon.Store
}

// Ingest implements web.Ingester.
func (in *Ingester) Ingest(ctx context.Context, ups []web.Upload) (web.IngestResult, error) {
	rd := in.Engine.Reader()
	var ids []string
	seen := map[string]bool{}
	items := func(yield func(ingest.Item) bool) {
		for _, u := range ups {
			var seq iter.Seq[ingest.Item]
			if u.URL != "" {
				seq = rd.Items(ctx, u.URL)
			} else {
				seq = rd.BytesItems(ctx, u.Name, u.Data)
			}
			for it := range seq {
				if it.Err == nil {
					if id := pipeline.DocID(it); !seen[id] {
						seen[id] = true
						ids = append(ids, id)
					}
				}
				if !yield(it) {
					return
				}
			}
		}
	}
	sum, err := in.Engine.Pipeline(in.Store).RunItems(ctx, items, nil)
	if err != nil {
		return web.IngestResult{}, err
	}
	links, err := claims.Update(ctx, in.Store, in.Engine.Lexicon)
	if err != nil {
		return web.IngestResult{}, err
	}
	res := web.IngestResult{New: sum.New, Reprints: sum.Reprints, Skipped: sum.Skipped, Failed: sum.Failed,
		Incidents: links.Put, Failures: []string{}, Docs: []string{}}
	for _, f := range sum.Failures {
		res.Failures = append(res.Failures, f.Reason)
	}
	// the documents stored (a failed one has no page)
	for _, id := range ids {
		if ok, err := in.Store.HasDocument(ctx, id); err == nil && ok {
			res.Docs = append(res.Docs, id)
		}
	}
	return res, nil
}
