package main

import (
	"context"
	"fmt"

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
	fmt.Fprintln(w, "\nNext: \"rashomon show ID\" prints a document with its sentences and what cleaning changed.")
	return nil
}
