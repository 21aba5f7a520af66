package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/rashomon-project/rashomon"
	"github.com/rashomon-project/rashomon/export"
)

// eventFilters are the flags that select events, shared by the events and
// export commands; query turns them into a rashomon.EventQuery.
type eventFilters struct {
	actor, source, target, claimant *string
	typ, place, incident, doc       *string
	since, until, search, sort      *string
	located                         *bool
	offset                          *int
}

func addEventFilters(f *flags) *eventFilters {
	return &eventFilters{
		actor:    f.String("actor", "", "only events with this actor as source or target: a country (AZE), country and sector (AZEMIL) or sector (IGO)"),
		source:   f.String("source", "", "only events with this source actor"),
		target:   f.String("target", "", "only events with this target actor"),
		claimant: f.String("claimant", "", "only events this actor claims"),
		typ:      f.String("type", "", "only events of this PLOVER type (ASSAULT, PROTEST, ...)"),
		place:    f.String("place", "", "only events at this place id (see rashomon lexicon find)"),
		incident: f.String("incident", "", "only events of this incident"),
		doc:      f.String("doc", "", "only events of this document"),
		since:    f.String("since", "", "only events on or after this date (YYYY[-MM[-DD]])"),
		until:    f.String("until", "", "only events on or before this date"),
		search:   f.String("search", "", "only events whose sentence has these words"),
		located:  f.Bool("located", false, "only events with coordinates"),
		sort:     f.String("sort", "-date", "order: -date (newest first), date, type or -type"),
		offset:   f.Int("offset", 0, "skip this many events"),
	}
}

// query builds the event query the flags describe; words are positional
// arguments, added to --search.
func (ef *eventFilters) query(words []string) (rashomon.EventQuery, error) {
	q := rashomon.EventQuery{
		Actor: *ef.actor, Source: *ef.source, Target: *ef.target, Claimant: *ef.claimant,
		Type: strings.ToUpper(strings.TrimSpace(*ef.typ)), Place: *ef.place, Incident: *ef.incident, Doc: *ef.doc,
		Search:  strings.TrimSpace(strings.Join(append([]string{*ef.search}, words...), " ")),
		Located: *ef.located, Sort: *ef.sort, Offset: *ef.offset,
	}
	if q.Type != "" && !slices.Contains(rashomon.EventTypes, q.Type) {
		return q, usageError{fmt.Sprintf("--type %s: want one of %s", *ef.typ, strings.Join(rashomon.EventTypes, ", "))}
	}
	if q.Offset < 0 {
		return q, usageError{"--offset: want 0 or more"}
	}
	var err error
	if q.Since, q.Until, err = parsePeriod(*ef.since, *ef.until); err != nil {
		return q, err
	}
	return q, nil
}

// storeQueryError turns a store's refusal of a query (an unknown sort or actor
// code) into a usage error.
func storeQueryError(err error) error {
	if errors.Is(err, rashomon.ErrBadQuery) {
		return usageError{strings.TrimSuffix(err.Error(), ": "+rashomon.ErrBadQuery.Error())}
	}
	return err
}

func (m *Main) events(ctx context.Context, args []string) error {
	f := m.newFlags("events", "[SEARCH WORDS]", "Lists coded events, newest first: date, type, who did it to whom, who says so,\nwhere, and the sentence. The filters combine; --json prints one page as the\nJSON API gives it, --format csv the export package's CSV columns.")
	ef := addEventFilters(f)
	limit := f.Int("limit", 50, fmt.Sprintf("how many to list (at most %d; rashomon export writes them all)", rashomon.MaxEventPage))
	format := f.String("format", "table", "table or csv (--json for JSON)")
	words, err := f.parse(args)
	if err != nil {
		return err
	}
	q, err := ef.query(words)
	if err != nil {
		return err
	}
	if *limit <= 0 {
		return usageError{"--limit: want 1 or more"}
	}
	q.Limit = min(*limit, rashomon.MaxEventPage)
	if *format != "table" && *format != "csv" {
		return usageError{"--format: want table or csv"}
	}
	st, err := m.openStore(ctx, *f.store)
	if err != nil {
		return err
	}
	defer st.Close()
	page, err := st.Events(ctx, q)
	if err != nil {
		return storeQueryError(err)
	}
	switch {
	case *f.json:
		return writeJSON(m.Stdout, page)
	case *format == "csv":
		_, err := export.Write(m.Stdout, export.CSV, export.Slice(page.Events), export.Options{})
		return err
	}
	if len(page.Events) == 0 {
		fmt.Fprintln(m.Stdout, "no events")
		return nil
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tTYPE\tSOURCE → TARGET\tCLAIMANT\tPLACE\tQUOTE")
	for _, r := range page.Events {
		fmt.Fprintf(tw, "%s\t%s\t%s → %s\t%s\t%s\t%s\n", dash(eventDateCell(r.Event)), eventTypeCell(r.Event),
			participantCell(r.Source), participantCell(r.Target), claimantCell(r), clip(dash(placeCell(r.Location)), 24), clip(oneLine(r.Quote), 80))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if shown := q.Offset + len(page.Events); page.Total > len(page.Events) || q.Offset > 0 {
		total := fmt.Sprint(page.Total)
		if page.TotalCapped {
			total = "more than " + total
		}
		more := ""
		if shown < page.Total || page.TotalCapped {
			more = fmt.Sprintf(" (--offset %d for the next; rashomon export writes them all)", shown)
		}
		fmt.Fprintf(m.Stdout, "\nevents %d–%d of %s%s\n", q.Offset+1, shown, total, more)
	}
	return nil
}

// eventDateCell is "2024-05-14", or "2024-05-13–2024-05-14" for a span.
func eventDateCell(e rashomon.Event) string {
	if e.DateEnd.IsZero() {
		return e.Date.String()
	}
	return e.Date.String() + "–" + e.DateEnd.String()
}

// eventTypeCell is "ASSAULT/firearms", marked when the sentence negates it.
func eventTypeCell(e rashomon.Event) string {
	s := e.Type
	if s == "" {
		s = "-"
	}
	if e.Mode != "" {
		s += "/" + e.Mode
	}
	if e.Negated {
		s += " (negated)"
	}
	return s
}

// participantCell is an actor's code, else the words that name it.
func participantCell(p *rashomon.Participant) string {
	switch {
	case p == nil:
		return "-"
	case !p.Actor.IsZero():
		return p.Actor.String()
	case p.Text != "":
		return "“" + clip(oneLine(p.Text), 20) + "”"
	}
	return "-"
}

// claimantCell is who asserts an event, else the outlet that published it.
func claimantCell(r rashomon.EventRow) string {
	switch {
	case !r.Claimant.Actor.IsZero():
		return r.Claimant.Actor.String()
	case r.Claimant.Text != "":
		return "“" + clip(oneLine(r.Claimant.Text), 20) + "”"
	case r.Issuer != "":
		return "(" + clip(r.Issuer, 20) + ")"
	}
	return "-"
}

func placeCell(l *rashomon.Location) string {
	if l == nil {
		return ""
	}
	return l.Place.Name
}
