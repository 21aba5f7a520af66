package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/rashomon-project/rashomon"
)

func (m *Main) docs(ctx context.Context, args []string) error {
	f := m.newFlags("docs", "[SEARCH WORDS]", "Lists stored documents, newest first, or those matching a full-text search.")
	issuer := f.String("issuer", "", "only documents from this outlet or issuing country (e.g. AZE)")
	since := f.String("since", "", "only documents published on or after this date (YYYY[-MM[-DD]])")
	until := f.String("until", "", "only documents published on or before this date")
	limit := f.Int("limit", 50, "how many to list")
	originals := f.Bool("originals", false, "leave reprints out")
	format := f.String("format", "table", "table or csv (--json for JSON)")
	words, err := f.parse(args)
	if err != nil {
		return err
	}
	q := rashomon.DocQuery{Search: strings.Join(words, " "), Issuer: *issuer, Limit: *limit, Originals: *originals}
	if q.Since, q.Until, err = parsePeriod(*since, *until); err != nil {
		return err
	}
	st, err := m.openStore(ctx, *f.store)
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := st.Documents(ctx, q)
	if err != nil {
		return err
	}
	switch {
	case *f.json:
		if list == nil {
			list = []rashomon.DocSummary{}
		}
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(list)
	case *format == "csv":
		w := csv.NewWriter(m.Stdout)
		w.Write([]string{"id", "published", "date_status", "issuer", "issuer_actor", "title", "url", "reprint_of", "sentences", "events", "origin"})
		for _, d := range list {
			w.Write([]string{d.ID, d.Published.String(), string(d.DateStatus), d.Issuer, actorString(d.IssuerActor), d.Title, d.URL, d.ReprintOf, fmt.Sprint(d.Sentences), fmt.Sprint(d.Events), d.Origin})
		}
		w.Flush()
		return w.Error()
	case *format != "table":
		return usageError{"--format: want table or csv"}
	}
	if len(list) == 0 {
		fmt.Fprintln(m.Stdout, "no documents")
		return nil
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPUBLISHED\tISSUER\tEVENTS\tTITLE")
	for _, d := range list {
		pub := d.Published.String()
		if pub == "" {
			pub = "(" + string(d.DateStatus) + ")"
		}
		title := d.Title
		if d.ReprintOf != "" {
			title = "[reprint] " + title
		}
		if d.Snippet != "" {
			title += "  — " + oneLine(strings.NewReplacer(rashomon.SnippetOpen, "[", rashomon.SnippetClose, "]").Replace(d.Snippet))
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", d.ID[:12], pub, clip(d.Issuer, 28), d.Events, clip(title, 90))
	}
	return tw.Flush()
}

func actorString(a *rashomon.ActorRef) string {
	if a == nil {
		return ""
	}
	return a.String()
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// resolveDoc finds a document by id or unique id prefix.
func resolveDoc(ctx context.Context, st rashomon.Store, id string) (*rashomon.Document, error) {
	d, err := st.Document(ctx, id)
	if err == nil || !errors.Is(err, rashomon.ErrNotFound) {
		return d, err
	}
	if len(id) < 4 {
		return nil, fmt.Errorf("no document %q", id)
	}
	type prefixer interface {
		DocumentIDsWithPrefix(ctx context.Context, prefix string, limit int) ([]string, error)
	}
	p, ok := st.(prefixer)
	if !ok {
		return nil, fmt.Errorf("no document %q", id)
	}
	ids, err := p.DocumentIDsWithPrefix(ctx, id, 2)
	if err != nil {
		return nil, err
	}
	switch len(ids) {
	case 0:
		return nil, fmt.Errorf("no document %q", id)
	case 1:
		return st.Document(ctx, ids[0])
	}
	return nil, fmt.Errorf("%q matches several documents; give more of the id", id)
}
