package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/rashomon-project/rashomon"
)

func (m *Main) incidents(ctx context.Context, args []string) error {
	f := m.newFlags("incidents", "[SEARCH WORDS]", "Lists incidents, newest first: happenings told by several documents, with their\nsides and how many points their accounts contradict each other on.")
	country := f.String("country", "", "only incidents with this side among the claimants (e.g. ARM)")
	since := f.String("since", "", "only incidents on or after this date (YYYY[-MM[-DD]])")
	until := f.String("until", "", "only incidents on or before this date")
	limit := f.Int("limit", 50, "how many to list")
	words, err := f.parse(args)
	if err != nil {
		return err
	}
	q := rashomon.IncidentQuery{Search: strings.Join(words, " "), Country: *country, Limit: *limit}
	if q.Since, q.Until, err = parsePeriod(*since, *until); err != nil {
		return err
	}
	st, err := m.openStore(ctx, *f.store)
	if err != nil {
		return err
	}
	defer st.Close()
	list, err := st.Incidents(ctx, q)
	if err != nil {
		return err
	}
	if *f.json {
		if list == nil {
			list = []rashomon.Incident{}
		}
		return writeJSON(m.Stdout, list)
	}
	if len(list) == 0 {
		fmt.Fprintln(m.Stdout, "no incidents")
		return nil
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tTYPE\tPLACE\tSIDES\tDOCS\tCONTRADICTIONS\tAGREEMENTS")
	for _, inc := range list {
		place := ""
		if inc.Place != nil {
			place = inc.Place.Name
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%d\t%d\n", inc.ID, dash(inc.Date.String()), dash(inc.Type), clip(dash(place), 24),
			dash(strings.Join(sides(inc), ", ")), len(inc.Docs), len(inc.Contradictions), len(inc.Agreements))
	}
	return tw.Flush()
}

func (m *Main) incident(ctx context.Context, args []string) error {
	f := m.newFlags("incident", "ID", "Shows one incident: for each point on which the accounts contradict or\ncorroborate each other, what each claimant says, with the quote and the document.")
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		f.Usage()
		return usageError{"give one incident id (see rashomon incidents)"}
	}
	st, err := m.openStore(ctx, *f.store)
	if err != nil {
		return err
	}
	defer st.Close()
	inc, err := st.Incident(ctx, rest[0])
	if err != nil {
		return err
	}
	if *f.json {
		return writeJSON(m.Stdout, inc)
	}
	w := m.Stdout
	fmt.Fprintf(w, "%s  %s\n", inc.ID, inc.Title)
	if inc.Place != nil {
		fmt.Fprintf(w, "place:      %s (%s)\n", inc.Place.Name, inc.Place.ID)
	}
	fmt.Fprintf(w, "date:       %s\n", dash(inc.Date.String()))
	fmt.Fprintf(w, "claimants:  %s (%d independent)\n", dash(claimantList(inc.Claimants)), inc.Independent)
	fmt.Fprintf(w, "documents:  %d, events: %d\n", len(inc.Docs), len(inc.Events))
	titles := map[string]string{}
	for _, id := range inc.Docs {
		if d, err := st.Document(ctx, id); err == nil {
			t := d.Title
			if t == "" {
				t = d.Origin
			}
			if d.Issuer != "" {
				t += " — " + d.Issuer
			}
			titles[id] = t
			fmt.Fprintf(w, "  %s  %s  %s\n", id[:12], dash(d.Published.String()), clip(t, 90))
		}
	}
	printPoints(w, "Contradictions", inc.Contradictions)
	printPoints(w, "Agreements", inc.Agreements)
	if len(inc.Contradictions) == 0 && len(inc.Agreements) == 0 {
		fmt.Fprintln(w, "\nno point of contradiction or agreement found between the claimants")
	}
	return nil
}

func printPoints(w io.Writer, heading string, pts []rashomon.Contradiction) {
	if len(pts) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s (%d)\n", heading, len(pts))
	for i, c := range pts {
		fmt.Fprintf(w, "\n%d. [%s] %s\n", i+1, c.Point, c.Detail)
		for _, cl := range c.Claims {
			who := cl.Claimant.String()
			if who == "" {
				who = "(unknown)"
			}
			fmt.Fprintf(w, "   %-8s says %s\n", who, cl.Says)
			fmt.Fprintf(w, "            “%s”\n", clip(oneLine(cl.Quote), 220))
			fmt.Fprintf(w, "            — document %s, bytes %d–%d\n", short(cl.Doc), cl.Span.Start, cl.Span.End)
		}
	}
}

func (m *Main) framing(ctx context.Context, args []string) error {
	f := m.newFlags("framing", "", "Counts the loaded terms each issuer uses (\"occupation\" / \"liberation\",\n\"terrorists\" / \"self-defence forces\", scare quotes, each side's place names).\nReprints are counted once, under their original.")
	issuer := f.String("issuer", "", "only this issuing country or outlet")
	category := f.String("category", "", "only this category of framing")
	since := f.String("since", "", "only documents published on or after this date")
	until := f.String("until", "", "only documents published on or before this date")
	rest, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{"framing takes no arguments"}
	}
	q := rashomon.FramingQuery{Issuer: *issuer, Category: *category}
	if q.Since, q.Until, err = parsePeriod(*since, *until); err != nil {
		return err
	}
	st, err := m.openStore(ctx, *f.store)
	if err != nil {
		return err
	}
	defer st.Close()
	counts, err := st.FramingCounts(ctx, q)
	if err != nil {
		return err
	}
	if *f.json {
		if counts == nil {
			counts = []rashomon.FramingCount{}
		}
		return writeJSON(m.Stdout, counts)
	}
	if len(counts) == 0 {
		fmt.Fprintln(m.Stdout, "no loaded terms found")
		return nil
	}
	type row struct {
		issuer, category string
		hits, docs       int
		terms            []rashomon.FramingCount
	}
	var rows []*row
	by := map[[2]string]*row{}
	for _, c := range counts {
		k := [2]string{c.Issuer, c.Category}
		r := by[k]
		if r == nil {
			r = &row{issuer: c.Issuer, category: c.Category}
			by[k] = r
			rows = append(rows, r)
		}
		r.hits += c.Hits
		r.docs = max(r.docs, c.Docs)
		r.terms = append(r.terms, c)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].issuer != rows[j].issuer {
			return rows[i].issuer < rows[j].issuer
		}
		return rows[i].hits > rows[j].hits
	})
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ISSUER\tCATEGORY\tHITS\tTERMS")
	for _, r := range rows {
		var ts []string
		for i, t := range r.terms {
			if i == 6 {
				ts = append(ts, "…")
				break
			}
			ts = append(ts, fmt.Sprintf("%s ×%d", t.Term, t.Hits))
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", dash(r.issuer), r.category, r.hits, strings.Join(ts, ", "))
	}
	return tw.Flush()
}

// sides are the claimant countries of an incident.
func sides(inc rashomon.Incident) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range inc.Claimants {
		if c.Country != "" && !seen[c.Country] {
			seen[c.Country] = true
			out = append(out, c.Country)
		}
	}
	return out
}

func claimantList(cs []rashomon.ActorRef) string {
	var out []string
	for _, c := range cs {
		out = append(out, c.String())
	}
	return strings.Join(out, ", ")
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func short(id string) string {
	if len(id) > 12 {
		return id[:12]
	}
	return id
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// parsePeriod reads the --since and --until flags.
func parsePeriod(since, until string) (from, to rashomon.Date, err error) {
	if from, err = rashomon.ParseDate(since); err != nil {
		return from, to, usageError{"--since: " + err.Error()}
	}
	if to, err = rashomon.ParseDate(until); err != nil {
		return from, to, usageError{"--until: " + err.Error()}
	}
	return from, to, nil
}
