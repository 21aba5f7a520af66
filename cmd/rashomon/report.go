package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/rashomon-project/rashomon"
)

// printReport prints what the store holds, for a newcomer's first look.
func (m *Main) printReport(ctx context.Context, st rashomon.Store) error {
	list, err := st.Documents(ctx, rashomon.DocQuery{Limit: 1000})
	if err != nil {
		return err
	}
	w := m.Stdout
	fmt.Fprintf(w, "\nThe store holds %d documents:\n", len(list))
	for _, d := range list {
		pub := d.Published.String()
		if pub == "" {
			pub = string(d.DateStatus)
		}
		note := ""
		if d.ReprintOf != "" {
			note = "  (reprint of " + d.ReprintOf[:12] + ")"
		}
		fmt.Fprintf(w, "  %s  %-10s  %-26s %s%s\n", d.ID[:12], pub, clip(d.Issuer, 26), clip(d.Title, 70), note)
	}
	types, err := st.EventFacets(ctx, rashomon.EventQuery{}, rashomon.FacetType, 20)
	if err != nil {
		return err
	}
	total := 0
	var parts []string
	for _, t := range types {
		total += t.N
		parts = append(parts, fmt.Sprintf("%s %d", t.Value, t.N))
	}
	fmt.Fprintf(w, "\n%d events coded: %s\n", total, strings.Join(parts, ", "))
	incs, err := st.Incidents(ctx, rashomon.IncidentQuery{Limit: 20})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%d incidents (one happening, several accounts):\n", len(incs))
	for _, inc := range incs {
		fmt.Fprintf(w, "  %s  %s\n      %d documents, %d points of contradiction", inc.ID, inc.Title, len(inc.Docs), len(inc.Contradictions))
		if len(inc.Contradictions) > 0 {
			fmt.Fprintf(w, ", e.g. %s", clip(inc.Contradictions[0].Detail, 80))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "\nNext: \"rashomon incident ID\" sets the sides' accounts side by side; \"rashomon explain DOC\" shows the")
	fmt.Fprintln(w, "rule behind each coded event; \"rashomon serve\" opens the web UI on http://127.0.0.1:8080/.")
	return nil
}
