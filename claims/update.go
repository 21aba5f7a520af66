package claims

import (
	"context"
	"fmt"
	"sort"

	"github.com/rashomon-project/rashomon"
)

// Footprinter is the pipeline stage that records each document's
// footprint for incident linking.
type Footprinter struct{ Places Places }

// Analyze implements pipeline.Analyzer.
func (f Footprinter) Analyze(d *rashomon.Document) {
	fp := FootprintOf(d, f.Places)
	d.Footprint = &fp
}

// UpdateSummary tells what Update changed.
type UpdateSummary struct {
	Linked  int `json:"linked"`  // documents linked
	Put     int `json:"put"`     // incidents created or grown
	Removed int `json:"removed"` // incidents merged into others
}

// batchSize is how many new documents one round of Update links.
const batchSize = 2000

// Update links the stored documents not yet linked into incidents. Each
// round takes a batch of new documents, reads back only the linked
// documents they could join (same days and places, or the originals they
// reprint), links them, and rebuilds just the incidents that gained a
// document; every other incident stays as stored. A round is one
// transaction, so an interrupted update resumes where it stopped.
func Update(ctx context.Context, st rashomon.Store, places Places) (UpdateSummary, error) {
	var sum UpdateSummary
	for {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		news, err := st.UnlinkedFootprints(ctx, batchSize)
		if err != nil {
			return sum, fmt.Errorf("incidents: %w", err)
		}
		if len(news) == 0 {
			return sum, nil
		}
		old, err := st.FootprintsNear(ctx, nearOf(news))
		if err != nil {
			return sum, fmt.Errorf("incidents: %w", err)
		}
		// the incidents those documents are in, whole, so that the bounds
		// on an incident's extent see all of it
		have := map[string]bool{}
		for _, f := range old {
			have[f.Doc] = true
		}
		incs := map[string]bool{}
		var missing []string
		for _, f := range old {
			if f.Incident == "" || incs[f.Incident] {
				continue
			}
			incs[f.Incident] = true
			inc, err := st.Incident(ctx, f.Incident)
			if err != nil {
				return sum, fmt.Errorf("incidents: %w", err)
			}
			for _, d := range inc.Docs {
				if !have[d] {
					have[d] = true
					missing = append(missing, d)
				}
			}
		}
		if len(missing) > 0 {
			more, err := st.FootprintsNear(ctx, rashomon.FootprintNear{Docs: missing})
			if err != nil {
				return sum, fmt.Errorf("incidents: %w", err)
			}
			old = append(old, more...)
		}
		l := NewLinker(places)
		for _, f := range old {
			l.Seed(f)
		}
		for _, f := range news {
			l.Add(f)
		}
		put, remove, err := rebuild(ctx, st, places, l, news)
		if err != nil {
			return sum, err
		}
		linked := make([]string, len(news))
		for i, f := range news {
			linked[i] = f.Doc
		}
		if err := st.ReplaceIncidents(ctx, put, remove, linked); err != nil {
			return sum, fmt.Errorf("incidents: %w", err)
		}
		sum.Linked += len(news)
		sum.Put += len(put)
		sum.Removed += len(remove)
	}
}

// nearOf selects the stored documents a batch of new ones may join.
func nearOf(news []rashomon.Footprint) rashomon.FootprintNear {
	var q rashomon.FootprintNear
	var days [][2]int
	places, undatedAt := map[string]bool{}, map[string]bool{}
	for _, f := range news {
		class, first, last := dateClass(&f)
		if class != undated {
			days = append(days, [2]int{first - dateWindow, last + dateWindow})
		}
		for p, w := range f.Places {
			switch {
			case w < 2:
			case class == undated:
				places[p] = true
			case class == daily:
				undatedAt[p] = true
			}
		}
		if f.ReprintOf != "" {
			q.Docs = append(q.Docs, f.ReprintOf)
		}
	}
	// merge overlapping day ranges
	sort.Slice(days, func(i, j int) bool { return days[i][0] < days[j][0] })
	for _, r := range days {
		if n := len(q.Days); n > 0 && r[0] <= q.Days[n-1][1]+1 {
			q.Days[n-1][1] = max(q.Days[n-1][1], r[1])
			continue
		}
		q.Days = append(q.Days, r)
	}
	for p := range places {
		q.Places = append(q.Places, p)
	}
	for p := range undatedAt {
		q.UndatedAt = append(q.UndatedAt, p)
	}
	sort.Strings(q.Places)
	sort.Strings(q.UndatedAt)
	return q
}

// rebuild builds the incidents that the new documents joined or formed:
// each group of linked documents holding a new one, together with all the
// documents of the stored incidents it absorbed. It returns the incidents
// to store and the stored ones they replace.
func rebuild(ctx context.Context, st rashomon.Store, places Places, l *Linker, news []rashomon.Footprint) (put []rashomon.Incident, remove []string, err error) {
	groups := map[int][]int{}
	for _, f := range news {
		i := l.index[f.Doc]
		groups[l.find(i)] = nil
	}
	for i := range l.docs {
		r := l.find(i)
		if _, ok := groups[r]; ok {
			groups[r] = append(groups[r], i)
		}
	}
	roots := make([]int, 0, len(groups))
	for r := range groups {
		roots = append(roots, r)
	}
	sort.Ints(roots)
	for _, r := range roots {
		members := groups[r]
		docs := map[string]bool{}
		touched := map[string]int{}
		for _, i := range members {
			docs[l.docs[i]] = true
			if id := l.inc[i]; id != "" {
				touched[id] = 0
			}
		}
		// the absorbed incidents' documents that were not read back
		for id := range touched {
			inc, err := st.Incident(ctx, id)
			if err != nil {
				return nil, nil, fmt.Errorf("incidents: %w", err)
			}
			touched[id] = len(inc.Docs)
			for _, d := range inc.Docs {
				docs[d] = true
			}
		}
		if len(docs) < 2 {
			continue
		}
		var loaded []*rashomon.Document
		for id := range docs {
			d, err := st.Document(ctx, id)
			if err != nil {
				return nil, nil, fmt.Errorf("incidents: %w", err)
			}
			loaded = append(loaded, d)
		}
		inc := BuildIncident(loaded, places)
		// the incident keeps the id of the largest one it absorbed, so
		// that links to it stay valid as it grows
		keep, n := "", -1
		for id, size := range touched {
			if size > n || size == n && id < keep {
				keep, n = id, size
			}
			remove = append(remove, id)
		}
		if keep != "" {
			inc.ID = keep
		}
		put = append(put, inc)
	}
	sort.Strings(remove)
	return put, remove, nil
}
