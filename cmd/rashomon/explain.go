package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/ingest"
)

func (m *Main) explain(ctx context.Context, args []string) error {
	f := m.newFlags("explain", "DOC | --text TEXT", "Prints each sentence of a document with the events coded from it and, for\neach field, the rule that set it and the words it matched. With --text, codes\nthe given text without storing it.")
	eo := m.addEngineFlags(f)
	txt := f.String("text", "", "explain this text instead of a stored document")
	date := f.String("date", "", "with --text: the publication date (YYYY-MM-DD)")
	all := f.Bool("all", false, "print sentences without events too")
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	var d *rashomon.Document
	switch {
	case *txt != "":
		p, _, err := m.newPipeline(eo, nil)
		if err != nil {
			return err
		}
		it := ingest.Item{Origin: "text", Format: rashomon.FormatText, Body: *txt}
		if it.Meta.Published, err = rashomon.ParseDate(*date); err != nil {
			return usageError{"--date: " + err.Error()}
		}
		d = p.Build(it)
		for _, a := range p.Analyzers {
			a.Analyze(d)
		}
		*all = true
	case len(pos) == 1:
		st, err := m.openStore(ctx, *f.store)
		if err != nil {
			return err
		}
		defer st.Close()
		if d, err = resolveDoc(ctx, st, pos[0]); err != nil {
			return err
		}
	default:
		f.Usage()
		return usageError{"want one document id or --text"}
	}
	if *f.json {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(d.Events)
	}
	writeExplain(m.Stdout, d, *all)
	return nil
}

// writeExplain prints sentences with their events and the evidence for
// each field.
func writeExplain(w io.Writer, d *rashomon.Document, all bool) {
	fmt.Fprintf(w, "%s\n", d.Title)
	if d.IssuerActor != nil {
		fmt.Fprintf(w, "issuer: %s (%s)\n", d.IssuerActor, firstNonEmpty(d.IssuerText, d.Issuer))
	}
	fmt.Fprintf(w, "published: %s\n", firstNonEmpty(d.Published.String(), string(d.DateStatus)))
	bySent := map[int][]rashomon.Event{}
	for _, e := range d.Events {
		bySent[e.Sentence] = append(bySent[e.Sentence], e)
	}
	for _, s := range d.Sentences {
		evs := bySent[s.Index]
		if len(evs) == 0 && !all {
			continue
		}
		fmt.Fprintf(w, "\n[%d] %s\n", s.Index+1, oneLine(s.Span.Text(d.Text)))
		for _, e := range evs {
			neg := ""
			if e.Negated {
				neg = " (negated)"
			}
			mode := ""
			if e.Mode != "" {
				mode = "/" + e.Mode
			}
			fmt.Fprintf(w, "  %s%s%s  CAMEO %s  rule %s  trigger %q\n", e.Type, mode, neg, firstNonEmpty(e.CAMEO, "-"), e.Rule, e.Text)
			part := func(name string, p *rashomon.Participant) {
				if p == nil {
					fmt.Fprintf(w, "    %-9s -\n", name)
					return
				}
				fmt.Fprintf(w, "    %-9s %-8s %q  (%s)\n", name, p.Actor, p.Text, p.Rule)
			}
			part("source", e.Source)
			part("target", e.Target)
			var chain []string
			for _, l := range e.Claimant.Chain {
				chain = append(chain, fmt.Sprintf("%s %q %s", l.Actor, l.Text, l.Verb))
			}
			cl := fmt.Sprintf("%-8s %q  (%s)", e.Claimant.Actor, e.Claimant.Text, e.Claimant.Rule)
			if len(chain) > 0 {
				cl += "  chain: " + strings.Join(chain, " → ")
			}
			fmt.Fprintf(w, "    %-9s %s  stance %s\n", "claimant", cl, e.Stance)
			if !e.Date.IsZero() {
				end := ""
				if !e.DateEnd.IsZero() {
					end = " to " + e.DateEnd.String()
				}
				fmt.Fprintf(w, "    %-9s %s%s  %q (%s)\n", "date", e.Date, end, e.DateText, e.DateRule)
			}
			if e.Location != nil {
				fmt.Fprintf(w, "    %-9s %s  %q (%s, %s)\n", "place", e.Location.Place.Name, e.Location.Text, e.Location.Rule, e.Location.Precision)
			}
			for _, c := range e.Counts {
				fmt.Fprintf(w, "    %-9s %s %g  %q (%s)\n", "count", c.Kind, c.Value, c.Text, c.Rule)
			}
		}
	}
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
