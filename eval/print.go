package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// WriteText prints the figures as a table, then per-type event scores and
// what went wrong in each document.
func (r Report) WriteText(w io.Writer) {
	f := func(p *float64) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprintf("%.3f", *p)
	}
	n := func(p *int) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprint(*p)
	}
	rows := [][2]string{
		{"documents", fmt.Sprint(r.Documents)},
		{"actors recall", f(r.ActorsRecall)},
		{"places recall", f(r.PlacesRecall)},
		{"places within 10 km", f(r.PlacesWithin10km)},
		{"events gold / found", n(r.EventsGold) + " / " + n(r.EventsFound)},
		{"events precision", f(r.EventsPrecision)},
		{"events recall", f(r.EventsRecall)},
		{"events F1", f(r.EventsF1)},
		{"claimant accuracy", f(r.ClaimantAccuracy)},
		{"date accuracy", f(r.DateAccuracy)},
		{"location accuracy", f(r.LocationAccuracy)},
		{"incident pair precision", f(r.IncidentPairPrecision)},
		{"incident pair recall", f(r.IncidentPairRecall)},
		{"contradiction recall", f(r.ContradictionRecall)},
	}
	if r.PloverGSRSentences != nil {
		rows = append(rows,
			[2]string{"PLOVER GSR sentences", n(r.PloverGSRSentences)},
			[2]string{"PLOVER GSR type recall", f(r.PloverGSRTypeRecall)},
			[2]string{"PLOVER GSR type+source recall", f(r.PloverGSRTypeSourceRecall)},
			[2]string{"PLOVER GSR precision", f(r.PloverGSRPrecision)})
	}
	for _, row := range rows {
		fmt.Fprintf(w, "%-30s %s\n", row[0], row[1])
	}
	if len(r.PerType) > 0 {
		fmt.Fprintf(w, "\n%-10s %5s %5s %5s %6s %6s %6s\n", "type", "gold", "found", "match", "P", "R", "F1")
		var types []string
		for t := range r.PerType {
			types = append(types, t)
		}
		sort.Strings(types)
		for _, t := range types {
			s := r.PerType[t]
			p, rc := safeDiv(s.Matched, s.Found), safeDiv(s.Matched, s.Gold)
			f1 := 0.0
			if p+rc > 0 {
				f1 = 2 * p * rc / (p + rc)
			}
			fmt.Fprintf(w, "%-10s %5d %5d %5d %6.2f %6.2f %6.2f\n", t, s.Gold, s.Found, s.Matched, p, rc, f1)
		}
	}
	for _, d := range r.Details {
		var parts []string
		add := func(title string, items []string) {
			if len(items) == 0 {
				return
			}
			parts = append(parts, "  "+title+":")
			for _, it := range items {
				parts = append(parts, "    "+it)
			}
		}
		add("missed actors", d.MissedActors)
		add("missed places", d.MissedPlaces)
		add("places off", d.FarPlaces)
		add("missed events", d.MissedEvents)
		add("false events", d.FalseEvents)
		add("wrong claimant", d.WrongClaimant)
		add("wrong date", d.WrongDate)
		add("wrong place", d.WrongPlace)
		if len(parts) > 0 {
			fmt.Fprintf(w, "\n%s\n%s\n", d.ID, strings.Join(parts, "\n"))
		}
	}
}

func safeDiv(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
