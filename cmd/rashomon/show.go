package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/rashomon-project/rashomon"
)

func (m *Main) show(ctx context.Context, args []string) error {
	f := m.newFlags("show", "DOC", "Prints a stored document: its metadata, the cleaned text as numbered sentences,\nand what cleaning changed. DOC is an id from \"rashomon docs\" (a unique prefix will do).")
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		f.Usage()
		return usageError{"want one document id"}
	}
	st, err := m.openStore(ctx, *f.store)
	if err != nil {
		return err
	}
	defer st.Close()
	d, err := resolveDoc(ctx, st, pos[0])
	if err != nil {
		return err
	}
	if *f.json {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(d)
	}
	w := m.Stdout
	fmt.Fprintf(w, "%s\n%s\n\n", d.Title, strings.Repeat("=", min(len([]rune(d.Title)), 78)))
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(w, "%-12s %s\n", k+":", v)
		}
	}
	field("id", d.ID)
	field("origin", d.Origin)
	field("format", string(d.Format))
	field("url", d.URL)
	pub := d.Published.String()
	switch d.DateStatus {
	case rashomon.DateUnparseable:
		pub = fmt.Sprintf("unparseable (%q)", d.DateText)
	case rashomon.DateUnknown:
		pub = "unknown"
	default:
		pub += fmt.Sprintf(" (from %s: %q)", d.DateStatus, d.DateText)
	}
	field("published", pub)
	field("dateline", d.DatelinePlace)
	field("outlet", d.Issuer)
	if d.IssuerText != "" {
		s := d.IssuerText
		if d.IssuerActor != nil {
			s += " → " + d.IssuerActor.String()
		}
		field("statement", s)
	}
	if d.ReprintOf != "" {
		field("reprint of", fmt.Sprintf("%s (similarity %.2f)", d.ReprintOf, d.ReprintSim))
	}
	if d.Synthetic {
		field("note", "synthetic example (demo corpus)")
	}
	fmt.Fprintln(w)
	para := -1
	for _, s := range d.Sentences {
		if s.Para != para && para >= 0 {
			fmt.Fprintln(w)
		}
		para = s.Para
		mark := ""
		if s.Kind != rashomon.SentBody {
			mark = " [" + string(s.Kind) + "]"
		}
		fmt.Fprintf(w, "%3d%s  %s\n", s.Index+1, mark, s.Span.Text(d.Text))
	}
	if len(d.Changes) > 0 {
		fmt.Fprintf(w, "\nWhat cleaning changed (%d):\n", len(d.Changes))
		for _, c := range d.Changes {
			fmt.Fprintf(w, "  %-11s %-28s bytes %d-%d  %s → %s\n", c.Kind, c.Rule, c.Source.Start, c.Source.End, quote(c.Before, 60), quote(c.After, 20))
		}
	}
	return nil
}

func quote(s string, n int) string {
	if s == "" {
		return "∅"
	}
	return fmt.Sprintf("%+q", clip(s, n))
}
